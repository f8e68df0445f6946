// The words that report a meeting, an attendance, a visit or a plan, and the occasions they are at.

/** An agreement signed ("분양계약을 체결했다", "협약을 맺었다"): its signers met; an organisation signs for itself. */
export const SIGNED = /(협약|협정|계약|양해각서|MOU)(을|를)\s?(체결|맺)/;

/**
 * Words that report people meeting. `stem` is matched in the clause; `kind` is the meeting kind it suggests.
 * Verbs are given by stem so that every ending (만나, 만났다, 만난, 만날) is one entry.
 */
export const MEETING_CUES: { stem: RegExp; kind: string; joint?: boolean }[] = [
  { stem: /오찬(?!장)/, kind: 'lunch', joint: true },
  { stem: /점심/, kind: 'lunch', joint: true },
  { stem: /만찬(?!장)/, kind: 'dinner', joint: true },
  { stem: /저녁\s?식사/, kind: 'dinner', joint: true },
  { stem: /점심\s?식사/, kind: 'lunch', joint: true },
  { stem: /식사|티타임|차담|회합|상견례|치맥/, kind: 'meeting', joint: true },
  // Ate together ("…과 떡볶이를 먹었다"): a meal, whoever was with them.
  { stem: /먹었|먹으며|먹은|맛봤|맛보며/, kind: 'meeting', joint: true },
  { stem: /조찬/, kind: 'meeting', joint: true },
  { stem: /접견(?!장)/, kind: 'audience' },
  { stem: /예방/, kind: 'audience' },
  { stem: /[0-9삼사]자\s?(회동|회담|회의|만남|미팅)/, kind: 'meeting', joint: true },
  { stem: /회동(?!장)/, kind: 'meeting' },
  { stem: /회담(?!장)/, kind: 'meeting' },
  { stem: /면담(?!장)/, kind: 'meeting' },
  { stem: /독대/, kind: 'meeting' },
  { stem: /환담/, kind: 'meeting' },
  { stem: /대담/, kind: 'meeting' },
  { stem: /미팅/, kind: 'meeting' },
  { stem: /만남/, kind: 'meeting' },
  { stem: /만나|만났|만난|만날/, kind: 'meeting' },
  // Met by chance ("…과 조우했다"): the two were together.
  { stem: /조우/, kind: 'meeting' },
  // Signed together ("A 지사와 B 부회장은 … 분양계약을 체결했다"): the signers met.
  { stem: SIGNED, kind: 'meeting', joint: true },
  // A photo of two people together: "…와 기념촬영을 하고 있다", "…와 악수하고 있다", "…와 인사하고 있다" (a
  // greeting, not a reshuffle: "인사를 단행").
  {
    stem: /기념\s?촬영|악수(하|를)|인사(하고|하며|했|를 나누|를 나눴|를 건네)|주먹을 (맞대|마주치|부딪)|(나란히|함께) (걷|서서|서 있|섰)/,
    kind: 'meeting',
  },
  // Greeted on arrival, greetings exchanged ("…의 영접을 받으며", "인사를 나눴다"): they met.
  {
    stem: /영접|인사를 나누|인사를 나눴|인사를 나눈|대화를 나누|대화를 나눴|대화를 나눈|대화하고 있|이야기하고 있/,
    kind: 'meeting',
  },
  { stem: /(이야기|얘기)를 (나누|나눴|나눈)|의견을 (나누|나눴|나눈|교환)/, kind: 'meeting' },
  { stem: /간담회/, kind: 'press-conference', joint: true },
  { stem: /기자회견/, kind: 'press-conference', joint: true },
  // Not a chamber (상공회의소), nor the Assembly's plenary (본회의), nor a member of it (국회의원), nor a council named
  // before its post ("한미재계회의 위원장").
  {
    stem: /(?<!상공|본)회의(?!소|장|원|\s?(위원장|공동의장|의장|부회장|회장|위원|사무국|부주석|주석|사무총장|대표))/,
    kind: 'meeting',
    joint: true,
  },
  { stem: /찾았|찾아가|찾아와|방문해/, kind: 'meeting' },
  // Shown round by someone ("…의 안내로", "…의 소개로 … 둘러봤다"), or briefed by them ("…의 설명을 듣고 있다").
  { stem: /안내(로|를 받|했|한(?!다)|하며|해|하고)|의 소개로|의 (설명|브리핑)을 (듣|들)/, kind: 'meeting' },
  // Attended to a visitor ("… 부문장이 응대했다"): they met.
  { stem: /응대(했|하며|하고|해)/, kind: 'meeting' },
  // Received someone ("… 등이 아르노 회장을 맞았다"): they met.
  // Not a day or an anniversary reached ("30주년을 맞았다", "새해를 맞아").
  {
    stem: /(?<!(주년|돌|해|날|생일|기념일|회째|번째|시기|시점|계기))(을|를) (맞았|맞이했|맞이하며|맞이한)/,
    kind: 'meeting',
  },
  // Comforted in person ("대사관을 찾아 … 대사를 위로하며"): they met.
  { stem: /위로(하며|했|하고|해)/, kind: 'meeting' },
  // Briefed in person ("A 부회장으로부터 직접 사업을 소개받은 뒤"): they met.
  { stem: /로부터\s(?:\S+\s){0,4}?(설명|소개|브리핑)(을|를)?\s?받/, kind: 'meeting' },
  // Toured together ("…과 함께 조선소를 둘러봤다", "…과 함께 … 차이를 체험해 보고 있다"): the host showed the visitor
  // round.
  { stem: /함께\s(?:\S+\s){0,6}?(둘러보|둘러봤|둘러본|시찰|참관|체험|관람|살펴보|살펴봤)/, kind: 'meeting' },
  // Announced together ("B 대통령과 함께 … 투자 계획을 발표했다"): at one occasion.
  { stem: /함께\s(?:\S+\s){0,6}?발표(했|하며|하고|하면서)/, kind: 'meeting' },
  // Signed together ("…과 함께 MOU에 서명했다"): both were at the signing. Not "A사는 B와 협약을 체결했다", which
  // companies do (SIGNED needs two people named).
  { stem: /함께\s(?:\S+\s){0,2}?(서명|체결)(했|하고|한|하며|해)/, kind: 'meeting' },
  // Announced with someone, at one occasion ("B 장관과 … 방안을 발표한 자리에서"): they were there together.
  { stem: /발표(한|하는) 자리/, kind: 'meeting' },
  // A photo of a handing over ("B 위원장에게 제언문을 전달하고 기념촬영을 하고 있다"): in person.
  { stem: /(에게|께) (?:\S+ ){0,8}?전달하고$/, kind: 'meeting' },
  // A letter of a head of state handed over ("B 총리에게 대통령 친서를 전했다"): in person, by an envoy.
  { stem: /(에게|께) (?:\S+ ){0,6}?친서(를)? (전달|전했|전하며|전하고|전한)/, kind: 'audience' },
  // A thing handed over in person ("A 대표가 B 시장에게 신차를 인도했다", "감사패를 수여했다").
  { stem: /(에게|께) (?:\S+ ){0,6}?(인도|수여|증정|전수)(했|하며|하고|한|해)/, kind: 'meeting' },
  // A photo of the signing ("A 사장과 B 사장이 … MOU에 서명하고 있다"): they are there together.
  { stem: /서명하고|서명했/, kind: 'meeting' },
  // Discussed with someone named ("B 회장과 협력방안을 논의했다"): they met, unless by telephone.
  { stem: /논의(했|하고|하며|한|해)|협의(했|하고|하며|한)/, kind: 'meeting' },
];

