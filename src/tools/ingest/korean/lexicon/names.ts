// Names and titles: surnames, posts, the words printed between a name and its post, and common words shaped like a
// name that are never one.
import { PARTIES } from './world';

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
  '최고지도자',
  '재무관',
  '관리관',
  '최고기술책임자',
  '최고재무책임자',
  '최고운영책임자',
  // Any chief officer ("최고전략책임자", "최고AI책임자").
  '책임자',
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
  '설립자',
  '총괄',
  '부문장',
  '본부장',
  '사업부장',
  '의전장',
  '총경리',
  '법인장',
  '지점장',
  '차장',
  '권한대행',
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
  '차관보',
  // A bureau's director ("예산관리국장", "사무국장").
  '국장',
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
  // Other chief officers ("이해진 GIO"), by their initials.
  'GIO',
  'CIO',
  'CMO',
  'CDO',
  'CPO',
  'CCO',
  'CRO',
  '파트너',
  '대표 파트너',
  '왕세자',
  '왕세제',
  '당선인',
  // A candidate for office ("윤석열 국민의힘 대선 후보").
  '대선후보',
  '후보',
  '총장',
  '서기장',
  '보좌관',
  '대변인',
  '당선자',
  '국왕',
  '여왕',
  '왕비',
  '왕세자빈',
  '이사장',
  '주석',
  '국무위원',
  '부통령',
  '수석부회장',
  '명예회장',
  '사무총장',
  '총장',
  '상임고문',
  '공동의장',
  '부의장',
  '위원',
  '경제부총리',
  '외무상',
  // China's ministers ("왕이 외교부장", "왕원타오 상무부장"), and below them ("외교부 부장조리").
  '부장조리',
  '외교부장',
  '상무부장',
  '국방부장',
  '재정부장',
  '경제산업상',
  '산업상',
  '대변인',
  '참사관',
  '여사',
  '부대사',
  '총영사',
  '영사',
  '당서기',
  '서기',
  '은행장',
  // A bank's head and deputies ("하나은행 부행장", "인민은행 행장").
  '부행장',
  '행장',
  // A team's, a department's or a division's head ("국제협력팀장", "외교통상과장", "경영지원부장").
  '팀장',
  '과장',
  '부장',
  '그룹장',
  // Posts in a ministry or the presidential office ("융합정책관", "국제협력관", "정무비서관", "부원장보").
  '정책관',
  '협력관',
  '심의관',
  '조정관',
  '기획관',
  '비서관',
  '행정관',
  '사무관',
  '원장보',
  // A special adviser ("정책특보").
  '특보',
  // A party's posts in the Assembly, written short after a surname too ("이 원내대표").
  '원내대표',
  '원내부대표',
  '원내수석부대표',
  '원내대변인',
  '정책위의장',
  '최고위원',
  // A prime minister, as older articles call one ("체코 수상").
  '수상',
  '교육감',
  '군수',
  '조합장',
].sort((a, b) => b.length - a.length);

/**
 * Nouns that end in a title's letters but name a place or a thing: "행사장" (the venue, not 행 + 사장), "박람회장".
 * Never a title.
 */
export const NOT_TITLES =
  /(행사장|비행장|공사장|경기장|공연장|시상식장|기념식장|개막식장|(?<!국)회의장|회담장|회견장|만찬장|오찬장|연회장|[박전]람회장|전시회장|설명회장|간담회장|발표회장|토론회장|공청회장|(신흥|주식|금융|증권|채권|외환|전통|수출|내수|국내|해외|글로벌|세계|자본|노동|부동산|소비|중고|현물|선물|시)시장)$/;

/** A post abroad ("주한 중국 대사", "주부산 중국 총영사"): where the holder serves, before the post. */
const POSTED_AT = (
  '한 미 중 일 러 영 유엔 부산 광주 제주 대구 인천 상하이 홍콩 오사카 후쿠오카 나고야 삿포로 뉴욕 로스앤젤레스 ' +
  '샌프란시스코 시카고 애틀랜타 휴스턴 시애틀 호놀룰루 보스턴 광저우 선양 칭다오 청두 시안 우한 호찌민 호치민 두바이 ' +
  '프랑크푸르트 함부르크 밴쿠버 토론토'
)
  .split(' ')
  .map((place) => `주${place}`);

