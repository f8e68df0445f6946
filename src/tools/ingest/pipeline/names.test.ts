// Reading who is named: new people with their organisation and title, short references, and words that look like
// names and are not.
import { describe, expect, it } from 'vitest';
import { titleIn } from '../helpers/names';
import { read, names, titled, who } from '../testing/read';

describe('names', () => {
  it('finds the people of data/ with particles attached, and their titles', () => {
    const { mentions } = read(['최태원 SK그룹 회장과 올트먼은 만났다.']);
    expect(mentions[0].map((m) => [m.id, m.particle, m.title ?? ''])).toEqual([['chey-tae-won', '과', '회장']]);
  });

  it('proposes new people introduced with an organisation and a title, in either order, never a journalist', () => {
    const { ctx } = read([
      '곽노정 SK하이닉스 사장과 SK하이닉스 김주선 사장이 참석했다.',
      '이규호 코오롱 부회장도 참석했다.',
      '홍길동 기자가 전했다. 사진=박사진 기자',
      '총영사관의 장하늘 총영사도 함께했다.',
      '강하늘 국민은행장도 참석했다.',
    ]);
    expect(names(ctx)).toEqual([
      ['곽노정', 'sk-hynix', '사장'],
      ['김주선', 'sk-hynix', '사장'],
      ['이규호', 'koorong', '부회장'],
      ['장하늘', 'chongnyeongsagwan', '총영사'],
      ['강하늘', 'gungmineunhaeng', '은행장'],
    ]);
  });

  it('reads no name into a noun with 엔 for 에는 ("포럼엔 A 회장"), as it reads one ending so ("응우엔 …")', () => {
    const { ctx } = read(['4일 열린 포럼엔 이하늘 테스트전자 회장과 응우엔 반 하 베트남 총리가 참석했다.']);
    expect(names(ctx).map((n) => n[0])).toEqual(['이하늘', '응우엔 반 하']);
  });

  it('reads two people who share a title joined by a middle dot in any of its printed forms ("A‧B", "AㆍB")', () => {
    for (const dot of ['·', 'ㆍ', '‧', '・']) {
      const { ctx } = read([`테스트전자 측은 최구름 사장, 김하늘${dot}박바다 부사장 등이 참석했다.`]);
      expect(
        names(ctx)
          .map((n) => `${n[0]} ${n[2]}`)
          .sort(),
      ).toEqual(['김하늘 부사장', '박바다 부사장', '최구름 사장']);
    }
  });

  it("reads a bank's deputy head, and a province or state abroad between a name and its organisation", () => {
    const { ctx } = read([
      '김정기 하나은행 부행장과 지빈창 산둥 루신집단 동사장이 기념촬영을 했다.',
      '에릭 홀콤 인디애나 주지사와 쑨정차이 충칭시 당서기가 왔다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['김정기', '부행장'],
      ['지빈창', '동사장'],
      ['에릭 홀콤', '주지사'],
      ['쑨정차이', '당서기'],
    ]);
    expect([...ctx.organizations.values()].map((o) => o.name.ko)).toEqual(
      expect.arrayContaining(['하나은행', '루신집단', '인디애나', '충칭시']),
    );
  });

  it('reads past a photo\'s "(〃여섯 번째)" and a short name in brackets, and never takes "이스터" for a Korean name', () => {
    const { ctx } = read([
      '김철수(왼쪽 일곱 번째) 국방부 장관, 강구영(〃여덟 번째) 테스트항공 사장 등이 박수를 치고 있다.',
      '김동명 한국노동조합총연맹(한국노총) 위원장과 아룬 벤카타라만 미국 상무부 차관보, 에린 이스터 웨스트라피엣 CEO가 왔다.',
      '러셀 보트 백악관 예산관리국장은 행정부 1기 시절에도 예산관리국장을 지냈다.',
      '회의를 계기로 디아나 몬디노 아르헨티나 외교장관과 만찬을 계획했다가 오바마 미국 대통령의 일정으로 바꿨다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['김철수', '장관'],
      ['강구영', '사장'],
      ['김동명', '위원장'],
      ['아룬 벤카타라만', '차관보'],
      ['에린 이스터', 'CEO'],
      ['러셀 보트', '예산관리국장'],
      ['디아나 몬디노', '외교장관'],
      ['오바마', '대통령'],
    ]);
  });

  it('reads the head of a city or a province printed with the place glued on ("부산시장", "경기도지사")', () => {
    const { ctx } = read(['박형준 부산시장과 김동연 경기도지사가 만났다.']);
    expect(titled(ctx)).toEqual([
      ['박형준', '시장'],
      ['김동연', '도지사'],
    ]);
    expect([...ctx.organizations.values()].map((o) => o.name.ko)).toEqual(['부산시', '경기도']);
  });

  it('resolves a short reference to the one person it can mean, and to no one when it could be two', () => {
    const one = read(['최태원 SK그룹 회장이 왔다.', '최 회장은 만났다.']);
    expect(one.mentions[1][0].id).toBe('chey-tae-won');
    const two = read([
      '김경훈 오픈AI코리아 대표와 김민수 테스트전자 대표가 만났다.',
      '김 대표는 웃었다.',
      '테스트전자 김 대표는 떠났다.',
    ]);
    expect(two.mentions[1][0]).toMatchObject({ id: '', unresolved: expect.stringContaining(' or ') });
    expect(two.ctx.ambiguous).toHaveLength(1);
    expect(two.mentions[2].find((m) => m.via === 'short')?.id).toBe(two.ctx.people.get('김민수')!.id);
  });

  it('resolves a short reference no name introduced to the one head data/ records of an organisation named', () => {
    const named = read(['SK그룹에 따르면 최 회장은 3일 존 스미스 바다국 총리와 만났다.']);
    expect(who(named.proposals.meetings)).toEqual(['chey-tae-won+jon-seumiseu']);
    // Offered, not accepted: the article never names them.
    expect(named.proposals.meetings[0]).toMatchObject({
      accept: false,
      because: expect.arrayContaining([expect.stringMatching(/never names/)]),
    });
    // With no organisation of theirs named, no one.
    expect(read(['최 회장은 3일 존 스미스 바다국 총리와 만났다.']).mentions[0][0]).toMatchObject({ id: '' });
  });

  it('keeps a place glossed in Chinese characters inside its word one word ("장쑤(江蘇)성 당서기")', () => {
    const { ctx } = read(['김하늘 회장은 3일 탕쉐펑(唐雪峰) 중국 장쑤(江蘇)성 당서기와 만났다.']);
    expect(names(ctx).map((n) => [n[0], n[2]])).toContainEqual(['탕쉐펑', '당서기']);
  });
});