/**
 * The word that says a meeting took place is itself a verb of meeting (만났다, 가졌다, 회동했다, 나눴다, 진행됐다, a
 * photo's 악수하고 있다), not some later verb of the sentence (말했다, 맡았다) that says nothing of the meeting.
 */
export const MEETING_VERB =
  /^(만나|만났|만난|회동|면담|회담|접견|예방|가졌|가진|갖고|나눴|나눈|나누고|진행됐|진행된|진행했|이뤄졌|이뤄진|이루어졌|열렸|열린|연|마쳤|마친|함께했|함께한|함께 했|성사|조우|환담|초청|맞이|맞았|영접|방문|찾았|찾은|참석|악수|인사|대화|기념촬영|했다|했고|했으며|했습니다|한 뒤|한 후)/;

/** A meeting's noun, after whose it was ("A와의 오찬"). */
export const MEETING_NOUN = /^(오찬|만찬|조찬|회담|면담|회동|접견|만남|환담|차담)/;

/** Invited, then what they were invited to held ("초청해 간담회를 개최했다"); or listed as at it ("A, B 등이 참석한
 * 가운데 간담회를 가졌다"). */
export const INVITED = /((초청|초대)(해|하여|한 가운데)|참석한 가운데)\s/;

export const ASKED_FOR =
  /^(초청했|초대했|초청됐|초대됐|초청받|초대받|요청했|제안했|약속했|합의했|희망했|추진했|타진했|요구했|청했|권했|고대했|원했|바랐|기대했|신청했|준비했|포함됐|포함했)|자고$|자는$/;