/** Words printed between a name and its organisation that say which holder of the post it is (신임 = newly
 * appointed), or where they are posted, printed apart ("최종화 주 브라질 대사"): never part of a name, an
 * organisation or a title. */
export const NAME_MODIFIERS = new Set(
  [
    '신임',
    '전임',
    '후임',
    '초대',
    '차기',
    '현',
    '전',
    '前',
    '現',
    '당시',
    '새',
    '현직',
    '전직',
    '역대',
    '직전',
    '주',
  ].concat(POSTED_AT),
);

/** Words that end a list of names ("A, B 등"): never an organisation, nor part of a title. */
export const LIST_END = /^(등|및|외|또는|혹은)$/;

/** French first names of one syllable that open a hyphenated one ("장-클로드 융커", "폴-앙리"). */
export const HYPHENED_FIRST = ['장', '쟝', '폴'];
/** A university's department, between its name and a post ("연세대 기계공학부 교수"). */
export const DEPARTMENT = /.(학부|학과|대학원)$/;
/** Surnames common in Korea and rare as a transliteration's first syllable (not 마, 리, 도, 제…). */
export const COMMON_SURNAME =
  /^[김박최정강조윤장임한신권황안송홍전고문손양배백허남심노곽성차구민류유진엄채원천방공현함변염여추]/;

/** The links of an Arabic name ("빈 살만", "알 나흐얀", "알-나흐얀") or a European one ("반 데르 플리트", "휴고 드
 * 용어", "데 라 로차"). Not 반 alone, a Vietnamese middle name ("응우옌 반 탄 공산당 서기장"). */
export const NAME_LINK = /^(빈|알|bin|al|데르|데어|덴|드|데|델|라|폰|디|뒤|다|두|도|dos|da)$|^알-/;

/** An Arabic honorific before a name ("셰이크 모하메드 …"): no word a short form is printed by. */
export const ARABIC_HONORIFIC = /^(셰이크|셰이흐|쉐이크|세이크)$/;

export const SHORT_FIRST_NAMES = (
  '빌 존 잭 팀 댄 맷 밥 톰 짐 폴 닉 롭 샘 벤 켄 론 칼 척 딕 릭 숀 션 랜 킴 앤 젠 ' +
  // Chinese family names written apart from the given name ("쑤 허이", "펑 중양").
  '쑤 쉬 쑨 펑 덩 궈 뤄 셰 쑹 탕 천 왕 리 류 황 저우 자오 가오 린 량 차오 위안 딩 먀오 샤오 친 판 ' +
  // Cambodian and Vietnamese family names of one syllable ("훈 마넷", "쩐 다이 꽝", "팜 민 찐").
  '훈 쩐 팜'
).split(' ');

/** The sides of a meeting counted in one syllable ("양 당", "양 사", "3개 국"): never a given name. */
export const SIDES = new Set('당 사 국 측 팀 부 청 처 단 회 원'.split(' '));

/** A business's functions, before the post that heads them ("생산·품질 총괄 부회장", "선행제품개발 총괄"): never a
 * name, nor the end of one. */
const BUSINESS_FIELDS =
  '생산 품질 영업 개발 연구 기획 제조 판매 구매 재무 홍보 마케팅 디자인 경영 인터넷 쇼핑 의료기계 ' +
  // Industries, before a post ("스벤 우테르묄렌 해상풍력 CEO", "조선·해양 분야 최고경영자").
  '해상풍력 풍력 태양광 원전 반도체 배터리 해양 분야 자동차 철강 석유화학 바이오 물류 항공 해운';

/** Loanwords of business units and products ("엔진 및 서비스 사업부 CEO", "라이프 사이언스 CEO"), never names. */
const UNIT_WORDS =
  '서비스 솔루션 시스템 플랫폼 네트워크 디지털 모바일 파이낸셜 커머스 엔터테인먼트 라이프 사이언스 헬스케어 ' +
  '일렉트로닉스 테크놀로지 모빌리티 머티리얼즈 에너지 비즈니스 비지니스 인터내셔널 인터네셔널 글로벌';
/** A business unit's words between a name and its post ("쟝-샤를 위르트 라이프 사이언스 CEO"). */
export const BUSINESS_UNIT = new Set(UNIT_WORDS.split(' '));