describe('names that are not what they look like', () => {
  it('reads a foreign name whose last syllable looks like a particle, or whose words look Korean', () => {
    const { ctx } = read(['타로 마루도 일본 총리와 루카 도미노 이탈리아 총리가 만났다.']);
    expect(names(ctx).map((n) => n[0])).toEqual(['타로 마루도', '루카 도미노']);
    const two = read(['사토 게이조 일본 총리와 최태원 회장은 10년 내내 대통령이 주최한 행사에 왔다.']);
    expect(names(two.ctx).map((n) => n[0])).toEqual(['사토 게이조']);
    // A company or an office before a Korean name is not the first word of a foreign one.
    expect(names(read(['이날 한화케미칼 김창범 부회장, 기획조정실 김걸 사장이 참석했다.']).ctx)).toEqual([
      ['김창범', 'hanhwakemikal', '부회장'],
      ['김걸', undefined, '사장'],
    ]);
    // The company named first ("존슨앤드존슨"): both words after it are the name, and a kind of company is no one.
    expect(names(read(['미국 제약사 존슨앤드존슨 호아킨 두아토 최고경영자(CEO)가 왔다.']).ctx)).toEqual([
      ['호아킨 두아토', undefined, '최고경영자'],
    ]);
    // A photo's button glued before the caption ("이미지 확대 빌 게이츠 …") is no word of the name.
    expect(titled(read(['이미지 확대 타로 마루도 이사장이 발언하고 있다.']).ctx)).toEqual([['타로 마루도', '이사장']]);
    // A Chinese name printed as one word, then written short by its family name ("다이 대사").
    const short = read(['다이빙 주한중국대사가 왔다.', '다이 대사는 강하늘 차관을 만났다.']);
    expect(who(short.found)).toEqual(['da-i-bing+gang-ha-neul']);
    // Two posts joined by 겸, the second a ministry's: the ministry is theirs.
    expect(names(read(['홍하늘 부총리 겸 기획재정부 장관이 왔다.']).ctx)).toEqual([
      ['홍하늘', 'gihoekjaejeongbu', '부총리 겸 기획재정부 장관'],
    ]);
    // A common word before a name ("제품 A 사장") is no name, nor part of one.
    expect(names(read(['제품 김하늘 사장이 왔다.']).ctx)).toEqual([['김하늘', undefined, '사장']]);
    // The quotative after a quote, then a verb in the past ("…”고 말했다고"), is no name.
    const quoted = names(read(['최태원 회장은 “관심이 많다”고 말했다고 강하늘 대변인이 전했다.']).ctx);
    expect(quoted.map((n) => n[0])).not.toContain('고 말했다고');
    // An ambassador posted to Korea serves the embassy.
    expect(names(read(['미즈시마 고이치 주한 일본대사가 왔다.']).ctx)).toEqual([
      ['미즈시마 고이치', 'juhannilbondaesagwan', '대사'],
    ]);
    // A country before a foreign name ("중국 리하늘 총리"): its government.
    expect(names(read(['중국 리하늘 총리가 왔다.']).ctx)).toEqual([['리하늘', 'government-of-china', '총리']]);
    // A sentence opened by an organisation names its people ("오픈AI는 A 부사장을 비롯해 …").
    expect(names(read(['오픈AI는 이구름 부사장을 비롯해 김하늘 전무가 참석했다.']).ctx)).toEqual([
      ['이구름', 'openai', '부사장'],
    ]);
    // An office's head, the office glued to the post ("국무조정실장").
    expect(names(read(['추하늘 국무조정실장이 왔다.']).ctx)).toEqual([['추하늘', 'gungmujojeongsil', '실장']]);
    // A province written short ("경북도") is the province in full.
    expect(names(read(['이하늘 경북도지사가 왔다.']).ctx)).toEqual([['이하늘', 'north-gyeongsang-province', '도지사']]);
    // A ministry written short ("지경부") is the ministry in full.
    expect(names(read(['이하늘 지경부 장관이 왔다.']).ctx)).toEqual([
      ['이하늘', 'ministry-of-knowledge-economy', '장관'],
    ]);
    // Named first without an organisation, then with one: the person's organisation is that one.
    const later = names(read(['김하늘 회장이 왔다.', '김하늘 테스트전자 회장은 최태원 회장을 만났다.']).ctx);
    expect(later.map(([name, org]) => [name, org !== undefined])).toEqual([['김하늘', true]]);
    // A long name, its company with a generic word ("네옴 컴퍼니"), then the first word and the company alone.
    const long = read([
      '최태원 회장이 나드미 알 나스르 사우디아라비아 네옴 컴퍼니 CEO를 또 만났다.',
      '최 회장은 서울 모처서 나드미 네옴 CEO와 면담을 가졌다.',
    ]);
    expect(titled(long.ctx)).toEqual([['나드미 알 나스르', 'CEO']]);
    expect(who(long.found)).toEqual(['chey-tae-won+nadeumi-al-naseureu', 'chey-tae-won+nadeumi-al-naseureu']);
    // A foreign company the news names bare, before its chief's name ("노키아 라지브 수리 CEO").
    expect(titled(read(['노키아 라지브 수리 CEO가 방한했다.']).ctx)).toEqual([['라지브 수리', 'CEO']]);
    // A company and its unit joined by a dot, between the name and the post ("듀폰 전자·이미징사업부 사장").
    expect(titled(read(['존 켐프 듀폰 전자·이미징사업부 사장이 방한했다.']).ctx)).toEqual([['존 켐프', '사장']]);
    // A Latin gloss after the name, and the board's representative director ("대표이사") as the post.
    expect(titled(read(['그는 본사에서 타로 마루도(Taro Marudo) 대표이사와 협약을 맺었다.']).ctx)).toEqual([
      ['타로 마루도', '대표이사'],
    ]);
    // A state between a family name and the post ("지안포르테 몬태나 주지사"): the state is no word of the name.
    expect(
      names(read(['그렉 지안포르테 미국 몬태나 주지사가 왔다.', '지안포르테 몬태나 주지사가 말했다.']).ctx),
    ).toEqual([['그렉 지안포르테', 'miguk-montaena', '주지사']]);
    // "연방 상무부 부장관": a federal post, no one's name.
    expect(names(read(['H|기공식에 주 정관계 인사·연방 상무부 부장관 축사']).ctx)).toEqual([]);
  });

  it("takes no one from a second post in brackets, a bank written short, an expert's epithet, a city or a tenure", () => {
    const { ctx } = read([
      '이날 간담회에는 김하늘 테스트협회 회장(로만손 회장)이 참석했다.',
      '신보·기보 대표도 참석했다.',
      '미국통 박하늘 한경협 회장이 왔다.',
      '그는 충칭시 글로벌 경제고문 자격으로 방문했다.',
      '지난해 부임한 싱하이밍 주한 중국대사가 왔다.',
      '켈리 오트버그 보잉 CEO, 러셀 스토크스 GE에어로스페이스 엔진 및 서비스 사업부 CEO 등이 만났다.',
      // Common words shaped like a name or glued before one: a purpose, a body, a region, a strategy, an owner.
      '김 총리는 12일 7개 단체 대표를 만났고, 행사에 참석하기 위해 에릭 슈미트 회장이 방한했다.',
      '아·태지역 사장과 미래전략 수석이 배석했고, 양대노총 위원장도 왔다.',
      'LVMH 그룹 오너 베르나르 아르노 회장이 왔다.',
      // A Korean city shaped like a name (부 and 산), before the district.
      '윤하늘 대통령이 6일 부산 중구 시장을 방문해 이구름(왼쪽) 테스트전자 회장에게 떡을 건넸다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual([
      '김하늘',
      '박하늘',
      '싱하이밍',
      '켈리 오트버그',
      '에릭 슈미트',
      '베르나르 아르노',
      '윤하늘',
      '이구름',
    ]);
  });

  it('reads a verb before a short reference as a verb, not as a foreign name', () => {
    const { ctx, mentions } = read([
      '최태원 SK그룹 회장과 하루키 미도리 테스트전자 회장이 왔다.',
      '행사를 치른 최 회장은 떠났다.',
      '한복을 입고 미도리 회장을 맞았다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['하루키 미도리']);
    expect(mentions[1].map((m) => m.id)).toEqual(['chey-tae-won']);
    expect(mentions[2].map((m) => m.id)).toEqual([ctx.people.get('하루키 미도리')!.id]);
  });

  it('never takes a venue for a title, nor a company with its particle for a person', () => {
    expect(titleIn('행사장')).toBeUndefined();
    expect(titleIn('박람회장')).toBeUndefined();
    expect(titleIn('회의장')).toBeUndefined();
    expect(read(['H|14년 만에 현직 대통령으로 행사 참석한 尹']).mentions[0]).toEqual([]);
    expect(titleIn('국회의장')).toBe('의장');
    expect(read(['세 사람은 회의장에 들어갔다.']).mentions[0]).toEqual([]);
    expect(titleIn('수석부회장')).toBe('수석부회장');
    const { ctx } = read(['현대 모터쇼 행사장에서 도요타와 테스트차그룹 회장이 만났다.']);
    expect(names(ctx)).toEqual([]);
  });

  it("reads a family name that is its company's, and people in a caption printed with their organisation", () => {
    const { ctx } = read([
      '도요타 하루오 일본 테스트자동차 회장이 왔다.',
      'C|김하늘 테스트전자 사장이 4일 최태원 회장과 악수하고 있다.',
      'C|박바다 사장이 웃고 있다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['도요타 하루오', '김하늘']);
  });

  it('reads a name glossed in Chinese characters, and an organisation glued to its title ("경총회장")', () => {
    const { ctx } = read([
      '오찬에는 김하늘(金河訥) 테스트전자 회장, 박바다(朴海)대한상의 회장, 이구름(李雲) 경총회장, 최별 하나금융지주회장이 참석했다.',
      '정별 금융위원장도 참석했다.',
    ]);
    expect(names(ctx)).toEqual([
      ['김하늘', 'teseuteujeonja', '회장'],
      ['박바다', 'korea-chamber-of-commerce-and-industry', '회장'],
      ['이구름', 'korea-enterprises-federation', '회장'],
      ['최별', 'hanageummyungjiju', '회장'],
      ['정별', undefined, '금융위원장'],
    ]);
  });

  it('reads someone named again however the title is printed ("박용만 대한 상의 회장과"), never a market (반도체 시장)', () => {
    const { mentions, ctx } = read([
      'C|박용만 대한상의 회장이 웃고 있다.',
      '장관은 박용만 대한 상의 회장과 만났다. 반도체 시장이 커졌다.',
    ]);
    expect(mentions[1].map((m) => m.id)).toEqual([ctx.people.get('박용만')!.id]);
    expect(names(ctx).map((n) => n[0])).toEqual(['박용만']);
  });

  it("sets a photo's position apart from a name (정홍원(오른쪽에서 네 번째) 국무총리), and a bound noun before it", () => {
    const { ctx } = read([
      '회의가 끝난 뒤 김하늘(오른쪽에서 네 번째) 국무총리가 박바다(왼쪽) 테스트전자 회장과 웃고 있다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['김하늘', '국무총리'],
      ['박바다', '회장'],
    ]);
  });

  it('reads a double-barrelled surname whole, and words before a name or a title as neither', () => {
    const { ctx } = read([
      'H|김하늘·박바다, 통상 이슈 속 워싱턴서 미 상무장관과 조우',
      '로리 차베스-디레머 노동부 장관, 마이클 크라치오스 백악관 과학기술정책실장 등이 찾았다.',
      '최고령 경제단체장 박바다 회장은 판교사옥서 김하늘 사장을 만났다.',
      '팔순을 훌쩍 넘긴 박 회장은 회장단 멤버인 최태원 회장과 만났다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['로리 차베스-디레머', '장관'],
      ['마이클 크라치오스', '과학기술정책실장'],
      ['박바다', '회장'],
      ['김하늘', '사장'],
    ]);
  });

  it('takes neither a verb that joins clauses ("둘러봤고") nor a market ("시장 지배력") for part of a name', () => {
    const { ctx } = read([
      '샘 올트먼 CEO는 3일 공장을 둘러봤고 김하늘 테스트전자 사장이 함께했다.',
      '테스트전자는 글로벌 시장 지배력 확대를 위한 투자를 이어왔다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['김하늘']);
  });

  it('takes no market ("신흥시장", "금융시장") for a mayor', () => {
    const { ctx } = read(['라오스는 아시아의 마지막 신흥시장으로 꼽히고, 현지 금융시장 관계자들이 모였다.']);
    expect(names(ctx)).toEqual([]);
  });

  it('reads a chief officer by initials other than CEO ("김하늘 GIO")', () => {
    const { ctx } = read(['샘 올트먼은 10일 김하늘 GIO와 만났다.']);
    expect(titled(ctx)).toEqual([['김하늘', 'GIO']]);
  });

  it('reads a monarch by name and title ("엘리자베스 여왕")', () => {
    const { ctx } = read(['엘리자베스 여왕은 20일 김하늘 테스트전자 회장의 안내를 받았다.']);
    expect(titled(ctx)).toEqual([
      ['엘리자베스', '여왕'],
      ['김하늘', '회장'],
    ]);
  });

  it('takes a country the news writes in one word ("시에라리온 대통령") for no one, its leader unnamed', () => {
    const { ctx } = read(['최태원 회장은 지난 3일 시에라리온 대통령과 오찬 회담을 가졌다.']);
    expect(names(ctx)).toEqual([]);
  });

  it('never reads "양 당 대표" (both parties) nor a word with a particle before a Korean name ("행보로 손경식") as a name', () => {
    expect(names(read(['최태원 대한상의 회장이 5일 양 당 대표를 예방했다.']).ctx)).toEqual([]);
    expect(
      titled(read(['최태원 회장은 지난 3일 취임 후 첫 행보로 손경식 한국경영자총협회 회장과 만났다.']).ctx).map(
        ([n]) => n,
      ),
    ).toEqual(['손경식']);
  });

  it('never reads a common word before a title as a name ("자국 부총리", "친히", "석유 광물부", "기업및 장관", "주캄보디아")', () => {
    const read1 = (text: string) => names(read([text]).ctx).map(([n]) => n);
    expect(read1('샘 올트먼 CEO는 자국 부총리 6명과 함께 이날 최태원 SK그룹 회장을 만났다.')).toEqual([]);
    expect(read1('최태원 SK그룹 회장이 친히 녹지그룹 이사회장을 찾아가 만났다.')).toEqual([]);
    expect(read1("최태원 회장은 사우디 '알-나이미' 석유 광물부 장관을 22일 면담했다.")).toEqual([]);
    expect(read1('최태원 회장은 주요 미국 기업및 장관 등과 면담을 진행했다.')).toEqual([]);
    expect(read1('이날 면담에는 박정욱 주캄보디아 한국 대사가 배석했다.')).not.toContain('박정욱 주캄보디아');
    expect(read1('이날때 대통령 내외는 최태원 SK그룹 회장이 직접 영접했다.')).not.toContain('이날때');
  });

  it('reads a particle that agreed with a gloss ("회장(왼쪽 여섯번째)와"), and a director\'s post ("총괄이사")', () => {
    const { ctx, proposals } = read([
      'C|지난 3일 김하늘 테스트금융 회장(왼쪽 여섯번째)와 응옥 칸 애그리뱅크 회장(왼쪽 일곱번째)이 기념촬영했다.',
      '최태원 회장은 3일 앨런 존스 홍콩금융관리국 총괄이사와 면담했다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['김하늘', '회장'],
      ['응옥 칸', '회장'],
      ['앨런 존스', '총괄이사'],
    ]);
    expect(proposals.meetings.length).toBe(2);
  });

  it('reads a Chinese governor glued to the province ("장쑤성장"), never growth ("성장") as a post', () => {
    const { ctx } = read([
      '최태원 회장은 지난 17일 뤄즈쥔 중국 장쑤성장과 만찬을 했다.',
      '최태원 회장은 이날 경제 성장과 투자를 논의했다.',
    ]);
    expect(titled(ctx)).toEqual([['뤄즈쥔', '장쑤성장']]);
  });

  it('knows a country as it spells itself ("비엣남 부총리"), never as a person', () => {
    const { ctx } = read(['최태원 회장은 21일 방한한 비엣남 부총리 부엉 딩 후에를 만났다.']);
    expect(names(ctx)).toEqual([['부엉 딩 후에', 'government-of-vietnam', '부총리']]);
  });

  it('never reads a word with a particle before a Korean name as part of it ("지도부와 이수영 회장")', () => {
    const { ctx } = read([
      'C|김하늘 의장 등 열린우리당 지도부와 이수영 한국경영자총협회장이 8일 간담회에 앞서 포즈를 취했다.',
    ]);
    expect(titled(ctx)).toContainEqual(['이수영', '회장']);
    expect(titled(ctx).map(([n]) => n)).not.toContain('지도부와 이수영');
  });

  it('reads the name after a company printed in full ("… 의료기계 유한공사 커시안 총사장", "북진 여행사 쉬청러")', () => {
    const { ctx } = read([
      '김 지사는 지난 3일 북경 보찌에 의료기계 유한공사 커시안 총사장, 북경 북진 여행사 쉬청러 총사장, 후이마이 인터넷 쇼핑 난하이동 총사장을 만났다.',
    ]);
    expect(titled(ctx)).toEqual([
      ['커시안', '총사장'],
      ['쉬청러', '총사장'],
      ['난하이동', '총사장'],
    ]);
  });

  it('reads one foreign name printed with its spaces and run together ("응우엔 쑤언 푹", "응우옌쑤언푹")', () => {
    const { ctx, proposals } = read([
      'C|최태원 SK그룹 회장이 3일 하노이에서 응우엔 쑤언 푹 총리를 만나 대화를 나누고 있다.',
      'SK그룹은 최 회장이 지난 3일 응우옌쑤언푹 총리와 회동했다고 4일 밝혔다.',
    ]);
    expect(names(ctx)).toEqual([['응우엔 쑤언 푹', undefined, '총리']]);
    expect(proposals.meetings.length).toBe(1);
  });

  it('reads three words after an organisation as one name ("협동조합연맹 응웬 응옥 바오 회장")', () => {
    const { ctx } = read(['김철수 테스트금융 회장은 베트남 협동조합연맹 응웬 응옥 바오 회장을 만나 협력을 논의했다.']);
    expect(names(ctx).map(([name]) => name)).toContain('응웬 응옥 바오');
    // Nor after an organisation with its particle ("테스트항공의 … 회장").
    const of = read(['김철수 테스트금융 회장은 테스트항공의 프란시스쿠 고메스 네투 회장을 만나 협력을 논의했다.']);
    expect(names(of.ctx).map(([name]) => name)).toEqual(['김철수', '프란시스쿠 고메스 네투']);
    // A city abroad before the organisation is no person ("하노이 협동조합연맹").
    const city = read(['김철수 테스트금융 회장은 하노이 협동조합연맹 응웬 응옥 바오 회장을 만나 협력을 논의했다.']);
    expect(names(city.ctx).map(([name]) => name)).toEqual(['김철수', '응웬 응옥 바오']);
  });

  it('reads an Arabic name whole, with its honorific, after a post in apposition ("왕세자인 셰이크 …")', () => {
    const { ctx } = read([
      '김철수 테스트전자 회장이 11일 아부다비 왕세자인 셰이크 모하메드 빈 자예드 알 나얀 UAE 공군 부총사령관을 면담했다.',
      '김철수 테스트전자 회장이 12일 셰이크 하산 빈자예드 알나얀 왕세제를 만났다.',
    ]);
    expect(names(ctx).map(([name]) => name)).toEqual([
      '김철수',
      '셰이크 모하메드 빈 자예드 알 나얀',
      '셰이크 하산 빈자예드 알나얀',
    ]);
  });

  it('reads a long name written by its first word as the one of that name who holds the post printed', () => {
    const { proposals } = read([
      '셰이크 모하메드 빈 자예드 알 나안 아부다비 왕세제는 매해 포럼을 열어 왔다.',
      '모하메드 빈 살만 사우디 왕세자도 이달 7일 아부다비를 찾았다.',
      '김철수 테스트전자 회장은 2019년 2월 두바이에서 모하메드 왕세제와 회동하며 협력을 논의했다.',
    ]);
    expect(proposals.meetings.map((m) => m.principals)).toContainEqual([
      'gim-cheol-su',
      'syeikeu-mohamedeu-bin-jayedeu-al-naan',
    ]);
  });

  it('knows a recorded Arabic name printed with its links apart or glued on, and its honorific begins others', () => {
    const recorded = [
      { id: 'sheikh-a', ko: '셰이크 모하메드 빈자예드 알나얀' },
      { id: 'sheikh-b', ko: '셰이크 하산 빈 자예드 알 나얀' },
      { id: 'sheikh-c', ko: '셰이크 무함마드 빈 자이드 알 나하얀' },
    ];
    const { mentions } = read(
      [
        '김철수 회장이 셰이크 모하메드 빈 자예드 알 나얀 왕세자를 만났다.',
        '김철수 회장이 셰이크 하산 빈자예드 알나얀 왕세제를 만났다.',
        '김철수 회장이 셰이크 압둘라 빈 자예드 알 나얀 외무장관을 만났다.',
      ],
      '2025-02-04',
      recorded,
    );
    expect(mentions.map((ms) => ms.map((m) => m.surface).slice(-1)[0])).toEqual([
      '셰이크 모하메드 빈 자예드 알 나얀',
      '셰이크 하산 빈자예드 알나얀',
      '셰이크 압둘라 빈 자예드 알 나얀',
    ]);
    expect(mentions.map((ms) => ms.slice(-1)[0].id).slice(0, 2)).toEqual(['sheikh-a', 'sheikh-b']);
  });

  it('reads no name in a noun said of a post ("…의 중심지인 네바다주지사"), nor in a verb ("지한파로 알려진 B")', () => {
    const { ctx } = read([
      '김철수 테스트무역협회장은 25일 브라이언 샌도벌 미국 네바다주지사와 협력을 논의했다.',
      '미국 신재생에너지산업의 중심지인 네바다주지사와 만난 자리에서 김 회장은 투자를 요청했다.',
      '지한파로 알려진 샌도벌 주지사는 코커스에서 활동 중이다.',
    ]);
    expect(names(ctx).map(([name]) => name)).toEqual(['김철수', '브라이언 샌도벌']);
  });

  it('reads a mayor abroad ("에릭 가세티 미국 로스앤젤레스 시장"), never a market ("일본시장") or a verb ("듣고")', () => {
    const { ctx } = read([
      '김철수 회장은 25일 에릭 가세티 미국 로스앤젤레스 시장과 오찬간담회를 가졌다.',
      '박영희 장관은 이날 기업들의 목소리를 듣고 일본시장 수출확대 방안을 논의했다.',
    ]);
    expect(names(ctx).map(([name]) => name)).toEqual(['김철수', '에릭 가세티', '박영희']);
  });

  it('reads a Chinese name ending like a verb\'s "-자" ("웨이저자 TSMC 회장"), never "어려워지자"', () => {
    const { ctx } = read([
      '김철수 회장은 6일 타이베이에서 웨이저자 TSMC 회장과 만났다.',
      '실적이 어려워지자 황 CEO는 사임했다.',
    ]);
    expect(names(ctx).map(([name]) => name)).toEqual(['김철수', '웨이저자']);
  });

  it('reads an organisation of its own name printed with its country ("일본 게이단렌") as that organisation', () => {
    const { ctx, proposals } = read([
      '전국경제인연합회와 일본 게이단렌 회장단은 26일 서울에서 재계회의를 열고 논의했다.',
      '이마이 다카시 일본 게이단렌 회장은 "협력이 중요하다"고 강조했다.',
      '김각중 전경련 회장은 "협력을 확대하자"고 말했다.',
      '이날 회의 직후 와다 류코 게이단렌 사무총장은 브리핑을 통해 "뜻을 같이했다"고 전했다.',
    ]);
    expect(names(ctx).find(([name]) => name === '이마이 다카시')?.[1]).toBe('geidallen');
    // Its chairman, not its secretary general, stands for it.
    expect(who(proposals.meetings)).toEqual(['gim-gak-jung+imai-dakasi']);
  });

  it('gives a side\'s organisation to none its subject met, nor to a head of state ("SK그룹은 최 회장이 … 총리와")', () => {
    const { ctx } = read([
      'SK그룹은 최태원 회장이 지난 3일 팜 민 찐 총리와 회동했다고 4일 밝혔다.',
      '테스트전자는 빌 클린턴 전 대통령의 재단을 후원해 왔다고 밝혔다.',
    ]);
    expect(names(ctx).map(([n, org]) => [n, org])).toEqual([
      ['팜 민 찐', undefined],
      ['빌 클린턴', undefined],
    ]);
  });

  it('knows countries as the news spells them where ISO\'s list does not ("투르크메니스탄", "남아공")', () => {
    const { ctx } = read(['최태원 회장은 4일 세르다르 하메도프 투르크메니스탄 대통령과 만났다.']);
    expect(names(ctx)).toEqual([['세르다르 하메도프', 'government-of-turkmenistan', '대통령']]);
  });

  it('reads a university with its department between a name and the post ("연세대 기계공학부 교수")', () => {
    const { ctx } = read(['이날 회의에는 박정민 연세대 기계공학부 교수가 참석했다.']);
    expect(titled(ctx)).toEqual([['박정민', '기계공학부 교수']]);
  });

  it('reads "김 회장" in the body as the one a caption named with no organisation ("김하늘 회장과 … 만났다. /사진=…")', () => {
    const { found } = read(
      [
        'C|김하늘 회장과 악수하는 존 스미스 장관. /사진=스미스 장관 SNS 캡처',
        '스미스 장관은 SNS에 전날 서울에서 김 회장과 만나 투자 방안을 논의했다고 적었다.',
      ],
      '2025-03-05',
    );
    expect(found.flatMap((e) => e.principals)).toContain('gim-ha-neul');
  });

  it('reads "주" printed apart from the country an envoy is posted to, and an event\'s host company, as no name', () => {
    const { ctx } = read([
      '김하늘 회장은 이날 박바다 주 칠레 대사와 함께 칠레 하원의장과 면담했다.',
      '김하늘 회장은 행사 공동 주관사 대표로서 칠레 정부 인사들을 만났다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['김하늘', '박바다']);
    // A company's kind ends no name ("가온자동차 어우양밍", "박하늘 한국법인 대표").
    const firm = read(['김하늘 시장과 가온자동차 어우양밍 부사장, 박하늘 한국법인 대표가 만났다.']).ctx;
    expect(names(firm).map((n) => n[0])).not.toContain('가온자동차 어우양밍');
    expect(titled(firm).map((n) => n[0])).not.toContain('박하늘 한국법인');
    const unit = read([
      'C|김하늘 시장이 10일 열린 협력 양해각서 체결식에서 가온항공 존 스미스(John Smith) 인터네셔널 비지니스 대표와 양해각서를 체결하고 있다.',
    ]).ctx;
    expect(names(unit).map((n) => n[0])).toEqual(['김하늘']);
    // An adverb before a short name ("가까스로 류 주석과"), a country as the news spells it ("키르기즈 대통령").
    const short = read([
      '가온은행장은 16일 가까스로 류 주석과 인사를 나눴다.',
      '방한한 아탐바예프 키르기즈 대통령이 김하늘 가온은행 행장과 만났다.',
    ]).ctx;
    expect(names(short).map((n) => n[0])).toEqual(['아탐바예프', '김하늘']);
    // Who a post will go to, and their party, after the title ("가온 사장 내정자 일행을").
    const designate = read(['김하늘 회장은 20일 방한한 존 스미스 가온 사장 내정자 일행을 만났다.']).ctx;
    expect(names(designate).map((n) => n[0])).toEqual(['김하늘', '존 스미스']);
    expect(titled(ctx)).toContainEqual(['박바다', '대사']);
  });

  it('reads a name glossed in Chinese characters with an age ("(金河訥·60)"), and "시중 은행장" as no one', () => {
    const { ctx } = read([
      '김하늘(金河訥·60) 가온 회장은 8일 박바다 테스트 사장을 만났다.',
      '협회는 이날 이하늘 협회장, 시중 은행장 등이 참석한 가운데 간담회를 열었다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['김하늘', '박바다', '이하늘']);
  });

  it('reads a committee written short before its post ("경협위 위원장") and a state of a country ("서호주 총리") as no one', () => {
    const { ctx } = read(['박바다 테스트전자 회장은 한-미 경협위 위원장과 서호주 총리를 만났다.']);
    expect(names(ctx).map((n) => n[0])).toEqual(['박바다']);
  });

  it('starts no name at a word after a dash ("모라비아-실레지안 주지사"), nor at a release\'s label ("제목 …")', () => {
    const { ctx } = read(
      [
        'H|제목 존 스미스 간사장 방한단과 만나다',
        '김하늘 가온 회장과 박바다 체코 장관,에브젠 토세노브스키 모라비아-실레지안 주지사 등이 착공식에 참석했다.',
      ],
      '2007-04-25',
      [{ id: 'to-se-no-beu-seu-ki', ko: '토세노브스키' }],
    );
    expect(names(ctx).map((n) => n[0])).toEqual(['존 스미스', '김하늘', '박바다']);
  });

  it('reads a king\'s name whose word ends like 에 before his number ("렛시에 3세 국왕")', () => {
    const { ctx } = read(['김하늘 가온전자 부회장은 12일 렛시에 3세 레소토 국왕을 만났다.']);
    expect(names(ctx).map((n) => n[0])).toEqual(['김하늘', '렛시에 3세']);
  });

  it('reads two common words run together before a post ("한중 경제협력 대표") as no one', () => {
    const { ctx } = read(["H|방명록에 '여러분이 한중 경제협력 대표' 적어"]);
    expect(names(ctx)).toEqual([]);
  });

  it('starts no name at a province printed before its governor\'s post ("한국 충청남도 도지사 A")', () => {
    const { ctx } = read(['21일, 테스트성 성장인 존 스미스는 한국 충청남도 도지사 김하늘을 접견했다.']);
    expect(names(ctx).map((n) => n[0])).not.toContain('충청남도');
  });

  it('ends a foreign name before a city and an industry printed ahead of the post, and reads "반 데어" inside one', () => {
    const { ctx } = read([
      '이날 행사에는 김하늘 테스트시장을 비롯해 헬가 마이어 함부르크 경제부 장관, 요스트 반 데어 베르크 함부르크 상공회의소 부회장, 조선·해양 분야 독일기업 최고경영자 등 100여명이 참석했다.',
      '김 시장은 가온사의 라스 크뤼거 해상풍력 CEO와 만났다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['김하늘', '헬가 마이어', '요스트 반 데어 베르크', '라스 크뤼거']);
  });

  it('reads an agreement signed with its short name in brackets ("투자양해각서(MOU)를 체결했다") as its signers meeting', () => {
    const { proposals } = read(
      ['김하늘 지사는 9일 박바다 가온전자 사장과 투자양해각서(MOU)를 체결했다.'],
      '2025-01-10',
    );
    expect(who(proposals.meetings)).toEqual(['bak-ba-da+gim-ha-neul']);
  });

  it('reads "정 회장" as the 회장 named in that sentence or the one before, never a 수석부회장, and no one where it cannot tell', () => {
    const lines = [
      '김하늘 가온그룹 회장은 해외 일정으로 참석이 어렵다.',
      '김바다 테스트전자 수석부회장은 미국 해군성 장관과의 일정으로 면담이 어려운 상황이다.',
      '이번 방한은 김구름 샘플화학 회장의 초청으로 성사됐다.',
      '지난해 12월에는 김 회장이 플로리다에서 존 스미스 테스트나라 대통령과 면담한 바 있다.',
    ];
    expect(who(read(lines, '2025-04-29').proposals.meetings)).toEqual(['gim-gu-reum+jon-seumiseu']);
    const deputy = read([lines[2], lines[1], lines[3]], '2025-04-29');
    expect(who(deputy.proposals.meetings)).toEqual(['gim-gu-reum+jon-seumiseu']);
    // A ministry ("해군성") is no one.
    expect(names(read(lines, '2025-04-29').ctx).map((n) => n[0])).not.toContain('해군성');
    // Two of them named just before: no one, not whom the sentence before was about.
    const two = read(
      [
        '김하늘 가온그룹 회장과 김구름 샘플화학 회장은 해외 일정으로 참석이 어렵다.',
        '지난해 12월에는 김 회장이 플로리다에서 존 스미스 테스트나라 대통령과 면담한 바 있다.',
      ],
      '2025-04-29',
    );
    expect(two.proposals.meetings.filter((m) => m.happened)).toEqual([]);
  });

  it('reads a verb of coming before a post ("로비까지 내려와 서기장을 맞이했으며") as no name', () => {
    const { ctx } = read(['박바다 부회장이 직접 1층 로비까지 내려와 서기장을 맞이했다.']);
    expect(names(ctx).map((n) => n[0])).not.toContain('내려와');
  });
});
