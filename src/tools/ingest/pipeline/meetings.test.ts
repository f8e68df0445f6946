// Reading meetings: what each clause reports, who met whom, and who sat in.
import { describe, expect, it } from 'vitest';
import { read, who, names, pairs, titled } from '../testing/read';

describe('meetings', () => {
  it('leaves out whom someone came in place of ("A 부회장을 대신해 B 부회장이 참석했고")', () => {
    const { proposals } = read(
      [
        '김하늘 대통령은 10일 청와대에서 대기업 총수들과 간담회를 가졌다.',
        '삼성전자에서는 해외에 있는 이재용 부회장을 대신해 박바다 부회장이 참석했다.',
      ],
      '2019-07-10',
    );
    expect(who(proposals.meetings)).toEqual(['bak-ba-da+gim-ha-neul']);
  });

  it('reads those who sat in on a meeting not told as done as no meeting of their own', () => {
    const { found } = read(
      [
        '김하늘 대통령은 19일 총수들과 오찬을 할 예정이다.',
        '이날 간담회에는 박바다 경제부총리와 이구름 산업자원부 장관이 배석했다.',
      ],
      '2002-06-18',
    );
    expect(found.filter((e) => e.principals.length > 0 && e.tense === 'happened')).toEqual([]);
  });

  it('reads a meal held and then what was agreed ("오찬간담회를 갖고 … 극대화하기 위해 … 나가기로 했다") as done', () => {
    const { found } = read(
      [
        '김하늘 대통령은 19일 청와대에서 이건희 삼성회장 등과 오찬간담회를 갖고 경제 효과를 극대화하기 위해 총력을 기울여 나가기로 했다.',
      ],
      '2002-06-19',
    );
    expect(pairs(found)).toEqual([['happened', 'gim-ha-neul+i-geon-hui', '', '2002-06-19']]);
  });

  it('dates a meeting by its own day, not by the day it was asked for ("만남은 이틀 전인 11일 A가 제안했다")', () => {
    const { proposals } = read(
      [
        '김하늘 대표와 박바다 대한상의 회장의 만남은 이틀 전인 11일 김 대표가 먼저 제안했다.',
        '김 대표와 박 회장은 이날 비공개 면담을 가졌다.',
      ],
      '2015-02-13',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2015-02-13']);
  });

  it('reads a meal attended, not the summit a visitor came for ("정상회의 참석을 겸해 방한한 A가 … 환영오찬에 참석해")', () => {
    const { found } = read(
      [
        '정상회의 참석을 겸해 방한한 응우옌 떤 중 베트남 총리가 29일 신라호텔에서 열린 환영오찬에 참석해 김하늘 테스트전자 회장과 함께했다.',
      ],
      '2012-03-29',
    );
    expect(found.map((e) => e.kind)).not.toContain('summit');
  });

  it('reads "이날" after a look back ("앞서 … 지난 3일 …") as the day the look back named', () => {
    const { proposals } = read(
      [
        '김하늘 대구시장은 18일 신공항 사업 설명회를 연다고 밝혔다.',
        '앞서, 테스트그룹 수뇌부는 지난 3일 대구를 찾아 참여를 검토하겠다는 입장을 밝혔다.',
        '이날 김 시장과 박바다 테스트연구소 사장은 법인 구성 문제를 논의했다.',
      ],
      '2023-11-18',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2023-11-03']);
  });

  it('never reads a committee named with its country ("중국특위 위원장") as a person', () => {
    const { ctx } = read(
      ['윤진식 무역협회 회장은 29일 존 물레나 미 하원 중국특위 위원장과 간담회를 열었다.'],
      '2024-08-30',
    );
    expect(titled(ctx).map(([name]) => name)).not.toContain('중국특위');
  });

  it('dates a meeting by the day it took place, not the day it was proposed ("지난달 19일 … 회동을 제안해 이날 자리가 성사됐다")', () => {
    const { proposals } = read(
      [
        '김하늘 총리는 4일 저녁 박바다 테스트협회 회장 등 기업인 10여 명을 총리공관으로 초청해 만찬을 함께 했다.',
        "그는 지난달 19일 기념식에서 '막걸리 회동'을 제안해 이날 자리가 성사됐다.",
      ],
      '2018-12-04',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2018-12-04']);
  });

  it('never reads small business owners ("소상공인") as a person', () => {
    const { ctx } = read(['이날 박 당선인이 방문해 중소기업ㆍ소상공인 대표 등 60여명과 만남을 가졌다.'], '2012-12-26');
    expect(names(ctx).map(([name]) => name)).not.toContain('소상공인');
  });

  it('reads a day followed by "후 첫 대외행보" as the day of what came before, not of the visit', () => {
    const { proposals } = read(
      [
        '이재용 삼성전자 부회장이 21일 대구를 찾았다.',
        '이번 방문은 지난 17일 합병안 통과 후 첫 대외행보로 혁신센터를 찾아 눈길을 끌었다.',
        '이날 이 부회장은 김하늘 대구시장과 만났다.',
      ],
      '2015-07-21',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2015-07-21']);
    // "… 이후 처음으로 B를 만난 A": the day counted from, not the meeting's.
    const first = read(
      [
        '김하늘 회장은 2일 오후 서울 영빈관에서 박바다 시장을 만났다.',
        '지난 2000년 1월 가온상용차 퇴출 이후 처음으로 박 시장을 만난 김 회장은 현안을 해결해 나갈 뜻을 밝혔다.',
      ],
      '2002-04-03',
    );
    expect(first.proposals.meetings.map((m) => m.date.date)).toEqual(['2002-04-02']);
  });

  it('reads the day a gathering was hosted on ("15일 마련한 간담회") as its day, and its photo with it', () => {
    const { proposals } = read(
      [
        'C|김하늘 대통령, 박바다 가온 회장, 최구름 바다 회장이 이야기를 나누고 있다.',
        "정부와 가온협회가 15일 마련한 '30대 그룹 간담회'에는 김하늘 대통령과 박바다 회장, 최구름 회장이 참석했다.",
      ],
      '2010-01-19',
    );
    expect(proposals.meetings.map((m) => [m.date.date, m.principals.length])).toEqual([['2010-01-15', 3]]);
  });

  it('reads a party named in full ("국민회의당") as an organisation, not part of a name', () => {
    const { ctx } = read(['노 대통령은 6일 국민회의당 소니아 간디 대표를 만났다.'], '2004-10-06');
    expect(titled(ctx)).toContainEqual(['소니아 간디', '대표']);
  });

  it('reads a plan talked about at a meeting ("진출 계획에 대한 이야기를 나누었다") as no plan of the meeting', () => {
    const { proposals } = read(
      ['윤종규 KB금융 회장은 11일 저녁 응우엔 쑤언 푹 베트남 총리를 만나 베트남 진출 계획에 대한 이야기를 나누었다.'],
      '2017-02-12',
    );
    expect(proposals.meetings.map((m) => [m.date.date, m.accept])).toEqual([['2017-02-11', true]]);
  });

  it('reads a photo of two trying something together ("B 회장(오른쪽)과 함께 … 차이를 체험해 보고 있다") as a meeting', () => {
    const { found } = read(
      [
        'C|행사에 참석한 김하늘 대통령이 박바다 테스트그룹 회장(오른쪽)과 함께 고단열 유리와 일반 유리의 열전도율 차이를 체험해 보고 있다.',
      ],
      '2015-02-04',
    );
    expect(pairs(found).map(([tense, who]) => [tense, who])).toEqual([['happened', 'bak-ba-da+gim-ha-neul']]);
  });

  it('never reads three countries together ("한중일 중앙은행총재") as a person', () => {
    const { ctx } = read(['한국은행은 23일 요코하마에서 한중일 중앙은행총재 회의를 개최했다.']);
    expect(names(ctx)).toEqual([]);
  });

  it('reads "조우했다" and a caption of two people photographed together as a meeting done', () => {
    expect(pairs(read(['최태원 SK그룹 회장은 4일 샘 올트먼과 조우했다.']).found)).toEqual([
      ['happened', 'altman+chey-tae-won', '', '2025-02-04'],
    ]);
    expect(pairs(read(['C|최태원 SK그룹 회장(오른쪽)이 3일 샘 올트먼과 기념촬영을 하고 있다.']).found)).toEqual([
      ['happened', 'altman+chey-tae-won', '', '2025-02-03'],
    ]);
  });

  it('reads a visitor shown round by someone ("A 사장의 소개로 … 둘러봤다") as meeting them', () => {
    expect(pairs(read(['샘 올트먼은 3일 SK텔레콤 김하늘 사장의 소개로 연구소를 둘러봤다.']).found)).toEqual([
      ['happened', 'altman+gim-ha-neul', '', '2025-02-03'],
    ]);
  });

  it('reads a party visiting a country ("A, B 등 기업인들이 한국을 찾았다") as no meeting among them', () => {
    const { found } = read([
      '테스트항공의 프란시스쿠 고메스 네투 회장, 샘플석유의 마리아 산토스 CEO 등 브라질 기업인들이 한국을 찾았다.',
    ]);
    expect(found).toEqual([]);
  });

  it('reads whose delegation someone went with ("A 대통령 경제사절단으로") as no one met', () => {
    const { proposals } = read([
      '최태원 SK그룹 회장은 지난해 11월 존 오소프 의원과 서린사옥에서 회동한 바 있다.',
      '또 그해 5월 문재인 대통령 경제사절단으로 미국을 방문했을 때도 오소프 의원을 만났다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['chey-tae-won+jon-osopeu', 'chey-tae-won+jon-osopeu']);
  });

  it('reads people of two companies met ("B 테스트전자 CFO와 C 샘플화학 부회장을 만났으며") as a meeting with each', () => {
    const { proposals } = read([
      '존 오소프 의원은 4일 박바다 테스트전자 최고재무책임자(CFO)와 김하늘 샘플화학 부회장을 만났으며 이튿날 귀국했다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['bak-ba-da+jon-osopeu', 'gim-ha-neul+jon-osopeu']);
    // People of one group, or a list closed by 등도, are met together.
    const group = read(['존 오소프 의원은 4일 박바다 테스트전자 사장, 김하늘 테스트전자 부회장 등도 만나 논의했다.']);
    expect(group.proposals.meetings).toHaveLength(1);
  });

  it('dates what was done before the news on a visit ("4일 방한한 B는 앞서 … 만났으며") to its month', () => {
    const { proposals } = read(
      ['지난 4일 방한한 존 오소프 의원은 앞서 김하늘 테스트전자 부회장을 만났다.'],
      '2023-04-06',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2023-04']);
  });

  it('reads a condition before the clause ("A 전 대통령이 승리하면 …으로 거론되는 B가") as another clause', () => {
    const { found } = read([
      '도널드 트럼프 전 대통령이 승리하면 비서실장으로 거론되는 케빈 매카시 전 하원의장이 23일 최태원 SK그룹 회장과 만났다.',
    ]);
    expect(found.flatMap((e) => e.principals)).not.toContain('doneoldeu-teureompeu');
    expect(found.flatMap((e) => e.principals)).toContain('kebin-maekasi');
  });

  it('reads an organisation with its head in brackets ("테스트협회(회장 김하늘)는") as its head', () => {
    const { proposals, ctx } = read([
      '테스트무역협회(회장 김하늘)는 25일 서울 호텔에서 에릭 가세티 미국 로스앤젤레스 시장을 초청해 오찬간담회를 개최했다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['erik-gaseti+gim-ha-neul']);
    expect(names(ctx).find(([name]) => name === '김하늘')?.[2]).toBe('회장');
  });

  it('reads a caption of people talking ("A(맨 왼쪽)와 B 등이 … 이야기하고 있다") as one verb, a meeting', () => {
    const { found } = read([
      'C|이낙연 국무총리(맨 왼쪽)와 김하늘 테스트연합회 회장(맨 오른쪽) 등 기업 대표들이 지난 1일 저녁 식당에서 이야기하고 있다.',
    ]);
    expect(pairs(found)).toEqual([['happened', 'gim-ha-neul+i-nak-yeon', '', '2025-02-01']]);
  });

  it('reads a courtesy call received ("B 대사의 예방을 받고") as meeting the caller', () => {
    const { proposals } = read(
      ['김하늘 테스트무역협회 회장은 17일 오후 사무실에서 성김 주한 미국대사의 예방을 받고 경제협력방안을 논의했다.'],
      '2012-01-17',
    );
    expect(who(proposals.meetings)).toEqual(['gim-ha-neul+seong-gim']);
  });

  it('dates no meeting by the day its impressions were told ("25일 … 접견한 소감을 전했다")', () => {
    const { proposals } = read(
      ['테드 서랜도스 넷플릭스 CEO는 25일(현지 시간) 방미 중인 김하늘 대통령을 접견한 소감을 전했다.'],
      '2023-04-26',
    );
    expect(proposals.meetings.map((m) => m.date.date)).not.toContain('2023-04-25');
  });

  it('gives a meeting told with no day the day a report of some of its people tells ("4일 … 만나")', () => {
    const { proposals } = read([
      '김하늘 테스트전자 회장은 박바다 샘플화학 사장, 이구름 샘플물산 대표와 만찬을 함께했다.',
      '김하늘 회장은 4일 박바다 사장과 만나 협력을 논의했다.',
    ]);
    expect(proposals.meetings.map((m) => [m.date.cue, m.accept])).toEqual([['4일', true]]);
  });

  it('reads being briefed in person ("A 회장으로부터 직접 사업을 소개받은 뒤") as meeting them', () => {
    const { proposals } = read([
      '이날 샘 올트먼은 최태원 SK그룹 회장으로부터 직접 사업을 소개받은 뒤 함께 생산 라인을 둘러봤다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['altman+chey-tae-won']);
  });

  it('never reads what a summit of others agreed ("지난 5월 정상회담에서 합의한 … 후속조치") as a meeting', () => {
    const { found } = read([
      '최태원 SK그룹 회장은 이날 태국에서 샘 올트먼을 만나 협의체 발족을 논의했다.',
      '이 협의체는 지난 5월 도쿄 정상회담에서 합의한 협력 강화의 후속조치로, 최 회장이 제안해 성사됐다.',
    ]);
    expect(found.map((e) => e.date && 'date' in e.date && e.date.date)).toEqual(['2025-02-04']);
  });

  it('says once where a meeting told in several captions is told ("only in caption lines")', () => {
    const { proposals } = read([
      'C|최태원 SK그룹 회장(왼쪽)이 3일 샘 올트먼과 면담 후 사진촬영을 하고 있다.',
      'C|최태원 SK그룹 회장(왼쪽)이 3일 샘 올트먼과 면담 후 악수하고 있다.',
    ]);
    expect(proposals.meetings.flatMap((m) => m.because.filter((b) => b.startsWith('only in')))).toEqual([
      'only in caption lines',
    ]);
  });

  it('takes a group named as such ("3대 그룹 총수는") to be the people its photo showed', () => {
    const { proposals } = read([
      'C|(왼쪽부터) 최태원 SK그룹 회장, 김하늘 테스트전자 회장, 박바다 샘플화학 회장.',
      '3대 그룹 총수는 지난 2일 저녁 서울의 한 호텔에서 만찬을 가졌다.',
    ]);
    expect(proposals.meetings.map((m) => [m.kind, m.principals.length])).toEqual([['dinner', 3]]);
    // Without a photo of them, the group names no one.
    expect(read(['3대 그룹 총수는 지난 2일 만찬을 가졌다.']).proposals.meetings).toEqual([]);
  });

  it('takes the people pictured right after a caption of someone with a group to be that group', () => {
    const { proposals } = read([
      '김하늘 테스트전자 회장이 지난 3일 서울에서 기업 총수들과 대화를 나누고 있다.',
      '왼쪽부터 최태원 SK그룹 회장, 박바다 샘플화학 회장, 정세나 한빛건설 회장.',
    ]);
    expect(proposals.meetings.map((m) => m.principals.length)).toEqual([4]);
  });

  it('reads who met whom, and who sat in', () => {
    const { found } = read([
      '샘 올트먼은 4일 최태원 SK그룹 회장과 회동했다.',
      '이 자리에는 곽노정 SK하이닉스 사장도 배석했다.',
    ]);
    expect(pairs(found)).toEqual([
      ['happened', 'altman+chey-tae-won', '', '2025-02-04'],
      ['happened', '', 'gwak-no-jeong', '2025-02-04'],
    ]);
  });

  it('tells what is planned or expected from what happened', () => {
    for (const text of [
      '샘 올트먼은 6일 최태원 회장과 만날 예정이다.',
      '샘 올트먼은 최태원 회장과 회동할 계획이다.',
      '샘 올트먼은 최태원 회장과 만날 것으로 알려졌다.',
    ])
      expect(pairs(read([text]).found)[0][0], text).toBe('planned');
    expect(pairs(read(['샘 올트먼은 최태원 회장과 만난 것으로 알려졌다.']).found)[0][0]).toBe('happened');
  });

  it('reads the steps of a plan ("만난 뒤 … 할 예정이다") as planned, and what it follows ("만난 데 이어") as done', () => {
    const steps = read(['샘 올트먼은 이날 최태원 회장을 만난 뒤 곽노정 SK하이닉스 사장과 오찬을 할 예정이다.']);
    expect(pairs(steps.found).map((p) => p[0])).toEqual(['planned', 'planned']);
    const after = read(['샘 올트먼은 이날 최태원 회장을 만난 데 이어 곽노정 SK하이닉스 사장과 오찬을 할 예정이다.']);
    expect(pairs(after.found).map((p) => p[0])).toEqual(['happened', 'planned']);
  });

  it('dates earlier meetings by what the text says, and never guesses "최근"', () => {
    const earlier = read([
      '샘 올트먼은 최태원 회장과 회동했다.',
      '양사의 만남은 지난해 1월과 같은 해 6월에 이어 세 번째다.',
    ]);
    expect(pairs(earlier.found).map((p) => p[3])).toEqual(['2025-02-04', '2024-01', '2024-06']);
    const recent = read(['샘 올트먼은 최근 최태원 회장과 만났다.']);
    expect(pairs(recent.found)[0][3]).toEqual({ unresolved: '최근' });
    // Who went along on a visit before ("국빈 방문 때 … 동행했다") is of that visit, not of the day's gathering.
    const along = read([
      '이날 환담에는 국내 주요 기업 수장들이 참석했다.',
      '샘 올트먼의 미국 방문 때 최태원 SK그룹 회장과 김하늘 테스트전자 회장 등이 동행했다.',
    ]);
    expect(along.proposals.meetings).toEqual([]);
    // A look back in a sentence about the present ("지난 1일 … 만난 올트먼은 … 구체화하고 있다") leaves the story's day.
    const back = read([
      '샘 올트먼은 이날 서울에서 기자간담회를 가졌다.',
      '지난 1일 김하늘 테스트전자 회장과 만난 올트먼은 협력을 구체화하고 있다.',
      '올트먼은 이날 저녁 최태원 SK그룹 회장과 만찬을 했다.',
    ]);
    expect(pairs(back.found).map((p) => [p[1], p[3]])).toContainEqual(['altman+chey-tae-won', '2025-02-04']);
  });

  it('meets each in turn when the text says so, all together at a three-way meeting', () => {
    const turns = read(['샘 올트먼은 최태원 회장, 곽노정 SK하이닉스 사장을 연이어 만났다.']);
    expect(turns.proposals.meetings.map((m) => m.principals.length)).toEqual([2, 2]);
    const three = read(['샘 올트먼은 최태원 회장, 곽노정 SK하이닉스 사장과 3자 회동을 했다.']);
    expect(three.proposals.meetings.map((m) => m.principals.length)).toEqual([3]);
    const group = read(['샘 올트먼은 4일 최태원 회장과 곽노정 SK하이닉스 사장 등을 만났다.']);
    expect(group.proposals.meetings.map((m) => m.principals.length)).toEqual([3]);
    // "B, C와 만나": met together; "B, C와 개별 면담": one each.
    const together = read(['샘 올트먼은 4일 최태원 회장, 곽노정 SK하이닉스 사장과 만나 협력을 논의했다.']);
    expect(together.proposals.meetings.map((m) => m.principals.length)).toEqual([3]);
    const apart = read(['샘 올트먼은 4일 최태원 회장, 곽노정 SK하이닉스 사장과 개별 면담을 했다.']);
    expect(apart.proposals.meetings.map((m) => m.principals.length)).toEqual([2, 2]);
    // "B와 C를 면담했다": two joined by 와 are met together; "B, C를 면담했다", one each.
    const joined = read(['샘 올트먼은 4일 최태원 회장과 곽노정 SK하이닉스 사장을 면담했다.']);
    expect(joined.proposals.meetings.map((m) => m.principals.length)).toEqual([3]);
    const listed = read(['샘 올트먼은 4일 최태원 회장, 곽노정 SK하이닉스 사장을 면담했다.']);
    expect(listed.proposals.meetings.map((m) => m.principals.length)).toEqual([2, 2]);
    // "지난 2일 B, 3일 C와 차례로 만났다": each on their own day.
    const days = read(['샘 올트먼은 지난 2일 최태원 회장, 3일 곽노정 SK하이닉스 사장과 차례로 만났다.']);
    expect(days.proposals.meetings.map((m) => [who([m])[0], m.date.date])).toEqual([
      ['altman+chey-tae-won', '2025-02-02'],
      ['altman+gwak-no-jeong', '2025-02-03'],
    ]);
  });

  it('keeps the subject of a clause with no one met ("A는 정상회담 이후 B, C와 면담") for the clause after', () => {
    const { proposals } = read([
      '샘 올트먼은 4일 정상회담 이후 최태원 회장, 곽노정 SK하이닉스 사장과 개별 면담을 했다.',
    ]);
    expect(proposals.meetings.map((m) => m.principals.join('+'))).toEqual([
      'altman+chey-tae-won',
      'altman+gwak-no-jeong',
    ]);
  });

  it('reads a Chinese name written short ("리 총리") and one who spoke "이 자리에서" as of the group met', () => {
    const { proposals } = read([
      '리커창 중국 총리가 4일 방한했다.',
      '식사가 짧은 대신 리 총리는 재계 총수 10여명과의 만남에서 협력방안을 논의했다.',
      '최태원 SK그룹 회장은 이 자리에서 반도체 사업 계획을 소개했다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['chey-tae-won+ri-keo-chang']);
  });

  it('reads a meeting said done in a quote and confirmed ("…를 만났다"고 밝혔다), never for an official\'s firm', () => {
    const own = read(['최태원 SK그룹 회장은 지난 2일 기자들에게 "곽노정 SK하이닉스 사장을 만났다"고 밝혔다.']);
    expect(who(own.proposals.meetings)).toEqual(['chey-tae-won+gwak-no-jeong']);
    const official = read([
      '곽노정 SK하이닉스 사장이 4일 방한했다.',
      'SK하이닉스 관계자는 "샘 올트먼이 오늘 최태원 회장을 만났다"고 확인했다.',
    ]);
    expect(who(official.proposals.meetings)).toEqual(['altman+chey-tae-won']);
    const opinion = read(['최태원 회장은 "샘 올트먼을 만나야 한다"고 말했다.']);
    expect(opinion.proposals.meetings).toEqual([]);
    // A meeting noun with its light verb in the quote ("…과의 면담은 … 진행했다"고 밝혔다).
    const light = read(['최태원 회장은 "샘 올트먼 CEO와의 면담은 3일 서울에서 진행했다"고 밝혔다.']);
    expect(who(light.proposals.meetings)).toEqual(['altman+chey-tae-won']);
  });

  it('reads a guest at a meal someone hosted ("A는 B가 주관한 만찬에 참석했다") as meeting the host', () => {
    const { proposals } = read([
      '최태원 SK그룹 회장은 3일 저녁 양하늘(楊天?) 중국 국무위원이 조어대(釣魚臺)에서 주관한 만찬에 참석했다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['chey-tae-won+yang-ha-neul']);
  });

  it('reads a count of meetings since a day ("2003년 10월 이후 … 모두 3차례 면담을 했다") as no meeting on that day', () => {
    const { proposals } = read(['최태원 회장은 2023년 10월 이후 샘 올트먼과 모두 3차례 면담을 했다.']);
    expect(proposals.meetings).toEqual([]);
  });

  it('reads a meeting that agreed on what comes next ("만나 … 협력하기로 했다") as done, unless it is to come', () => {
    const { proposals } = read([
      '샘 올트먼은 이날 현대차 곽노정 사장과 만나 기술을 함께 개발하기로 했다.',
      '샘 올트먼은 오는 23일 최태원 회장과 만나 협력하기로 했다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['altman+gwak-no-jeong']);
    expect(who(proposals.unsettled)).toEqual(['altman+chey-tae-won']);
  });

  it('reads a word before a name the article gave in full as no name ("부임한 로빈스", "지시로 곽노정", "우즈벡 총리")', () => {
    const { ctx } = read([
      'H|곽노정 사장, 우즈벡 총리 만나',
      '척 로빈스 시스코 CEO가 방한했다. 곽노정 SK하이닉스 사장이 맞았다.',
      '지난해 부임한 로빈스 CEO는 대통령의 지시로 곽노정 사장이 이끄는 대표단을 만났다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['곽노정', '척 로빈스']);
  });

  it('reads what was said at the news\'s meeting about an earlier one ("이번 만찬에서 … 지난 1월에 열린 회의") as no meeting', () => {
    const { proposals } = read([
      '최태원 SK그룹 회장은 4일 도쿠라 마사카즈 경단련 회장과 만찬 간담회를 했다.',
      '이번 만찬에서 최 회장과 도쿠라 회장은 지난 1월에 열린 한일재계회의를 높이 평가했다.',
      '사토 야스히로 테스트파이낸셜그룹 특별고문(경단련 부회장)도 참석했다.',
    ]);
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-04']);
    const people = [...proposals.meetings[0].principals, ...proposals.meetings[0].attendees];
    expect(people.filter((id) => id.startsWith('sato'))).toHaveLength(1);
  });

  it('reads a photo\'s sentence in the body ("A 회장(앞줄 왼쪽)과 B 회장이 들어서고 있다") as a caption', () => {
    const { found } = read(['최태원 회장(앞줄 왼쪽)과 곽노정 SK하이닉스 사장이 회의실로 들어서고 있다.']);
    expect(found.map((e) => e.tense)).toEqual(['happened']);
    const { ctx } = read([
      '최태원 회장(왼쪽 네번째)이 김하늘 테스트당 대표권한대행(왼쪽 세번째)과 기념촬영을 하고 있다.',
    ]);
    expect(names(ctx).map((n) => n[2])).toEqual(['대표권한대행']);
  });

  it('reads "오찬에 참석한 기업인은 A, B, C이다" as those at the lunch told, not a lunch of their own', () => {
    const { proposals } = read([
      '샘 올트먼은 4일 최태원 회장과 오찬을 했다.',
      '오찬에 참석한 기업인은 곽노정 SK하이닉스 사장, 김하늘 테스트전자 회장이다.',
    ]);
    // At a meal, everyone at the table: one lunch of four.
    expect(proposals.meetings.map((m) => m.principals.length + m.attendees.length)).toEqual([4]);
  });

  it('counts a meeting noun with its light verb ("정상회담을 하고 … 논의했다") as a verb of meeting', () => {
    const { proposals } = read(['샘 올트먼은 이날 최태원 회장과 정상회담을 하고 협력 방안을 논의했다.']);
    expect(proposals.meetings.map((m) => m.evidence.meetingVerb)).toEqual([1]);
  });

  it('reads "A와 B가 연이어 C와 만났다" as each of them meeting C', () => {
    const { proposals } = read([
      '김하늘 테스트전자 회장과 박바다 샘플화학 회장이 4일 연이어 최태원 SK그룹 회장과 만났다.',
    ]);
    expect(proposals.meetings.map((m) => m.principals.length)).toEqual([2, 2]);
    expect(proposals.meetings.every((m) => m.principals.includes('chey-tae-won'))).toBe(true);
  });

  it('takes a party that came together ("A를 비롯해 B, C 등이 찾았다") to have sat in, not to have met', () => {
    const { proposals, ctx } = read([
      '샘 올트먼은 4일 최태원 SK그룹 회장과 회동했다.',
      '이날 최 회장을 비롯해 김하늘 테스트전자 사장, 박바다 샘플화학 사장 등이 본사를 찾았다.',
    ]);
    const id = (name: string) => [...ctx.people.values()].find((p) => p.name.ko === name)?.id;
    expect(proposals.meetings.map((m) => [m.principals.sort().join('+'), m.attendees.sort()])).toEqual([
      ['altman+chey-tae-won', [id('김하늘'), id('박바다')].sort()],
    ]);
  });

  it('names the meeting its guests attended ("접견에는"), and never those who will attend', () => {
    const { proposals } = read([
      '샘 올트먼은 4일 최태원 SK그룹 회장을 접견했다.',
      '이날 접견에는 김하늘 테스트전자 사장도 참석했다.',
    ]);
    expect(proposals.meetings.map((m) => [m.principals.length, m.attendees.length])).toEqual([[2, 1]]);
    const later = read([
      '샘 올트먼은 4일 최태원 SK그룹 회장과 회동했다.',
      '이 자리에는 김하늘 테스트전자 사장이 참석하고, 박바다 샘플화학 사장도 자리할 계획이다.',
    ]);
    expect(later.proposals.meetings.map((m) => m.attendees.length)).toEqual([0]);
  });

  it('takes a meeting that ends in a request ("만나 … 지원을 요청했다") for done, and a noun\'s purpose too', () => {
    for (const text of [
      '샘 올트먼은 4일 최태원 회장을 만나 협력을 요청했다.',
      '샘 올트먼은 4일 최태원 회장과 만나 행사를 열기 위한 방안을 논의했다.',
    ])
      expect(pairs(read([text]).found)[0][0], text).toBe('happened');
    expect(pairs(read(['샘 올트먼은 최태원 회장에게 면담을 요청했다.']).found)[0]?.[0]).not.toBe('happened');
  });

  it('does not take an invitation for the meeting ("만찬에 초청했다", "만나자고 했다")', () => {
    for (const text of [
      '최태원 SK그룹 회장은 샘 올트먼을 만찬에 초청했다.',
      '샘 올트먼은 최태원 회장에게 만나자고 했다.',
      '최태원 SK그룹 회장은 샘 올트먼과의 만찬에 초대됐다.',
      '샘 올트먼과 최태원 SK그룹 회장의 회동도 계획됐다.',
      'C|최태원 SK그룹 회장이 4일 샘 올트먼과의 간담회에 참석하기 위해 호텔로 들어서고 있다.',
    ])
      expect(
        read([text]).proposals.meetings.filter((m) => m.accept),
        text,
      ).toEqual([]);
  });
});

describe('more meetings', () => {
  it('reads both of "A와 [organisation] B는" as at the event the clause names, one meeting with what they signed', () => {
    const { proposals } = read([
      '김하늘 국무총리와 테스트전자 최구름 회장은 4일 고양시에서 열린 간담회에서 협약을 맺었다.',
    ]);
    expect(proposals.meetings.map((m) => m.principals.sort().join('+'))).toEqual(['choe-gu-reum+gim-ha-neul']);
  });

  it('does not take meeting reporters for a meeting', () => {
    expect(read(['최태원 회장은 취재진과 만나 소감을 밝혔다.']).found).toEqual([]);
  });

  it('dates a meeting by its own day, not by the day of something else ("지난 8월 새롭게 출범한")', () => {
    const { found, ctx } = read(['샘 올트먼은 4일 지난 8월 새롭게 출범한 테스트 지주회사 최태원 회장을 만났다.']);
    expect(pairs(found).map((p) => p[3])).toEqual(['2025-02-04']);
    expect(names(ctx)).toEqual([]);
  });

  it('dates a meeting told inside an announcement by its own day, and a list of months by the first', () => {
    const told = read(['테스트재단은 5일 최태원 회장이 지난 3일 샘 올트먼과 만찬을 가졌다고 밝혔다.'], '2025-02-05');
    expect(pairs(told.found).map((p) => p[3])).toEqual(['2025-02-03']);
    const months = read(['최태원 회장과 샘 올트먼은 지난해 9월, 11월 두 차례 회동을 가졌다.']);
    expect(pairs(months.found).map((p) => p[3])).toEqual(['2024-09']);
  });

  it('reads a governor, and a surname glued to a title ("최회장과", "조지사는") as who it names', () => {
    const { proposals } = read([
      '조규하 전남지사가 지난 주말 서울에서 최태원 회장을 찾았다.',
      '조지사는 지난 1일 최회장과 만나 협조를 요청했다.',
    ]);
    expect(proposals.meetings.map((m) => [m.date.date, m.principals])).toEqual([
      ['2025-02-01', ['jo-gyu-ha', 'chey-tae-won']],
    ]);
  });

  it('reads a place with its spoken particle ("국회서") as no one, and a visitor after "방한 중인"', () => {
    const { ctx } = read([
      '최태원, 5일 국회서 여야 대표 각각 회동',
      '최태원 회장은 지난 3일 방한 중인 왕밍 중국국제교류연락회 부회장과 만찬을 가졌다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['왕밍']);
  });

  it("never carries the body's subject into a caption: the photo names who is in it", () => {
    const { proposals } = read([
      '김하늘 테스트전자 대표는 "협력이 중요하다"고 강조했다.',
      'C|한가람 국무총리가 3일 정부청사에서 샘 올트먼 오픈AI CEO를 접견했다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['altman+han-ga-ram']);
    const unnamed = read([
      '김하늘 테스트전자 대표는 "협력이 중요하다"고 강조했다.',
      'C|국무총리가 3일 정부청사에서 샘 올트먼 오픈AI CEO를 접견했다.',
    ]);
    expect(who(unnamed.proposals.meetings)).toEqual([]);
  });

  it('reads a tour taken together ("…과 함께 조선소를 둘러봤다") as a meeting', () => {
    const { found } = read(['샘 올트먼 오픈AI CEO는 3일 최태원 SK그룹 회장과 함께 이천 공장을 둘러봤다.']);
    expect(pairs(found)).toEqual([['happened', 'altman+chey-tae-won', '', '2025-02-03']]);
  });

  it('reads the guest an organisation invited to what it held ("A 대사를 초청해 간담회를 개최했다") as who met its head', () => {
    const { found } = read([
      '최태원 SK그룹 회장은 협력을 강조했다.',
      '테스트협회는 3일 서울에서 미즈시마 고이치 주한일본대사를 초청해 회장단 간담회를 개최했다고 밝혔다.',
      '김하늘 테스트협회 회장은 "교류를 늘리자"고 말했다.',
    ]);
    expect(pairs(found).map((p) => p[1])).toContain('gim-ha-neul+mijeusima-goichi');
    const named = read([
      '김하늘 테스트협회 회장은 협력을 강조했다.',
      '테스트협회는 3일 미즈시마 고이치 주한일본대사 초청 회장단 간담회를 열었다.',
    ]);
    expect(pairs(named.found).map((p) => p[1])).toContain('gim-ha-neul+mijeusima-goichi');
  });

  it('reads a talk told in words of no kind ("이야기를 나눴다") as the meeting just told, whoever joined it since', () => {
    const { proposals } = read([
      '최태원 SK그룹 회장은 4일 샘 올트먼 오픈AI CEO와 만찬을 가졌다.',
      '만찬에는 김하늘 테스트전자 대표도 참석했다.',
      '두 사람은 이날 만찬을 포함해 세 시간 동안 자리를 함께하고 다양한 이슈에 관해 이야기를 나눴다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['altman+chey-tae-won']);
    expect(proposals.meetings[0].attendees).toEqual(['gim-ha-neul']);
    expect(proposals.meetings[0].sentences).toHaveLength(3);
    const photo = read(['최태원 SK그룹 회장이 4일 공장을 찾아 샘 올트먼 오픈AI CEO와 이야기를 나누고 있다.']);
    expect(who(photo.proposals.meetings)).toEqual(['altman+chey-tae-won']);
  });

  it('reads a candidate for office ("대선 후보") as a title, and a pair of subjects at an event as who met', () => {
    const { found } = read([
      'C|김하늘 테스트당 대선 후보(오른쪽)와 최태원 SK그룹 회장이 3일 간담회에 참석하기 위해 회의장으로 이동하고 있다.',
    ]);
    expect(pairs(found).map((p) => p[1])).toEqual(['chey-tae-won+gim-ha-neul']);
    // Not one named with the verb of another clause ("A와 대화를 마친 B는").
    const after = read(['김하늘 테스트전자 대표와 대화를 마친 최태원 SK그룹 회장은 3일 기자간담회에 참석했다.']);
    expect(pairs(after.found).map((p) => p[1])).toEqual(['chey-tae-won']);
  });

  it('reads views exchanged with people named ("A, B 등 일본기업 CEO 등과 의견을 교환했다") as meeting them', () => {
    const { ctx, proposals } = read([
      '최태원 SK그룹 회장은 3일 사토 하루키 테스트상사 대표, 스즈키 다로 샘플화학 대표 등 일본기업 CEO 등과 의견을 교환했다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['사토 하루키', '스즈키 다로']);
    expect(who(proposals.meetings)).toEqual(['chey-tae-won+sato-haruki+seujeuki-daro']);
  });

  it('reads receiving someone ("… 등이 올트먼 CEO를 맞았다") as meeting them', () => {
    const { found } = read(['테스트미술관에서는 김하늘 테스트전자 대표 등이 3일 샘 올트먼 오픈AI CEO를 맞았다.']);
    expect(pairs(found)).toEqual([['happened', 'altman+gim-ha-neul', '', '2025-02-03']]);
  });

  it('reads whose meeting a noun names ("A 회장과 B 장관의 만남이 성사됐다") as theirs', () => {
    const { found } = read(['최태원 SK그룹 회장과 샘 올트먼 오픈AI CEO의 만남이 3일 성사됐다.']);
    expect(pairs(found)).toEqual([['happened', 'altman+chey-tae-won', '', '2025-02-03']]);
  });

  it('reads the sides at a signing ("계약식에는 A와 B가 참석했다") as met, and guests at a roll-out as met by no one', () => {
    const signed = read(['이날 계약식에는 최태원 SK그룹 회장과 샘 올트먼 오픈AI CEO가 참석했다.']);
    expect(signed.proposals.meetings.map((m) => [m.principals.join('+'), m.accept])).toEqual([
      ['chey-tae-won+altman', true],
    ]);
    const rolledOut = read(['이날 출고식에는 최태원 SK그룹 회장과 샘 올트먼 오픈AI CEO가 참석했다.']);
    expect(rolledOut.proposals.meetings.map((m) => [m.principals.length, m.accept])).toEqual([[2, false]]);
  });

  it('reads a meeting shown at an event ("열린 오찬 간담회에서 A와 기념촬영을"), and "양대 노총" as no one', () => {
    const { found, ctx } = read([
      'C|최태원 SK그룹 회장이 4일 서울에서 열린 양대 노총 위원장과 오찬 간담회에서 샘 올트먼 오픈AI CEO와 기념촬영을 하고 있다.',
    ]);
    expect(pairs(found).map((p) => p.slice(0, 2))).toContainEqual(['happened', 'altman+chey-tae-won']);
    expect(names(ctx)).toEqual([]);
  });

  it('takes the late ("고(故) A 회장") into no meeting of the news, only into one of their lifetime', () => {
    const { proposals } = read(
      [
        '최태원 SK그룹 회장은 4일 고 김하늘 테스트전자 회장과 샘 올트먼을 기리는 만찬을 가졌다.',
        '고 김하늘 회장은 2010년 5월 샘 올트먼을 만난 바 있다.',
      ],
      '2025-02-05',
    );
    expect(proposals.meetings.map((m) => [m.principals.join('+'), m.date.date])).toEqual([
      ['chey-tae-won+altman', '2025-02-04'],
      ['gim-ha-neul+altman', '2010-05'],
    ]);
  });

  it('reads what lies ahead ("내달 퇴임을 앞두고") as another thing than the meeting told after it, and no name', () => {
    const done = read(['내달 퇴임을 앞두고 김하늘 테스트전자 회장이 3일 샘 올트먼과 대화를 나눴다.']);
    expect(pairs(done.found)).toEqual([['happened', 'altman+gim-ha-neul', '', '2025-02-03']]);
    expect(names(done.ctx).map((n) => n[0])).toEqual(['김하늘']);
    // A meeting that lies ahead, or one told as to come after it, is still a plan.
    expect(
      pairs(read(['최태원 회장은 샘 올트먼과의 회동을 앞두고 김하늘 테스트전자 회장을 만났다.']).found)[0][0],
    ).toBe('planned');
    expect(pairs(read(['정상회의를 앞두고 최태원 회장은 샘 올트먼과 만날 예정이다.']).found)[0][0]).toBe('planned');
  });

  it('reads a thing due later named on the way ("이달 출범 예정인 센터를 11일 찾아") as no plan of the clause', () => {
    const { found } = read(
      [
        '최태원 회장이 이달 출범 예정인 테스트센터를 11일 직접 찾아가 준비 상황을 점검했다.',
        '앞서 최 회장은 샘 올트먼과 오찬회동을 갖고 협력방안을 논의했다.',
      ],
      '2025-02-12',
    );
    expect(pairs(found)).toEqual([['happened', 'altman+chey-tae-won', '', '2025-02-11']]);
    // A meeting due is still a plan, and a year is no verb ("내년 이후").
    expect(pairs(read(['오는 20일 예정된 최태원 회장과 샘 올트먼의 회동은 연기됐다.']).found)[0]?.[0]).not.toBe(
      'happened',
    );
    expect(pairs(read(['최태원 회장은 샘 올트먼과 만나 내년 이후 출시 예정인 제품을']).found)[0][0]).toBe('unclear');
  });

  it('reads a round table held with those named ("B 등 경제인들과 간담회를 열고 … 방안을 논의했다") as met', () => {
    const { found } = read([
      '최태원 회장은 4일 김하늘 테스트상의 회장 등 외국계 은행 대표들과 간담회를 열고 지원할 수 있는 방안 등을 논의했다.',
    ]);
    // What may be done is said of the ways discussed, not of the meeting; a bank's kind ("외국계") is no one.
    expect(pairs(found)).toEqual([['happened', 'chey-tae-won+gim-ha-neul', '', '2025-02-04']]);
    // A meeting that may be is still no fact.
    expect(pairs(read(['최태원 회장은 샘 올트먼과 만날 수 있는 자리를 찾고 있다.']).found)[0]?.[0]).not.toBe(
      'happened',
    );
  });

  it('reads signing together ("B와 함께 MOU에 서명했다") as a meeting, and signing alone as none', () => {
    expect(pairs(read(['최태원 회장은 4일 샘 올트먼 CEO와 함께 MOU에 서명했다.']).found)).toEqual([
      ['happened', 'altman+chey-tae-won', '', '2025-02-04'],
    ]);
    expect(pairs(read(['SK와 오픈AI는 4일 MOU에 서명했다.']).found)).toEqual([]);
  });

  it('reads "이번 면담은 지난해 11월 양사가 … 체결한 뒤 이뤄졌다" as the meeting just told, not one of last year', () => {
    const { proposals } = read([
      '샘 올트먼 오픈AI CEO는 4일 서울에서 최태원 SK 회장을 만났다.',
      '이번 면담은 지난해 11월 SK와 오픈AI가 양해각서를 체결한 뒤 세부 사항을 협의하기 위해 이뤄졌다.',
    ]);
    expect(proposals.meetings.map((m) => [m.date.date, [...m.principals].sort().join('+')])).toEqual([
      ['2025-02-04', 'altman+chey-tae-won'],
    ]);
  });

  it('keeps a meeting told as before the news ("당시 … 만나") apart from the one of the day', () => {
    const { proposals } = read(
      [
        '샘 올트먼 CEO는 3일 서울에서 열린 간담회 직후 기자들과 만나 이같이 밝혔다.',
        '지난 6월 최태원 회장이 미국을 찾아 만난 후 8개월 만이다.',
        '당시 최 회장은 올트먼 CEO 등을 만나 내년 이후 출시될 제품을',
      ],
      '2025-02-03',
    );
    expect(proposals.meetings.map((m) => `${who([m])[0]} ${m.date.date}`)).not.toContain(
      'altman+chey-tae-won 2025-02-03',
    );
  });

  it('reads a company\'s deputy as no head of it: "KT 대표가" is not "이현석 KT 부사장"', () => {
    const { found } = read([
      '테스트전자 대표가 3일 샘 올트먼 CEO와 회동했다.',
      '간담회 증인은 김하늘 테스트전자 부사장으로 교체됐다.',
    ]);
    expect(found.flatMap((e) => e.principals)).not.toContain('gim-ha-neul');
  });

  it('reads an organisation data/ does not know as its head where a known person holds its post ("최태원 대한상의 회장")', () => {
    const { proposals } = read([
      '대한상의는 3일 상의회관에서 샘 올트먼 CEO와 간담회를 갖고 정책과제를 논의했다.',
      '간담회에는 최태원 대한상의 회장이 참석했다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['altman+chey-tae-won']);
  });

  it('reads a rumour, a wish and a hope of a meeting as nothing that took place', () => {
    const tense = (text: string) => pairs(read([text]).found)[0]?.[0];
    expect(tense('최태원 회장과 샘 올트먼의 회동설이 나왔다.')).toBe('planned');
    expect(tense('최태원 회장은 샘 올트먼과의 만남을 고대했다.')).toBe('unclear');
    expect(tense('최태원 회장은 샘 올트먼과 만났으면 좋겠다고 말했다.')).toBe('planned');
    expect(tense('일정에는 최태원 회장과 샘 올트먼의 회동도 포함됐다.')).toBe('unclear');
    expect(tense('최태원 회장과 샘 올트먼은 조찬을 함께하며 대화를 나누는 방식으로 진행될 것으로 알려졌다.')).toBe(
      'planned',
    );
    expect(tense('최태원 회장은 샘 올트먼과의 만남을 준비했다.')).toBe('unclear');
    // Met, then hoped for or promised what comes of it: the meeting took place.
    expect(tense('최태원 회장은 샘 올트먼과 만나 협력 확대를 기대했다.')).toBe('happened');
    expect(tense('최태원 회장은 샘 올트먼과 회동을 갖고 협력을 약속했다.')).toBe('happened');
    // What was done before the meeting says nothing of it.
    expect(tense('최태원 회장은 샘 올트먼 CEO와의 회동에 앞서 취재진에게 소감을 밝혔다.')).toBe('unclear');
    expect(tense('최태원 회장은 샘 올트먼과 만나기 전 기자들과 만났다.')).toBe('unclear');
    // A step of a schedule told in the present ("만난 뒤 … 회동한다"), unless dated past.
    expect(
      pairs(
        read(['샘 올트먼은 이날 오전 최태원 회장과 만난 뒤 오후에는 김하늘 테스트전자 회장과 회동한다.']).found,
      )[0][0],
    ).toBe('planned');
    expect(
      pairs(read(['샘 올트먼은 지난 2일 최태원 회장과 만난 뒤 오늘 김하늘 테스트전자 회장과 회동한다.']).found)[0][0],
    ).toBe('happened');
    // A photo of one on the way to a meeting with another is not of the meeting; two walking in together are.
    expect(tense('C|최태원 회장이 샘 올트먼 CEO와의 회동을 위해 서린빌딩으로 들어서고 있다.')).toBe('unclear');
    expect(tense('C|최태원 회장과 샘 올트먼 CEO가 간담회장으로 이동하고 있다.')).not.toBe('unclear');
  });

  it('reads the guests who turned out at a meal of the day as at the meal its hosts held, not at a second one', () => {
    const { proposals } = read([
      '이재명 대통령은 4일 샘 올트먼 CEO와 국빈 만찬에서 “협력을 높이자”고 말했다.',
      '이 대통령의 부인 김혜경 여사는 한복을 착용했다.',
      '또한 이날 만찬에는 정부와 경제계 주요 인사들이 총출동했다.',
      '경제계에선 최태원 SK그룹 회장, 김하늘 테스트전자 회장 등 주요 그룹 총수들이 참석했다.',
    ]);
    expect(proposals.meetings).toHaveLength(1);
    expect(proposals.meetings[0].principals).toEqual(expect.arrayContaining(['altman', 'chey-tae-won']));
  });

  it('dates "전날" from the day of the telling, not from the day of an act told in passing ("지난 1일 방한한")', () => {
    const { proposals } = read(
      [
        '지난 1일 방한한 왕하늘 중국 산둥성 당서기가 외교부를 찾았다고 외교부가 3일 밝혔다.',
        '왕 서기는 전날 최태원 SK그룹 회장을 면담했다.',
      ],
      '2025-02-03',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-02']);
  });

  it('dates a meeting by an arrival told on its day ("17일 방한한"), never by another act\'s ("9일 준공한 공장")', () => {
    const day = (lines: string[]) => read(lines, '2025-02-14').proposals.meetings.map((m) => m.date.date);
    expect(
      day([
        '최태원 SK그룹 회장은 13일 샘 올트먼을 만났다.',
        '최 회장은 면담에서 올트먼에게 9일 준공한 울산 공장에 관해 설명했다.',
      ]),
    ).toEqual(['2025-02-13']);
    expect(day(['12일 방한한 샘 올트먼은 최태원 SK그룹 회장과의 회동에서 협력을 논의했다.'])).toEqual(['2025-02-12']);
  });

  it('dates those named by the day before their names when the days nearer the verb name no one', () => {
    const { proposals } = read(
      ['샘 올트먼은 앞서 7일 최태원 SK그룹 회장 등을 시작으로 10, 12일 국내 기업인들을 두루 만났다.'],
      '2025-02-14',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-07']);
  });

  it('reads a meeting verb on its subject ("경제계 인사를 만난 A는") as of those before it, not of those after', () => {
    expect(
      read(['이날 경제계 인사를 만난 샘 올트먼 CEO는 최태원 SK그룹 회장과 함께 사령부를 방문한 후 한국을 떠난다.'])
        .found,
    ).toEqual([]);
    expect(who(read(['최태원 SK그룹 회장을 만난 샘 올트먼 CEO는 이날 한국을 떠났다.']).proposals.meetings)).toEqual([
      'altman+chey-tae-won',
    ]);
  });

  it('reads discussing with someone named as a meeting, unless over the telephone', () => {
    expect(pairs(read(['샘 올트먼 CEO는 4일 최태원 SK그룹 회장과 협력 방안을 논의했다.']).found)).toEqual([
      ['happened', 'altman+chey-tae-won', '', '2025-02-04'],
    ]);
    expect(read(['샘 올트먼 CEO는 4일 최태원 SK그룹 회장과 전화 통화로 협력 방안을 논의했다.']).found).toEqual([]);
  });

  it('reads a photo of two people signing ("A 회장과 B CEO가 … MOU에 서명하고 있다") as a meeting', () => {
    expect(
      pairs(read(["C|최태원 SK그룹 회장(왼쪽)과 샘 올트먼 CEO(오른쪽)가 4일 오후 '협력 MOU'에 서명하고 있다."]).found),
    ).toEqual([['happened', 'altman+chey-tae-won', '', '2025-02-04']]);
  });

  it('reads one named before "외에도" as one more of those met, not as who met them', () => {
    const { proposals } = read([
      '샘 올트먼 CEO는 4일 방한했다.',
      '그는 최태원 회장 외에도 이재용 삼성전자 회장을 만났다.',
    ]);
    expect(proposals.meetings.map((m) => m.principals[0])).toEqual(['altman']);
  });

  it('keeps the topic as the one who meets when someone only serves them in between ("B 대표가 매장을 소개했다")', () => {
    const { proposals } = read([
      '샘 올트먼 CEO는 4일 오후 테스트백화점을 방문했다.',
      '김하늘 테스트백화점 대표가 직접 매장을 소개했다.',
      '저녁에는 미술관을 찾아 최태원 SK그룹 회장과 만났다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['altman+chey-tae-won']);
  });

  it('reads announcing something with someone named ("B 장관과 … 방안을 발표한 자리에서") as a meeting', () => {
    expect(
      who(read(['샘 올트먼 CEO는 4일 최태원 SK그룹 회장과 협력 방안을 발표한 자리에서 지원을 약속했다.']).found),
    ).toEqual(['altman+chey-tae-won']);
  });

  it('dates what was done in a stay that opens on a day ("10일부터 닷새간") to its month, unless it runs into the next', () => {
    const dated = (text: string) => read([text], '2025-02-20').proposals.meetings.map((m) => m.date.date);
    expect(dated('샘 올트먼 CEO는 지난 10일부터 닷새간 한국을 찾아 최태원 SK그룹 회장을 만났다.')).toEqual(['2025-02']);
    expect(dated('샘 올트먼 CEO는 지난 10일부터 22일간 출장길에 올라 최태원 SK그룹 회장을 만났다.')).toEqual([
      '2025-02-10',
    ]);
  });

  it('never tells on the meeting just reported from a clause with a day of its own ("이에 앞서 14일 …")', () => {
    const { found } = read(
      [
        '최태원 SK그룹 회장은 16일 샘 올트먼 CEO와 회동했다.',
        '이에 앞서 14일 최 회장은 상무장관회담을 통해 협력 강화방안을 논의했다.',
      ],
      '2025-02-17',
    );
    expect(pairs(found).map(([, , , day]) => day)).not.toContain('2025-02-14');
  });

  it("reads the guest a gathering's title in quotes names ('A 대표와 중소기업인 간담회') as at it", () => {
    const { found } = read(["샘 올트먼 CEO는 3일 '최태원 SK그룹 회장 초청 기업인 간담회'를 개최했다."]);
    expect(who(found)).toEqual(['altman+chey-tae-won']);
    // Any other title in quotes names no one.
    expect(read(["샘 올트먼 CEO는 3일 '최태원 회장의 AI 전략' 보고서를 발표했다."]).found).toEqual([]);
  });

  it('reads a meeting through which a later one was agreed ("…과 회의를 통해 … 오는 29일 개최하기로 합의했다") as done', () => {
    const { found } = read(
      ['최태원 SK그룹 회장은 지난 1일 샘 올트먼 CEO와 회의를 통해 공동 성명을 오는 29일 발표하기로 합의했다.'],
      '2025-02-02',
    );
    expect(pairs(found)).toEqual([['happened', 'altman+chey-tae-won', '', '2025-02-01']]);
  });

  it('reads a photo of one with the group they lead handing something to another ("…에게 …을 전달하고") as a meeting', () => {
    const { found } = read([
      "C|최태원 SK그룹 회장과 대한상의 회장단이 샘 올트먼 CEO에게 '경제계 제언문'을 전달하고 기념촬영을 하고 있다.",
    ]);
    expect(who(found)).toContain('altman+chey-tae-won');
  });

  it('reads people who signed together ("A 지사와 B 사장은 … 양해각서에 서명했다") as a meeting', () => {
    const { found } = read(["최태원 SK그룹 회장과 샘 올트먼 CEO는 4일 서울에서 '투자 양해각서'에 서명했다."]);
    expect(pairs(found)).toEqual([['happened', 'altman+chey-tae-won', '', '2025-02-04']]);
  });

  it('never takes a council named before its head\'s post ("인민정치협상회의 주석") for a meeting', () => {
    const { found } = read([
      '지난 1994년 왕하늘 전 전국대표대회 상무위원장, 1995년 리바다 전 국가주석, 1999년 진구름 전 인민정치협상회의 주석 등이 방문한 바 있다.',
    ]);
    expect(found).toEqual([]);
  });

  it('reads a meal someone invited the guest to ("B의 초청 만찬에 참석했다") as a meeting with them', () => {
    const { proposals } = read(['왕하늘 중국 산둥성 당서기는 3일 최태원 SK그룹 회장의 초청 만찬에 참석했다.']);
    expect(who(proposals.meetings)).toEqual(['chey-tae-won+wang-ha-neul']);
  });

  it('never reads the start of a name ("필립 반 후프") as "…한 후", a step done', () => {
    const { proposals } = read([
      '산업부는 최태원 SK그룹 회장이 4일 오후 유럽 기업 대표단과 간담회를 한다고 밝혔다.',
      '이날 간담회에는 필립 반 후프 유럽상의 회장을 비롯해 요한 브란트 총장 등이 참석한다.',
    ]);
    expect(proposals.meetings.filter((m) => m.accept)).toEqual([]);
  });

  it('reads a photo of two walking side by side as a meeting, and a Chinese minister\'s title ("상무부장")', () => {
    const { proposals } = read(['C|3일 경주에서 최태원(왼쪽) SK그룹 회장과 왕하늘 중국 상무부장이 나란히 걷고 있다.']);
    expect(who(proposals.meetings)).toEqual(['chey-tae-won+wang-ha-neul']);
  });

  it('reads "B와의 면담에서 B는 …" as a meeting of B with whom the text was about, and a name before "전 총리"', () => {
    const { proposals } = read([
      '최태원 SK그룹 회장은 3일 도쿄에서 모리 요시로 전 총리를 만났다.',
      '또한, 야마구치 나쓰오 공명당 대표와의 면담에서 야마구치 대표는 지지 의사를 밝혔다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['chey-tae-won+mori-yosiro', 'chey-tae-won+yamaguchi-nasseuo']);
  });

  it('reads the particle after a post held now in brackets ("회장(現 협회 부회장)과도 오찬을 했다")', () => {
    const { proposals } = read([
      '최태원 SK그룹 회장은 3일 샘 올트먼 오픈AI CEO와 만찬을 가졌다.',
      '또 4일 왕하늘 가온전자 회장(現 가온협회 부회장)과도 오찬 회동을 했다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['altman+chey-tae-won', 'chey-tae-won+wang-ha-neul']);
  });

  it('reads no meeting in an anniversary reached ("30주년을 맞았다") and no spokesperson relaying it as in it', () => {
    const { proposals } = read(
      [
        '최태원 SK그룹 회장은 4일 샘 올트먼 오픈AI CEO를 접견했다.',
        '이날 접견에서 최 회장은 "감사하다"고 했다고 강하늘 가온그룹 수석대변인이 전했다.',
        '가온그룹은 1995년 5월 3일 오픈AI와 협약을 맺고 올해 30주년을 맞았다.',
      ],
      '2025-02-04',
    );
    expect(who(proposals.meetings)).toEqual(['altman+chey-tae-won']);
  });

  it('reads no one met in whose ceremony it was ("이 대통령 취임식 참석차 방한한 그를 … 만났다")', () => {
    const { proposals } = read(
      [
        '레젭 아일란 터키 총리는 최태원 SK그룹 회장과 같이 기업인 출신이다.',
        '최 회장 취임식 참석차 방한한 그를 3일 만났다.',
      ],
      '2025-02-04',
    );
    expect(who(proposals.meetings)).toEqual([]);
    // With the years since between the owner and the ceremony ("서거 10주기 추도식").
    const memorial = read(
      [
        '김하늘 가온전자 부회장이 이하늘 전 대통령 서거 10주기 추도식에 참석하려 방한한 존 스미스 전 미국 대통령과 2일 만났다.',
      ],
      '2025-02-04',
    );
    expect(who(memorial.proposals.meetings)).toEqual(['gim-ha-neul+jon-seumiseu']);
  });

  it('reads nothing done in a body sentence cut short where the saved page ends ("지난 9월 … 열린 회담에")', () => {
    const { found } = read(
      ['최태원 SK그룹 회장은 4일 레젭 아일란 터키 총리를 만났다.', '특히 지난 9월 앙카라에서 열린 양국 정상회담에'],
      '2025-02-04',
    );
    expect(found.filter((e) => e.tense === 'happened').length).toBe(1);
  });

  it('reads who leads a delegation as its subject ("A를 단장으로 한 대표단은 … B 지사와 면담을 가졌다"), 당위 as no name', () => {
    const { proposals, ctx } = read(
      [
        '리하늘 광시성 당서기를 단장으로 한 대표단은 왕구름 당위 조직부 부부장 등 7명으로 이루어졌다.',
        '3일에는 도청을 방문해 최태원 SK그룹 회장과 면담을 가졌다.',
      ],
      '2025-02-04',
    );
    expect(who(proposals.meetings)).toEqual(['chey-tae-won+ri-ha-neul']);
    expect(names(ctx).map((n) => n[0])).not.toContain('당위');
  });

  it('reads the other head of state a sentence about a summit names as the one met ("정상회담에서 A는 … B 대통령의 …")', () => {
    const { proposals } = read(
      ['4일 열린 한·터키 정상회담에서 최하늘 대통령은 "협력하자"며 레젭 아일란 터키 대통령의 방한을 요청했다.'],
      '2025-02-04',
    );
    expect(proposals.meetings.map((m) => m.principals.length)).toEqual([2]);
  });

  it('reads no meeting of today\'s heads in what their organisations did years before ("2017년 9월 간담회 이후")', () => {
    const { proposals } = read(
      [
        '최태원 SK그룹 회장은 4일 샘 올트먼 오픈AI CEO를 만났다.',
        'SK그룹과 오픈AI는 2017년 9월 간담회를 가진 이후 교류를 이어왔다.',
      ],
      '2025-02-04',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-04']);
  });

  it('reads no one of the story at a gathering years before that names no one ("이번 회의는 2022년 7월 개최 이후")', () => {
    const { proposals } = read(
      [
        '최태원 SK그룹 회장은 4일 샘 올트먼 오픈AI CEO와 회의를 열었다.',
        '이번 회의는 2022년 7월 서울에서 열린 회의 이후 처음이다.',
      ],
      '2025-02-04',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-04']);
  });

  it('reads a floor leader written short ("이 원내대표는"), a spokesperson of the Assembly, and 백악관 as no one', () => {
    const { proposals, ctx } = read(
      [
        '이하늘 가온당 원내대표는 12일 경총을 방문한다. 이날 방문에는 박구름 원내대변인 등이 참석할 예정이다.',
        '앞서 이 원내대표는 지난 9일 최태원 SK그룹 회장과 대응 방안을 논의한 바 있다.',
        '백악관 대변인을 지낸 레젭 아일란 주지사도 왔다.',
      ],
      '2025-02-12',
    );
    expect(who(proposals.meetings)).toEqual(['chey-tae-won+i-ha-neul']);
    expect(names(ctx).map((n) => n[0])).toContain('박구름');
    expect(names(ctx).map((n) => n[0])).not.toContain('백악관');
  });

  it('reads a government release: its day with the weekday ("11.19(화)"), a name in corner brackets, a footnote\'s star', () => {
    const { proposals } = read(
      [
        '□ 김하늘 국무총리는 11.19(화) 오후 총리 공관에서 「에반 그린버그(Evan Greenberg)」 미한재계회의(U.S.-Korea Business Council)* 위원장을 만나 협력을 논의했다.',
      ],
      '2024-11-20',
    );
    expect(who(proposals.meetings)).toEqual(['evan-greenberg+gim-ha-neul']);
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2024-11-19']);
  });

  it('keeps the story\'s day past a day something has gone on since ("지난해 7월10일 이후 7개월 여만이다")', () => {
    const { proposals } = read(
      [
        '김하늘 대통령은 13일 경제계 인사를 만나 방안을 논의했다.',
        '김 대통령이 재계 인사들과 자리를 함께한 것은 지난해 7월10일 이후 7개월 여만이다.',
        '간담회에는 최태원 SK 회장과 박바다 테스트전자 부회장 등이 참석했다.',
      ],
      '2020-02-13',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2020-02-13']);
  });

  it('dates a gathering by its own day, not by the earlier one it follows ("지난 5일 X 간담회에 이어 12일 …")', () => {
    const { proposals } = read(
      [
        '지난 5일 지주사 간담회에 이어 진행된 릴레이 간담회로 12일 김하늘 장관과 박바다 원장은 가온회관에서 은행장들과 만나 간담회를 열었다.',
      ],
      '2023-11-12',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2023-11-12']);
  });

  it('joins a caption listing who the photo shows, in order, to the meeting one of them held ("A, B, C(왼쪽부터).")', () => {
    const { proposals } = read(
      [
        'C|김하늘 가온협회장, 박바다 테스트부 장관, 이하늘 무역협회 부회장(왼쪽부터).',
        '박바다 테스트부 장관은 18일 서울 가온호텔에서 경제단체장 간담회를 개최했다.',
      ],
      '2010-01-18',
    );
    expect(who(proposals.meetings)).toEqual(['bak-ba-da+gim-ha-neul+i-ha-neul']);
  });

  it('joins those listed at a gathering its host held with groups named by no one ("A 장관이 단체들과 만나 … 가졌다")', () => {
    const { proposals } = read(
      [
        '김하늘 가온부 장관이 중소기업단체들과 만나 취임 후 첫 소통 간담회를 가졌다.',
        '29일 서울 가온회관에서 열린 간담회에는 박바다 테스트협회장을 비롯해 여러 단체장 등 150여명이 참석했다.',
      ],
      '2025-07-29',
    );
    expect(who(proposals.meetings)).toEqual(['bak-ba-da+gim-ha-neul']);
  });

  it('keeps those listed at another event held after the meeting ("써밋도 개최했다. 이번 행사에는 …") off that meeting', () => {
    const { proposals } = read(
      [
        '김하늘 가온전자 대표는 14일 존 스미스 바다 CEO와 회동을 가졌다.',
        '가온전자는 제2회 가온 리더 써밋도 개최했다.',
        '이번 행사에는 이하늘 가온그룹 부회장, 최구름 테스트전자 사장, 박바다 바다은행 행장 등이 참석했다.',
      ],
      '2025-10-14',
    );
    const talk = proposals.meetings.find((m) => m.principals.includes('jon-seumiseu'))!;
    expect(talk.attendees).toEqual([]);
    expect(who(proposals.meetings.filter((m) => m.principals.length > 2))).toEqual([
      'bak-ba-da+choe-gu-reum+i-ha-neul',
    ]);
  });

  it('reads who gives the address at a gathering told with only its guest as its host ("B 회장은 오찬사를 통해")', () => {
    const guest =
      '가온경제인협회는 7일 서울 가온호텔에서 존 스미스 바다국 총리를 초청해 오찬 간담회를 개최했다고 밝혔다.';
    const { proposals } = read([guest, '김하늘 회장은 오찬사를 통해 "양국 협력이 중요하다"고 말했다.'], '2025-02-08');
    expect(who(proposals.meetings)).toEqual(['gim-ha-neul+jon-seumiseu']);
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-07']);
    // Or who acts at a lunch its host shared with a group named by no one ("이날 오찬 말미에 B 회장은 …").
    const lunch = read(
      [
        '김하늘 대통령은 1일 경제4단체장을 관저로 초청해 오찬을 함께 하며 의견을 들었다.',
        '이날 오찬 말미에 박바다 가온협회 회장은 규제 완화를 부탁했다.',
      ],
      '2025-02-02',
    );
    expect(who(lunch.proposals.meetings)).toEqual(['bak-ba-da+gim-ha-neul']);
    // Not one who only spoke of it, nor a speech planned.
    const spoke = read([guest, '김하늘 회장은 "양국 협력이 중요하다"고 말했다.'], '2025-02-08');
    expect(who(spoke.proposals.meetings)).toEqual([]);
  });

  it('joins each side\'s list at a gathering to it ("정부 측에서 A, B가 참석했고, 경제계에서는 C, D 등이")', () => {
    const { proposals } = read(
      [
        '가온협회는 5일 서울 가온회관에서 정책 간담회를 개최했다.',
        '이날 간담회에는 정부 측에서 김하늘 테스트부 장관, 박바다 테스트부 차관이 참석했고, 경제계에서는 이하늘 가온그룹 회장, 최구름 테스트전자 사장 등이 참석했다.',
      ],
      '2024-03-05',
    );
    expect(who(proposals.meetings)).toEqual(['bak-ba-da+choe-gu-reum+gim-ha-neul+i-ha-neul']);
    // Or in a sentence of its own, after the first side's.
    const apart = read(
      [
        '가온협회는 5일 서울 가온회관에서 정책 간담회를 개최했다.',
        '이날 간담회에는 정부 측에서 김하늘 테스트부 장관, 박바다 테스트부 차관이 참석했다.',
        '경제계에서는 이하늘 가온그룹 회장, 최구름 테스트전자 사장 등이 참석했다.',
      ],
      '2024-03-05',
    ).proposals.meetings;
    expect(who(apart)).toEqual(['bak-ba-da+choe-gu-reum+gim-ha-neul+i-ha-neul']);
  });

  it('carries who acts with the subject into the clause the sentence chains on ("A와 B는 … 약속하며 만찬을 가졌다")', () => {
    const both = read(['김하늘 지사와 박바다 가온전자 사장은 협력을 약속하며 만찬을 가졌다.'], '2024-07-04');
    expect(who(both.proposals.meetings)).toEqual(['bak-ba-da+gim-ha-neul']);
    const along = read(['김하늘 지사는 박바다 가온전자 사장과 협력을 논의하며 만찬을 가졌다.'], '2024-07-04');
    expect(who(along.proposals.meetings)).toEqual(['bak-ba-da+gim-ha-neul']);
    // Into the next sentence only as one subject, "A와 B는".
    const next = read(['김하늘 지사와 박바다 가온전자 사장은 협력을 약속했다.', '이어 만찬을 가졌다.'], '2024-07-04');
    expect(who(next.proposals.meetings)).toEqual(['bak-ba-da+gim-ha-neul']);
  });

  it('reads the polite present of a broadcast ("…한 후 오찬을 주최합니다") as a schedule, its past as done', () => {
    const today = read(
      ['김하늘 지사는 오늘 오전 청사에서 박바다 가온전자 사장과 회담하고 서명식에 함께 참석한 후 오찬을 주최합니다.'],
      '2019-06-26',
    );
    expect(who(today.proposals.meetings)).toEqual([]);
    const meal = read(['김하늘 지사는 오늘 박바다 가온전자 사장과 만찬을 갖습니다.'], '2019-06-26');
    expect(who(meal.proposals.meetings)).toEqual([]);
    const done = read(['김하늘 지사는 오늘 박바다 가온전자 사장과 만찬을 가졌습니다.'], '2019-06-26');
    expect(who(done.proposals.meetings)).toEqual(['bak-ba-da+gim-ha-neul']);
  });

  it('gives a photo\'s list to the meeting its caption and the body tell as one ("사우디 아라비아 A 왕세자와")', () => {
    const { proposals, ctx } = read(
      [
        '압둘라 빈 하산 사우디아라비아 왕세자(오른쪽)가 17일 서울 가온호텔에서 국내 기업 총수와 만나 대화를 나누고 있다.',
        '왼쪽부터 김하늘 가온그룹 회장, 박바다 샘플화학 회장, 최구름 테스트그룹 회장.',
        '17일 최구름 테스트그룹 회장 등 국내 주요 그룹 총수는 사우디 아라비아 압둘라 빈 하산 왕세자와 차담회를 가졌다.',
        '그런데 빈 살만 왕세자는 재산이 많다.',
      ],
      '2022-11-17',
    );
    expect(who(proposals.meetings)).toEqual(['apdulla-bin-hasan+bak-ba-da+choe-gu-reum+gim-ha-neul']);
    // The country's second word, and a sentence's "그런데", are no one's name.
    expect(names(ctx).map(([name]) => name)).not.toContain('아라비아 압둘라 빈 하산');
    expect(names(ctx).map(([name]) => name)).not.toContain('그런데 빈 살만');
  });

  it('reads "A, B 등을 잇달아 만나" as one meeting with each, and a day ahead proposed at it as not the meeting\'s', () => {
    const { proposals } = read(
      [
        '김하늘 가온그룹 회장은 지난 24일 도쿄에서 존 스미스 테스트전자 회장, 박바다 샘플화학 사장 등을 잇달아 만나 협력 방안을 논의했다.',
        '김 회장은 같은 날 최구름 테스트상의 회장도 만나 올해 11월 부산에서 회장단 회의를 여는 방안을 제안했다.',
      ],
      '2022-06-29',
    );
    expect(who(proposals.meetings)).toEqual([
      'gim-ha-neul+jon-seumiseu',
      'bak-ba-da+gim-ha-neul',
      'choe-gu-reum+gim-ha-neul',
    ]);
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2022-06-24', '2022-06-24', '2022-06-24']);
  });

  it("reads standing together in a photo, and announcing together, as being at one occasion; not two companies' release", () => {
    const stood = read(
      ['C|김하늘 가온그룹 회장이 24일 존 스미스 테스트전자 회장(오른쪽)과 함께 서서 연설하고 있다.'],
      '2025-03-25',
    );
    expect(who(stood.proposals.meetings)).toEqual(['gim-ha-neul+jon-seumiseu']);
    const told = read(
      ['김하늘 가온그룹 회장은 24일 존 스미스 테스트전자 회장과 함께 투자 계획을 발표했다.'],
      '2025-03-25',
    );
    expect(who(told.proposals.meetings)).toEqual(['gim-ha-neul+jon-seumiseu']);
    const companies = read(['SK하이닉스는 24일 오픈AI와 함께 신제품 개발 계획을 발표했다.'], '2025-03-25');
    expect(companies.found).toEqual([]);
  });

  it('reads a call on two heads of government of two countries as a call on each, and a letter handed over as met', () => {
    const { proposals } = read(
      [
        '대통령 특사 자격의 김하늘 가온그룹 회장이 존 스미스 테스트나라 총리와 박바다 샘플나라 총리를 예방하고 지지를 요청했다.',
      ],
      '2023-03-05',
    );
    expect(who(proposals.meetings)).toEqual(['gim-ha-neul+jon-seumiseu', 'bak-ba-da+gim-ha-neul']);
    const letter = read(
      ['김하늘 가온그룹 회장은 지난 2일 최구름 테스트나라 총리에게 대통령 친서를 전했다.'],
      '2023-03-05',
    );
    expect(who(letter.proposals.meetings)).toEqual(['choe-gu-reum+gim-ha-neul']);
  });

  it('counts a signer the sentence named in a clause before the signing ("A 지사가 취임 이후 … B 사장과 협약을 체결했다")', () => {
    const { proposals } = read(
      [
        '김하늘 테스트도지사가 취임 이후 첫 출장지로 일본을 방문, 24일 도쿄에서 박바다 가온전자 사장과 투자협약을 체결했다.',
      ],
      '2014-09-24',
    );
    expect(who(proposals.meetings)).toEqual(['bak-ba-da+gim-ha-neul']);
  });

  it("reads a trip set off on for a meeting, and a wish to meet, as nothing done; going to its venue as the day's report", () => {
    const set = (t: string) => read([t]).proposals.meetings.filter((m) => m.happened);
    expect(who(set('김하늘 회장은 박바다 가온전자 사장과의 회동을 위해 출국했다.'))).toEqual([]);
    expect(who(set('김하늘 회장은 박바다 가온전자 사장을 만나고 싶다고 말했다.'))).toEqual([]);
    expect(who(set('김하늘 회장은 박바다 가온전자 사장을 만나 협력하고 싶다고 말했다.'))).toEqual([
      'bak-ba-da+gim-ha-neul',
    ]);
    expect(who(set('김하늘 회장은 박바다 가온전자 사장과의 회담을 위해 가온타워로 이동했다.'))).toEqual([
      'bak-ba-da+gim-ha-neul',
    ]);
  });

  it('reads a photo swapped in days after the story on its stamp\'s day ("지난 16일 … 2022.09.16 photo@… |")', () => {
    const { proposals } = read(
      [
        'C|김하늘 가온그룹 회장과 박바다 테스트전자 사장이 지난 16일 서울에서 회담을 마친 후 발표를 하고 있다. 2022.09.16 photo@test.com |',
      ],
      '2022-09-14',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2022-09-16']);
  });

  it('reads who guided the visitor ("B를 안내한 A 부회장은") as met, even where the saved page cuts the sentence', () => {
    const { proposals } = read(
      [
        '존 스미스 테스트나라 대통령은 25일 가온그룹 창원 사업장을 찾았다.',
        '스미스 대통령을 안내한 김하늘 가온그룹 부회장은 “양국은 동반자”라며 “기',
      ],
      '2024-10-25',
    );
    expect(who(proposals.meetings.filter((m) => m.happened))).toEqual(['gim-ha-neul+jon-seumiseu']);
  });
});