/** Said at second hand ("…한 것으로 전해졌다", "…했다고 한다"): the reporter did not see it. */
export const HEARSAY = /것으로|다고$|다고 한다|했다는$/;

/** "…를 접견했다고 28일 발표했다": told by whoever took part (a company, a ministry), not at second hand. */
export const ANNOUNCED = /[했었였됐]다고\s+(?:\S+\s+){0,3}?(밝혔|발표했|설명했|알렸)/;

/** Someone took part in a meeting reported elsewhere: sat in, attended, was there. */
export const ATTEND_CUE =
  /동석|배석|참석|참여했|참가했|함께했|함께 했|자리했|합류했|동행했|배석했|앉았|행사장(을|에)\s?(찾았|찾아|방문했)/;

/**
 * A side's people, at the head of a clause ("현대차 측에서는", "청와대에선", "스페인측은 …"): those it lists came with
 * that side to a meeting already reported. The first group is the side's name.
 */
export const SIDE_OPENER =
  /^(?:(?:이날|한편|또|또한),?\s){0,2}(?:(?:면담|회동|회담|오찬|만찬|조찬|간담회|접견|자리|행사)(?:에|에는)\s)?([가-힣A-Za-z]+?)(?:\s?측(?:에서는|에선|에서|은|도)|에서는|에선)\s/;

/** A ceremony named by whose it is ("이 대통령 취임식", "A 회장 장례식"): its owner, not one met at it. */
export const CEREMONY_OF = /^(취임식|이임식|장례식|영결식|추도식|추모식|결혼식|빈소|생일|고희연|팔순)/;

/** What may stand between the owner and the ceremony ("노무현 전 대통령 서거 10주기 추도식"). */
export const CEREMONY_SPAN = /^(서거|별세|타계|탄생|\d+주기|\d+주년)$/;

/** A visit something is timed to ("바이든 대통령 방한에 맞춰 열린 행사"): its visitor, not one met at it. */
export const VISIT_OCCASION = /^(방한|방문|순방|방일|방미|방중|내한|국빈방문)(에|을)$/;

/** Someone's delegation, gone with ("문재인 대통령 경제사절단으로 … 방문했을 때"). */
export const DELEGATION_OF = /^(경제|방미|방중|방일)?(사절단|대표단|수행단|특사단)(으로|의|에|과|와)$/;

/** What follows such a visit when an event is timed to it ("맞춰", "계기로", "앞두고"). */
export const TIMED_TO = /^(맞춰|맞춘|맞춰서|계기로|앞두고|앞둔)/;

/** A sentence that lists those who sat in at the meeting ("… 등이 배석했다"). */
export const SAT_IN_LIST = /(배석|동석)(했|하였)다\.?$/;

/** A clause told at the gathering just reported ("이날 오찬 말미에 B 회장은 …", "이번 간담회에서 B 회장은 …"). */
export const AT_THAT_GATHERING =
  /^(이날|이번)\s(오찬|만찬|조찬|간담회|회동|면담)\s?(말미에|에서|에서는|자리에서|도중)\s/;

