// One meeting told several ways, on its day, and the earlier meetings an article recalls beside the news.
import { describe, expect, it } from 'vitest';
import { readSentences } from '../index';
import { known, sentence, read, who } from '../testing/read';

describe('one meeting told several ways', () => {
  it('dates a meeting by the body when a caption gives another day, and "이날 회동은" by the meeting', () => {
    const told = read(
      [
        'C|최태원 SK그룹 회장과 샘 올트먼이 3일 악수하고 있다.',
        '최태원 SK그룹 회장은 지난 4일 샘 올트먼과 만났다.',
        '이날 회동은 최 회장이 먼저 제안한 것으로 전해졌다.',
      ],
      '2025-02-06',
    );
    expect(told.proposals.meetings.map((m) => [m.date.date, m.sentences.length])).toEqual([['2025-02-04', 3]]);
  });

  it('dates what led to the meeting ("이날 만남은 A가 지난 20일 …한 영향이다") by its own day, not the story\'s', () => {
    const told = read([
      '최태원 SK그룹 회장은 30일 샘 올트먼과 만났다.',
      '이날 만남은 김하늘 테스트전자 회장이 지난 20일 박바다 장관과 공장을 방문해 협력 의지를 드러낸 영향이 크다는 전언이다.',
      '이날 SK 측에선 최구름 사장, 이하늘 부사장 등이 함께했다.',
    ]);
    expect(told.proposals.meetings.map((m) => [m.date.date, m.principals.length, m.attendees.length])).toEqual([
      ['2025-01-30', 2, 2],
      ['2025-01-20', 2, 0],
    ]);
  });

  it('reads the day after a quote\'s end and before its teller ("…받았다고 16일 포스코가 전했다") as the telling\'s', () => {
    const told = read(['최태원 SK그룹 회장이 샘 올트먼을 만나 협력을 약속받았다고 4일 SK그룹이 전했다.'], '2025-02-04');
    expect(told.proposals.meetings.map((m) => m.date.cue)).toEqual(['(the day the article reports)']);
  });

  it('reads "N일 그룹에 따르면 이날" as the story\'s day where the body named an earlier one before it', () => {
    const told = read(
      [
        '최태원 SK그룹 회장이 3일(현지시간) 저녁 샘 올트먼과 회동을 갖고 협력을 논의했다.',
        '4일 그룹에 따르면 이날 올트먼은 최 회장을 비롯해 경영진을 만나 환담을 나눴다.',
      ],
      '2025-02-04',
    );
    expect(told.found.map((e) => e.date && 'date' in e.date && e.date.date)).toEqual(['2025-02-03', '2025-02-03']);
  });

  it('never dates a meeting by a visit counted from ("2015년 3월 … 찾은 이래 4년 8개월 만이다")', () => {
    const told = read(
      [
        'C|5일 서울 호텔에서 샘 올트먼 CEO(오른쪽 두번째), 최태원 SK그룹 회장(맨 왼쪽), 김하늘 테스트전자 회장(왼쪽 두번째)이 기념촬영을 하고 있다.',
        '올트먼 CEO는 한국 관계 논의를 위해 4일부터 1박2일 일정으로 한국을 방문했다. 올트먼 CEO의 방한은 지난 2015년 3월 한·중·일 정상회담을 위해 서울을 찾은 이래 4년 8개월 만이다.',
      ],
      '2025-02-05',
    );
    expect(told.found.some((e) => e.date && 'date' in e.date && e.date.date.startsWith('2015'))).toBe(false);
  });

  it('reads a topic of unnamed others ("중국측 관계자들은", "경제 5단체장은") as the subject of what follows, not the last one named', () => {
    const told = read([
      '최태원 SK그룹 회장은 지난 3일 저녁 샘 올트먼을 자택으로 초청해 만찬을 했다.',
      '한편 미국측 관계자들은 최 회장과의 만찬에 앞서 국회를 찾았으며 전날에는 김하늘 테스트전자 회장을 만났다.',
    ]);
    expect(told.proposals.meetings.map((m) => m.principals.length)).toEqual([2]);
    const heads = read([
      '최태원 SK그룹 회장은 3일 국회에서 샘 올트먼과 만나 협력을 당부했다.',
      '경제 5단체장은 이날 청와대에서 김하늘 대통령과 오찬을 한 뒤 간담회에 참석했다.',
    ]);
    expect(who(heads.proposals.meetings)).toEqual(['altman+chey-tae-won']);
  });

  it('reads a guided visit recalled ("직접 안내한 바 있다") as a meeting, whom a later recall met again', () => {
    const told = read(
      [
        '최태원 SK그룹 회장은 이날 저녁 김하늘 테스트전자 회장이 주관한 만찬에도 참석했다.',
        '앞서 최 회장은 지난 7월 방한한 샘 올트먼이 서울 호텔에 마련된 전시관을 방문했을 때 직접 안내한 바 있다.',
        '지난 8월에는 난징 행사에서 연이어 만나며 공감대를 넓혀가고 있다.',
      ],
      '2025-10-29',
    );
    expect(
      told.found.filter((e) => e.principals.includes('altman')).map((e) => e.date && 'date' in e.date && e.date.date),
    ).toEqual(['2025-07', '2025-08']);
  });

  it('dates a meeting told with no day by the verbless sentence after it ("28일 … 행사에서다")', () => {
    const told = read(
      ['최태원 SK그룹 회장과 샘 올트먼의 만남이 성사됐다.', '28일(현지시간) 미국 워싱턴에서 열린 갈라 행사에서다.'],
      '2025-01-29',
    );
    expect(told.proposals.meetings.map((m) => [m.date.date, m.accept])).toEqual([['2025-01-28', true]]);
  });

  it('dates a meeting "held N months after" an earlier day by the story, not by the day counted from', () => {
    const told = read(
      [
        '최태원 SK그룹 회장과 샘 올트먼이 4일 서울의 한 회의장에 들어서고 있다.',
        '최 회장과 샘 올트먼의 회의는 지난해 12월 4일 비공개회의 이후 약 10개월 만에 열렸다.',
      ],
      '2025-10-04',
    );
    expect(told.proposals.meetings.map((m) => m.date.date)).toEqual(['2025-10-04']);
  });

  it("dates an undated report by the day a photo story's caption names, only when it is just before the telling", () => {
    const story = (published: string) =>
      read(
        [
          'C|최태원 SK그룹 회장이 4일(현지시간) 서울에서 열린 만찬에 참석해 인사하고 있다.',
          '최 회장은 만찬장에 도착하기 전 샘 올트먼과 개별 면담을 했다.',
        ],
        published,
      ).proposals.meetings.map((m) => m.date.date);
    expect(story('2025-02-05')).toEqual(['2025-02-04']);
    expect(story('2025-02-09')).toEqual(['2025-02-09']);
  });

  it('dates an undated photo by the first day the body names, even when the body comes after it', () => {
    const { proposals } = read(
      ['C|샘 올트먼(왼쪽)이 최태원 SK그룹 회장과 악수하고 있다.', '샘 올트먼은 4일 김하늘 테스트전자 대표와 만났다.'],
      '2025-02-06',
    );
    expect(proposals.meetings.map((m) => [who([m])[0], m.date.date])).toEqual([
      ['altman+chey-tae-won', '2025-02-04'],
      ['altman+gim-ha-neul', '2025-02-04'],
    ]);
  });

  it('dates a story told "5일 … 에 따르면" in a page of the 4th on the 5th, past the Assembly\'s plenary of the day before', () => {
    const { proposals } = read(
      [
        '전날 국회 본회의를 앞두고 정치권을 찾았던 그는 본회의 처리가 미뤄지며 바빠졌다.',
        '5일 재계에 따르면 최태원 SK그룹 회장은 이날 샘 올트먼과 만났다.',
      ],
      '2025-02-04',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-05']);
  });

  it('never moves the story\'s day to the day a post takes effect from ("이달 3일부로 착임했다")', () => {
    const { proposals } = read(
      [
        '샘 올트먼은 19일 최태원 SK그룹 회장을 예방했다.',
        '올트먼은 이달 3일부로 착임했다.',
        '전날에는 김하늘 테스트전자 대표와 만남을 가졌다.',
      ],
      '2025-02-19',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-19', '2025-02-18']);
  });

  it('never dates a meeting by the day another paper reported it ("면담을 6일 테스트일보가 … 다뤘다")', () => {
    const { proposals } = read(
      [
        '샘 올트먼은 3일 김하늘 테스트전자 대표를 만났다.',
        '최태원 SK그룹 회장과 김하늘 테스트전자 대표의 면담을 6일 테스트일보가 1면 기사로 다뤘다.',
      ],
      '2025-02-07',
    );
    expect(proposals.meetings).toHaveLength(2);
    expect(proposals.meetings.map((m) => m.date.date)).not.toContain('2025-02-06');
  });

  it('never dates a meeting by the month its principal took up a post ("올 1월 … 취임한 뒤 … 만났다")', () => {
    const { proposals } = read(
      [
        '올 1월 오픈AI 대표에 취임한 뒤 첫 해외 출장지로 한국을 택한 샘 올트먼이 최태원 SK그룹 회장과 만났다.',
        '4일 재계에 따르면 올트먼은 이날 저녁 최 회장과 만찬을 함께했다.',
      ],
      '2025-02-05',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-04']);
  });

  it('reads a council named before its post ("한미재계회의 위원장에 선임됐다") as no meeting', () => {
    const { proposals } = read([
      '최태원 SK그룹 회장은 4일 샘 올트먼과 만났다.',
      '최 회장은 올해 1월 한미재계회의 위원장에 선임됐다.',
    ]);
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-04']);
  });

  it('reads a courtesy call on people of different organisations as a call on each, a call on colleagues as one', () => {
    const each = read(['최태원 SK그룹 회장은 4일 새누리당 김하늘 원내대표와 더불어민주당 박하늘 대표를 예방했다.']);
    expect(who(each.proposals.meetings)).toEqual(['chey-tae-won+gim-ha-neul', 'bak-ha-neul+chey-tae-won']);
    const one = read(['최태원 SK그룹 회장은 4일 새누리당 김하늘 원내대표와 박하늘 대표를 예방했다.']);
    expect(one.proposals.meetings).toHaveLength(1);
  });

  it('takes no one named in "X 면담에 앞서" into the event an organisation holds before it', () => {
    const { proposals } = read([
      '이번 사절단에는 김하늘 테스트전자 대표, 박하늘 테스트물산 회장이 참여했다.',
      '한경협과 테스트협회는 4일 샘 올트먼 면담에 앞서 호텔에서 라운드테이블을 공동 개최했다.',
    ]);
    expect(proposals.meetings).toEqual([]);
  });

  it('reads a caption of two people greeting each other as a meeting, and a reshuffle as none', () => {
    const greet = read(['C|최태원 SK그룹 회장이 4일 김하늘 테스트전자 대표와 인사하고 있다.']);
    expect(who(greet.proposals.meetings)).toEqual(['chey-tae-won+gim-ha-neul']);
    const reshuffle = read(['최태원 SK그룹 회장은 4일 김하늘 테스트전자 대표와 함께 인사를 단행했다.']);
    expect(reshuffle.proposals.meetings).toEqual([]);
  });

  it('offers people only a photo shows together, unaccepted, and never beside the meeting the text reports', () => {
    const photo = read([
      'C|(왼쪽부터) 김하늘 테스트전자 대표와 박하늘 테스트물산 회장이 4일 기공식에서 건배를 하고 있다.',
    ]);
    expect(photo.proposals.meetings.map((m) => [who([m])[0], m.accept, m.because[0]])).toEqual([
      ['bak-ha-neul+gim-ha-neul', false, 'only a photo shows them together: accept it if the text says they met'],
    ]);
    const told = read([
      'C|(왼쪽부터) 김하늘 테스트전자 대표와 박하늘 테스트물산 회장이 4일 기공식에서 건배를 하고 있다.',
      '김하늘 대표는 4일 기공식에서 박하늘 회장과 만났다.',
    ]);
    expect(told.proposals.meetings.map((m) => who([m])[0])).toEqual(['bak-ha-neul+gim-ha-neul']);
    expect(told.proposals.meetings[0].because[0]).not.toMatch(/only a photo/);
  });

  it('dates a next-day wrap by the day before, and takes "예정에 없던 회동" for one that happened', () => {
    const { proposals } = read(
      ['5일 재계에 따르면 최태원 SK그룹 회장은 전날 저녁 샘 올트먼과 예정에 없던 회동을 진행한 것으로 전해졌다.'],
      '2025-02-05',
    );
    expect(proposals.meetings.map((m) => [m.date.date, m.happened])).toEqual([['2025-02-04', true]]);
  });

  it('dates a next-day wrap by a forum attended the day before, not by "전날 도착한"', () => {
    const wrap = read([
      '4일 재계에 따르면, 최태원 SK그룹 회장은 전날 도쿄의 한 호텔에서 열린 포럼에 참석했다.',
      '최 회장은 포럼에서 곽노정 SK하이닉스 사장을 접견한 것으로 알려졌다.',
    ]);
    const met = wrap.proposals.meetings.filter((m) => m.principals.length === 2);
    expect(met.map((m) => m.date.date)).toEqual(['2025-02-03']);
    const arrived = read([
      '4일 재계에 따르면 전날 일본에 도착한 최태원 SK그룹 회장은 이날 곽노정 SK하이닉스 사장과 면담했다.',
    ]);
    expect(arrived.proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-04']);
  });

  it("reads someone introduced after their title, and a date on another act as not the meeting's", () => {
    const { proposals } = read(
      [
        '테스트전자 공동창업자인 빌 게이츠는 5일 SK그룹 본사를 방문했다.',
        '3일 방한한 빌 게이츠는 이날 최태원 SK그룹 회장과 만났다.',
      ],
      '2025-02-05',
    );
    expect(proposals.meetings.map((m) => [m.date.date, m.principals.length])).toEqual([['2025-02-05', 2]]);
  });

  it('takes some of a gathering told meeting that day for the gathering, unless set apart ("별도로")', () => {
    const text = [
      '샘 올트먼과 최태원 SK그룹 회장, 김하늘 테스트전자 회장, 박바다 샘플화학 회장이 4일 만났다.',
      '이어 김하늘 회장과 박바다 회장이 순차적으로 도착해 샘 올트먼과 대화를 나눴다.',
    ];
    expect(read(text).proposals.meetings.map((m) => m.principals.length)).toEqual([4]);
    const apart = read([text[0], '최 회장은 샘 올트먼과 별도로 만나 대화를 나눴다.']).proposals.meetings;
    expect(apart.map((m) => m.principals.length)).toEqual([4, 2]);
  });

  it('drafts a page that names people beside meeting words it cannot read, with a note, and refuses one without', () => {
    const unread = read(['이날 만찬 메뉴는 샘 올트먼이 좋아하는 한우였다.']).proposals;
    expect(unread.problems).toEqual([]);
    expect(unread.meetings).toEqual([]);
    expect(unread.unsettled.map((u) => [u.unread, u.principals])).toEqual([[true, ['altman']]]);
    expect(read(['오늘 서울은 맑고 샘 올트먼은 기온이 높다.']).proposals.problems).toHaveLength(1);
    // A photo story's caption, or a list of who attended, is such a page too.
    const caption = read(['C|샘 올트먼이 행사장에 들어서며 웃고 있다.', '남측에선 최태원 회장 등 6명이 참석했다.']);
    expect(caption.proposals.problems).toEqual([]);
    expect(caption.proposals.unsettled.map((u) => u.unread)).toEqual([true]);
    // Two people named together with no meeting word (a visit shown around, a clap at a roll-out): a note too.
    const together = read(['C|샘 올트먼 CEO와 최태원 SK그룹 회장이 박수를 치고 있다.']).proposals;
    expect(together.problems).toEqual([]);
    expect(together.unsettled.map((u) => [u.unread, [...u.principals].sort()])).toEqual([
      [true, ['altman', 'chey-tae-won']],
    ]);
  });

  it('finds a foreign name data/ records when the article writes it short or spells it another way', () => {
    const k = known();
    for (const [id, ko] of [
      ['toyoda-akio', '도요다 아키오'],
      ['joko-widodo', '조코 위도도'],
    ])
      k.entities.set(id, { id, kind: 'person', ko, en: id, names: [ko], orgs: [], titles: [] });
    const ids = (text: string) =>
      readSentences([sentence(text)], k, '2025-02-04', 't.txt').proposals.meetings.flatMap((m) => m.principals);
    expect(ids('최태원 SK그룹 회장은 4일 도요타 아키오 일본 도요타자동차 회장과 만났다.')).toContain('toyoda-akio');
    expect(ids('최태원 SK그룹 회장은 4일 조코위 인도네시아 대통령과 만났다.')).toContain('joko-widodo');
  });
});

describe('earlier meetings beside the news', () => {
  it('keeps each clause of a list of earlier meetings to itself, and "이번 간담회에는" for the news', () => {
    const { proposals } = read(
      [
        '최태원 회장은 5일 샘 올트먼과 간담회를 가졌다.',
        '최태원 회장은 2023년 4월 간담회를 가졌고 지난해 9월에는 김하늘 테스트전자 회장 등이 참석한 가운데 조찬이 열렸다.',
        '가장 최근인 지난 1월에는 회장단이 참석한 가운데 간담회가 열렸다.',
        '이번 간담회에는 박바다 샘플화학 회장도 참석했다.',
      ],
      '2025-02-05',
    );
    const today = proposals.meetings.find((m) => m.date.date === '2025-02-05')!;
    expect(today.principals).toEqual(['chey-tae-won', 'altman']);
    expect(today.attendees).toEqual(['bak-ba-da']);
    // 김하늘 was at last September's breakfast, not at April 2023's meeting nor January's.
    expect(proposals.meetings.filter((m) => m.accept)).toEqual([today]);
  });

  it('reads "이날" after the day the news was told ("4일 재계에 따르면 … 이날") as that day, in an article of the next', () => {
    const { proposals } = read(['4일 재계에 따르면 최태원 회장은 이날 샘 올트먼과 만났다.'], '2025-02-05');
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-04']);
  });

  it('reads an organisation named before its head ("테스트협회(테협)은 … 예방했다") as that head, not a deputy', () => {
    const { proposals } = read([
      '테스트경제협회는 4일 김하늘 테스트전자 회장을 예방했다.',
      '박바다 테스트경제협회 회장과 이구름 테스트경제협회 상근부회장 등이 참석했다.',
      '테스트경제협회는 3일 올트먼 CEO 면담에 앞서 최태원 회장과 만났다.',
    ]);
    expect(who(proposals.meetings.filter((m) => m.principals.length > 1))).toEqual([
      'bak-ba-da+gim-ha-neul',
      'bak-ba-da+chey-tae-won',
    ]);
  });

  it('reads an organisation as its head, never as one of its staff named later ("강 조사본부장")', () => {
    const { proposals } = read([
      '테스트경제협회는 4일 김하늘 테스트전자 회장을 예방했다.',
      '이날 자리에는 이구름 테스트경제협회 조사본부장 등이 참석했다.',
    ]);
    expect(who(proposals.meetings.filter((m) => m.principals.length > 1))).toEqual([]);
  });

  it('dates "여러 차례 만나왔다" by no meeting before it, and lists "이날 자리에는" at the day\'s meeting', () => {
    const { proposals } = read(
      [
        '최태원 SK그룹 회장은 10일 샘 올트먼과 회동을 가졌다.',
        '두 사람은 올해 한 행사에서 만난 바 있다.',
        '당시 올트먼이 먼저 만남을 제안했고, 최 회장은 3일 회장 연임 이후 자리를 마련했다.',
        '이날 자리에는 김하늘 테스트전자 사장 등이 참석했다.',
      ],
      '2025-02-10',
    );
    const accepted = proposals.meetings.filter((m) => m.accept);
    expect(accepted.map((m) => [m.date.date, m.attendees])).toEqual([['2025-02-10', ['gim-ha-neul']]]);
    // Met many times since: not one more report of the meeting told before.
    const since = read(
      [
        '최태원 SK그룹 회장은 10일 샘 올트먼과 회동을 가졌다.',
        '두 사람은 2017년 9월 간담회에서 처음 만났다.',
        '최 회장과 올트먼은 이후 행사 등에서 여러 차례 만나왔다.',
      ],
      '2025-02-10',
    ).proposals.meetings;
    expect(since.map((m) => [m.date.date, m.sentences.length])).toEqual([
      ['2025-02-10', 1],
      ['2017-09', 1],
    ]);
  });

  it('offers people at the same forum unaccepted: many attend one, and they met only where the text says so', () => {
    const { proposals } = read([
      '최태원 SK그룹 회장, 김하늘 테스트전자 회장 등은 4일 서울에서 열린 테스트 포럼에 나란히 참석했다.',
    ]);
    expect(proposals.meetings.map((m) => [m.accept, m.because[0]])).toEqual([
      [false, 'only at the same 포럼: accept it if the text says they met there'],
    ]);
  });

  it('takes the leaders at a summit of a few nations ("한·미·일 정상회의") as meeting there, those after "B, C와 함께" too', () => {
    const { proposals } = read(
      [
        '김하늘 대통령은 22일 존 스미스 미국 대통령, 박바다 일본 총리와 함께 한-미-일 정상회의를 계기로 열린 경제인 행사에 참석했다.',
      ],
      '2011-05-22',
    );
    expect(proposals.meetings.map((m) => [m.accept, [...m.principals].sort()])).toEqual([
      [true, ['bak-ba-da', 'gim-ha-neul', 'jon-seumiseu']],
    ]);
  });

  it('takes one who briefs the subject in person ("B 회장(왼쪽)의 설명을 듣고 있다") as met', () => {
    const { found } = read(
      ['C|김하늘 대통령이 27일 가온센터에 전시된 모형을 보면서 박바다 테스트그룹 회장(왼쪽)의 설명을 듣고 있다.'],
      '2015-01-27',
    );
    expect(found.map((e) => [e.tense, [...e.principals].sort()])).toEqual([['happened', ['bak-ba-da', 'gim-ha-neul']]]);
  });

  it("takes those named at a site's ceremony (준공식) as meeting there: the few named cut the ribbon together", () => {
    const { proposals } = read(
      ['김하늘 가온전자 회장과 존 스미스 테스트주 주지사는 25일 가온 공장 준공식에 함께 참석했다.'],
      '2024-05-25',
    );
    expect(proposals.meetings.map((m) => [m.accept, [...m.principals].sort()])).toEqual([
      [true, ['gim-ha-neul', 'jon-seumiseu']],
    ]);
  });

  it('takes those at an event posing together ("A, B, C가 기념촬영을 하고 있다") as meeting there', () => {
    const { proposals } = read(
      [
        'C|25일 열린 가온 서밋에 참석한 (왼쪽부터) 김하늘 장관, 존 스미스 총리, 박바다 테스트 회장이 기념촬영을 하고 있다.',
      ],
      '2019-11-25',
    );
    expect(proposals.meetings.map((m) => [m.accept, [...m.principals].sort()])).toEqual([
      [true, ['bak-ba-da', 'gim-ha-neul', 'jon-seumiseu']],
    ]);
  });

  it('reads the one called on before the meeting told ("총리 예방 전 B 사장을 만났다") as not met in it', () => {
    const { found } = read(['김하늘 회장은 존 스미스 총리 예방 전 박바다 가온 사장을 만났다.'], '2011-11-08');
    expect(found.map((e) => [...e.principals].sort())).toEqual([['bak-ba-da', 'gim-ha-neul']]);
  });

  it('takes a meeting its party announces ("…를 접견했다고 5일 밝혔다") as told first-hand, not hearsay', () => {
    const told = (verb: string) =>
      read([`SK그룹은 최태원 회장이 지난 3일 서울에서 샘 올트먼 CEO를 접견했다고 4일 ${verb}.`]).proposals.meetings[0];
    expect(told('밝혔다').because.join(' ')).not.toMatch(/not said done by a verb of meeting/);
    expect(told('밝혔다').accept).toBe(true);
  });

  it("reads \"이번 면담은 지난달 … 이뤄졌다\" as the news's meeting, and an organisation's own act as no one's meeting", () => {
    const { proposals } = read(
      [
        '최태원 회장은 5일 샘 올트먼과 면담했다.',
        '이번 면담은 지난달 선임된 최 회장의 취임 인사차 이뤄졌다.',
        '앞서 대한상공회의소는 지난해 6월 한미 재계회의를 서울에서 개최했으며, 회장단 멤버인 김하늘 테스트전자 회장도 참석했다.',
      ],
      '2025-02-05',
    );
    expect(proposals.meetings.map((m) => [m.date.date, who([m])[0]])).toEqual([['2025-02-05', 'altman+chey-tae-won']]);
  });

  it('reads a noun closed by ㄹ before a plan word ("공장 건설 계획 등을 논의한") as no plan', () => {
    const { found } = read(['최태원 SK그룹 회장과 만난 샘 올트먼 CEO는 공장 건설 계획 등을 논의한 것으로 알려졌다.']);
    expect(found.map((e) => e.tense)).toEqual(['happened']);
  });

  it('reads what was settled at a meeting ("회의를 갖고 … 조율했다고 밝혔다") as done, and a post named in full as a person\'s', () => {
    const { found } = read(
      [
        '가온부는 박바다 국제경제관리관이 지난 3일 레젭 아일란 터키 재무부 차관과 회의를 갖고 일정을 조율했다고 밝혔다.',
      ],
      '2025-02-05',
    );
    expect(found.map((e) => [e.tense, e.principals.length, e.date && 'date' in e.date ? e.date.date : null])).toEqual([
      ['happened', 2, '2025-02-03'],
    ]);
  });

  it('reads the day opening a sentence told by its source ("10일 A사는 … 지난 9일 … 밝혔다") as the telling\'s', () => {
    const { found } = read(
      [
        '10일 테스트전자는 김하늘 회장과 박바다 총리가 지난 9일 서울 호텔에서 만찬을 갖고 협력을 논의했다고 밝혔다.',
        '이날 만찬에는 이하늘 의원이 참석했다.',
      ],
      '2025-02-10',
    );
    expect(found.map((e) => (e.date && 'date' in e.date ? e.date.date : null))).toEqual(['2025-02-09', '2025-02-09']);
  });

  it('never dates a meeting by a date in brackets glossing a noun ("공장 준공(1985년 3월 2일) 40주년")', () => {
    const { found } = read(
      ['김하늘 시장과 박바다 회장이 2일 열린 테스트공장 준공(1985년 3월 2일) 40주년 기념식에서 만나 환담했다.'],
      '2025-03-02',
    );
    expect([...new Set(found.map((e) => (e.date && 'date' in e.date ? e.date.date : null)))]).toEqual(['2025-03-02']);
  });

  it('reads a signing attended ("… 참석한 가운데 협약을 체결했다", "협약식에는 … 참석해") as a meeting of those there', () => {
    const signed = read(
      ['김하늘 시장과 박바다 가온전자 사장 등이 지켜보는 가운데 테스트시와 가온전자가 3일 투자협약을 체결했다.'],
      '2025-03-03',
    );
    expect(signed.found.map((e) => [e.tense, e.principals.length])).toEqual([['happened', 2]]);
    const ceremony = read(
      [
        '가온그룹은 테스트도와 데이터센터 투자 협약을 맺었다고 3일 밝혔다.',
        '협약식에는 김하늘 총리를 비롯해 가온그룹을 대표한 박바다 회장과 이하늘 의원, 최구름 도지사 등이 참석해 사업 의지를 밝혔다.',
      ],
      '2025-03-03',
    );
    expect(ceremony.proposals.meetings.map((m) => [...m.principals].sort())).toEqual([
      ['bak-ba-da', 'choe-gu-reum', 'gim-ha-neul', 'i-ha-neul'],
    ]);
  });

  it("reads two people who signed together as met, and a company's signing as no one's meeting", () => {
    const together = read(
      ['가온전자 본사에서 31일 김하늘 지사와 박바다 가온전자 부회장이 부지 매매계약을 체결했다.'],
      '2025-03-31',
    );
    expect(together.found.map((e) => [e.tense, e.principals.sort()])).toEqual([
      ['happened', ['bak-ba-da', 'gim-ha-neul']],
    ]);
    // Signing with a company, the one met before carried over from the sentence before: no second meeting.
    const firms = read(
      ['김하늘 가온전자 회장은 31일 박바다 장관을 만났다.', '김 회장은 이어 가온화학과 공급 계약을 체결했다.'],
      '2025-03-31',
    );
    expect(firms.found.map((e) => e.cues)).toEqual([['만났']]);
  });

  it('reads a thing handed over to someone ("B 시장에게 신차를 인도했다") as meeting them', () => {
    const { found } = read(['존 스미스 가온자동차 대표가 3일 김하늘 부산시장에게 1호 신차를 인도했다.'], '2025-03-03');
    expect(found.map((e) => [e.tense, e.principals.sort()])).toEqual([['happened', ['gim-ha-neul', 'jon-seumiseu']]]);
  });

  it('reads a meeting at which something to come was asked for ("…를 만나 협력을 강화할 것을 요청했다") as done', () => {
    const { found } = read(
      ['김하늘 사장은 박바다 총리를 만나 공급망 협력을 넓힐 것을 당부했다고 가온전자가 10일 전했다.'],
      '2025-03-10',
    );
    expect(found.map((e) => e.tense)).toEqual(['happened']);
  });

  it('reads each one named after a month of their own as a meeting of that month ("작년 12월 A, 올해 1월 B에 이어")', () => {
    const told = read(
      [
        '김하늘 장관은 14일 박바다 가온그룹 회장을 만났다.',
        '김 장관의 총수 회동은 작년 12월 이하늘 누리그룹 회장, 올해 1월 최구름 다온그룹 회장에 이어 이번이 세 번째다.',
      ],
      '2025-03-14',
    );
    expect(told.proposals.meetings.map((m) => [[...m.principals].sort().join('+'), m.date.date])).toEqual([
      ['bak-ba-da+gim-ha-neul', '2025-03-14'],
      ['gim-ha-neul+i-ha-neul', '2024-12'],
      ['choe-gu-reum+gim-ha-neul', '2025-01'],
    ]);
  });

  it('reads people met each in a month of their own ("작년 12월 A, 올해 1월 B를 만났다") as meetings apart', () => {
    const { proposals } = read(
      ['김하늘 장관은 작년 12월 이하늘 누리그룹 회장, 올해 1월 최구름 누리그룹 부회장을 만났다.'],
      '2025-03-14',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2024-12', '2025-01']);
  });

  it('reads a list closed by "등 주요 경영진을 만나" as one group met, not a meeting with each', () => {
    const { proposals } = read(
      [
        '이날 가온그룹 사옥을 찾은 김하늘 장관은 박바다 회장을 비롯해 이하늘 가온전자 사장, 최구름 가온화학 사장 등 주요 경영진을 만나 애로를 들었다.',
      ],
      '2025-03-14',
    );
    expect(proposals.meetings.map((m) => m.principals.length)).toEqual([4]);
  });

  it('never takes "B, C를 만나는 등" for done where the body says C is met on a later day', () => {
    const { proposals } = read(
      [
        '14일 한국에 온 존 스미스 가온 CEO가 김하늘 테스트전자 부회장, 박바다 누리철강 회장을 만나는 등 바쁜 일정을 시작했다.',
        '스미스 CEO는 첫날 김하늘 부회장과 만나 부품 공급을 논의했고, 박바다 회장과는 15일 만날 예정이다.',
      ],
      '2025-07-14',
    );
    expect(proposals.meetings.filter((m) => m.accept).map((m) => [...m.principals].sort().join('+'))).toEqual([
      'gim-ha-neul+jon-seumiseu',
    ]);
  });

  it('reads "이날" after a day the clause names first as that day, until the story has a day of its own', () => {
    const first = read(
      ['21일 한국을 찾은 존 스미스 테스트국 총리가 이날 저녁 환영 만찬장에서 김하늘 회장과 대화하고 있다.'],
      '2025-05-22',
    );
    expect(first.proposals.meetings.map((m) => m.date.date)).toEqual(['2025-05-21']);
    // The day written as past ("지난 21일") too.
    const past = read(
      [
        '김하늘 장관의 초청으로 지난 21일 한국을 찾은 존 스미스 총리는 이날 저녁 김 장관 초청 만찬에서 협력을 강조했다.',
      ],
      '2025-05-22',
    );
    expect(past.proposals.meetings.map((m) => m.date.date)).toEqual(['2025-05-21']);
    const later = read(
      [
        '존 스미스 가온 회장은 21일 테스트전자 본사를 찾았다.',
        '20일 입국한 스미스 회장은 이날 저녁 김하늘 부회장과 식사를 함께했다.',
      ],
      '2025-05-22',
    );
    expect(later.proposals.meetings.map((m) => m.date.date)).toEqual(['2025-05-21']);
  });

  it('dates a meeting abroad by the day in the place\'s own time ("10일(현지시간)") over the body\'s day in Korea', () => {
    const { proposals } = read(
      [
        '김하늘 부총리가 11일 미국 뉴욕에서 존 스미스 가온 회장과 면담을 했다.',
        'C|김하늘 부총리가 10일(현지시간) 가온 본사를 방문, 존 스미스 가온 회장과 면담하고 있다.',
      ],
      '2025-01-11',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-01-10']);
  });

  it('never reads the meeting word inside a member of the Assembly ("국회의원") as a meeting', () => {
    const { found } = read(['기념식에 초대된 김하늘 지사와 박바다 국회의원이 나란히 식장에 들어섰다.'], '2025-03-02');
    expect(found).toEqual([]);
  });
});
