import { describe, expect, it } from 'vitest';
import { tenseOf } from '../helpers/tense';
import { findDates, findTime, pageStamps, photoDay, toldNextDay } from './dates';
import { PLANNED_CUE } from './lexicon';
import { alikeWordByWord, looksLikeKoreanName, loosely, romanizeName, slugOf, spelledAlike, surnameOf } from './names';
import { particleAfter, tokenize } from './tokens';

const P = '2025-02-04';
const dates = (text: string, published = P, ahead = false) =>
  findDates(text, published, undefined, published, ahead).map((d) =>
    'date' in d.value ? d.value.date : `?${d.value.unresolved}`,
  );

describe('dates', () => {
  it("reads a page's own date beside a byline, a print page or a portal's clock", () => {
    const stamp = (line: string) => pageStamps(line).map((s) => s.date);
    expect(stamp('홍길동 2021. 6. 2. 14:07')).toEqual(['2021-06-02']);
    expect(stamp('2017.11.07. 오후 9:08')).toEqual(['2017-11-07']);
    expect(stamp('2018-07-05     홍길동 기자')).toEqual(['2018-07-05']);
    expect(stamp('2015-05-09 7면')).toEqual(['2015-05-09']);
    expect(stamp('홍길동 기자 hong@example.kr 2017-09-17 17:02:16')).toEqual(['2017-09-17']);
    // The outlet's Latin name before the byline.
    expect(stamp('testnews 홍길동기자 |  2025.02.07 13:49:03')).toEqual(['2025-02-07']);
    // The e-mail alone, on the line under the byline.
    expect(stamp('hong7780@example.co.kr | 2022-10-22 10:39:23')).toEqual(['2022-10-22']);
    expect(stamp('2019년 01월 16일 16시 05분')).toEqual(['2019-01-16']);
    expect(stamp('Posted : 2019-01-16')).toEqual(['2019-01-16']);
    expect(stamp('홍길동 기자 2019.07.09')).toEqual(['2019-07-09']);
    expect(stamp('2019.07.09')).toEqual(['2019-07-09']);
    // A video's count of views after it; a newsletter's issue before it; never a price.
    expect(stamp('2019-12-04 0')).toEqual(['2019-12-04']);
    // The byline's name after it.
    expect(stamp('2022-12-04     홍길동')).toEqual(['2022-12-04']);
    expect(stamp('[제652호] 2020년 07월 30일 목요일 메인으로 / 전체기사')).toEqual(['2020-07-30']);
    expect(stamp('2019-12-04 3,000원')).toEqual([]);
    expect(stamp('2019.07.01(Mon) 10:46:24')).toEqual(['2019-07-01']);
    // The day alone in English, as outlets abroad print it; a day the calendar lacks is kept with no date.
    expect(stamp('Mar 12, 2024')).toEqual(['2024-03-12']);
    expect(stamp('by admin posted Sep 12, 2022')).toEqual(['2022-09-12']);
    // A repost's source and the day it printed the story.
    expect(stamp('출처: 테스트뉴스(2022.08.17.)')).toEqual(['2022-08-17']);
    expect(stamp('September 3, 2025 10:15 AM')).toEqual(['2025-09-03']);
    expect(stamp('Feb 30, 2024')).toEqual([null]);
    expect(stamp('He came on Mar 12, 2024')).toEqual([]);
    // The paper's name, the day and a correspondent's dateline and byline.
    expect(stamp('테스트일보 2014.12.22(월) 베이징=홍길동 특파원')).toEqual(['2014-12-22']);
    // A wire photo's stamp glued to its caption's full stop.
    expect(photoDay('기념촬영을 하고 있다.2018.9.13/뉴스1hong@news1.kr')).toBe('2018-09-13');
    // The photo's source in brackets between ("…하고 있다.(가온도 제공) 2024.11.14/뉴스1").
    expect(photoDay('면담을 하고 있다.(가온도 제공) 2024.11.14/뉴스1 관련 키워드')).toBe('2024-11-14');
    // A site's own day, in words with its weekday, is not the article's.
    expect(stamp('2025년 03월 05일 수요일')).toEqual([]);
    // A blogger's handle and name in hanja; a press release's "(배포)"; a notice board's post number; a bullet or
    // slashes; a release's English dateline; a blog's day in Korean month words.
    expect(stamp('TestBear 홍길동(洪吉童) 2012. 2. 8. 19:03')).toEqual(['2012-02-08']);
    expect(stamp('(배포) 2018. 12. 4.(화)')).toEqual(['2018-12-04']);
    expect(stamp('환영 만찬사2012.03.24 | N0.711')).toEqual(['2012-03-24']);
    expect(stamp('  • 2018-12-10')).toEqual(['2018-12-10']);
    expect(stamp('2006/11/06')).toEqual(['2006-11-06']);
    expect(stamp('SEOUL, October 22, 2014 – The chamber hosted a lunch')).toEqual(['2014-10-22']);
    expect(stamp('19 10월 2023')).toEqual(['2023-10-19']);
    // A dispatch's stamp (출고); a broadcaster's Latin name; a release's day before who wrote it.
    expect(stamp('홍길동 기자 기사 출고: 2019년 06월 20일 오후 3시 31분')).toEqual(['2019-06-20']);
    expect(stamp('TBS news 2023-10-31')).toEqual(['2023-10-31']);
    expect(stamp('2007-06-15 | 국제본부 미주팀 홍길동 차장')).toEqual(['2007-06-15']);
    expect(stamp('TBS news 2023-10-31 조회수 120')).toEqual([]);
    expect(stamp('대통령 간담회 참석 | 2012.01.10 | |')).toEqual([]);
    // A date in a sentence is the story's, not the page's.
    expect(stamp('회사는 2021. 6. 2. 실적을 발표했다')).toEqual([]);
  });

  it('resolves what news prose says against the publication date, keeping its precision', () => {
    expect(dates('이날 오후')).toEqual([P]);
    expect(dates('같은 날 오전')).toEqual([P]);
    expect(dates('4일 재계에 따르면')).toEqual([P]);
    expect(dates('전날 밤 입국했다')).toEqual(['2025-02-03']);
    // A government release's day, with or without its weekday; never a figure ("4.17%").
    expect(dates('회장과 2.3.(월) 오후 면담을 갖고')).toEqual(['2025-02-03']);
    expect(dates('회장과 2.3. 오후 면담을 갖고')).toEqual(['2025-02-03']);
    expect(dates('총리는 2.3(월) 오후 위원장을 접견했다')).toEqual(['2025-02-03']);
    expect(dates('지분율은 2.3 수준이다')).toEqual([]);
    expect(dates('성장률이 2.3% 늘었다')).toEqual([]);
    // The day before the one the text just named; yesterday is always the day before publication.
    expect(dates('5일 재계에 따르면 두 사람은 전날 만났다', '2025-02-06')).toEqual(['2025-02-05', '2025-02-04']);
    expect(dates('2일 발표에 앞서 어제 만났다', '2025-02-06')).toEqual(['2025-02-02', '2025-02-05']);
    expect(findDates('전날 만났다', P, undefined, '2025-02-01').map((d) => 'date' in d.value && d.value.date)).toEqual([
      '2025-01-31',
    ]);
    // The next day is the story's next (a look back's), to come only past publication; tomorrow is always ahead.
    const next = (text: string, story: string) =>
      findDates(text, P, undefined, story).map((d) => ['date' in d.value && d.value.date, d.future]);
    expect(next('다음 날에는 장관을 만났다', '2025-02-01')).toEqual([['2025-02-02', false]]);
    expect(next('이튿날 장관을 만난다', P)).toEqual([['2025-02-05', true]]);
    expect(next('내일 장관을 만난다', '2025-02-01')).toEqual([['2025-02-05', true]]);
    expect(dates('지난해 1월과 같은 해 6월에 이어')).toEqual(['2024-01', '2024-06']);
    expect(dates('지난 8월 말 만났다', '2025-10-20')).toEqual(['2025-08']);
    // A place after the month is no part of it ("11월 경상북도"); a span to come is read with its "오는".
    expect(findDates('오는 10∼11월 경상북도 경주에서', P).map((d) => [d.value, d.future])).toEqual([
      [{ date: '2025-11', precision: 'month', cue: '오는 10∼11월' }, true],
    ]);
    expect(dates('6월엔 미국에서')).toEqual(['2024-06']);
    expect(dates('지난달 만났다')).toEqual(['2025-01']);
    expect(dates('2024년 3월 5일')).toEqual(['2024-03-05']);
    // A year written short is the latest such year up to the publication's.
    expect(dates('지난 99년 10월 만났고', '2002-10-30')).toEqual(['1999-10']);
    expect(dates("'24년 3월 5일")).toEqual(['2024-03-05']);
    expect(dates('27일 만났다')).toEqual(['2025-01-27']);
    // A later day listed just after a day with its month is of that month; one further on is not.
    expect(dates('지난해 5월12일 서울의 오찬과 17일 부산의 만찬', '2004-01-19')).toEqual(['2003-05-12', '2003-05-17']);
    expect(dates('지난 12월 3일 만났고 정부는 다음 해 정책을 발표했다. 이후 17일 다시', '2025-01-20')).toEqual([
      '2024-12-03',
      '2025-01-17',
    ]);
  });

  it('never turns "recently" into a date, and reads no day out of "1박 2일" or "40분간"', () => {
    expect(dates('최근 만났다')).toEqual(['?최근']);
    // A year alone is a time the record cannot hold; a span or a target year is no time at all.
    expect(dates('2021년 취임식에서 만났고 2030년까지 투자한다')).toEqual(['?2021년']);
    expect(dates('1박 2일의 일정')).toEqual([]);
    expect(dates('40분간 회동')).toEqual([]);
    // A count of days is a span, not the day of the month; "3일 오전" is still the 3rd.
    expect(dates('취임 3일 만에 만났다')).toEqual([]);
    expect(dates('3일 동안 머물렀고 2일 전에 만났다')).toEqual([]);
    expect(dates('3일 오전 만났다')).toEqual(['2025-02-03']);
    expect(dates('3일 전경련 회관에서 만났다')).toEqual(['2025-02-03']);
  });

  it('reads "5일 업계에 따르면" in a page stamped the 4th as a story told on the 5th', () => {
    expect(toldNextDay(['손 회장은 바빴다.', '5일 업계에 따르면 그는 만났다.'], '2025-08-04')).toBe('2025-08-05');
    expect(toldNextDay(['1일 재계에 따르면 그는 만났다.'], '2025-08-31')).toBe('2025-09-01');
    expect(toldNextDay(['4일 업계에 따르면 그는 만났다.'], '2025-08-04')).toBeUndefined();
    expect(toldNextDay(['그는 5일 만난다.'], '2025-08-04')).toBeUndefined();
  });

  it('puts a day after today ahead when the text speaks of plans', () => {
    expect(dates('11일 만날 계획이다', '2025-03-10', true)).toEqual(['2025-03-11']);
    expect(findDates('오는 6일 만날 예정이다', P)[0].future).toBe(true);
  });

  it('reads a later day of the month as the nearer one: tomorrow is a plan, the 30th in an article of the 2nd is past', () => {
    const tomorrow = findDates('16일 오전 국회를 찾아 환담한다', '2022-08-15');
    expect(tomorrow.map((d) => ('date' in d.value ? d.value.date : ''))).toEqual(['2022-08-16']);
    expect(tomorrow[0].future).toBe(true);
    expect(dates('30일 열린 회의에서', '2025-04-02')).toEqual(['2025-03-30']);
    expect(dates('지난 16일 만났다', '2022-08-15')).toEqual(['2022-07-16']);
  });

  it('reads clock times and parts of the day', () => {
    expect(findTime('오전 9시30분쯤')).toMatchObject({ time: '09:30' });
    expect(findTime('오후 2시 40분')).toMatchObject({ time: '14:40' });
    expect(findTime('이날 저녁')).toMatchObject({ dayPart: 'evening' });
    expect(findTime('1시간여 가량')).toBeUndefined();
  });
});

