// Those who sat in: who joins a meeting as an attendee, and who, as a guest of a gathering, is one who met.
import { describe, expect, it } from 'vitest';
import { readSentences } from '../index';
import { known as fixtureKnown, read, sentence } from '../testing/read';

/** The proposals for sentences of the body: each meeting's principals and attendees by name. */
function meetings(texts: string[], published = '2025-02-04') {
  const known = fixtureKnown();
  const r = readSentences(
    texts.map((t, i) => sentence(t, i)),
    known,
    published,
    'test.txt',
  );
  const name = (id: string) =>
    known.entities.get(id)?.ko ?? [...r.mentions.context.people.values()].find((p) => p.id === id)?.name.ko ?? id;
  return r.proposals.meetings.map((m) => ({
    principals: m.principals.map(name).sort(),
    attendees: m.attendees.map(name).sort(),
  }));
}

describe('guests of a gathering one person hosts', () => {
  it('are principals, in every sentence that lists them', () => {
    expect(
      meetings([
        '김하늘 테스트전자 회장 주재로 4일 열린 간담회는 두 시간 동안 진행됐다.',
        '김 회장 옆에는 최태원 SK그룹 회장이 자리했다.',
        '박바다 샘플화학 회장, 이구름 샘플물산 사장 등도 참석했다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '박바다', '이구름', '최태원'], attendees: [] }]);
  });

  it('are the members of a committee at its launch ("출범식에는"), whatever nouns end like a verb ("어젠다")', () => {
    expect(
      meetings([
        '자동차산업 발전위원회 첫 회의가 7일 서울에서 열린 가운데 박나무 산업부 장관이 인사말을 하고 있다.',
        '이날 출범식에는 박나무 장관을 비롯해 김하늘 테스트전자 사장, 이구름 샘플물산 사장 등이 참석해 장관 인사말, 정책 어젠다 발표, 자유토론 순으로 진행됐다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '박나무', '이구름'], attendees: [] }]);
  });

  it('are not those each side brought to a meeting of two ("이날 접견에 사우디 측에서는 …"), a delegation too', () => {
    expect(
      meetings([
        '김하늘 대통령은 이날 집무실에서 야시르 알루마이얀 총재를 단장으로 한 사우디 사절단을 접견했다.',
        '이날 접견에 사우디 측에서는 투르키 누와이시르 PIF 부총재, 무티브 알 하비 아람코 코리아 대표이사 등이 참석했다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '야시르 알루마이얀'], attendees: ['무티브 알 하비', '투르키 누와이시르'] }]);
  });

  it('are the delegation a host is said to have met ("일본 대표단과"), named in the next sentence', () => {
    expect(
      meetings([
        '최태원 SK그룹 회장은 3일 일본 대표단과 만찬을 가졌다.',
        '이 자리에는 누카가 후쿠시로 일한의원연맹 회장, 가와무라 다케오 일한친선협회 회장 등이 참석했다.',
      ]),
    ).toEqual([{ principals: ['가와무라 다케오', '누카가 후쿠시로', '최태원'], attendees: [] }]);
  });

  it('are the group a host is said to have met ("총수들을 만났다"), named in the next sentence', () => {
    expect(
      meetings([
        '샘 올트먼은 4일 호텔로 돌아와 국내 기업 총수들을 만났다.',
        '이 자리에는 최태원 SK그룹 회장, 박바다 샘플화학 회장 등이 함께했다.',
      ]),
    ).toEqual([{ principals: ['박바다', '샘 올트먼', '최태원'], attendees: [] }]);
  });
});

describe('guests who hold a staff post', () => {
  it("sat in on a host's lunch, where the heads among the guests met the host", () => {
    expect(
      meetings([
        '최태원 SK그룹 회장은 4일 서울 공관에서 경제단체장들과 오찬을 했다.',
        '오찬에는 김하늘 테스트전자 회장, 박바다 샘플화학 회장이 참석했다.',
        '정부 측에서는 이구름 국무조정실장, 정바람 산업부 차관이 참석했다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '박바다', '최태원'], attendees: ['이구름', '정바람'] }]);
  });

  it('met like every other guest at a ceremony ("이날 행사에는 …")', () => {
    expect(
      meetings([
        '최태원 SK그룹 회장은 4일 공장에서 열린 준공식에 참석했다.',
        '이날 행사에는 이구름 산업부 차관, 정바람 국무조정실장이 참석했다.',
      ]),
    ).toEqual([{ principals: ['이구름', '정바람', '최태원'], attendees: [] }]);
  });

  it('sat in on a meal two hosted, as every guest who attended it did', () => {
    expect(
      meetings([
        '최태원 SK그룹 회장은 4일 공장에서 샘 올트먼과 오찬을 했다.',
        '이날 오찬에는 김하늘 테스트전자 회장, 박바다 샘플화학 회장이 참석했다.',
      ]),
    ).toEqual([{ principals: ['샘 올트먼', '최태원'], attendees: ['김하늘', '박바다'] }]);
  });
});

describe('a list of those at a meeting, past words inside names', () => {
  it('reads no "already" (이미) inside a name ("에이미 존스") as a list of those at something earlier', () => {
    expect(
      meetings([
        '테스트협회 회장단은 4일 서울에서 존 스미스 주한 미국대사와 오찬 간담회를 했다.',
        '간담회에는 김하늘 테스트협회 회장, 에이미 존스 대표, 박바다 부회장이 함께했다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '존 스미스'], attendees: ['박바다', '에이미 존스'] }]);
  });

  it('reads a gathering one principal held as the meeting, where the other principal is listed at it', () => {
    expect(
      meetings([
        '김하늘 부총리가 4일 최태원 SK그룹 회장을 만나 협력을 당부했다.',
        "김 부총리는 이날 서울 서린동 SK그룹을 방문해 '혁신성장 현장소통 간담회'를 열었다.",
        '이날 간담회에는 정부측에서 김 부총리와 박바다 차관 등이, SK측에서 최 회장을 비롯해 최구름 사장 등이 각각 참석했다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '최태원'], attendees: ['박바다', '최구름'] }]);
  });
});

describe('those listed as at a gathering the subject held ("A, B 등이 참석한 가운데 간담회를 가졌다")', () => {
  it('met its host', () => {
    expect(
      meetings([
        '김하늘 회장은 4일 대사관 강당에서 박바다 한인회장, 최구름 테스트전자 회장 등 동포와 교민 등 100여명이 참석한 가운데 간담회를 가졌다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '박바다', '최구름'], attendees: [] }]);
  });
});

describe('each side\'s list headed by one ("한국측에서 A를 비롯한 B, C 등이")', () => {
  it('has its head meet the other head, the rest sitting in', () => {
    expect(
      meetings(
        [
          '양국 경제인 환영만찬이 9일 서울 신라호텔에서 열렸다.',
          '환영만찬에는 한국측에서 최태원 SK그룹 회장을 비롯해 김하늘 테스트전자 회장, 박바다 샘플화학 회장 등이 참석했다.',
          '일본측에서는 존 스미스 경단련 회장을 비롯해 최구름 가온전자 사장 등이 참석했다.',
        ],
        '2025-02-10',
      ),
    ).toEqual([{ principals: ['존 스미스', '최태원'], attendees: ['김하늘', '박바다', '최구름'] }]);
  });
});

describe('the guest of an event an organisation held', () => {
  it('met its head, however late the article names them ("A사는 … 착공식을 열었다. 착공식에 참석한 B는")', () => {
    expect(
      meetings(
        [
          'SK하이닉스는 19일 미국 테네시주에서 공장 착공식을 개최했다.',
          '착공식에 참석한 존 스미스 테네시 주지사는 SK하이닉스에 감사한다고 밝혔다.',
          '김하늘 SK하이닉스 부회장은 이 공장이 미국에서 첫 대규모 공장이라고 설명했다.',
        ],
        '2025-02-20',
      ),
    ).toEqual([{ principals: ['김하늘', '존 스미스'], attendees: [] }]);
  });
});

describe('guests of a conference of three or more who met', () => {
  it('are who came to its venue too ("…도 행사장을 찾았다", "…도 오늘 자리에 참석했다"), not a meeting of their own', () => {
    expect(
      meetings([
        '4일 열린 비즈니스 포럼엔 최태원 SK그룹 회장, 김하늘 테스트전자 회장, 박바다 샘플화학 회장이 참석했다.',
        '최구름 가온전자 회장, 이하늘 가온협회 회장도 행사장을 찾았다.',
        '양국 정상회담에서 무엇이 논의될지도 관심사인데, 정세나 한빛건설 대표도 오늘 자리에 참석했다.',
      ]),
    ).toEqual([
      {
        principals: ['김하늘', '박바다', '이하늘', '정세나', '최구름', '최태원'],
        attendees: [],
      },
    ]);
  });

  it('are principals too ("간담회에는 … 참석했다")', () => {
    expect(
      meetings([
        '샘 올트먼과 최태원 SK그룹 회장, 김하늘 테스트전자 회장은 4일 간담회를 진행했다.',
        '이 자리에는 박바다 샘플화학 회장, 이구름 샘플물산 사장이 참석했다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '박바다', '샘 올트먼', '이구름', '최태원'], attendees: [] }]);
  });

  it('sit in where two met ("A와 B의 간담회에는 …")', () => {
    expect(
      meetings([
        '샘 올트먼과 최태원 SK그룹 회장은 4일 간담회를 진행했다.',
        '이 자리에는 박바다 샘플화학 회장, 이구름 샘플물산 사장이 참석했다.',
      ]),
    ).toEqual([{ principals: ['샘 올트먼', '최태원'], attendees: ['박바다', '이구름'] }]);
  });
});

describe("a side's people", () => {
  it('sat in on the meeting of a principal their list names, whatever its verb ("나와 맞았다", "찾았다")', () => {
    expect(
      meetings([
        '샘 올트먼은 4일 최태원 SK그룹 회장과 회동했다.',
        '오픈AI 측에서는 올트먼을 비롯해 박바다 오픈AI 부사장 등이 참석했다.',
        'SK 측에서는 최 회장과 김하늘 SK하이닉스 사장 등이 나와 올트먼 등을 맞았다.',
      ]),
    ).toEqual([{ principals: ['샘 올트먼', '최태원'], attendees: ['김하늘', '박바다'] }]);
  });

  it('sat in where the side is named after the meeting ("한편, 이날 면담에 오픈AI 측에서는 …")', () => {
    expect(
      meetings([
        '최태원 SK그룹 회장은 4일 샘 올트먼 오픈AI CEO와 비공개 만남을 갖고 협력을 제안했다.',
        '한편, 이날 면담에 오픈AI 측에서는 올트먼 CEO, 박바다 오픈AI 부사장 등이 참석했다.',
      ]),
    ).toEqual([{ principals: ['샘 올트먼', '최태원'], attendees: ['박바다'] }]);
  });

  it("are a host's party at a gathering, where the guests are principals", () => {
    expect(
      meetings([
        '최태원 SK그룹 회장 주재로 4일 열린 간담회는 두 시간 동안 진행됐다.',
        '간담회에는 김하늘 테스트전자 회장, 박바다 샘플화학 회장 등이 참석했다.',
        'SK 측에서는 최 회장을 비롯해 이구름 SK하이닉스 사장 등이 자리했다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '박바다', '최태원'], attendees: ['이구름'] }]);
  });

  it('sat in on the meeting of the day their clause names ("이날"), not on an earlier one told after it', () => {
    const read = meetings([
      '샘 올트먼은 4일 최태원 SK그룹 회장과 두 번째 회동을 가졌다.',
      '이번 회동은 지난해 5월 최 회장이 오픈AI 본사를 찾아 올트먼과 협력을 논의한 데 따른 답방이다.',
      '이날 올트먼을 비롯해 박바다 오픈AI 부사장 등이 SK 사옥을 찾았다.',
    ]);
    expect(read.find((m) => m.attendees.length)).toEqual({
      principals: ['샘 올트먼', '최태원'],
      attendees: ['박바다'],
    });
    expect(read.filter((m) => m.attendees.length)).toHaveLength(1);
  });

  it('are named with any title in the list of a side, and the next list is about the same meeting', () => {
    expect(
      meetings([
        '샘 올트먼은 4일 최태원 SK그룹 회장과 두 번째 회동을 가졌다.',
        '이번 회동은 지난해 5월 최 회장이 오픈AI 본사를 찾아 올트먼과 협력을 논의한 데 따른 답방이다.',
        '이날 올트먼을 비롯해 박바다 오픈AI 부사장 등이 SK 사옥을 찾았다.',
        'SK 측에서는 최 회장과 김하늘 전무, 이구름·한바람 상무 등이 나와 올트먼 등을 맞았다.',
      ]).find((m) => m.attendees.length),
    ).toEqual({ principals: ['샘 올트먼', '최태원'], attendees: ['김하늘', '박바다', '이구름', '한바람'] });
    // Outside a side's list, a title that names no post ("전무") makes no one a person.
    expect(meetings(['샘 올트먼은 4일 최태원 SK그룹 회장과 회동했다.', '김하늘 전무도 참석했다.'])).toEqual([
      { principals: ['샘 올트먼', '최태원'], attendees: [] },
    ]);
  });

  it('leave out whoever the clause excepts ("A를 제외한 총수들")', () => {
    expect(
      meetings([
        '왼쪽부터 최태원 SK그룹 회장, 김하늘 가온그룹 회장, 고나래 누리그룹 회장.',
        '최태원 회장을 제외한 총수들이 지난 3일 서울에서 회동했다.',
      ]).map((m) => m.principals),
    ).toEqual([['고나래', '김하늘']]);
  });

  it('are the guests of a gathering their clause opens on, listed with bullets (▲A ▲B)', () => {
    expect(
      meetings(
        [
          "2일 가온상공회의소와 누리중앙회는 '2024 신년인사회'를 개최했다.",
          '이날 신년인사회에는 최태원 SK그룹 회장을 비롯한 400여명이 참석했다.',
          '경제계에서는 ▲김하늘 SK하이닉스 사장 ▲고나래 가온그룹 회장 등이 자리했다.',
        ],
        '2024-01-02',
      ),
    ).toEqual([{ principals: ['고나래', '김하늘', '최태원'], attendees: [] }]);
  });

  it("who will attend (참석한다) sit in on nothing yet; an organisation's name in quotes is no verb", () => {
    expect(
      meetings([
        '최태원 SK그룹 회장은 4일 샘 올트먼과 만났다.',
        '저녁 간담회에는 김하늘 SK하이닉스 사장 등이 참석한다.',
        "이날 회동에는 '한빛 앤드 누리 재단'의 고다인 이사장도 참석했다.",
      ]),
    ).toEqual([{ principals: ['샘 올트먼', '최태원'], attendees: ['고다인'] }]);
  });
});

describe('a list of those who sat in', () => {
  it('leaves out whose they are ("A의 부인 B") and words before a short reference ("이뤄진 최 회장과")', () => {
    expect(
      meetings([
        '샘 올트먼은 4일 최태원 SK그룹 회장과 회동했다.',
        '복도에서 이뤄진 최 회장과 올트먼의 면담에는 김하늘 SK하이닉스 사장도 함께했다.',
        '이 자리에는 이구름 샘플물산 회장의 부인 박바다 오픈AI 이사도 동석했다.',
      ]),
    ).toEqual([{ principals: ['샘 올트먼', '최태원'], attendees: ['김하늘', '박바다'] }]);
  });

  it('are the group a host ate with, listed after ("총수들은 A를 비롯해 B, C 등이다"); food is no one', () => {
    expect(
      meetings([
        '최태원 SK그룹 회장은 4일 김하늘 테스트전자 회장 등 총수들과 떡볶이를 먹었다.',
        '이날 참석한 총수들은 김하늘 회장을 비롯해 박바다 샘플화학 회장, 정세나 한빛건설 회장 등이다.',
        '최 회장과 총수들은 튀김, 빈대떡 등 시장 음식을 맛봤다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '박바다', '정세나', '최태원'], attendees: [] }]);
  });

  it('sat in on the meeting that is their clause\'s topic ("오찬은 … 동석한 가운데"), never on one of long ago', () => {
    expect(
      meetings([
        '최태원 SK그룹 회장은 4일 샘 올트먼과 점심 식사를 같이했다.',
        '오찬은 김하늘 테스트전자 사장, 박바다 샘플화학 사장이 동석한 가운데 1시간 진행됐다.',
        '최 회장의 결혼식에는 당시 정세나 한빛건설 회장이 참석하기도 했다.',
      ]),
    ).toEqual([{ principals: ['샘 올트먼', '최태원'], attendees: ['김하늘', '박바다'] }]);
  });

  it('sat in on the meal of two hosts, as a spouse did; the talk before the meal is the same meeting', () => {
    expect(
      meetings(
        [
          '최태원 SK그룹 회장이 4일 샘 올트먼과 회담을 한 뒤 만찬을 가졌다.',
          '이 자리에는 최 회장의 부인 김하늘 여사도 함께했다.',
          '만찬에는 박바다 샘플화학 회장, 정세나 한빛건설 회장도 참석했다.',
        ],
        '2025-03-05',
      ),
    ).toEqual([{ principals: ['샘 올트먼', '최태원'], attendees: ['김하늘', '박바다', '정세나'] }]);
  });

  it('are the people of a gathering told before anyone is named, listed by side ("남측에선 … 북측에서는")', () => {
    expect(
      meetings([
        '양측 경제인 간의 간담회가 4일 오전 평양에서 개최됐다.',
        '남측에선 최태원 SK그룹 회장, 김하늘 테스트전자 회장 등이 참석했다.',
        '북측에서는 박바다 민경련 위원장이 자리를 함께 했다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '박바다', '최태원'], attendees: [] }]);
  });

  it('sat in on the meeting "간담회 자리에는" names, where the list repeats its principals', () => {
    expect(
      meetings([
        '최태원 SK그룹 회장은 4일 샘 올트먼과 간담회를 가졌다.',
        '이날 간담회 자리에는 최 회장, 샘 올트먼, 김하늘 SK하이닉스 사장, 박바다 테스트전자 대표 등이 참석했다.',
      ]),
    ).toEqual([{ principals: ['샘 올트먼', '최태원'], attendees: ['김하늘', '박바다'] }]);
  });

  it('sat in on the meeting their clause names ("간담회에는"), and a list from its host is the host\'s party', () => {
    expect(
      meetings([
        '최태원 SK그룹 회장은 4일 기자간담회를 열었다.',
        '최 회장은 이어 샘 올트먼과 차담을 가졌다.',
        '간담회에는 최 회장과 김하늘 SK하이닉스 사장 등이 참석했다.',
      ]),
    ).toEqual([
      { principals: ['최태원'], attendees: ['김하늘'] },
      { principals: ['샘 올트먼', '최태원'], attendees: [] },
    ]);
  });

  it('reads a clause naming its own meeting\'s principals ("A와 B와의 오찬에 … 동석") as that meeting, not the last', () => {
    expect(
      meetings([
        'C|최태원 SK그룹 회장이 3일 김하늘 테스트전자 대표와 악수하고 있다.',
        '최태원 회장과 샘 올트먼 오픈AI CEO와의 공식 오찬에는 기업인들도 동석해 협력 방안을 논의했다.',
        '오찬에 동석한 기업인은 김하늘 테스트전자 대표와 한가람 테스트화학 사장이다.',
      ]),
    ).toContainEqual({ principals: ['샘 올트먼', '최태원'], attendees: ['김하늘', '한가람'] });
  });

  it('never seats an undated list several sentences on at a meeting recalled from weeks before', () => {
    const { proposals } = read(
      [
        '최태원 SK그룹 회장은 5일 샘 올트먼과 오찬을 가졌다.',
        '두 사람은 지난해 5월 12일 뉴욕에서 만찬을 함께 했다.',
        '최 회장은 당시 협력을 약속했다.',
        '올트먼은 감사를 표했다.',
        '최 회장의 바로 옆에는 김하늘 테스트전자 사장이 앉았다.',
      ],
      '2025-02-06',
    );
    const recalled = proposals.meetings.find((m) => m.date.date === '2024-05-12')!;
    expect(recalled.attendees).toEqual([]);
  });

  it('are who came with the visitor named after them ("A 장관 등 수행원과 함께 공장을 방문한 B 총리는")', () => {
    expect(
      meetings([
        '레젭 아일란 터키 총리는 3일 공장을 방문해 최태원 SK그룹 회장을 만났다.',
        '이날 알리 베르크 산업장관 등 수행원과 함께 공장을 방문한 아일란 총리는 최 회장의 안내로 생산라인을 둘러봤다.',
      ]),
    ).toEqual([{ principals: ['레젭 아일란', '최태원'], attendees: ['알리 베르크'] }]);
  });

  it("are the executives of a principal's own business group at a meal, never its principals", () => {
    expect(
      meetings([
        '최태원 SK그룹 회장은 3일 방한한 샘 올트먼 오픈AI CEO와 만찬을 가졌다.',
        '이 자리에는 김하늘 SK텔레콤 사장, 박바다 SK이노베이션 사장 등이 참석했다.',
      ]),
    ).toEqual([{ principals: ['샘 올트먼', '최태원'], attendees: ['김하늘', '박바다'] }]);
  });

  it('never sits in on the news from a clause of long before ("지난해 7월 … 결혼식에 참석했다"); a son is no one', () => {
    expect(
      meetings([
        '샘 올트먼 CEO는 4일 최태원 SK그룹 회장을 만났다.',
        '지난해 7월 올트먼 CEO 막내아들 결혼식에는 김하늘 테스트전자 회장도 하객으로 참석했다.',
      ]),
    ).toEqual([{ principals: ['샘 올트먼', '최태원'], attendees: [] }]);
  });

  it('are principals of a gathering when the list starts from a guest ("A 대사를 비롯한 대사들, 주최자 등이 참석했다")', () => {
    expect(
      meetings([
        '가온협회는 3일 호텔에서 주한 대사단을 초청해 간담회를 열었다.',
        '간담회에는 마리아 카스티요 주한 EU대사를 비롯한 24개국 대사, 김하늘 가온협회 회장 등이 참석했다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '마리아 카스티요'], attendees: [] }]);
  });

  it('are principals of a round table where two sat side by side ("나란히") and each side gathered ("모였다")', () => {
    expect(
      meetings([
        '최태원 SK그룹 회장은 3일 서울에서 열린 비즈니스 라운드테이블에 참석해 양국 기업인들을 만났다.',
        '이날 행사에는 최 회장과 레젭 아일란 터키 총리가 나란히 참석했다.',
        '또 한국 측에서는 김하늘 가온전자 사장, 터키 측에서는 알리 베르크 베르크홀딩 회장 등 기업인들이 한 자리에 모였다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '레젭 아일란', '알리 베르크', '최태원'], attendees: [] }]);
  });

  it('are everyone a list of those who sat in names with any post ("A 국장과 B 고문 등이 배석했다")', () => {
    expect(
      meetings([
        '최태원 SK그룹 회장은 3일 레젭 아일란 터키 총리를 만났다.',
        '이 자리에는 박바다 국제협력팀장과 이구름 고문 등이 배석했다.',
      ]),
    ).toEqual([{ principals: ['레젭 아일란', '최태원'], attendees: ['박바다', '이구름'] }]);
  });

  it('are named after a commission or a foreign company\'s arm written before them ("방통위 A 정책관, 한국퀄컴 B 사장")', () => {
    expect(
      meetings([
        '최태원 SK그룹 회장은 3일 레젭 아일란 터키 총리를 만났다.',
        '방통위 박바다 융합정책관과 한국퀄컴 이구름 사장이 동석했다.',
      ]),
    ).toEqual([{ principals: ['레젭 아일란', '최태원'], attendees: ['박바다', '이구름'] }]);
  });

  it('are a list that took part ("참가했다") at a round table, and never the visitor it was timed to ("방한에 맞춰")', () => {
    expect(
      meetings([
        '최태원 SK그룹 회장과 샘 올트먼은 이날 오전 호텔에서 라운드테이블을 함께 열었다.',
        '전날 입국한 빌 클린턴 전 대통령 방한에 맞춰 열린 자리로, 두 나라 기업 대표들이 참석했다.',
        '국내에선 김하늘 테스트전자 회장과 박바다 샘플화학 사장이 참가했다.',
      ]),
    ).toEqual([{ principals: ['샘 올트먼', '최태원'], attendees: ['김하늘', '박바다'] }]);
  });
});

describe('a photo of three and a body that seats one of them', () => {
  it('is one meeting, with the one said to sit in as an attendee', () => {
    expect(
      meetings([
        'C|김하늘 테스트전자 회장(오른쪽)이 3일 페드로 알바레스 대통령(가운데), 호르헤 멘데스 부통령(왼쪽)을 만나 기념 촬영을 하고 있다.',
        '테스트전자는 3일 김하늘 회장과 알바레스 대통령이 만나 협력 방안을 논의했다고 4일 밝혔다.',
        '이번 면담에는 호르헤 멘데스 부통령이 동석했다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '페드로 알바레스'], attendees: ['호르헤 멘데스'] }]);
  });
});

describe('a sentence that seats people at a meeting told with no day', () => {
  it('dates the meeting ("지난 3일 … 진행된 A와 B의 면담에는 C가 동석했다")', () => {
    const r = read(
      [
        '김하늘 테스트전자 회장이 칠레를 방문해 페드로 알바레스 칠레 대통령과 면담했다.',
        '지난 3일(현지시간) 산티아고 대통령궁에서 진행된 알바레스 대통령과 김 회장의 면담에는 박바다 테스트전자 사장이 동석했다.',
      ],
      '2025-02-05',
    );
    expect(r.proposals.meetings.map((m) => [m.date.date, m.attendees.length, m.accept])).toEqual([
      ['2025-02-03', 1, true],
    ]);
  });
});
