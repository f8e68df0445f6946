// Particles, verb endings and connectives: what the grammar says of a word's role and of a clause's time.

/** Particles that can follow a name, longest first ("과의" before "과", "에게서" before "에게"). */
export const PARTICLES = [
  '으로부터',
  // The copula after a name or a title, ending a list ("… 의원이다").
  '이다',
  '입니다',
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

/** Nouns closed by ㄹ, the final of a future adnominal, before a noun of intent ("공장 건설 계획"): no plan. */
export const NOUNS_IN_L = new Set(
  '건설 개발 출발 기술 체결 연결 시설 건물 말 일 달 물 진출 수출 창출 제출 지출 배출 선출 도출 연출 해결 조절'.split(
    ' ',
  ),
);

/** Nouns that end like a verb's present ("어젠다" as -ㄴ다, "우간다"): never a verb. */
export const NOUNS_IN_NDA = new Set('어젠다 아젠다 우간다 르완다 판다 프로파간다'.split(' '));

/** A span of time ("취임 일주일 만에", "열흘 만의"): never a word of a name. */
export const SPAN_OF_TIME =
  /^(일주일|이주일|열흘|보름|하루|이틀|사흘|나흘|닷새|엿새|[한두세네]\s?달|석\s?달|반년|만에|만의|만)$/;

/** What follows a day counted from ("… 이후 약 10개월 만에", "… 방한 후 14년만에", "… 만난 지 열흘 만에"): the time
 * since it. */
export const SINCE =
  /^[^.]{0,30}?(이후|이래|후|뒤|[가-힣]\s지)\s*(약|거의|무려)?\s*([0-9]+\s*(년|개월|달|주|일)|하루|이틀|사흘|나흘|닷새|엿새|열흘|보름|[한두세네]\s?(달|해))[0-9\s년개월]*(여|남짓|가량)?\s?만/;

/** "지난 17일 합병안 통과 후 첫 대외행보로", "… 퇴출 이후 처음으로": the first act after what was done that day. Not after taking up a post
 * ("23일 취임 후 첫 행보로"), which may be the same day. */
export const FIRST_AFTER = /^(?![^.]{0,30}?(취임|부임|선임|당선))[^.]{0,30}?\s(후|이후)\s(첫\s|처음)/;

/** Verb endings that join two clauses: each clause is read on its own. */
// A condition ("트럼프 전 대통령이 승리하면 …"), too: what follows is another clause.
export const CONNECTIVE =
  /(았고|었고|였고|했고|하고|되고|갖고|열고|마치고|나누고|만나고|이고|았으며|었으며|였으며|했으며|하며|되며|이며|하면서|으며|했지만|했으나|했는데|하면|되면|다면|이라면)$/;

/** Any verb in the past tense joined to the next clause ("가졌고", "만났으며"): a syllable ending in ㅆ before it. */
export const joinsPast = (word: string) =>
  ['고', '으며', '지만', '으나', '는데'].some(
    (end) =>
      word.length > end.length &&
      word.endsWith(end) &&
      (word.charCodeAt(word.length - end.length - 1) - 0xac00) % 28 === 20,
  );

/** "…을 가진 후", "…과의 만남 뒤": what comes after is another clause. */
export const AFTER = /^(후|뒤|이후|직후)$/;

/** Verbs before a name ("도착한 황 CEO", "지한파로 알려진 오소프 의원", "어려워지자 황 CEO", "퇴임을 앞두고 박 회장",
 * "방한중인 A 대통령"): adnominal and connective endings, never a name's. */
export const VERB_FORM =
  /((내려|올라|들어|걸어|돌아|찾아|다가|건너)[와가]|한|된|던|는|할|[가-힣]중인|될|였|했|됐|며|[지되하나오서이가르치리었았였했됐]자|해서|하고|하며|앞두고|앞두고도|앞둔|지만|으나|는데|으며|면서|려고|위해|아서|어서|해|하여|으면|르면|찾아|만나|모여|이뤄진|열린|알려진|불려진|불린|꼽힌|[가-힣][난는]다|[가-힣]다가|[았었였했됐]다(고|며|는|면서)|^(갖|열|맺|찾|받|읽|앉|얻|잡|짓|갔|왔|했|됐|듣|들었)고)$/;

/** An action verb's past adnominal on the meeting word or its light verb: 만난, 회동한, 가진, 마친, 진행된. */
export const PAST_ADNOMINAL =
  /^(만난|가진|마친|나눈|연|회동한|면담한|회담한|접견한|예방한|방문한|찾은|진행한|진행된|열린|이뤄진|함께한|참석한|주재한|안내한|맞이한|영접한)$/;

/** The present declarative of a verb (만난다, 갖는다, 한다, 연다): a scheduled event, in news prose. */
export const PRESENT =
  /(는다|한다|된다|난다|갖는다|연다|간다|온다|찾는다|진행한다|회동한다|면담한다|만난다)(고|며|면서|는|니|지만)?$/;

/** A host's adnominal ("15일 마련한 간담회", "개최한 포럼"): the day it gives is the gathering's own. */
export const HOSTED = /^(마련|개최|주최|주관)(한|된|했던)$/;
export const HOSTED_GATHERING = /간담회|회의|오찬|만찬|조찬|포럼|행사|모임|라운드\s?테이블|서밋|세미나|인사회|설명회/;
