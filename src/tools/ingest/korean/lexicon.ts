// General knowledge of Korean news prose the assistant reads with: surnames, titles, particles, and the words that
// report a meeting, an attendance, a plan or a byline. Nothing here names a person, an outlet or an article.

/** Korean surnames (the common single- and two-syllable ones), for telling a name from another word. */
export const SURNAMES = new Set(
  (
    '김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 ' +
    '구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 ' +
    '제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 갈 단 견 당 ' +
    '남궁 황보 제갈 사공 선우 서문 독고 동방'
  ).split(' '),
);

/**
 * Titles that follow (or precede) a name in news prose, longest first so that "대표이사 사장" wins over "사장".
 * A title says someone holds a post; the assistant takes the words as printed.
 */
export const TITLES = [
  '최고경영자',
  '최고기술책임자',
  '최고재무책임자',
  '최고운영책임자',
  '대표이사',
  '공동대표',
  '부회장',
  '회장',
  '부사장',
  '사장',
  '대표',
  '의장',
  '이사회 의장',
  '창업자',
  '창업주',
  '총괄',
  '부문장',
  '본부장',
  '사업부장',
  '센터장',
  '연구소장',
  '소장',
  '실장',
  '단장',
  '담당',
  '전무',
  '상무',
  '이사',
  '고문',
  '대통령',
  '부총리',
  '총리',
  '장관',
  '차관',
  '비서실장',
  '수석',
  '의원',
  '위원장',
  '대표의원',
  '시장',
  '도지사',
  '지사',
  '청장',
  '처장',
  '원장',
  '대사',
  '총재',
  '교수',
  '박사',
  'CEO',
  'CTO',
  'CFO',
  'COO',
  'CSO',
  '파트너',
  '대표 파트너',
].sort((a, b) => b.length - a.length);

/** Particles that can follow a name, longest first ("과의" before "과", "에게서" before "에게"). */
export const PARTICLES = [
  '으로부터',
  '에서는',
  '에게선',
  '에선',
  '에겐',
  '엔',
  '로부터',
  '에게서',
  '께서는',
  '께서',
  '에게도',
  '에게는',
  '에게',
  '한테',
  '과의',
  '와의',
  '과도',
  '와도',
  '과는',
  '와는',
  '에서',
  '에는',
  '이랑',
  '이나',
  '이며',
  '이자',
  '으로',
  '처럼',
  '보다',
  '까지',
  '부터',
  '만큼',
  '마저',
  '조차',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '과',
  '와',
  '의',
  '도',
  '만',
  '에',
  '로',
  '랑',
  '나',
].sort((a, b) => b.length - a.length);

/** What a particle makes of the name before it in a clause. */
export type Role = 'topic' | 'subject' | 'object' | 'with' | 'of' | 'also' | 'other';

export function roleOf(particle: string): Role {
  if (particle === '은' || particle === '는' || particle === '께서는') return 'topic';
  if (particle === '이' || particle === '가' || particle === '께서') return 'subject';
  if (particle === '을' || particle === '를') return 'object';
  if (/^(과|와)(의|도|는)?$/.test(particle) || particle === '이랑' || particle === '랑') return 'with';
  if (particle === '의') return 'of';
  if (particle === '도') return 'also';
  return 'other';
}

/**
 * Words that report people meeting. `stem` is matched in the clause; `kind` is the meeting kind it suggests.
 * Verbs are given by stem so that every ending (만나, 만났다, 만난, 만날) is one entry.
 */
export const MEETING_CUES: { stem: RegExp; kind: string; joint?: boolean }[] = [
  { stem: /오찬/, kind: 'lunch', joint: true },
  { stem: /점심/, kind: 'lunch', joint: true },
  { stem: /만찬/, kind: 'dinner', joint: true },
  { stem: /조찬/, kind: 'meeting', joint: true },
  { stem: /접견/, kind: 'audience' },
  { stem: /예방/, kind: 'audience' },
  { stem: /[0-9삼사]자\s?(회동|회담|회의|만남|미팅)/, kind: 'meeting', joint: true },
  { stem: /회동/, kind: 'meeting' },
  { stem: /회담/, kind: 'meeting' },
  { stem: /면담/, kind: 'meeting' },
  { stem: /독대/, kind: 'meeting' },
  { stem: /환담/, kind: 'meeting' },
  { stem: /대담/, kind: 'meeting' },
  { stem: /미팅/, kind: 'meeting' },
  { stem: /만남/, kind: 'meeting' },
  { stem: /만나|만났|만난|만날/, kind: 'meeting' },
  { stem: /간담회/, kind: 'press-conference', joint: true },
  { stem: /기자회견/, kind: 'press-conference', joint: true },
  { stem: /회의/, kind: 'meeting', joint: true },
  { stem: /찾았|찾아가|찾아와|방문해/, kind: 'meeting' },
];

/** Someone took part in a meeting reported elsewhere: sat in, attended, was there. */
export const ATTEND_CUE = /동석|배석|참석|참여했|함께했|함께 했|자리했|합류했|동행했|배석했/;

/** The meeting is announced, planned or expected: not (yet) a fact. */
export const PLANNED_CUE =
  /예정|계획이다|계획이|할 방침|앞두고|앞둔|(ㄹ|을|를|날|할|갈|올|볼) 것으로 (알려|보인|전망|예상|관측)|것으로 예상|전망이다|전망된다|기대된다|관측된다|가능성이|추진 중|조율 중|검토 중|할 것이다|만날 것|회동할|면담할|회담할|만나기로|하기로 했/;

/** A meeting that did not happen. */
export const NEGATED_CUE = /불발|무산|취소|(만나|회동하|면담하)지 (않|못)|없었다|연기(했|됐)/;

/** Events one person attends: the meeting kind they suggest. */
export const EVENT_CUES: { word: RegExp; kind: string }[] = [
  { word: /워크숍|워크샵|세미나|랩\b|랩’|랩'/, kind: 'workshop' },
  { word: /간담회|기자회견|미디어\s?데이/, kind: 'press-conference' },
  { word: /포럼|콘퍼런스|컨퍼런스|정상회의|서밋|summit/i, kind: 'summit' },
];

/** A byline or a photo credit: the name before it is a journalist's, never a participant's. */
export const JOURNALIST = /(기자|특파원|앵커|논설위원|편집위원|객원기자|통신원|리포터)$/;
export const PHOTO_CREDIT = /사진\s*[=:]|사진제공|제공\s*=|\[사진|\(사진/;