/** Common words shaped like a Korean name (a surname syllable and one or two more): never a person. */
export const NOT_NAMES = new Set(
  (
    `${BUSINESS_FIELDS} ` +
    // A Chinese party committee, before its posts ("당위 조직부 부부장"); an armed service ("UAE 공군 부총사령관").
    '당위 공군 육군 해군 해병대 ' +
    // China's consultative conference and congress, by their short names ("중 정협 부주석").
    '정협 전인대 ' +
    // The next day in two words ("다음 날 A 장관을"): neither word is a name's.
    '다음 날 ' +
    // The words before a company's last one ("로열 더치 셸").
    '로열 더치 ' +
    '신임 전임 공동 사업 사진 관련 양대 건 그룹총수 마지막 아침 점심 저녁 새벽 밤 투자 부품 이날 당시 이번 지난 오는 오전 오후 정부 국내 국회 한국 조선 대한 중국 최근 주요 ' +
    '전략 경제 기업 정상 한편 이어 이후 강조 방한 방문 지역 연합 국제 남북 한미 한중 한일 금융 정책 성장 유력 ' +
    `${UNIT_WORDS} 본사 ` +
    // Three countries together ("한중일 중앙은행총재"); verbs before a name ("1위로 올라 선 판 서기", "시간을 내 시
    // 부주석을"); ministries, a list's "and", small business owners, a non-standing post.
    '한중일 한일중 한미일 한미중 한중러 올라 선 밖에 이밖에 내 부처 정치국 및 소상공인 상공인 비상근 ' +
    '위해 단체 사태 지방 오너 어제 전일 요약 내용요약 스타트업 국외 해외 정계 재계 연방 다음날 이튿날 그날 글로벌 부임 취임 선임 임명 당선 승진 출범 관계 관계자 원장 부장 장관 차관 고위 고문 주최 주관 안보 전날 오늘 내일 당일 현장 현지 이달 ' +
    '전체 전원 전경련 전원 공식 비공식 정식 심층 배석 동석 참석 수행 양측 양사 양국 임원 사장단 회장단 총수 ' +
    '오찬 만찬 조찬 회동 면담 회담 접견 간담 박람 태평양 대서양 인도양 방문단 대표단 사절단 경제단 사절 ' +
    '안내 소개 감사 인사 환영 축하 협력 협약 계약 합의 논의 대화 제안 요청 설명 발표 공개 진행 개최 예정 ' +
    '신사업 신규 신설 부문 부회 정기 정례 정상회담 공동성명 주재 주요국 나라 국가 전국 전세계 세계 미래 방향 ' +
    '앞서 특히 또 또한 한편 다만 이에 이어 따라 따르면 그러나 하지만 그리고 그런데 그래서 이처럼 아울러 역시 먼저 직접 함께 ' +
    '이미 당초 현재 시절 시기 무렵 시대 계기 기회 일환 자격 명목 모두 각각 잇따라 더불어 이후 이전 곧 바로 다시 결국 우선 당시 이날 오히려 그간 그동안 ' +
    '최고 최대 최초 최근 신규 주로 정작 실제 사실 물론 동시에 이번엔 지난달 이달 다음달 비롯 비롯해 ' +
    '마친 가진 이끈 지낸 나선 이룬 맞은 거친 보낸 만난 방문한 도착한 참석한 밝힌 말한 ' +
    // Verbs of coming and going, whose forms look like names ("도착해").
    '도착 입장 출국 입국 귀국 출발 이동 퇴장 ' +
    // Counters and positions ("세 차례", "가진 뒤 정 회장"), and groups that are never one person.
    // Adverbs of time and degree ("5년 내내 대통령이", "가까스로 류 주석과").
    '내내 계속 조금 전혀 여전히 대신 가까스로 가까이 겨우 마침내 드디어 비로소 이윽고 ' +
    // Adverbs of doing it oneself ("친히 찾아가"), one's own country ("자국 부총리"), and goods ("석유 광물부").
    '친히 몸소 손수 일부러 굳이 특별히 자국 타국 본국 각국 석유 업종별 분야별 지역별 국가별 업계별 ' +
    // Where a photo's people stand ("(오른쪽 부터)"), and who else ("이외에도").
    '오른쪽 왼쪽 부터 이외에도 이밖에 이밖에도 그밖에 ' +
    // Verbs of coming out to greet, before the one greeted ("나와 윤석열 대통령을 맞았다").
    '나와 나가 나서 맞아 모여 ' +
    // Bound nouns, whose particle may look like a name's last syllable ("… 있는 것이 대표 사례다").
    '것 수 때 곳 점 바 데 뿐 만큼 대로 ' +
    // A verb's adnominal of one syllable, before the name it describes ("한국에 온 제이콥스 회장").
    '온 간 된 ' +
    // Who a post is held by, in general ("청년 스타트업 대표").
    '청년 ' +
    '뒤 후 중 차례 번 가량 가운데 대부분 대다수 상당수 일부 다수 소속 출신 산하 여야 여당 야당 정당 간사 ' +
    '대기업 중견기업 중소기업 외국계 외자계 토종 방북 방중 방미 방일 ' +
    // Common words the pages put before a name or a post ("제품 B 사장", "정재계 인사"), and a release's labels
    // ("제목 니카이 간사장 …").
    '제목 부제 본문 제품 초기 박수 주제 주제로 정재계 각료 당선돼 맞물려 공유 공유한 ' +
    // Somewhere not named ("서울 모처서").
    '모처 모처서 ' +
    // A photo's button glued before its caption ("이미지 확대 빌 게이츠 …").
    '이미지 확대 축소 ' +
    // Kinds of company ("미국 제약사 존슨앤드존슨", "시중 은행장"), never a person.
    '시중 제약사 통신사 항공사 증권사 보험사 카드사 건설사 운용사 자산운용사 제조사 투자사 게임사 완성차 계열사 자회사 협력사 ' +
    // Posts abroad and chambers ("주한 중국대사", "미국 상원 의원").
    `${POSTED_AT.join(' ')} 상원 하원 ` +
    // Counting ("두 번째 만남").
    '두 세 네 첫 번째 ' +
    // Who a post will go to, and those with them, after a title ("소니 사장 내정자 일행을").
    '내정자 지명자 후보자 당선인 당선자 일행 ' +
    // Family ("윤 대통령의 부인 김건희 여사").
    '부인 배우자 영부인 남편 아들 딸 장남 차남 삼남 장녀 차녀 삼녀 막내아들 막내딸 큰아들 큰딸 외아들 외동딸 사위 며느리 손자 손녀 ' +
    '부친 모친 조카 ' +
    // A side ("이란 측에서도 A 회장").
    '측 측은 측도 측에서 측에서는 측에서도 측에선 ' +
    // Kinds of company ("구글 지주회사 알파벳 회장").
    '지주회사 지주사 자회사 계열사 모회사 손자회사 법인 ' +
    // Regions of the world ("서남아 13개국 대사"), and a state named by its side of a country ("서호주 총리").
    '서호주 남호주 서남아 동남아 중남미 중동 북미 남미 아프리카 유럽 아시아 오세아니아 ' +
    // Companies shaped like a name, printed before a title's words ("현대·기아차 상품담당").
    '현대 기아 기아차 한화 금호 대우 동부 두산 신한 ' +
    // Industries and markets, before 시장 ("반도체 시장": a market, not a mayor).
    '반도체 부동산 전기차 자동차 가전 배터리 이차전지 디스플레이 조선업 건설업 ' +
    // Political parties, printed where a person's name would be ("민주당 이해식 의원").
    PARTIES.join(' ')
  ).split(' '),
);

