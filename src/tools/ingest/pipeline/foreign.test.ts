// Foreign leaders and executives: transliterated names, their short forms, and the meetings they are named in.
import { describe, expect, it } from 'vitest';
import { recordedAs } from '../helpers/foreign';
import { readSentences } from '../index';
import { known as fixtureKnown, read, sentence, who, names, titled } from '../testing/read';

/** A sentence read against the fixture whose recorded foreign person ("altman") is named `ko`: whom the reading
 * proposed anew, and who met whom. */
function readAsRecorded(ko: string, text: string, published = '2025-02-04') {
  const k = fixtureKnown();
  k.entities.set('altman', { ...k.entities.get('altman')!, ko, names: [ko] });
  const r = readSentences([sentence(text)], k, published, 't');
  return { proposedAnew: [...r.mentions.context.people.values()], met: who(r.proposals.meetings) };
}

describe('foreign leaders', () => {
  it('reads "N시 반" before a name as half past the hour, not as the link of a Dutch name ("반 롬파위")', () => {
    const { ctx } = read(['김하늘 회장은 4일 오후 8시 반(현지시간) 존 스미스 미국 대통령과 만찬을 가졌다.']);
    expect(names(ctx).map((n) => n[0])).toEqual(['김하늘', '존 스미스']);
  });

  it('reads who invited the subject to a meal ("A 대통령의 초청으로 … 만찬회동을 가졌다") as whom they met', () => {
    const { proposals } = read(['김하늘 회장은 4일 존 스미스 미국 대통령의 초청으로 비공식 만찬회동을 가졌다.']);
    expect(who(proposals.meetings)).toEqual(['gim-ha-neul+jon-seumiseu']);
  });

  it('reads a name spelled out in Latin letters after a space ("존 스미스 (John Smith) 미 상무장관")', () => {
    const { ctx } = read(['테스트협회는 4일 존 스미스 (John Smith) 미 상무장관 초청 오찬간담회를 개최했다.']);
    expect(names(ctx).map((n) => `${n[0]} ${n[2]}`)).toEqual(['존 스미스 상무장관']);
  });

  it('reads no meeting with whoever invited the subject to a place ("A 의원 초청으로 부지를 방문해"), but one with the host of a meal so given', () => {
    expect(
      read(['김하늘 사장은 4일 존 스미스 의원 초청으로 원전 부지를 방문해 여건을 확인했다.']).proposals.meetings,
    ).toEqual([]);
    expect(who(read(['김하늘 사장은 4일 존 스미스 의원 초청으로 만찬을 가졌다.']).proposals.meetings)).toEqual([
      'gim-ha-neul+jon-seumiseu',
    ]);
  });

  it('reads a longer Arabic name in full where a recorded one is its tail ("알-아흐마드 알-하산 알-마크툼")', () => {
    const r = readAsRecorded('하산 알-마크툼', '김하늘 회장은 4일 셰이크 알-아흐마드 알-하산 알-마크툼 국왕을 만났다.');
    expect(r.proposedAnew.map((p) => p.name.ko)).toEqual(['김하늘', '셰이크 알-아흐마드 알-하산 알-마크툼']);
    expect(r.met).toEqual(['gim-ha-neul+syeikeu-al-aheumadeu-al-hasan-al-makeutum']);
    expect(readAsRecorded('하산 알-마크툼', '김하늘 회장은 4일 셰이크 하산 알-마크툼 총리를 만났다.').met).toEqual([
      'altman+gim-ha-neul',
    ]);
  });

  it('knows a recorded foreign name spelled with a hyphen for a space ("카슴-조마르트", "카슴 조마르트")', () => {
    const { ctx } = read(['최태원 SK그룹 회장이 왔다.']);
    expect(recordedAs(ctx, '샘-올트먼')).toBe('altman');
    // A family name of two syllables is the one recorded in full whose last word it is.
    expect(recordedAs(ctx, '올트')).toBeUndefined();
    // Altman recorded under another name.
    const recordedAsAltman = (name: string) => ({
      ...ctx,
      known: {
        ...ctx.known,
        entities: new Map(
          [...ctx.known.entities].map(([id, e]) => [id, id === 'altman' ? { ...e, names: [name] } : e]),
        ),
      },
    });
    expect(recordedAs(recordedAsAltman('샘 올트'), '올트')).toBe('altman');
    // A long name recorded in full is also written by a word inside it ("룰라" of "루이스 이나시우 룰라 다 시우바").
    expect(recordedAs(recordedAsAltman('샘 하늘 올트 다 먼'), '올트')).toBe('altman');
    expect(recordedAs(recordedAsAltman('샘 하늘 올트 다 먼'), '다')).toBeUndefined();
  });

  it('reads a recorded family name spelled another way, alone before a title ("올트맨 CEO" of "샘 올트먼")', () => {
    const { ctx, proposals } = read(['샘 올트먼 오픈AI CEO가 방한했다.', '올트맨 CEO는 이날 최태원 SK 회장과 만났다.']);
    expect(names(ctx)).toEqual([]);
    expect(who(proposals.meetings)).toEqual(['altman+chey-tae-won']);
  });

  it("ends a name where the article spells it out in Latin letters; the words up to the title are its company's", () => {
    const { ctx, proposals } = read([
      '김하늘 가온전자 회장은 3일 존 스미스(John Smith) 바다 일렉트로닉스사 CEO와 면담했다.',
    ]);
    expect(names(ctx)).toContainEqual(['존 스미스', 'bada-illekteuronikseusa', 'CEO']);
    // The English name is the article's own spelling.
    expect(ctx.people.get('존 스미스')?.name.en).toBe('John Smith');
    expect(who(proposals.meetings)).toHaveLength(1);
  });

  it('reads an organisation in quotes between a name and the post ("존 스미스 \'존 앤드 메리 스미스 재단\' 공동 이사장")', () => {
    const { ctx, proposals } = read([
      "김하늘 대통령이 3일 서울에서 존 스미스 '존 앤드 메리 스미스 재단' 공동 이사장과 만나 기념촬영을 하고 있다.",
    ]);
    expect(names(ctx)).toContainEqual(['존 스미스', 'jon-aendeu-meri-seumiseu-jaedan', '이사장']);
    expect(who(proposals.meetings)).toHaveLength(1);
    // A quoted word after a name, and no post after it, is no organisation.
    expect(names(read(["김하늘 대통령이 3일 존 스미스 '바다' 이야기를 들었다."]).ctx).map((n) => n[0])).toEqual([
      '김하늘',
    ]);
  });

  it('reads a name with an age after a dot ("탕쉐펑(.50)"), and no runner ("차세대주자") as part of a name', () => {
    const { ctx, proposals } = read(
      [
        'H|중국 차세대주자 탕쉐펑 랴오닝성 서기 방한',
        '탕쉐펑(.50) 랴오닝성 서기는 26일 오후 김하늘 가온전자 회장과 면담했다.',
      ],
      '2005-09-27',
    );
    expect(names(ctx).map((n) => n[0])).toEqual(['탕쉐펑', '김하늘']);
    expect(who(proposals.meetings)).toEqual(['gim-ha-neul+tang-swe-peong']);
  });

  it("reads a Vietnamese name of three one-syllable words that joined read as a Korean one, and China's vice-ministers", () => {
    const vietnam = read(['김하늘 회장이 3일 서울에서 호 반 탄 베트남 부총리를 만났다.']);
    expect(names(vietnam.ctx)).toContainEqual(['호 반 탄', 'government-of-vietnam', '부총리']);
    expect(who(vietnam.proposals.meetings)).toHaveLength(1);
    // Not three syllables before a post at home.
    expect(
      names(read(['김하늘 회장이 3일 서울에서 호 반 탄 가온전자 부사장을 만났다.']).ctx).map((n) => n[0]),
    ).not.toContain('호 반 탄');
    for (const [post, particle] of [
      ['부부장', '과'],
      ['부장조리', '와'],
    ])
      expect(names(read([`김하늘 회장이 3일 왕쉬안린 중국 외교부 ${post}${particle} 만났다.`]).ctx)).toContainEqual([
        '왕쉬안린',
        'jungguk-oegyobu',
        post,
      ]);
  });

  it('reads an envoy\'s country glued to the post ("주한 체코대사"), and a given name before a family name named first', () => {
    const { ctx } = read(['이반 얀차렉 주한 체코대사와 필립 골드버그 주한미국대사가 왔다.']);
    // Posted to Korea, each serves the embassy.
    expect(names(ctx)).toEqual([
      ['이반 얀차렉', 'juhanchekodaesagwan', '대사'],
      ['필립 골드버그', 'juhanmigukdaesagwan', '대사'],
    ]);
    const merkel = read([
      'C|메르켈 獨총리-박종우 삼성전자 사장 환담',
      'C|앙겔라 메르켈 독일 총리와 박종우 사장이 환담하고 있다.',
    ]);
    expect(
      titled(merkel.ctx)
        .map(([name]) => name)
        .sort(),
    ).toEqual(['박종우', '앙겔라 메르켈']);
  });

  it('reads a foreign leader of one Korean-shaped word by the country before the post ("모디 인도 총리")', () => {
    const { ctx, proposals } = read(
      ['최태원 SK그룹 회장은 지난 8일 베트남 총리를 만난 지 열흘 만에 모디 인도 총리와 만났다.'],
      '2025-02-20',
    );
    expect(titled(ctx)).toEqual([['모디', '총리']]);
    // The day counted from ("지난 8일 … 만난 지 열흘 만에") is another meeting's.
    expect(proposals.meetings.map((m) => [m.principals.join('+'), m.date.date])).toEqual([
      ['chey-tae-won+mo-di', '2025-02-20'],
    ]);
  });

  it('reads a name after a mark of no letters ("기자 = 톰 아처"), one ending like an agency ("아처"), a photo\'s "(〃오른쪽)"', () => {
    const { ctx } = read([
      '홍길동 기자 = 톰 아처 테스트리서치 CEO가 24일 방한했다.',
      '최태원 회장은 올리버 집세(〃오른쪽) BMW그룹 회장과 만났다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['톰 아처', 'CEO'],
      ['올리버 집세', '회장'],
    ]);
  });

  it('reads a Korean-shaped first word and a name-like second as one name ("피터 베닝크 ASML CEO", "이반 얀차렉 주한대사")', () => {
    const { ctx } = read([
      '최태원 회장과 피터 베닝크 ASML 최고경영자(CEO)가 13일 만났다.',
      '이반 얀차렉 주한대사 내외가 나와 최 회장을 맞았다.',
      '류진 풍산 회장도 왔다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['피터 베닝크', '최고경영자'],
      ['이반 얀차렉', '주한대사'],
      ['류진', '회장'],
    ]);
  });

  it('reads another "샘" than the recorded one ("샘 팔미사노"), a city\'s 서기, and a chief officer\'s long post', () => {
    const { ctx } = read([
      '최태원 회장은 12일 샘 팔미사노 IBM 회장과 만났다.',
      '최 회장은 24일 천하늘 톈진시 서기와 회동했다.',
      '호세 무뇨즈 테스트전자 글로벌 최고운영책임자(COO)가 함께했다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['샘 팔미사노', '회장'],
      ['천하늘', '서기'],
      ['호세 무뇨즈', '최고운영책임자'],
    ]);
  });

  it('reads a monarch\'s number ("펠리페 6세"), and a Latin gloss with accents ("(Pedro Sánchez)")', () => {
    const { ctx } = read([
      '최태원 회장은 24일 펠리페 6세 스페인 국왕을 만났다.',
      '최 회장은 페드로 산체스(Pedro Sánchez) 스페인 총리와도 만났다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['펠리페 6세', '국왕'],
      ['페드로 산체스', '총리'],
    ]);
  });

  it('reads two posts joined by 겸 as one title ("부총리 겸 국방장관과"), and who came "과 함께" as taking part', () => {
    const { mentions, proposals } = read([
      '최태원 SK그룹 회장은 3일 브와디스와프 코시니악 폴란드 부총리 겸 국방장관과 함께 서명식에 참석했다.',
    ]);
    expect(mentions[0].map((m) => [m.surface, m.title, m.particle])).toContainEqual([
      '브와디스와프 코시니악',
      '부총리 겸 국방장관',
      '과',
    ]);
    expect(who(proposals.meetings)).toEqual(['beuwadiseuwapeu-kosiniak+chey-tae-won']);
  });

  it('reads a Chinese name in one word written short by its first syllable ("싱 대사" after "싱하이밍")', () => {
    const { proposals } = read([
      '싱하이밍 주한 중국대사가 3일 최태원 SK그룹 회장과 만났다.',
      '최 회장은 양국의 협력을 강조했다.',
      '싱 대사는 지난 1월에는 김하늘 테스트전자 대표를 만난 바 있다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['chey-tae-won+sing-ha-i-ming', 'gim-ha-neul+sing-ha-i-ming']);
  });

  it('reads a party secretary written short with the post in two words ("천 당 서기는")', () => {
    const { mentions } = read([
      '최태원 SK그룹 회장은 24일 천하늘 톈진시 당 서기와 만났다.',
      '천 당 서기는 최 회장과 만난 자리에서 협력을 강조했다.',
    ]);
    expect(mentions[1].map((m) => [m.surface, m.id])).toEqual([
      ['천 당서기', mentions[0][1].id],
      ['최 회장', 'chey-tae-won'],
    ]);
  });

  it('reads a foreign name after its title ("최고경영자(CEO) 사티아 나델라가"), never the end of a list', () => {
    const { ctx } = read(
      [
        'H|나델라 MS CEO 방한',
        '마이크로소프트(MS)의 최고경영자(CEO) 사티아 나델라가 23일 최태원 SK그룹 회장을 만났다.',
        '이날 행사에는 최태원 회장 등 경제단체장이 참석했다.',
      ],
      '2014-09-24',
    );
    expect(names(ctx)).toEqual([['사티아 나델라', 'maikeurosopeuteu', '최고경영자']]);
  });

  it('takes a headline\'s short name with a one-syllable country ("스가 日 총리") for the full name the body gives', () => {
    const { ctx, proposals } = read(
      [
        'H|스가 日 총리(사진 왼쪽), 최태원 SK그룹 회장',
        '스가 요시히데 일본 총리가 최태원 SK그룹 회장과 4일 만났다.',
        'H|이어 다음날 구본준 부회장 만나 논의할 듯',
      ],
      '2025-02-05',
    );
    expect(names(ctx)).toEqual([
      ['스가 요시히데', 'government-of-japan', '총리'],
      ['구본준', undefined, '부회장'],
    ]);
    expect(proposals.meetings.map((m) => who([m])[0])).toEqual(['chey-tae-won+seuga-yosihide']);
  });

  it('reads Arabic names whole that end like someone named before, or begin like an adnominal (후세인)', () => {
    const { proposals } = read(
      [
        '최태원 SK그룹 회장은 26일 모하메드 빈 자이드 알 나흐얀 UAE 왕세제를 만났다.',
        '이 자리에는 칼리드 빈 모하메드 알 나흐얀 UAE 국가안보 부보좌관, 후세인 이브라힘 알 함마디 UAE 교육부 장관이 배석했다.',
      ],
      '2019-02-26',
    );
    expect(proposals.meetings.map((m) => m.attendees)).toEqual([
      ['kallideu-bin-mohamedeu-al-naheuyan', 'husein-ibeurahim-al-hammadi'],
    ]);
  });

  it('reads an Arabic name whole, a one-syllable first name, and the word before a title as the organisation', () => {
    const { ctx } = read([
      '최태원 회장은 4일 모하메드 빈 자이드 알 나흐얀 아부다비 왕세제와 맷 가너 아마존웹서비스 최고경영자(CEO)를 만났다.',
    ]);
    expect(names(ctx)).toEqual([
      ['모하메드 빈 자이드 알 나흐얀', 'government-of-abu-dhabi', '왕세제'],
      ['맷 가너', 'amajonwepseobiseu', '최고경영자'],
    ]);
  });

  it('reads a name whose last word ends like 에 ("브엉 딩 후에") whole, never taking that word for its organisation', () => {
    const { ctx } = read(['최태원 회장은 4일 팜밍 찡 총리, 브엉 딩 후에 국회의장과 만났다.']);
    expect(names(ctx).map((n) => n[0])).toEqual(['팜밍 찡', '브엉 딩 후에']);
  });

  it('reads European names with their links whole, never posts joined by 겸 nor a verb of greeting as names', () => {
    const { ctx } = read([
      '공항에는 하루키 미도리 국왕 부관참모 겸 경호대장, 휴고 드 용어 내무부 장관, 마누엘 데 라 로차 총리실 경제수석이 나와 최태원 회장을 맞았다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['하루키 미도리', '휴고 드 용어', '마누엘 데 라 로차']);
  });

  it('reads a Korean name before an organisation and a title of two words as that name ("김범수 다음카카오 이사회 의장")', () => {
    const { ctx } = read(['C|(오른쪽 부터) 김하늘 테스트카카오 이사회 의장, 박바다 테스트전자 사장이 웃고 있다.']);
    expect(names(ctx).map((n) => n[0])).toEqual(['김하늘', '박바다']);
  });

  it('reads foreign names joined by · before the title they share, and two people of one given name apart', () => {
    const { ctx } = read([
      '최태원 회장은 4일 도쿠라 마사카즈 경단련 회장과 사토 야스히로·야스나가 타츠오 부회장, 구보타 마사카즈 사무총장을 만났다.',
      '김하늘 테스트전자 법인장, 박바다 국가안보실 1차장도 참석했다.',
      '이 자리에는 최하나 최고기술책임자와 정두리 경제산업본부장, 한가람 최고전략책임자(CSO) 등이 배석했다.',
    ]);
    expect(
      names(ctx)
        .map((n) => `${n[0]} ${n[2]}`)
        .sort(),
    ).toEqual([
      '구보타 마사카즈 사무총장',
      '김하늘 법인장',
      '도쿠라 마사카즈 회장',
      '박바다 1차장',
      '사토 야스히로 부회장',
      '야스나가 타츠오 부회장',
      '정두리 경제산업본부장',
      '최하나 최고기술책임자',
      '한가람 최고전략책임자',
    ]);
  });

  it('reads a Chinese family name written apart from the given name ("쑤 허이", "황 짱지")', () => {
    const { ctx } = read([
      '최태원 회장은 4일 쑤 허이 베이징기차 회장, 류 중윈 시노펙 부총경리, 황 짱지 샤오미 전략부총재를 만났다.',
    ]);
    expect(names(ctx).map((n) => `${n[0]} ${n[2]}`)).toEqual([
      '쑤 허이 회장',
      '류 중윈 부총경리',
      '황 짱지 전략부총재',
    ]);
  });

  it('reads a Cambodian or Vietnamese family name of one syllable written apart ("훈 …", "쩐 … …")', () => {
    const { ctx } = read([
      '김하늘 테스트협회 회장은 4일 프놈펜을 찾아 훈 소반 총리를 예방하고 쩐 비엣 하 주석을 만났다.',
    ]);
    expect(names(ctx).map((n) => `${n[0]} ${n[2]}`)).toEqual(['김하늘 회장', '훈 소반 총리', '쩐 비엣 하 주석']);
  });

  it('reads foreign names listed with commas before the title they share, and a group counted ("의원 7명")', () => {
    const { ctx, proposals } = read([
      '최태원 회장은 3일 서울에서 미국 상원의원 3명을 만나 사업을 소개했다.',
      '이번에 방한한 상원의원은 공화당의 빌 하퍼, 존 스톤 의원과 민주당의 캐런 밀스 의원이다.',
    ]);
    expect(names(ctx)).toEqual([
      ['존 스톤', 'republican-party', '의원'],
      ['빌 하퍼', 'republican-party', '의원'],
      ['캐런 밀스', 'democratic-party', '의원'],
    ]);
    expect(proposals.meetings.map((m) => m.principals.length)).toEqual([4]);
    const envoys = read(['최태원 회장은 3일 라울 페레스 필리핀 대사와 솜친 깐타 라오스 부대사를 만났다.']);
    expect(names(envoys.ctx)).toEqual([
      ['라울 페레스', 'government-of-philippines', '대사'],
      ['솜친 깐타', 'government-of-laos', '부대사'],
    ]);
    // A chamber's short name, and posts of party, state and staff.
    const posts = read([
      '최태원 회장은 3일 제이슨 리 주한캐나다상의 회장, 응우옌 반 탄 공산당 서기장, 매튜 존스 미국 백악관 보좌관과 만났다.',
    ]);
    expect(names(posts.ctx).map(([name, , title]) => [name, title])).toEqual([
      ['제이슨 리', '회장'],
      ['응우옌 반 탄', '서기장'],
      ['매튜 존스', '보좌관'],
    ]);
    // A Japanese name of two open-syllable words before a company the data does not know; a family name that is also
    // a company's, before the company.
    const japanese = read(['최태원 회장은 3일 사와다 다카시 미도리마트 사장, 도요타 아키오 도요타그룹 회장과 만났다.']);
    expect(names(japanese.ctx).map(([name, , title]) => [name, title])).toEqual([
      ['사와다 다카시', '사장'],
      ['도요타 아키오', '회장'],
    ]);
    // Companies joined by "·", and a company's mark (㈜).
    const marks = read(['최태원 회장은 3일 고다온 가온·누리그룹 회장, 한별 ㈜가온 대표와 만났다.']);
    expect(names(marks.ctx).map(([name, , title]) => [name, title])).toEqual([
      ['고다온', '회장'],
      ['한별', '대표'],
    ]);
    expect([...marks.ctx.organizations.keys()]).toContain('가온·누리그룹');
    // Any country the ISO list names, not only the ones the news prints often.
    const rare = read(['최태원 회장은 3일 마테오 로하스 산체스 우루과이 대사를 만났다.']);
    expect(names(rare.ctx)).toEqual([['마테오 로하스 산체스', 'government-of-uruguay', '대사']]);
  });

  it('reads a leader written short as the one named in full, serving the government, and a residence as no one', () => {
    const { ctx, proposals } = read([
      '최태원 회장이 27일 일본 도쿄 총리 관저에서 다나카 히로시 일본 총리와 면담했다.',
      '최 회장은 이날 도쿄 총리 관저에서 다나카 총리에게 협력을 요청했다.',
    ]);
    expect(names(ctx)).toEqual([['다나카 히로시', 'government-of-japan', '총리']]);
    expect(ctx.organizations.get('일본 정부')?.name.en).toBe('Government of Japan');
    expect(proposals.meetings.map((m) => m.principals.length)).toEqual([2]);
  });

  it("reads a company's post before its holder is named as that holder, and a bound noun as no one", () => {
    const { ctx, mentions } = read([
      '최태원 회장이 4일 루미나 최고경영자(CEO)와 만났다.',
      '최 회장은 이날 마르코 벨리 루미나 CEO와 데이터센터 협력을 논의했다.',
      '전력 설비를 함께 짓는 것이 대표 사례다.',
    ]);
    expect(names(ctx)).toEqual([['마르코 벨리', 'rumina', 'CEO']]);
    expect(mentions[0].map((m) => m.id)).toEqual(['chey-tae-won', mentions[1][1].id]);
    expect(mentions[2]).toEqual([]);
  });

  it("reads a name whose last syllable looks like a particle before a chamber's short name (…상의 회장)", () => {
    const { ctx } = read(['고용만 부산상의 회장(왼쪽)과 김하나 경기중앙회 회장이 23일 만나 환담하고 있다.']);
    expect(names(ctx).map(([name, , title]) => [name, title])).toEqual([
      ['고용만', '회장'],
      ['김하나', '회장'],
    ]);
    // A short form is proposed under the organisation's full name.
    const short = read(['최태원 회장은 4일 허다인 전경련 회장, 고나래 광주상의 회장과 만났다.']);
    expect([...short.ctx.organizations.keys()]).toEqual(['전국경제인연합회', '광주상공회의소']);
    expect(short.ctx.organizations.get('전국경제인연합회')?.name.en).toBe('Federation of Korean Industries');
  });

  it('reads a short reference (정 회장) as the Korean name a headline prints bare, where no one else fits', () => {
    const { ctx, proposals } = read([
      'H|최태원 옆에선 고다온 "협력 넓힌다"',
      '최태원 회장은 이날 고 회장과 악수를 나눴다.',
      '최 회장은 박 회장과도 만났다.',
    ]);
    expect(names(ctx)).toEqual([['고다온', undefined, '회장']]);
    expect(proposals.meetings.map((m) => m.principals.length)).toEqual([2]);
  });

  it("reads a president or a prime minister written short (문 대통령, 이 총리) as the one in office on the article's day", () => {
    const moon = read(['문 대통령은 4일 청와대에서 최태원 SK그룹 회장과 만났다.'], '2018-03-05');
    expect(names(moon.ctx)).toEqual([['문재인', undefined, '대통령']]);
    expect(moon.proposals.meetings.map((m) => m.principals.length)).toEqual([2]);
    const later = read(['문 대통령은 4일 청와대에서 최태원 SK그룹 회장과 만났다.'], '2023-03-05');
    expect(names(later.ctx)).toEqual([]);
    expect(later.mentions[0][0].unresolved).toBe('no one named so');
    // So is a prime minister (이 총리 in 2019).
    const lee = read(['이 총리는 1일 저녁 최태원 SK그룹 회장과 만찬을 함께 했다.'], '2019-04-03');
    expect(names(lee.ctx)).toEqual([['이낙연', undefined, '총리']]);
  });

  it('reads a foreign name written short in the headline as the one the body names in full', () => {
    const { ctx, found } = read([
      '최태원 회장, 부시 전 대통령 만나',
      '최 회장은 22일 서울에서 조지 부시 전 미국 대통령과 만났다.',
    ]);
    expect(names(ctx)).toEqual([['조지 부시', 'government-of-united-states', '대통령']]);
    expect(new Set(found.flatMap((e) => e.principals)).size).toBe(2);
  });

  it('reads a name ending in a syllable that looks like a particle (현정은) before its organisation', () => {
    const { ctx } = read(['최태원 회장은 4일 고정은 가온그룹 회장과 만났다.']);
    expect(names(ctx)).toEqual([['고정은', 'gaongeurup', '회장']]);
  });

  it('reads a former secretary-general and a president-elect by their posts alone', () => {
    const { ctx } = read(['한가람 대통령 당선인이 9일 집무실에서 고누리 전 유엔사무총장과 면담하고 있다.']);
    expect(names(ctx)).toEqual([
      ['한가람', undefined, '대통령 당선인'],
      ['고누리', undefined, '유엔사무총장'],
    ]);
  });

  it('knows a recorded foreign name spelled another way after its first word ("샘 올드먼" for "샘 올트먼")', () => {
    const { proposals } = read(['최태원 SK그룹 회장이 3일 샘 올드먼 오픈AI CEO와 만났다.']);
    expect(who(proposals.meetings)).toEqual(['altman+chey-tae-won']);
    // Its vowels too, as many syllables with the same consonants ("샘 알트먼"), never read as no one.
    expect(who(read(['최태원 SK그룹 회장이 3일 샘 알트만 오픈AI CEO와 만났다.']).proposals.meetings)).toEqual([
      'altman+chey-tae-won',
    ]);
  });

  it('reads where a post abroad serves ("주부산 중국 총영사") as no part of the name', () => {
    const { ctx, proposals } = read(['최태원 SK그룹 회장은 3일 왕하늘 주부산 중국 총영사와 접견했다.']);
    expect(titled(ctx)).toEqual([['왕하늘', '총영사']]);
    expect(who(proposals.meetings)).toHaveLength(1);
  });

  it('knows a long recorded name by its first word before a post ("자베르 쿠웨이트 총리")', () => {
    const r = readAsRecorded(
      '자베르 무바라크 알-하마드 알-사바',
      '자베르 쿠웨이트 총리가 9일 최태원 SK그룹 회장과 회담을 가졌다.',
      '2025-02-10',
    );
    expect(r.proposedAnew).toEqual([]);
    expect(r.met).toEqual(['altman+chey-tae-won']);
  });

  it('reads a co-founder\'s post ("모더나 공동 설립자 겸 이사회 의장"), and a board as no one', () => {
    const { ctx, proposals } = read([
      '최태원 SK그룹 회장은 3일 누바 아페얀 모더나 공동 설립자 겸 이사회 의장을 만나 의견을 나눴다.',
    ]);
    expect(names(ctx)).toEqual([['누바 아페얀', 'modeona', '설립자']]);
    expect(who(proposals.meetings)).toEqual(['chey-tae-won+nuba-apeyan']);
  });

  it('knows a recorded foreign name of Korean-looking syllables spelled another way ("조 캐져" for "조 케저")', () => {
    const r = readAsRecorded('조 케저', '최태원 SK그룹 회장이 3일 조 캐져 지멘스 회장을 만났다.');
    expect(r.met).toEqual(['altman+chey-tae-won']);
  });

  it('never reads a span of time before a post abroad as a name ("취임 일주일 만에 카타르 장관을 만난")', () => {
    const { ctx } = read(['최태원 SK그룹 회장이 지난 20일 취임 일주일 만에 카타르 장관을 만났다.']);
    expect(names(ctx)).toEqual([]);
  });

  it('reads a name of one-syllable words ("부 호 주한 베트남 대사"), and comforting someone in person as meeting', () => {
    const { ctx, proposals } = read([
      '최태원 SK그룹 회장은 3일 대사관을 찾아 조문한 뒤 부 호 주한 베트남 대사를 위로하며 이같이 말했다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['부 호']);
    expect(who(proposals.meetings)).toEqual(['bu-ho+chey-tae-won']);
  });

  it('reads a name glossed in Chinese characters with a space, and the same name spelled two ways as one person', () => {
    const { ctx, proposals } = read([
      '최태원 SK그룹 회장은 3일 미즈시마 고이치(水嶋 光一) 주한일본대사를 만났다.',
      '미즈시마 코이치 대사는 "내년이 수교 60주년인 해인 만큼 교류를 늘리겠다"고 말했다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['미즈시마 고이치']);
    expect(who(proposals.meetings)).toEqual(['chey-tae-won+mijeusima-goichi']);
    // A vowel misprinted in the first word ("도미티 코지" in a caption, "도미타 코지" in the body): one person too.
    const misprinted = read([
      'C|최태원 SK그룹 회장이 3일 도미티 코지 주한일본대사를 접견하고 있다.',
      '도미타 코지 주한일본대사는 3일 최태원 SK그룹 회장을 만났다.',
    ]);
    expect(names(misprinted.ctx).map((n) => n[0])).toEqual(['도미티 코지']);
    expect(misprinted.proposals.meetings).toHaveLength(1);
  });

  it('reads a Portuguese name whose links run on ("룰라 다 시우바"), then its inner word after a time of day', () => {
    const { ctx, mentions } = read([
      '최태원 SK그룹 회장은 23일 루이스 이나시우 룰라 다 시우바 브라질 대통령과 만찬을 가졌다.',
      '최 회장은 이날 저녁 룰라 대통령 부부와 대화했다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['루이스 이나시우 룰라 다 시우바']);
    expect(mentions[1].map((m) => m.id)).toContain('ruiseu-inasiu-rulla-da-siuba');
  });

  it('keeps what a post is in charge of in its title ("무역담당 국무장관"), apart from a Latin gloss glued to it', () => {
    const { ctx } = read([
      '퀴르샤드 튀즈멘(Kursad Tuzmen)무역담당 국무장관은 3일 최태원 SK그룹 회장을 만났다.',
      '사드 알 카비 에너지 담당 국무장관은 4일 최태원 회장을 만났다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['퀴르샤드 튀즈멘', '무역담당 국무장관'],
      ['사드 알 카비', '에너지 담당 국무장관'],
    ]);
    expect([...ctx.people.values()].map((p) => p.org)).toEqual([undefined, undefined]);
  });

  it('never runs a Korean name into the words of its organisation ("김바다 소나무 축제 100주년 기념사업추진위원장")', () => {
    const { ctx } = read(['김바다 소나무 축제 100주년 기념사업추진위원장은 3일 최태원 SK그룹 회장을 만났다.']);
    expect(titled(ctx)).toEqual([['김바다', '기념사업추진위원장']]);
  });

  it('knows a recorded foreign name of one word printed in full ("엥흐바야르 남바르 몽골 대통령")', () => {
    const r = readAsRecorded(
      '엥흐바야르',
      '최태원 SK그룹 회장은 3일 방한 중인 엥흐바야르 남바르 몽골 대통령을 만났다.',
    );
    expect(r.proposedAnew).toEqual([]);
    expect(r.met).toEqual(['altman+chey-tae-won']);
  });

  it('knows a recorded foreign name by its family word printed with the organisation it is recorded with', () => {
    const r = readAsRecorded('폴 제이콥스', '최태원 SK그룹 회장은 3일 방한한 제이콥스 오픈AI 회장을 면담했다.');
    expect(r.proposedAnew).toEqual([]);
    expect(r.met).toEqual(['altman+chey-tae-won']);
  });

  it('tells two of one family apart by the title printed ("암바니 회장" after "무케시 암바니 회장", "아카시 암바니 의장")', () => {
    const { mentions } = read([
      '무케시 암바니 릴라이언스 회장과 아카시 암바니 지오 의장이 3일 방한했다.',
      '암바니 회장은 4일 최태원 SK그룹 회장을 만났다.',
    ]);
    expect(mentions[1].map((m) => m.id)).toEqual(['mukesi-ambani', 'chey-tae-won']);
  });

  it('leaves a company written in two words ("빈 그룹") out of the name before it', () => {
    const { ctx } = read(['최태원 SK그룹 회장은 6일 팜 느엇 브엉 빈 그룹 회장을 만났다.']);
    expect(titled(ctx)).toEqual([['팜 느엇 브엉', '회장']]);
  });

  it('reads a name after a closing quote ("‘아시아 최대 부호’ 암바니 회장")', () => {
    const { ctx } = read(['H|‘아시아 최대 부호’ 암바니 인도 릴라이언스 회장, 최태원 회장과 회동']);
    expect(titled(ctx)).toEqual([['암바니', '회장']]);
  });

  it('keeps every word of a name before a post abroad printed with its organisation ("주한 EU대사")', () => {
    const { ctx } = read(['최태원 SK그룹 회장은 3일 마리아 카스티요 페르난데즈 주한 EU대사를 만났다.']);
    expect(titled(ctx)).toEqual([['마리아 카스티요 페르난데즈', '대사']]);
  });

  it('never reads a side ("이란 측에서도") into the name after it', () => {
    const { ctx } = read(['이란 측에서도 잘랄푸르 이란상의 회장이 3일 최태원 SK그룹 회장을 만났다.']);
    expect(titled(ctx)).toEqual([['잘랄푸르', '회장']]);
  });

  it('knows a recorded foreign name spelled another way word by word ("제이콥즈" for "제이콥스")', () => {
    const r = readAsRecorded('폴 제이콥스', '최태원 SK그룹 회장은 3일 폴 제이콥즈 오픈AI 회장과 만났다.');
    expect(r.proposedAnew).toEqual([]);
    expect(r.met).toEqual(['altman+chey-tae-won']);
  });

  it('never reads a Japanese prefecture or city before a post as a name ("도쿄도 부지사", "오사카부 지사")', () => {
    const { ctx } = read([
      '박하늘 부산시장은 20일 일본 도쿄도, 오사카부를 잇달아 방문한다.',
      '21일에는 오사카를 방문해 오사카부 부지사, 오사카 시장 등을 만난다.',
    ]);
    expect(titled(ctx)).toEqual([['박하늘', '시장']]);
  });

  it('reads a caption\'s other spelling of a name the body gave in full ("그랙 애벗", "그레그 애벗") as that person', () => {
    const { found } = read([
      '최태원 SK그룹 회장이 그레그 애벗 텍사스 주지사와 악수하고 있다.',
      'C|왼쪽부터 그랙 애벗 텍사스 주지사, 최태원 SK그룹 회장.',
    ]);
    expect(found.map((e) => [...e.principals, ...e.attendees].length)).toEqual([2, 2]);
  });

  it('reads a Japanese given name ending like 에 ("다카이치 사나에 일본 총리") as the name\'s', () => {
    const { ctx } = read(['최태원 SK그룹 회장과 다카이치 사나에 일본 총리가 30일 악수하고 있다.']);
    expect(titled(ctx)).toEqual([['다카이치 사나에', '총리']]);
  });

  it('reads Japanese posts (재무관, 재무상) and never a verb before a name ("출범식을 갖고 정몽구")', () => {
    const posts = (text: string) => titled(read([text]).ctx);
    expect(posts('최태원 회장이 지난 1일 칸다 마사토 일본 재무성 재무관과 만났다.')).toEqual([
      ['칸다 마사토', '재무관'],
    ]);
    expect(posts('최태원 회장이 지난 1일 야마다 겐지 일본 재무상과 만났다.')).toEqual([['야마다 겐지', '재무상']]);
    expect(
      posts(
        'C|26일 테스트자동차는 합작법인 출범식을 갖고 김하늘 테스트차 회장이 위르겐 슈렌프 다임러 크라이슬러 회장과 악수하고 있다.',
      ),
    ).toEqual([
      ['김하늘', '회장'],
      ['위르겐 슈렌프', '회장'],
    ]);
  });

  it('knows a recorded Arabic name printed without its links ("칼둔 칼리파 무바라크" for "칼둔 칼리파 알 무바라크")', () => {
    const r = readAsRecorded(
      '칼둔 칼리파 알 무바라크',
      '최태원 SK그룹 회장은 4일 칼둔 칼리파 무바라크 UAE 행정청장과 만났다.',
    );
    expect([r.met, r.proposedAnew]).toEqual([['altman+chey-tae-won'], []]);
  });

  it('reads a Japanese given name of one syllable ("사이토 겐") as the name\'s, never as an organisation', () => {
    const { ctx } = read(['최태원 회장은 이날 사이토 겐 경제산업장관과 만났다.']);
    expect(titled(ctx)).toEqual([['사이토 겐', '경제산업장관']]);
  });

  it('reads the fields a post heads ("생산·품질 총괄 부회장") as the title\'s, never as a name or an organisation', () => {
    const { ctx, proposals } = read([
      '최태원 SK그룹 회장은 4일 띠에리 샤벨 르노그룹 생산·품질 총괄 부회장과 조찬을 가졌다.',
      '최 회장은 지난해 8월 부산에서 르노그룹 귀도 학선 제품개발 총괄 부회장과도 면담한 바 있다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['띠에리 샤벨', '생산·품질 총괄 부회장'],
      ['귀도 학선', '제품개발 총괄 부회장'],
    ]);
    expect(proposals.meetings.length).toBe(2);
  });

  it('reads a hyphen inside a name, opening it or after an Arabic link ("카슴-조마르트 토카예프", "라쉬드 알-막툼")', () => {
    const { ctx } = read([
      '최태원 SK그룹 회장은 4일 카슴-조마르트 토카예프 카자흐스탄 대통령을 만났다.',
      '최 회장은 5일 모하메드 빈 라쉬드 알-막툼 UAE 총리도 만났다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['카슴-조마르트 토카예프', '대통령'],
      ['모하메드 빈 라쉬드 알-막툼', '총리'],
    ]);
  });

  it('reads a country\'s leader by post alone ("아르헨티나 대통령과") as the one the article named so', () => {
    const { proposals, mentions } = read([
      '최태원 SK그룹 회장이 마우리시오 마크리 아르헨티나 대통령을 접견하고 협력을 논의했다.',
      'SK는 최 회장이 3일 아르헨티나 대통령과 면담을 가졌다고 밝혔다.',
      '최 회장은 이어 베트남 총리와도 통화했다.',
    ]);
    expect(mentions[1].map((m) => m.id)).toContain('maurisio-makeuri');
    expect(mentions[2].filter((m) => m.kind === 'person').map((m) => m.id)).toEqual(['chey-tae-won']);
    expect(proposals.meetings.map((m) => [m.principals.length, m.date.date])).toEqual([[2, '2025-02-03']]);
  });

  it('reads a name an Arabic link opens after a country, links on links, and a ministry printed in two words', () => {
    const { ctx, proposals } = read([
      '최경환 부총리는 2일 사우디 알-팔리흐(Al-Falih) 에너지 산업부 장관 겸 아람코 회장을 면담했다.',
      '최 부총리는 3일 쿠웨이트에서 셰이크 알-사바 알-아흐마드 국왕과 회담했다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['최경환', '부총리'],
      ['알-팔리흐', '장관'],
      ['셰이크 알-사바 알-아흐마드', '국왕'],
    ]);
    expect(proposals.meetings.length).toBe(2);
  });

  it('reads a name an Arabic link opens as the person data/ records, though the word before it is known', () => {
    const { met } = readAsRecorded('알-팔리흐', '최태원 SK그룹 회장은 4일 사우디 알-팔리흐 장관을 면담했다.');
    expect(met).toEqual(['altman+chey-tae-won']);
  });

  it('reads another person with a given name data/ records ("모하메드 빈 라쉬드 알-막툼" beside "모하메드 알 나흐얀")', () => {
    const { proposedAnew, met } = readAsRecorded(
      '모하메드 빈 자이드 알 나흐얀',
      '최태원 SK그룹 회장은 4일 모하메드 빈 라쉬드 알-막툼 UAE 총리를 만났다.',
    );
    expect(proposedAnew.map((p) => p.name.ko)).toContain('모하메드 빈 라쉬드 알-막툼');
    expect(met).toEqual(['chey-tae-won+mohamedeu-bin-raswideu-al-maktum']);
  });

  it('reads a Vietnamese name of one-syllable words whole ("팜 민 찐 총리"): no organisation is one syllable', () => {
    const { ctx } = read(['최태원 SK그룹 회장은 4일 하노이에서 팜 민 찐 총리를 만났다.']);
    expect(titled(ctx)).toEqual([['팜 민 찐', '총리']]);
  });

  it('reads a foreign company with 사 or its head office before a post ("보잉사 짐 맥너니 회장", "보잉 본사 회장")', () => {
    const { ctx } = read([
      '최태원 SK그룹 회장은 4일 보잉사 짐 맥너니 회장을 만났다.',
      '짐 맥너니 미 보잉 본사 회장은 5일 기자간담회를 열었다.',
      '삼성전자를 인수한 프랑스 르노사 레젭 아일란 회장도 왔다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['짐 맥너니', '회장'],
      ['레젭 아일란', '회장'],
    ]);
  });

  it('reads a prime minister as older articles call one ("체코 수상")', () => {
    const { ctx, proposals } = read(['최태원 SK그룹 회장은 4일 이리 파로우벡 체코 수상을 만나 투자를 논의했다.']);
    expect(titled(ctx)).toEqual([['이리 파로우벡', '수상']]);
    expect(proposals.meetings.length).toBe(1);
  });

  it('reads a French double first name joined by a hyphen or a dash ("장-피에르", "장–피에르"), and a business unit before the post', () => {
    for (const dash of ['-', '–']) {
      const { ctx, proposals } = read([
        `이장우 대전시장은 3일 장${dash}피에르 베르나르 신임 헬스케어 사이언스 CEO와 만나 협력을 논의했다.`,
      ]);
      expect(titled(ctx)).toContainEqual([`장${dash}피에르 베르나르`, 'CEO']);
      expect(proposals.meetings.length).toBe(1);
    }
    // The unit alone, with no one named, is no one.
    const { ctx, proposals } = read(['이장우 대전시장은 3일 본사를 방문해 라이프 사이언스 CEO와 협력을 논의했다.']);
    expect(titled(ctx)).toEqual([['이장우', '시장']]);
    expect(proposals.meetings).toEqual([]);
  });

  it('never reads two words printed as one across a particle ("호텔에서일본") as a name', () => {
    const { ctx } = read([
      '김 지사는 이날 그랜드 호텔에서일본 도레이사 닛카쿠 사장을 비롯한 임원진과 간담회를 열었다.',
    ]);
    expect(titled(ctx).map(([name]) => name)).not.toContain('그랜드 호텔에서일본');
  });

  it('reads the leader after "방한중인" ("방한중인 A 대통령은"), the visit an adnominal before the name', () => {
    const { ctx, proposals } = read(
      ['방한중인 알베르토 몬테로 페루 대통령은 14일 김재호 대성그룹 회장과 만났다.'],
      '1996-08-16',
    );
    expect(titled(ctx)).toContainEqual(['알베르토 몬테로', '대통령']);
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['1996-08-14']);
  });

  it('reads a Vietnamese name whose last syllable writes a country short ("응우옌 떤 중 베트남 총리"), not a former one', () => {
    expect(titled(read(['최태원 회장은 28일 응우옌 떤 중 베트남 총리를 만났다.'], '2010-01-29').ctx)).toEqual([
      ['응우옌 떤 중', '총리'],
    ]);
    expect(titled(read(['최태원 회장은 28일 누리 알 말리키 전 이라크 총리를 만났다.'], '2010-01-29').ctx)).toEqual([
      ['누리 알 말리키', '총리'],
    ]);
  });

  it('reads a Chinese party post ("리창춘 중국공산당 정치국 상무위원"), and a name after "및"', () => {
    const { ctx } = read(
      [
        '김하늘 회장은 7일 리창춘 중국공산당 정치국 상무위원을 만났다.',
        '이날 오찬에는 박바다 테스트전자 부회장 및 우다웨이 주한 중국대사 등이 동석했다.',
      ],
      '2009-04-07',
    );
    expect(titled(ctx).map(([name]) => name)).toEqual(expect.arrayContaining(['리창춘', '우다웨이']));
    expect(titled(ctx).map(([name]) => name)).not.toContain('정치국');
  });

  it('never reads a verb or a common noun before a short name or a post as a name ("시간을 내 시 부주석", "각 부처 장관")', () => {
    const { mentions } = read(
      [
        '이 대통령이 출국 직전 시간을 내 시 부주석을 접견했다.',
        '이날 만찬에는 각 부처 장관, 얀 슬로타 슬로박 민족당 대표 등이 참석했다.',
      ],
      '2009-12-17',
    );
    const surfaces = mentions.flat().map((m) => m.surface);
    expect(surfaces).not.toContain('내 시');
    expect(surfaces).not.toContain('부처');
    expect(surfaces).toContain('얀 슬로타');
  });

  it('never takes the son ("샘 올트먼 주니어") for the father recorded under his name', () => {
    const { mentions } = read(['샘 올트먼 주니어는 3일 최태원 SK그룹 회장과 만났다.']);
    expect(mentions.flat().map((m) => m.id)).not.toContain('altman');
  });

  it('never reads a country\'s body run together ("중국국제 촉진회장") or China\'s congresses ("중 정협") as a name', () => {
    const { mentions } = read(
      [
        '김하늘 경남지사가 8일 중국국제 교류촉진회장을 겸하는 정완퉁 중국정치협상회의 부주석을 만났다.',
        '김 지사는 중 정협 부주석과 환담했다.',
      ],
      '2012-02-08',
    );
    const surfaces = mentions.flat().map((m) => m.surface);
    expect(surfaces).not.toContain('중국국제');
    const later = read(
      [
        '김하늘 회장은 다음 날 박바다 장관을 만났다.',
        '홍 지사는 하이코 빌 독일연방군 역사사회과학 연구소 소장과 면담했다.',
      ],
      '2016-11-17',
    );
    const laterSurfaces = later.mentions.flat().map((m) => m.surface);
    expect(laterSurfaces).not.toContain('다음 날');
    expect(laterSurfaces.some((w) => /연방군|과학/.test(w))).toBe(false);
    // An oil major's name before the post, its first words never the person's ("로열 더치 쉘 대표이사").
    const oil = read(
      ['김하늘 대통령은 23일 집무실에서 반 뷰어든 로열 더치 쉘 대표이사와 에너지 협력을 논의했다.'],
      '2014-06-23',
    );
    expect(oil.mentions.flat().some((m) => /로열|더치/.test(m.surface))).toBe(false);
    expect(surfaces).not.toContain('정협');
    expect(surfaces).toContain('김하늘');
  });

  it('reads a foreign name before a body printed apart from what it is of ("한미 재계회의 위원장"), a ministry\'s too', () => {
    const { mentions } = read(
      [
        '김하늘 대통령은 18일 에반 그린버그 한미 재계회의 위원장을 접견했다.',
        '박영희 회장은 25일 서울에서 브라이언 샌도벌 미국 네바다주지사와 협력을 논의했다.',
        '홍 지사가 묵은 인터불고 호텔에서일본 도레이사 닛카쿠사장 일행과 간담회가 열렸다.',
      ],
      '2024-04-18',
    );
    const surfaces = mentions.flat().map((m) => m.surface);
    expect(surfaces).toContain('에반 그린버그');
    expect(surfaces).toContain('브라이언 샌도벌');
    expect(surfaces).not.toContain('인터불고');
  });

  it('reads an Arabic name whose first word ends like 만 ("살만 빈 하마드"), never a committee written short as one', () => {
    const { mentions } = read(
      [
        '김하늘 대통령이 1일 오후 살만 빈 하마드 알-칼리파 바레인 왕세자와 오찬을 함께했다.',
        '박바다 회장은 16일 미 하원 외교위 아태소위 위원장과 오찬을 했다.',
      ],
      '2012-05-01',
    );
    const surfaces = mentions.flat().map((m) => m.surface);
    expect(surfaces).toContain('살만 빈 하마드 알-칼리파');
    expect(surfaces.some((w) => /소위/.test(w))).toBe(false);
    // Recorded with a space for the dash: the one recorded.
    const recorded = readAsRecorded(
      '살만 빈 하마드 알 칼리파',
      '김하늘 대통령이 1일 오후 살만 빈 하마드 알-칼리파 바레인 왕세자와 오찬을 함께했다.',
    );
    expect(recorded.met).toEqual(['altman+gim-ha-neul']);
  });

  it('never takes a Korean verb before a foreign name for a word of it ("받지 않고 존 스미스")', () => {
    const { ctx, proposals } = read(
      ['김하늘 가온협회 회장은 통역의 도움을 받지 않고 존 스미스 미 상공회의소 회장과 회담을 진행했다.'],
      '2007-06-15',
    );
    expect(names(ctx).map(([name]) => name)).toEqual(['김하늘', '존 스미스']);
    expect(who(proposals.meetings)).toEqual(['gim-ha-neul+jon-seumiseu']);
  });

  it('never takes a joint venture ("르노삼성"), a company it knows ("머크") or a field ("광업") for a word of a name', () => {
    const { ctx } = read(
      [
        '피에르 뒤퐁 르노삼성 회장은 30일 김하늘 가온전자 회장과 오찬을 했다.',
        '한스 뮐러 머크 라이프사이언스 CEO와 박바다 장관이 3일 양해각서를 교환했다.',
        '최구름 회장은 21일 존 스미스 광업 차관을 만났다.',
      ],
      '2004-11-30',
    );
    expect(names(ctx).map(([name]) => name)).toEqual(expect.arrayContaining(['피에르 뒤퐁', '한스 뮐러', '존 스미스']));
    expect(names(ctx).some(([name]) => /르노|머크|광업/.test(name ?? ''))).toBe(false);
  });

  it('reads a family name printed with a slip of one letter before a title as the person named in full ("스미트 CEO")', () => {
    const { ctx, proposals } = read(
      ['존 스미스 가온전자 CEO가 한국을 찾았다.', '스미트 CEO는 이날 김하늘 회장과 만났다.'],
      '2025-02-20',
    );
    expect(names(ctx).map(([name]) => name)).toEqual(['존 스미스', '김하늘']);
    expect(who(proposals.meetings)).toEqual(['gim-ha-neul+jon-seumiseu']);
    // Two letters off is someone else.
    const other = read(
      ['존 스미스 가온전자 CEO가 한국을 찾았다.', '스마트 CEO는 이날 김하늘 회장과 만났다.'],
      '2025-02-20',
    );
    expect(who(other.proposals.meetings)).toEqual(['gim-ha-neul+seu-ma-teu']);
  });

  it('reads a recorded family name, headlined alone, then before an organisation of the same company ("르노삼성")', () => {
    const k = fixtureKnown();
    k.entities.set('renault', {
      id: 'renault',
      kind: 'organization',
      ko: '르노그룹',
      en: 'Renault',
      names: ['르노그룹'],
      orgs: [],
      titles: [],
    });
    k.entities.set('pierre-dupont', {
      id: 'pierre-dupont',
      kind: 'person',
      ko: '피에르 슈마허',
      en: 'Pierre Dupont',
      names: ['피에르 슈마허'],
      orgs: ['renault'],
      titles: ['CEO'],
    });
    const r = readSentences(
      [
        sentence('H|슈마허 회장 바쁜 행보', 0),
        sentence('슈마허 르노삼성 회장은 30일 김하늘 가온전자 회장과 오찬을 했다.', 1),
      ],
      k,
      '2004-11-30',
      't',
    );
    expect(who(r.proposals.meetings)).toEqual(['gim-ha-neul+pierre-dupont']);
  });

  it('reads a list of foreign names that a cut page ends on ("존 스미스, 제인 도,"), without failing', () => {
    const { mentions } = read(['행사에는 존 스미스, 제인 도,', '행사에는 존 스미스·제인 도·']);
    // Names with no post after them are no one to propose; before, the end of the sentence threw.
    expect(mentions.flat().map((m) => m.surface)).toEqual([]);
  });
});