describe('names', () => {
  it('tells a Korean name by its surname and writes it syllable by syllable', () => {
    expect(surnameOf('남궁민수')).toBe('남궁');
    expect(looksLikeKoreanName('곽노정')).toBe(true);
    expect(looksLikeKoreanName('삼성전자')).toBe(false);
    expect(romanizeName('곽노정')).toBe('Gwak No-jeong');
    expect(romanizeName('SK네트웍스', false)).toBe('SK Neteuwokseu');
    expect(slugOf('Gwak No-jeong')).toBe('gwak-no-jeong');
  });

  it('writes a foreign name joined by a hyphen or a dash as one word, and takes either spelling for the other', () => {
    expect(romanizeName('쟝–샤를 위르트')).toBe('Jyang-Syareul Wireuteu');
    expect(romanizeName('쟝-샤를 위르트')).toBe('Jyang-Syareul Wireuteu');
    expect(loosely('쟝–샤를 위르트')).toBe(loosely('쟝-샤를 위르트'));
  });
});

describe('tokens', () => {
  it('reads past a page\'s link to someone\'s other stories glued to the name ("김하늘닫기김하늘기사 모아보기")', () => {
    expect(tokenize('김하늘닫기김하늘기사 모아보기 테스트그룹 부회장과').map((x) => x.text)).toEqual([
      '김하늘',
      '테스트그룹',
      '부회장과',
    ]);
  });

  it('reads a word in single quotes without them, its particle kept ("\'A 대표와 간담회\'를")', () => {
    expect(tokenize("에서 '김하늘 대표와 간담회'를 ‘공정경제 3법’ 등이").map((x) => [x.stem, x.particle])).toEqual([
      ['에서', ''],
      ['김하늘', ''],
      ['대표', '와'],
      ['간담회', '를'],
      ['공정경제', ''],
      ['3법', ''],
      ['등', '이'],
    ]);
  });

  it('reads two spellings of one transliterated name as one ("데이빗 말패스", "데이비드 맬패스")', () => {
    expect(alikeWordByWord('데이빗 말패스', '데이비드 맬패스')).toBe(true);
    expect(spelledAlike('페르난데즈', '페르난데스')).toBe(true);
    expect(spelledAlike('데이빗', '데이비스')).toBe(false);
    // A final ㄱ written as a syllable of its own ("그랙", "그레그").
    expect(alikeWordByWord('그랙 애벗', '그레그 애벗')).toBe(true);
  });

  it('keeps a name glossed with as many characters as its syllables whole ("왕이(王毅)"), not a name then 이', () => {
    // A Latin gloss that also points at the photo ("(CEO·사진)") is a gloss, not a word.
    expect(tokenize('최고경영자(CEO·사진)가').map((x) => [x.stem, x.particle])).toEqual([['최고경영자', '가']]);
    expect(tokenize('중국 왕이(王毅) 부장을, 김우중(金宇中)이').map((x) => [x.stem, x.particle])).toEqual([
      ['중국', ''],
      ['왕이', ''],
      ['부장', '을'],
      ['김우중', '이'],
    ]);
  });

  it('keeps a country whose last syllable is a particle\'s ("인도"), and splits at a dateline\'s lenticular bracket', () => {
    expect(tokenize('전국경제인연합회(이하 ‘전경련’)는 22일').map((x) => [x.stem, x.particle])).toEqual([
      ['전국경제인연합회', '는'],
      ['22일', ''],
    ]);
    expect(tokenize('모디 인도 총리와 인도는').map((x) => [x.stem, x.particle])).toEqual([
      ['모디', ''],
      ['인도', ''],
      ['총리', '와'],
      ['인도', '는'],
    ]);
    expect(tokenize('【무안=홍길동 기자】김하늘 회장이').map((x) => x.text)).toEqual([
      '무안=홍길동',
      '기자',
      '김하늘',
      '회장이',
    ]);
  });

  it('takes particles off in agreement with the last syllable, and sets glosses aside', () => {
    const t = tokenize('최태원 SK(034730)그룹 회장이 올트먼과 “좋다”고 손정의');
    expect(t.map((x) => [x.stem, x.particle])).toEqual([
      ['최태원', ''],
      ['SK그룹', ''],
      ['회장', '이'],
      ['올트먼', '과'],
      ['좋다', ''],
      ['고', ''],
      ['손정', '의'],
    ]);
    expect(t[4].quoted).toBe(true);
    expect(particleAfter('손정의', '손정의')).toBe('');
    expect(particleAfter('최태원와', '최태원')).toBeNull();
    expect(particleAfter('올트먼은', '올트먼')).toBe('은');
    // "당 서기": a party secretary's post printed in two words is one title.
    expect(tokenize('천 당 서기는 웃었다').map((x) => x.stem)).toEqual(['천', '당서기', '웃었다']);
    expect(tokenize('보잉 최고 경영자(CEO)가').map((x) => x.stem)).toEqual(['보잉', '최고경영자']);
    // A photo's position, with or without "사진", is no word of the sentence.
    expect(tokenize('메르켈(사진 오른쪽) 총리와 이해진 GIO(사진)가').map((x) => x.text)).toEqual([
      '메르켈',
      '총리와',
      '이해진',
      'GIO가',
    ]);
    // A Latin gloss of a long name, too.
    expect(tokenize('모하메드 빈 자이드(Mohammed bin Zayed bin Sultan Al-Nahyan) 왕세제를').map((x) => x.text)).toEqual(
      ['모하메드', '빈', '자이드', '왕세제를'],
    );
    // So is a photo's sign in angle brackets ("김철수<사진> 회장").
    expect(tokenize('김철수<사진> 테스트그룹 회장이').map((x) => x.text)).toEqual(['김철수', '테스트그룹', '회장이']);
  });
});