/** The final consonants Korean loanword spelling allows (외래어 표기법 제1장 제3항), and none. */
export const LOANWORD_FINALS = new Set(['', ...'ㄱㄴㄹㅁㅂㅅㅇ']);

/** Endings of common nouns never part of a transliterated name ("단체", "일본기업", "아·태지역", "미래전략", a field
 * a post heads: "선행제품개발"), a company's kind ("구룡자동차", "한국법인", "델타항공"), and a legislature's
 * committees written short ("외교위 아태소위 위원장"). */
export const NOT_NAME_ENDING = new RegExp(
  `([가-힣]업|체|기구|연합|회의|단체|기업|기업인|업체|지역|전략|과학|및|자동차|법인|항공|주자|소위|경협위|외교위|정무위|국방위|산자위|기재위|법사위|예결위|운영위|정보위|${BUSINESS_FIELDS.replace(/ /g, '|')})$`,
);

/** Words shaped like a Korean name that are a body, a region or a company ("이사회", "태지역", "여행사", an event's
 * host or sponsor: "공동 주관사 대표로서"): never a person. */
export const NAME_SHAPED_NOUN = /^이사(회|진)$|지역$|^(여행|주관|주최|후원|협찬|시공|시행|운영|제작)사$/;

/** Titles printed in two words, read as one ("당 서기", "최고 경영자"): the first word, and how the second begins. */
export const SPACED_TITLES: [string, RegExp][] = [
  ['당', /^서기/],
  ['대선', /^후보/],
  ['최고', /^(경영|운영|기술|재무|전략|투자)(자|책임자)/],
];