/** An address given at a gathering ("오찬사를 통해", "환영사에서"): who gives it is there, as its host or guest. */
export const GATHERING_ADDRESS =
  /(오찬사|만찬사|조찬사|환영사|개회사|답사)(를|을)?\s?통해|(오찬사|만찬사|조찬사|환영사|개회사|답사)에서/;

/** What a side's people did at the meeting: came, received the visitor, went along. */
export const SIDE_VERB = /모습을 (보였|드러냈)|나와|나섰|맞았|맞이했|찾았|방문했|(동행|수행)(했|해)|모였/;

/** After the first name of a list: the others came with that one ("A를 비롯해 B, C", "A 외에도 B", "A와 함께 B"). */
export const ALONGSIDE = /^(비롯|외에|함께)/;

/** The meeting is announced, planned or expected: not (yet) a fact. */
export const PLANNED_CUE =
  /예정(?!에 없|에도 없|되지 않| 없이)|(할|날|갈|올|볼|될|질|릴|일) 듯|준비 중|준비하고 있|계획이다|계획이|계획됐|계획돼|잡혔|잡혀 있|(날짜|날|일정|약속)(을|를) 잡았|확정됐|할 방침|앞두고|앞둔|(ㄹ|을|를|날|할|갈|올|볼|될|질|릴|일) 것으로 (알려|보인|전망|예상|관측)|것으로 예상|전망이다|전망된다|기대된다|관측된다|(?<!지속)가능성이|추진 중|조율 중|검토 중|할 것이다|만날 것|회동할|면담할|회담할|만나기로|[가-힣]기로 했|키로 했|[가-힣]기로 한|키로 한|기로 합의|키로 합의/;

/** After "-ㄹ 것": asked, urged or promised ("…할 것을 요청했다"), a done act whose object lies ahead. */
export const ASKED_TO = /^(을|를)\s(요청|당부|촉구|주문|제안|요구|약속|다짐|강조)(했|하며|하고|한|해)/;

/** A meeting noun and its light verb opening a chain ("정상회담을 하고", "오찬을 가진 뒤"). */
export const LIGHT_VERB_CHAIN =
  /(회동|면담|회담|오찬|만찬|조찬|접견|환담)(을|를)\s(하고|한 뒤|한 후|갖고|가진 뒤|가진 후|마치고|마친 뒤)\s/;

/** "이달 출범 예정인 센터를 찾아": a thing due later, named on the way; the plan is the thing's, not the clause's.
 * Never a meeting due ("예정된 회동은 연기됐다"), nor "예정인 것으로". */
export const PLANNED_THING =
  /예정(?:인|된|이던)\s+(?!것|\S*(?:회동|면담|회담|만남|오찬|만찬|조찬|접견|간담|미팅|회의|행사|방문|방한|일정))/g;

/** "지원할 수 있는 방안을 논의했다": what may be done, said of a thing the clause talks about; no possibility of the
 * meeting. Never a meeting that may be ("만날 수 있는 자리").
 */
export const POSSIBLE_THING =
  /(?:ㄹ|을|할|될|볼|갈|올|날) 수(?:도)? 있는\s+(?!것|\S*(?:회동|면담|회담|만남|오찬|만찬|조찬|접견|간담|미팅|회의|행사|방문|방한|일정|자리|기회))/g;

const MET_THEN =
  /(만나|만나서|만난 뒤|만난 자리에서|회동하고|면담하고|회담하고|[가-힣]*(회동|면담|회담|간담회|오찬|만찬|조찬|회의|미팅)(을|를) (갖고|하고|열고|가진 뒤|마치고|마친 뒤)|(회의|회담|면담|협의|만남)를? 통해)\s/
    .source;
/** A meeting told done, then what was agreed at it ("만나 … 협력하기로 했다"). */
export const MET_THEN_AGREED = new RegExp(`${MET_THEN}.*[가-힣](기로|키로) (했|합의)`);
/** A meeting told done, then what was proposed or asked at it ("만나 올해 11월 … 여는 방안을 제안했다"). */
export const MET_THEN_ASKED = new RegExp(`${MET_THEN}.*(제안|요청|건의|논의|협의|당부|촉구)(했|하고|하며)`);

/** The meeting may happen, or happens if something else does: a possibility, a condition, a question. Not what
 * was talked about ("지속가능성"). */