describe('tense', () => {
  const tense = (clause: string, word: string) => tenseOf(clause, clause.indexOf(word), 'body', false).tense;
  it('reads a hope said at a meeting as said there, and a hope to meet as no meeting', () => {
    expect(tense('대통령은 이날 라운드 테이블에서 이같이 말하며 공동번영을 희망했다', '라운드')).toBe('happened');
    expect(tense('회장은 대통령과의 면담을 희망했다', '면담')).not.toBe('happened');
  });

  it('reads what a meal was arranged for ("환영하기 위해 마련된 것으로") as no purpose still ahead', () => {
    expect(tense('이번 만찬은 대표단을 환영하기 위해 마련된 것으로, 회장 등이 이 만찬에 참석했다', '만찬')).toBe(
      'happened',
    );
    expect(tense('회장은 대표단을 만나기 위해 도착하고 있다', '만나기')).not.toBe('happened');
  });

  it('takes neither "decided to" nor "is known to be having" for a meeting that happened', () => {
    expect(PLANNED_CUE.test('13일 오후 국회를 방문해 국회의장을 예방키로 했다')).toBe(true);
    expect(PLANNED_CUE.test('두 사람은 다음 주 회동하기로 합의했다')).toBe(true);
    expect(tense('총리는 이날 회장과 개별 면담을 갖는 것으로 알려졌다', '면담')).not.toBe('happened');
    expect(tense('총리는 이날 회장과 개별 면담을 가진 것으로 알려졌다', '면담')).toBe('happened');
    // Any verb's present ("가진다", "열린다", "이뤄진다"), a likelihood ("만날 듯"), a chance ("만날 수도 있다").
    for (const clause of ['두 사람은 내일 회담을 가진다', '회동은 오후에 열린다', '만남이 이뤄진다고 밝혔다'])
      expect(tense(clause, /회담|회동|만남/.exec(clause)![0]), clause).toBe('planned');
    expect(PLANNED_CUE.test('회장과 만날 듯하다')).toBe(true);
    // Under way as the article is written; a plan still being worked on is not.
    expect(tense('대통령은 이날 총리와 정상회담을 진행 중이다', '정상회담')).toBe('happened');
    expect(tense('두 회장의 회동을 조율 중이다', '회동')).not.toBe('happened');
    // What was talked about is no chance of meeting.
    expect(tense('부총리를 만나 지속가능성과 친환경에 대해 논의했다', '만나')).toBe('happened');
    expect(tense('두 사람이 만날 가능성이 크다', '만날')).not.toBe('happened');
    // What was asked for at the meeting ("… 할 수 있도록 해 달라고"), not a chance of it.
    expect(tense('사장을 만나 구미에서 사업을 할 수 있도록 해 달라고 요청했다', '만나')).toBe('happened');
    expect(tense('두 사람이 다음 주 만날 수도 있다', '만날')).not.toBe('happened');
  });
});

describe('names spelled loosely', () => {
  it('takes "sh" before i or e spelled two ways, and a hyphen for a space, as one spelling', () => {
    expect(loosely('라쉬드 알-막툼')).toBe(loosely('라시드 알 막툼'));
    expect(loosely('쉐이크')).toBe(loosely('셰이크'));
    expect(loosely('라쉬드')).not.toBe(loosely('라드'));
  });

  it('takes a tense consonant for its plain one ("요시히꼬", "요시히코")', () => {
    expect(loosely('노다 요시히꼬')).toBe(loosely('노다 요시히코'));
    expect(loosely('뚜안')).toBe(loosely('투안'));
  });
});

describe("a photo's mark glued to a name", () => {
  it('reads "(얼굴)" and "(사진)" after a name as the photo\'s, not a word', () => {
    expect(tokenize('김하늘(얼굴) 회장은 이구름(사진) 사장과').map((t) => t.text)).toEqual([
      '김하늘',
      '회장은',
      '이구름',
      '사장과',
    ]);
  });
});