/** A post of state, which names a person in a caption without their organisation ("한덕수 국무총리가"). */
export const STATE_POST = /(대통령|총리|장관|대사|총영사|지사|시장|의원|국왕|주석)$/;

/** Who meets at a summit (정상회담): a head of state or of government. */
export const HEAD_OF_STATE = /(대통령|총리|국왕|여왕|주석|왕세자|왕세제|에미르|총통|수상)$/;

/** Who speaks for an organisation, after its name ("삼성전자 관계자는"): not its head. */
export const SPEAKS_FOR = /^(관계자|측|대변인|직원|임직원)/;

/** The head's post printed before their name in brackets after the organisation ("한국무역협회(회장 한덕수)는"). */
export const BRACKETED_HEAD_POST = /^(회장|대표|대표이사|사장|위원장|이사장|원장|총재|의장|소장)$/;

/** Posts of an organisation's staff, who come with its head ("상근부회장", "국무조정실장", "차관", "사무총장"). */
export const STAFF_POST =
  /^(상근|상임)|(실장|차관|차관보|차장|수석|비서관|본부장|사무총장|사무국장|부위원장|대변인|보좌관|국장|전무|상무|부사장)$/;

/** Titles of who stands for an organisation, not of its staff ("조사본부장"). */
export const HEAD_OF_ORG =
  // A deputy ("부사장", "부행장") heads nothing; a vice chairman may run a group.
  /(회장|(?<!부)(?:대표|대표이사|위원장|사장|CEO|최고경영자|총재|이사장|의장|총장|은행장|행장|원장|청장|장관|지사|시장|대통령|총리|단장|창업자|창업주|설립자))$/;

/** Titles that name a post a person holds: a foreign name is read only before one of these. */
export const PERSON_TITLE =
  /(CEO|CTO|CFO|COO|CSO|GIO|CIO|CMO|CDO|CPO|CCO|CRO|최고경영자|회장|사장|대표|대표이사|총괄이사|상무이사|전무이사|집행이사|상임이사|창업자|창업주|설립자|의장|이사장|총리|수상|대통령|부통령|왕세자|왕세제|국왕|여왕|왕비|왕세자빈|주석|장관|국무위원|상무위원|정치국원|대사|총재|사무총장|부총리|부회장|위원장|공동의장|의원|청장|지사|총장|서기장|당서기|서기|책임자|은행장|행장|총영사|영사|소장|차관|차관보|국장|보좌관|참사관|수석|실장|대변인|의전장|고문|총경리|외교부장|상무부장|국방부장|재정부장|부부장|부장조리|최고지도자|재무관|관리관|재무상|외무상|외상|경제산업상|경산상|방위상|총무상|법무상|사령관|부사령관|총사령관|부총사령관|시장)$/;

/** Titles that by themselves say someone heads or holds a post. */
export const STRONG_TITLE =
  /(회장|사장|대표|CEO|최고경영자|대통령|총리|장관|의원|위원장|의장|창업자|총재|대사|총영사|도지사|지사|시장|여사|실장|수석|차장|사무총장|이사장|당선인|주석|국왕|여왕|왕비|왕세자|책임자|CTO|CFO|COO|CSO|GIO|CIO|CMO|CDO|CPO|CCO|CRO|본부장|부문장|청장|최고위원|차관|원장|총장|후보|대변인)|은행장$/;