export const POSSIBLE_CUE =
  /(?<!지속)가능성|여부|관측|주목된다|주목받|불투명|유력하|유력한|거론|점쳐|성사될|성사되면|성사된다면|한다면|만난다면|[가-힣]다면|(ㄹ|을|할|될|날) 경우|타진|물밑|조율(?!했|하였)|검토|(ㄹ|을|할|날|볼|갈|올|될) 수(도)? 있(?!도록|게)|려고 했|려 했|려던|(하|오|되|가)면\s|으면 (좋|한다|하는|했)|(회동|만남|회담|면담|회견)설|(만나|회동하|면담하|뵙)고 싶/;

/** Going to a meeting ("만나기 위해 도착하고 있다"): the meeting itself is not reported yet. */
export const PURPOSE_CUE = /(기|을|를) 위해|위한|위해서/;

/** A meeting that did not happen. */
export const NEGATED_CUE =
  /불발|무산|취소|(만나|회동하|면담하|참석하|함께하|동행하|배석하)지 (않|못)|불참|없었다|연기(했|됐)|빠졌다|제외됐|배제|아직 정해지지|(?<!국제)통화(했|하며|하고|를|에서|로)|전화(로|를|\s?통화|\s?회담)/;

/** Events one person attends: the meeting kind they suggest. */
export const EVENT_CUES: { word: RegExp; kind: string }[] = [
  { word: /워크숍|워크샵|세미나|랩\b|랩’|랩'/, kind: 'workshop' },
  { word: /간담회|기자회견|미디어\s?데이/, kind: 'press-conference' },
  { word: /포럼|콘퍼런스|컨퍼런스|정상회의|서밋|써밋|summit/i, kind: 'summit' },
  // A reception or a round table many attend: those named there met only where the text says so.
  { word: /라운드\s?테이블|신년\s?인사회|신년회|하례식|리셉션/, kind: 'summit' },
  // A ceremony many attend (a roll-out, a ground-breaking): likewise.
  { word: /출고식|기공식|준공식|개소식|착공식|진수식|명명식|개막식|기념식/, kind: 'summit' },
  // A signing ceremony: its sides' representatives sign together ("협약식에는 A와 B가 참석했다").
  { word: /서명식|계약식|체결식|협약식|조인식/, kind: 'meeting' },
];

/** An event said to have been held ("써밋도 개최했다", "포럼을 열었다"). */
export const HELD_CUE = /(개최|주최)(했|하였)|열었|열렸|개최됐/;

/** A meeting another clause is dated by ("프라보워 대통령 면담에 앞서", "총리 예방 전"): its noun, then the word of before. */
export const MEETING_BEFORE = {
  noun: /^(면담|회동|회담|접견|예방|만남|방문|방한)(에|을|를)?$/,
  before: /^(앞서|앞두고|앞선|전|전에|직전|직전에)$/,
};

/** Events many attend: being at one is meeting no one in particular ("포럼에 나란히 참석했다"). Not a site's
 * ceremony (기공식, 준공식, 착공식, 개소식), where the few named cut the ribbon together; a roll-out or a launch has
 * guests. */
export const CROWD_EVENT =
  /^(포럼|콘퍼런스|컨퍼런스|총회|연차총회|박람회|행사|모임|정상회의|서밋|써밋|세미나|출고식|진수식|명명식|개막식|기념식|summit)$/i;

/** A summit of two or three nations, named by them ("한·중·일 정상회의", "한미 정상회의"): their leaders meet at it. */
export const FEW_NATIONS_SUMMIT = /(한|중|일|미|러)[·ㆍ・-]?(한|중|일|미|러)([·ㆍ・-]?(한|중|일|미|러))?\s?정상회의/;

/** Those met, named as a group ("총수들을 초청해", "기업인들과", "일본 대표단과"): the people the article has just
 * named. */
export const GROUP_NOUN =
  /(총수|회장|대표|기업인|경영인|경영진|CEO|단체장|인사|관계자|오너)들(을|과|와|에게|을|이|은)?(\s|$)|(대표단|사절단|방문단|방한단)(을|과|와|에게)(\s|$)|(재계|기업)\s?(총수|인사)|(의원|회장|대표|총수|기업인|CEO|장관|인사)\s?\d+\s?명(을|과|와|에게)?(\s|$)/;

/**
 * A group as the subject of a clause, named by what its members are ("4대 그룹 총수는", "총수들이", "회장들은"): the
 * people a photo of them has just shown, when the clause names no one.
 */
export const GROUP_SUBJECT =
  /(^|\s)([0-9]+대\s?(그룹|기업)\s?(총수|회장)(들)?|(총수|회장|기업인|경영인|참석자)들)(은|는|이|가)(\s|$)/;

/** People left unnamed, as a clause's topic ("중국측 관계자들은", "경제 5단체장은"); not a delegation, led by someone named. */
export const UNNAMED_OTHERS = /(관계자들|인사들|[0-9]단체장(들)?|단체장들)$/;

/** A list closed by 등, met as one group ("B, C 등을 만나", "B, C 등 주요 경영진을 만나"). */
export const LISTED_TOGETHER =
  /등(을|과|와|에게|도)\s|등\s(주요\s)?\S*(경영진|임원진?|관계자들?|인사들?|사장단|임직원|간부들?)(을|를|과|와)\s/;

/** Meetings one after another, each its own. */
export const SEPARATELY = /개별|연속|잇단|잇따라|잇달아|연달아|연이어|릴레이|차례로|각각|따로|순차/;

/** A visit to a place: by itself, no one met. */
export const VISIT = /^(찾았|찾아|방문)/;

/** One meeting of everyone named. */
export const TOGETHER = /함께|동시에|[0-9삼사오]자\s?(회동|회담|회의|만남)|공동/;

/** A reference to the people of the meeting just told. */
export const GROUP_REF = /양사|양측|양 사|두 사람|세 사람|이들|양국|회동에|만남에|이 자리|그 자리/;

/** Words for a meeting that a later clause names as the one it speaks of ("접견에는 …이 참석했다"). */
export const OCCASION =
  /(회동|오찬|만찬|조찬|면담|회담|접견|예방|회의|미팅|행사|간담회|만남|환담|차담|모임|인사회|출범식|서명식|계약식|체결식|협약식|조인식|라운드\s?테이블)(?:\s?자리)?(에는|엔|에선|에서는|에도)/;

export const SAME_OCCASION = new RegExp(`이 자리|그 자리|(?:이날|오늘) 자리에|행사장(?:을|에)\\s|${OCCASION.source}`);

/** "오찬은 … 동석한 가운데 진행됐다": a meeting word as the clause's topic, at its start. */
export const TOPIC_OCCASION =
  /^(?:이날\s|이번\s)?(회동|오찬|만찬|조찬|면담|회담|접견|미팅|만남|간담회|모임|환담|차담)(?:은|는)\s/;

/** "이날 접견에 사우디 측에서는 …": a side's people at the meeting named at the clause's start. */
export const SIDE_OCCASION =
  /^(?:이날\s|이번\s)?(회동|오찬|만찬|조찬|면담|회담|접견|미팅|간담회)에\s[가-힣A-Za-z]+\s?측(?:에서는|에선|에서)\s/;

/** "오찬에 참석한 기업인은 …": those who attended the meeting named at the clause's start. */
export const ATTENDED_OCCASION =
  /^(?:이날\s|이번\s)?(회동|오찬|만찬|조찬|면담|회담|접견|미팅|만남|간담회|모임)에\s(?:참석|동석|배석)한\s/;

/** "이번 간담회에는": the meeting the news is about, on the story's day, whatever was told just before it. */
export const THIS_OCCASION = new RegExp(`(이날|이번|오늘)\\s?${OCCASION.source}`);

/** "이번 만찬에서 …": what follows was said or done at the meeting of the news. */
export const AT_THIS_OCCASION =
  /^(이날|이번|오늘)\s?(회동|오찬|만찬|조찬|면담|회담|접견|미팅|만남|간담회|모임|환담|차담)(\s?자리)?에서\s/;

/** "이번 면담은 …", "이날 회동은 …": the meeting of the news, told on; a date in the clause is of something else. */
export const THIS_MEETING =
  /(?:^|\s)(이날|이번|오늘)\s?(회동|오찬|만찬|조찬|면담|회담|접견|예방|미팅|만남|간담회|모임|환담|차담)(은|는|이|가)\s/;

/** A meeting before the news, told in passing. */
export const EARLIER =
  /바 있다|바 있으며|(?<![가-힣])이미\s|(?<![가-힣])당시|여러\s?차례|수\s?차례|\d+\s?차례|여러\s?번|만나\s?왔|(?<!이번\s?)(?:방문|순방|방한)\s?때(?!마다)/;

/** Those who sat in alongside the principals, as opposed to the guests of an event. */
export const SAT_IN = /배석|동석|수행|동행/;

/** A building or room a meeting is held in, closing a place ("… 호텔에서", "경북도지사 접견실에서"). */
export const VENUE =
  /(호텔|사옥|본사|빌딩|대통령실|청와대|집무실|센터|공관|영빈관|회의실|사무실|본관|캠퍼스|타워|공항|대사관|청사|클럽|관저|대통령궁)/;

/** Kinds of meeting many attend (a forum, a workshop, a round table), as against a meeting of its own people. */
export const EVENT_KINDS = ['summit', 'workshop', 'press-conference'];

/** A verb of speech joined to the next ("말하며", "강조하면서"): what follows is what was said. */
export const SPOKE = /^(말하|밝히|강조하|언급하|설명하)(며|면서|고)$/;

export const VENUE_WORD =
  /[가-힣A-Za-z]+(호텔|사옥|본사|빌딩|대통령실|청와대|집무실|센터|공관|영빈관|회의실|사무실|본관|캠퍼스|타워|공항)/g;

export const ATTEND_EVENT = /참석|마친|마치고|열린|열고|열어|열었|개최|주최|모습을 드러|찾았/;

/** The last word of a quote that says a meeting took place ("…를 만났다"고 밝혔다). */
export const QUOTED_MEETING = /(만났|회동했|면담했|만나봤)(다|습니다)$/;

/** Verbs that report words as said or confirmed, after a quote. */
export const SAID_SO = /^(밝혔|확인했|전했|말했|설명했)/;

/** Words of meeting prose, never in a name ("회동이후 올트먼"). */
export const MEETING_WORD = /회동|면담|회담|만남|오찬|만찬|접견|방한|방문|간담/;

/** "않았다", "못했다", "없었다": what did not happen is no evidence that it did. */
export const NOT_DONE = /^(않았|못했|없었|안 했)|지 않았|지 못했/;

/** Taking up a post or founding something, as an adnominal or a sequence ("2월 … 취임한 뒤"): never a meeting's act. */
export const TENURE_ACT =
  /^(취임|선임|임명|당선|부임|착임|승진|출범|설립|창업|창립|입사)(한|된|했던|됐던|하며|해|하고|했다|됐다)$/;

/** The title of a gathering held for a guest, ending in its kind ("… 초청 기업인 오찬간담회", "… 대표와 중소기업인
 * 간담회"). */
export const EVENT_TITLE =
  /(초청|와|과)\s.*(간담회|오찬|만찬|조찬|오찬간담회|만찬간담회|조찬간담회|조찬회|간담회|회동|면담)$/;

/** A stay that starts on the day before it ("10일부터 닷새간", "6일부터 4박5일 일정으로"). */
export const STAY = /^\s*부터\s*(\S+\s+)?(이틀|사흘|나흘|닷새|엿새|이레|\d+\s*일|\d+\s*박\s*\d+\s*일)\s*(간|동안|일정)/;

/** Days counted in words ("닷새간"). */
export const STAY_DAYS: Record<string, number> = { 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 엿새: 6, 이레: 7 };

/** A group led by someone named with it ("A 회장과 대한상의 회장단이"). */
export const LED_GROUP = /(회장단|사장단|임원진|경영진|대표단|사절단|일행)$/;

/** Arriving for a visit, as an adnominal ("17일 방한한"): the visit's day. */
export const ARRIVED = /^(방한|입국|도착|내한|방일|방미|방중|입성)(한|했던)$/;
