// General knowledge of Korean news prose the assistant reads with: surnames, titles, particles, and the words that
// report a meeting, an attendance, a plan or a byline. Nothing here names a person, an outlet or an article.
import countries from 'i18n-iso-countries';
import enCountries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import koCountries from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };

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
  // China's ministers ("왕이 외교부장", "왕원타오 상무부장").
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
 * appointed): never part of a name, an organisation or a title. */
export const NAME_MODIFIERS = new Set(
  ['신임', '전임', '후임', '초대', '차기', '현', '전', '前', '現', '당시', '새', '현직', '전직', '역대', '직전'].concat(
    POSTED_AT,
  ),
);

/** Political parties, at home and abroad, and their English names: a politician's organisation ("공화당의 빌 하퍼
 * 의원"). */
export const PARTY_NAMES: Record<string, string> = {
  더불어민주당: 'Democratic Party of Korea',
  민주당: 'Democratic Party',
  국민의힘: 'People Power Party',
  정의당: 'Justice Party',
  진보당: 'Progressive Party',
  개혁신당: 'Reform Party',
  조국혁신당: 'Rebuilding Korea Party',
  기본소득당: 'Basic Income Party',
  국민의당: "People's Party",
  바른정당: 'Bareun Party',
  새누리당: 'Saenuri Party',
  한나라당: 'Grand National Party',
  열린우리당: 'Uri Party',
  자유한국당: 'Liberty Korea Party',
  미래통합당: 'United Future Party',
  새정치민주연합: 'New Politics Alliance for Democracy',
  민주통합당: 'Democratic United Party',
  통합진보당: 'Unified Progressive Party',
  공화당: 'Republican Party',
  자민당: 'Liberal Democratic Party',
  자유민주당: 'Liberal Democratic Party',
  노동당: 'Labour Party',
  보수당: 'Conservative Party',
};
export const PARTIES = Object.keys(PARTY_NAMES);

/** Words that end a list of names ("A, B 등"): never an organisation, nor part of a title. */
export const LIST_END = /^(등|및|외|또는|혹은)$/;

/** Western first names of one syllable, as Korean news writes them ("맷 가먼", "빌 게이츠"). */
/** Surnames common in Korea and rare as a transliteration's first syllable (not 마, 리, 도, 제…). */
export const COMMON_SURNAME =
  /^[김박최정강조윤장임한신권황안송홍전고문손양배백허남심노곽성차구민류유진엄채원천방공현함변염여추]/;

/** The links of an Arabic name ("빈 살만", "알 나흐얀", "알-나흐얀") or a European one ("반 데르 플리트", "휴고 드
 * 용어", "데 라 로차"). Not 반 alone, a Vietnamese middle name ("응우옌 반 탄 공산당 서기장"). */
export const NAME_LINK = /^(빈|알|bin|al|데르|덴|드|데|델|라|폰|디|뒤|다|두|도|dos|da)$|^알-/;

/** An Arabic honorific before a name ("셰이크 모하메드 …"): no word a short form is printed by. */
export const ARABIC_HONORIFIC = /^(셰이크|셰이흐|쉐이크|세이크)$/;

export const SHORT_FIRST_NAMES = (
  '빌 존 잭 팀 댄 맷 밥 톰 짐 폴 닉 롭 샘 벤 켄 론 칼 척 딕 릭 숀 션 랜 킴 앤 젠 ' +
  // Chinese family names written apart from the given name ("쑤 허이", "펑 중양").
  '쑤 쉬 쑨 펑 덩 궈 뤄 셰 쑹 탕 천 왕 리 류 황 저우 자오 가오 린 량 차오 위안 딩 먀오 샤오 친 판'
).split(' ');

/** The sides of a meeting counted in one syllable ("양 당", "양 사", "3개 국"): never a given name. */
export const SIDES = new Set('당 사 국 측 팀 부 청 처 단 회 원'.split(' '));

/** A business's functions, before the post that heads them ("생산·품질 총괄 부회장", "선행제품개발 총괄"): never a
 * name, nor the end of one. */
const BUSINESS_FIELDS =
  '생산 품질 영업 개발 연구 기획 제조 판매 구매 재무 홍보 마케팅 디자인 경영 인터넷 쇼핑 의료기계';

/** Common words shaped like a Korean name (a surname syllable and one or two more): never a person. */
export const NOT_NAMES = new Set(
  (
    `${BUSINESS_FIELDS} ` +
    // A Chinese party committee, before its posts ("당위 조직부 부부장"); an armed service ("UAE 공군 부총사령관").
    '당위 공군 육군 해군 해병대 ' +
    '신임 전임 공동 사업 사진 관련 양대 건 그룹총수 마지막 아침 점심 저녁 새벽 밤 투자 부품 이날 당시 이번 지난 오는 오전 오후 정부 국내 국회 한국 조선 대한 중국 최근 주요 ' +
    '전략 경제 기업 정상 한편 이어 이후 강조 방한 방문 지역 연합 국제 남북 한미 한중 한일 금융 정책 성장 유력 ' +
    // Loanwords of business units and products ("엔진 및 서비스 사업부 CEO"), never names.
    '서비스 솔루션 시스템 플랫폼 네트워크 디지털 모바일 파이낸셜 커머스 엔터테인먼트 ' +
    '위해 단체 사태 지방 오너 어제 전일 요약 내용요약 스타트업 국외 해외 정계 재계 연방 다음날 이튿날 그날 글로벌 부임 취임 선임 임명 당선 승진 출범 관계 관계자 원장 부장 장관 차관 고위 고문 주최 주관 안보 전날 오늘 내일 당일 현장 현지 이달 ' +
    '전체 전원 전경련 전원 공식 비공식 정식 심층 배석 동석 참석 수행 양측 양사 양국 임원 사장단 회장단 총수 ' +
    '오찬 만찬 조찬 회동 면담 회담 접견 간담 박람 태평양 대서양 인도양 방문단 대표단 사절단 경제단 사절 ' +
    '안내 소개 감사 인사 환영 축하 협력 협약 계약 합의 논의 대화 제안 요청 설명 발표 공개 진행 개최 예정 ' +
    '신사업 신규 신설 부문 부회 정기 정례 정상회담 공동성명 주재 주요국 나라 국가 전국 전세계 세계 미래 방향 ' +
    '앞서 특히 또 또한 한편 다만 이에 이어 따라 따르면 그러나 하지만 그리고 이처럼 아울러 역시 먼저 직접 함께 ' +
    '이미 당초 현재 시절 시기 무렵 시대 계기 기회 일환 자격 명목 모두 각각 잇따라 더불어 이후 이전 곧 바로 다시 결국 우선 당시 이날 오히려 그간 그동안 ' +
    '최고 최대 최초 최근 신규 주로 정작 실제 사실 물론 동시에 이번엔 지난달 이달 다음달 비롯 비롯해 ' +
    '마친 가진 이끈 지낸 나선 이룬 맞은 거친 보낸 만난 방문한 도착한 참석한 밝힌 말한 ' +
    // Verbs of coming and going, whose forms look like names ("도착해").
    '도착 입장 출국 입국 귀국 출발 이동 퇴장 ' +
    // Counters and positions ("세 차례", "가진 뒤 정 회장"), and groups that are never one person.
    // Adverbs of time and degree ("5년 내내 대통령이").
    '내내 계속 조금 전혀 여전히 대신 ' +
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
    // Common words the pages put before a name or a post ("제품 B 사장", "정재계 인사").
    '제품 초기 박수 주제 주제로 정재계 각료 당선돼 맞물려 공유 공유한 ' +
    // Somewhere not named ("서울 모처서").
    '모처 모처서 ' +
    // A photo's button glued before its caption ("이미지 확대 빌 게이츠 …").
    '이미지 확대 축소 ' +
    // Kinds of company ("미국 제약사 존슨앤드존슨"), never a person.
    '제약사 통신사 항공사 증권사 보험사 카드사 건설사 운용사 자산운용사 제조사 투자사 게임사 완성차 계열사 자회사 협력사 ' +
    // Posts abroad and chambers ("주한 중국대사", "미국 상원 의원").
    `${POSTED_AT.join(' ')} 상원 하원 ` +
    // Counting ("두 번째 만남").
    '두 세 네 첫 번째 ' +
    // Family ("윤 대통령의 부인 김건희 여사").
    '부인 배우자 영부인 남편 아들 딸 장남 차남 삼남 장녀 차녀 삼녀 막내아들 막내딸 큰아들 큰딸 외아들 외동딸 사위 며느리 손자 손녀 ' +
    '부친 모친 조카 ' +
    // A side ("이란 측에서도 A 회장").
    '측 측은 측도 측에서 측에서는 측에서도 측에선 ' +
    // Kinds of company ("구글 지주회사 알파벳 회장").
    '지주회사 지주사 자회사 계열사 모회사 손자회사 법인 ' +
    // Regions of the world ("서남아 13개국 대사").
    '서남아 동남아 중남미 중동 북미 남미 아프리카 유럽 아시아 오세아니아 ' +
    // Companies shaped like a name, printed before a title's words ("현대·기아차 상품담당").
    '현대 기아 기아차 한화 금호 대우 동부 두산 신한 ' +
    // Industries and markets, before 시장 ("반도체 시장": a market, not a mayor).
    '반도체 부동산 전기차 자동차 가전 배터리 이차전지 디스플레이 조선업 건설업 ' +
    // Political parties, printed where a person's name would be ("민주당 이해식 의원").
    PARTIES.join(' ')
  ).split(' '),
);

/** Countries and places as the news prints them before a foreign leader's title ("리창 중국 총리"), with their
 * English names: whose government the leader serves. */
const NEWS_COUNTRY_NAMES: Record<string, string> = {
  // Spelled by the news otherwise than by ISO's Korean list ("트르크메니스탄", "키르키즈스탄", "튀니지아").
  투르크메니스탄: 'Turkmenistan',
  키르기스스탄: 'Kyrgyzstan',
  남아프리카공화국: 'South Africa',
  튀니지: 'Tunisia',
  짐바브웨: 'Zimbabwe',
  미국: 'United States',
  중국: 'China',
  일본: 'Japan',
  러시아: 'Russia',
  영국: 'United Kingdom',
  프랑스: 'France',
  독일: 'Germany',
  이탈리아: 'Italy',
  스페인: 'Spain',
  캐나다: 'Canada',
  호주: 'Australia',
  인도: 'India',
  베트남: 'Vietnam',
  태국: 'Thailand',
  인도네시아: 'Indonesia',
  싱가포르: 'Singapore',
  말레이시아: 'Malaysia',
  필리핀: 'Philippines',
  대만: 'Taiwan',
  홍콩: 'Hong Kong',
  아부다비: 'Abu Dhabi',
  두바이: 'Dubai',
  마카오: 'Macau',
  몽골: 'Mongolia',
  사우디아라비아: 'Saudi Arabia',
  사우디: 'Saudi Arabia',
  아랍에미리트: 'United Arab Emirates',
  UAE: 'United Arab Emirates',
  카타르: 'Qatar',
  쿠웨이트: 'Kuwait',
  이스라엘: 'Israel',
  튀르키예: 'Türkiye',
  터키: 'Türkiye',
  이집트: 'Egypt',
  남아공: 'South Africa',
  브라질: 'Brazil',
  멕시코: 'Mexico',
  아르헨티나: 'Argentina',
  칠레: 'Chile',
  폴란드: 'Poland',
  체코: 'Czech Republic',
  헝가리: 'Hungary',
  네덜란드: 'Netherlands',
  벨기에: 'Belgium',
  스웨덴: 'Sweden',
  노르웨이: 'Norway',
  핀란드: 'Finland',
  덴마크: 'Denmark',
  스위스: 'Switzerland',
  오스트리아: 'Austria',
  우크라이나: 'Ukraine',
  카자흐스탄: 'Kazakhstan',
  방글라데시: 'Bangladesh',
  네팔: 'Nepal',
  미얀마: 'Myanmar',
  캄보디아: 'Cambodia',
  라오스: 'Laos',
  스리랑카: 'Sri Lanka',
  파키스탄: 'Pakistan',
  브루나이: 'Brunei',
  뉴질랜드: 'New Zealand',
  아일랜드: 'Ireland',
  포르투갈: 'Portugal',
  그리스: 'Greece',
  루마니아: 'Romania',
  이란: 'Iran',
  이라크: 'Iraq',
  요르단: 'Jordan',
  오만: 'Oman',
  바레인: 'Bahrain',
  나이지리아: 'Nigeria',
  케냐: 'Kenya',
  에티오피아: 'Ethiopia',
  페루: 'Peru',
  콜롬비아: 'Colombia',
  우즈베키스탄: 'Uzbekistan',
  // Short forms of headlines.
  우즈벡: 'Uzbekistan',
  카자흐: 'Kazakhstan',
  인니: 'Indonesia',
  아르헨: 'Argentina',
  북한: 'North Korea',
  한국: 'South Korea',
};

/** A country in one syllable, before a post ("하워드 러트닉 미 상무장관", "스가 日 총리"), and its name. */
export const COUNTRY_SHORT: Record<string, string> = {
  미: '미국',
  美: '미국',
  中: '중국',
  日: '일본',
  英: '영국',
  獨: '독일',
  佛: '프랑스',
  // As the country spells itself, which some outlets follow.
  비엣남: '베트남',
};

/**
 * Every country of ISO 3166 as well ("에콰도르 장관"), from i18n-iso-countries, where its Korean name is one word of
 * three syllables or more: shorter ones are also common words (수단, 저지, 가나). A name the list spaces ("시에라 리온")
 * the news writes as one word. The news's spellings come first.
 */
export const COUNTRY_NAMES: Record<string, string> = (() => {
  countries.registerLocale(koCountries);
  countries.registerLocale(enCountries);
  const iso: Record<string, string> = {};
  for (const [code, spaced] of Object.entries(countries.getNames('ko'))) {
    const ko = /^[가-힣 ]+$/.test(spaced) ? spaced.replace(/ /g, '') : spaced;
    if (/^[가-힣]{3,}$/.test(ko) && ko !== '아이티') iso[ko] = countries.getName(code, 'en') ?? ko;
  }
  return { ...iso, ...NEWS_COUNTRY_NAMES };
})();
/** Korea's presidents since direct elections and the day each took office: whom "문 대통령" means on a given day. */
export const PRESIDENTS: { name: string; from: string }[] = [
  { name: '노태우', from: '1988-02-25' },
  { name: '김영삼', from: '1993-02-25' },
  { name: '김대중', from: '1998-02-25' },
  { name: '노무현', from: '2003-02-25' },
  { name: '이명박', from: '2008-02-25' },
  { name: '박근혜', from: '2013-02-25' },
  { name: '문재인', from: '2017-05-10' },
  { name: '윤석열', from: '2022-05-10' },
  { name: '이재명', from: '2025-06-04' },
];

/** Korea's prime ministers and the days they took office ("이 총리" of 2019: 이낙연); acting ones left out. */
export const PRIME_MINISTERS: { name: string; from: string }[] = [
  { name: '이영덕', from: '1994-04-30' },
  { name: '이홍구', from: '1994-12-17' },
  { name: '이수성', from: '1995-12-18' },
  { name: '고건', from: '1997-03-04' },
  { name: '김종필', from: '1998-03-03' },
  { name: '박태준', from: '2000-01-13' },
  { name: '이한동', from: '2000-06-29' },
  { name: '김석수', from: '2002-10-04' },
  { name: '고건', from: '2003-02-27' },
  { name: '이해찬', from: '2004-06-30' },
  { name: '한명숙', from: '2006-04-20' },
  { name: '한덕수', from: '2007-04-03' },
  { name: '한승수', from: '2008-02-29' },
  { name: '정운찬', from: '2009-09-29' },
  { name: '김황식', from: '2010-10-01' },
  { name: '정홍원', from: '2013-02-26' },
  { name: '황교안', from: '2015-06-18' },
  { name: '이낙연', from: '2017-05-31' },
  { name: '정세균', from: '2020-01-14' },
  { name: '김부겸', from: '2021-05-14' },
  { name: '한덕수', from: '2022-05-21' },
  { name: '김민석', from: '2025-07-03' },
];

/** A chamber of commerce written short ("부산상의" for 부산상공회의소), whose last syllable is no particle. */
export const CHAMBER_SHORT = /^(.+)상의$/;

/** Organisations the news names by a short form, with their full names in Korean and English. */
export const ORG_SHORT_NAMES: Record<string, { ko: string; en: string }> = {
  전경련: { ko: '전국경제인연합회', en: 'Federation of Korean Industries' },
  한경협: { ko: '한국경제인협회', en: 'Federation of Korean Industries' },
  대한상의: { ko: '대한상공회의소', en: 'Korea Chamber of Commerce and Industry' },
  경단련: { ko: '일본경제단체연합회', en: 'Keidanren' },
  경총: { ko: '한국경영자총협회', en: 'Korea Enterprises Federation' },
  무역협회: { ko: '한국무역협회', en: 'Korea International Trade Association' },
  무협: { ko: '한국무역협회', en: 'Korea International Trade Association' },
  중기중앙회: { ko: '중소기업중앙회', en: 'Korea Federation of SMEs' },
  중견련: { ko: '한국중견기업연합회', en: 'Korea Federation of Middle Market Enterprises' },
  기재부: { ko: '기획재정부', en: 'Ministry of Economy and Finance' },
  산업부: { ko: '산업통상자원부', en: 'Ministry of Trade, Industry and Energy' },
  과기정통부: { ko: '과학기술정보통신부', en: 'Ministry of Science and ICT' },
  외교부: { ko: '외교부', en: 'Ministry of Foreign Affairs' },
  지경부: { ko: '지식경제부', en: 'Ministry of Knowledge Economy' },
  산자부: { ko: '산업통상자원부', en: 'Ministry of Trade, Industry and Energy' },
  한국노총: { ko: '한국노동조합총연맹', en: 'Federation of Korean Trade Unions' },
  민주노총: { ko: '전국민주노동조합총연맹', en: 'Korean Confederation of Trade Unions' },
  경북도: { ko: '경상북도', en: 'North Gyeongsang Province' },
  경남도: { ko: '경상남도', en: 'South Gyeongsang Province' },
  충북도: { ko: '충청북도', en: 'North Chungcheong Province' },
  충남도: { ko: '충청남도', en: 'South Chungcheong Province' },
  전북도: { ko: '전라북도', en: 'North Jeolla Province' },
  전남도: { ko: '전라남도', en: 'South Jeolla Province' },
  미래부: { ko: '미래창조과학부', en: 'Ministry of Science, ICT and Future Planning' },
  국토부: { ko: '국토교통부', en: 'Ministry of Land, Infrastructure and Transport' },
  중기부: { ko: '중소벤처기업부', en: 'Ministry of SMEs and Startups' },
  복지부: { ko: '보건복지부', en: 'Ministry of Health and Welfare' },
  고용부: { ko: '고용노동부', en: 'Ministry of Employment and Labor' },
  문체부: { ko: '문화체육관광부', en: 'Ministry of Culture, Sports and Tourism' },
  농식품부: { ko: '농림축산식품부', en: 'Ministry of Agriculture, Food and Rural Affairs' },
  해수부: { ko: '해양수산부', en: 'Ministry of Oceans and Fisheries' },
  // State banks and guarantors, written short ("신보·기보 대표"): never two people.
  한은: { ko: '한국은행', en: 'Bank of Korea' },
  산은: { ko: '한국산업은행', en: 'Korea Development Bank' },
  수은: { ko: '한국수출입은행', en: 'Export-Import Bank of Korea' },
  기은: { ko: 'IBK기업은행', en: 'Industrial Bank of Korea' },
  신보: { ko: '신용보증기금', en: 'Korea Credit Guarantee Fund' },
  기보: { ko: '기술보증기금', en: 'Korea Technology Finance Corporation' },
  금감원: { ko: '금융감독원', en: 'Financial Supervisory Service' },
  금융위: { ko: '금융위원회', en: 'Financial Services Commission' },
  // Commissions written short, shaped like a name ("방통위 박재문 융합정책관"): never a person.
  방통위: { ko: '방송통신위원회', en: 'Korea Communications Commission' },
  공정위: { ko: '공정거래위원회', en: 'Korea Fair Trade Commission' },
  인수위: { ko: '대통령직인수위원회', en: 'Presidential Transition Committee' },
  선관위: { ko: '중앙선거관리위원회', en: 'National Election Commission' },
  권익위: { ko: '국민권익위원회', en: 'Anti-Corruption and Civil Rights Commission' },
  원안위: { ko: '원자력안전위원회', en: 'Nuclear Safety and Security Commission' },
  방심위: { ko: '방송통신심의위원회', en: 'Korea Communications Standards Commission' },
  감사원: { ko: '감사원', en: 'Board of Audit and Inspection' },
  과기부: { ko: '과학기술정보통신부', en: 'Ministry of Science and ICT' },
  // The US president's office, shaped like a name ("백악관 대변인").
  백악관: { ko: '백악관', en: 'White House' },
};

/** Unions of countries, printed the same way: the organisation itself. */
export const COUNTRY_UNIONS: Record<string, string> = {
  유럽연합: 'European Union',
  EU: 'European Union',
  아세안: 'ASEAN',
};
export const COUNTRIES = new Set([
  ...Object.keys(COUNTRY_NAMES),
  ...Object.keys(COUNTRY_UNIONS),
  ...Object.keys(COUNTRY_SHORT),
]);

/** Provinces, states and cities abroad printed between a name and its organisation or post ("지빈창 산둥 루신집단
 * 동사장", "쑨정차이 충칭시 당서기"): never a word of the name. */
/** Endings of common nouns never part of a transliterated name ("단체", "일본기업", "아·태지역", "미래전략", a field
 * a post heads: "선행제품개발"). */
export const NOT_NAME_ENDING = new RegExp(
  `(체|기구|연합|회의|단체|기업|기업인|업체|지역|전략|및|${BUSINESS_FIELDS.replace(/ /g, '|')})$`,
);

/** Words shaped like a Korean name that are a body, a region or a company ("이사회", "태지역", "여행사"): never a
 * person. */
export const NAME_SHAPED_NOUN = /^이사(회|진)$|지역$|^여행사$/;

/** Korean cities and provinces shaped like a name ("부산" as 부 and 산, "이천", "남원"): never a person. */
export const PLACES_KOREA = new Set(
  (
    '서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주 수원 창원 성남 용인 고양 ' +
    '화성 평택 구미 포항 거제 여수 천안 아산 청주 전주 목포 김해 안산 이천 파주 원주 춘천 강릉 남원 진주 양산 ' +
    '안양 부천 시흥 광명 군산 익산 순천 광양 당진 서산 김천 경주 안동 영주 통영 사천 하남 오산 안성 여주'
  ).split(' '),
);

/** China's provinces, whose governor is printed glued to the province ("장쑤성장": the governor of 장쑤성). */
const CHINESE_PROVINCES =
  '산둥 광둥 장쑤 저장 쓰촨 허난 허베이 후난 후베이 푸젠 랴오닝 지린 헤이룽장 산시 간쑤 윈난 구이저우 하이난 장시 안후이 칭하이';
export const PROVINCE_HEAD = new RegExp(`^(${CHINESE_PROVINCES.replace(/ /g, '|')})성장$`);

export const PLACES_ABROAD = new RegExp(
  `^(${(
    `${CHINESE_PROVINCES} ` +
    '네이멍구 닝샤 신장 광시 베이징 상하이 톈진 충칭 선전 광저우 칭다오 선양 다롄 우한 청두 시안 항저우 ' +
    '난징 쑤저우 샤먼 캘리포니아 텍사스 조지아 앨라배마 테네시 미시간 오하이오 인디애나 켄터키 애리조나 네바다 뉴저지 ' +
    '버지니아 플로리다 일리노이 노스캐롤라이나 사우스캐롤라이나 펜실베이니아 루이지애나 미시시피 오클라호마 유타 ' +
    '아이오와 미네소타 위스콘신 콜로라도 오리건 매사추세츠 뉴욕 아이다호 뉴햄프셔 메릴랜드 코네티컷 ' +
    '몬태나 와이오밍 노스다코타 사우스다코타 네브래스카 캔자스 미주리 아칸소 뉴멕시코 워싱턴주 알래스카 하와이 ' +
    '메인주 버몬트 로드아일랜드 델라웨어 웨스트버지니아 ' +
    // Japan's prefectures and cities ("도쿄도 부지사", "오사카부 지사").
    '도쿄 오사카 교토 후쿠오카 홋카이도 아이치 나고야 요코하마 고베 히로시마 가나가와 사이타마 지바 효고 오키나와 ' +
    '시즈오카 미야기 센다이 니가타 나가사키 구마모토 가고시마 야마구치현 ' +
    // Cities abroad where visits are reported ("하노이 협동조합연맹 … 회장").
    '하노이 호찌민 호치민 다낭 하이퐁 자카르타 방콕 마닐라 쿠알라룸푸르 프놈펜 양곤 비엔티안 뉴델리 뭄바이 ' +
    '두바이 아부다비 리야드 도하 카이로 이스탄불 모스크바 런던 파리 베를린 프랑크푸르트 뮌헨 마드리드 브뤼셀 ' +
    '암스테르담 헤이그 바르샤바 프라하 부다페스트 제네바 취리히 스톡홀름 헬싱키 오슬로 코펜하겐 ' +
    '로스앤젤레스 로스엔젤레스 샌프란시스코 실리콘밸리 시카고 보스턴 시애틀 휴스턴 애틀랜타 디트로이트 토론토 밴쿠버 ' +
    '멕시코시티 상파울루 부에노스아이레스 보고타 시드니 멜버른 타슈켄트 알마티 아스타나 울란바토르 타이베이'
  )
    .split(' ')
    .join('|')})(성|시|주|자치구|도|부|현)?$`,
);

/** Titles printed in two words, read as one ("당 서기", "최고 경영자"): the first word, and how the second begins. */
export const SPACED_TITLES: [string, RegExp][] = [
  ['당', /^서기/],
  ['대선', /^후보/],
  ['최고', /^(경영|운영|기술|재무|전략|투자)(자|책임자)/],
];

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
  // A photo of two people together: "…와 기념촬영을 하고 있다", "…와 악수하고 있다", "…와 인사하고 있다" (a
  // greeting, not a reshuffle: "인사를 단행").
  {
    stem: /기념\s?촬영|악수(하|를)|인사(하고|하며|했|를 나누|를 나눴|를 건네)|주먹을 (맞대|마주치|부딪)|(나란히|함께) 걷/,
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
  // Not a chamber (상공회의소), nor the Assembly's plenary (본회의), nor a council named before its post ("한미재계회의
  // 위원장").
  {
    stem: /(?<!상공|본)회의(?!소|장|\s?(위원장|공동의장|의장|부회장|회장|위원|사무국|부주석|주석|사무총장|대표))/,
    kind: 'meeting',
    joint: true,
  },
  { stem: /찾았|찾아가|찾아와|방문해/, kind: 'meeting' },
  // Shown round by someone ("…의 안내로", "…의 소개로 … 둘러봤다").
  { stem: /안내(로|를 받|했|한(?!다)|하며|해|하고)|의 소개로/, kind: 'meeting' },
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
  // Toured together ("…과 함께 조선소를 둘러봤다"): the host showed the visitor round.
  { stem: /함께\s(?:\S+\s){0,3}?(둘러보|둘러봤|둘러본|시찰|참관)/, kind: 'meeting' },
  // Signed together ("…과 함께 MOU에 서명했다"): both were at the signing. Not "B와 협약을 체결했다", which
  // companies do.
  { stem: /함께\s(?:\S+\s){0,2}?(서명|체결)(했|하고|한|하며|해)/, kind: 'meeting' },
  // Announced with someone, at one occasion ("B 장관과 … 방안을 발표한 자리에서"): they were there together.
  { stem: /발표(한|하는) 자리/, kind: 'meeting' },
  // A photo of a handing over ("B 위원장에게 제언문을 전달하고 기념촬영을 하고 있다"): in person.
  { stem: /(에게|께) (?:\S+ ){0,8}?전달하고$/, kind: 'meeting' },
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

/**
 * A past verb that asks for or settles a meeting still to come ("만찬에 초청했다", "회동을 제안했다", "만나자고
 * 했다"): the invitation is done, not the meeting.
 */
/** A post of state, which names a person in a caption without their organisation ("한덕수 국무총리가"). */
export const STATE_POST = /(대통령|총리|장관|대사|총영사|지사|시장|의원|국왕|주석)$/;

/** Who meets at a summit (정상회담): a head of state or of government. */
export const HEAD_OF_STATE = /(대통령|총리|국왕|여왕|주석|왕세자|왕세제|에미르|총통|수상)$/;

/** A meeting's noun, after whose it was ("A와의 오찬"). */
export const MEETING_NOUN = /^(오찬|만찬|조찬|회담|면담|회동|접견|만남|환담|차담)/;

/** A wire's photo stamp after a caption's sentence, the page's notices run on after it ("… 있다.
 * 2021.4.23/뉴스1pjh@news1.kr[© 뉴스1코리아 …]"). */
export const WIRE_PHOTO_STAMP =
  /다\.\s*(?:\([^()]{1,20}\)\s*)?(\d{4})\.(\d{1,2})\.(\d{1,2})\.?\/(뉴스1|뉴시스|연합뉴스)/;

/** Invited, then what they were invited to held ("초청해 간담회를 개최했다"). */
export const INVITED = /(초청|초대)(해|하여|한 가운데)\s/;

export const ASKED_FOR =
  /^(초청했|초대했|초청됐|초대됐|초청받|초대받|요청했|제안했|약속했|합의했|희망했|추진했|타진했|요구했|청했|권했|고대했|원했|바랐|기대했|신청했|준비했|포함됐|포함했)|자고$|자는$/;

/** Said at second hand ("…한 것으로 전해졌다", "…했다고 한다"): the reporter did not see it. */
export const HEARSAY = /것으로|다고$|다고 한다|했다는$/;
/** "…를 접견했다고 28일 발표했다": told by whoever took part (a company, a ministry), not at second hand. */
export const ANNOUNCED = /[했었였됐]다고\s+(?:\S+\s+){0,3}?(밝혔|발표했|설명했|알렸)/;

/** Someone took part in a meeting reported elsewhere: sat in, attended, was there. */
export const ATTEND_CUE = /동석|배석|참석|참여했|참가했|함께했|함께 했|자리했|합류했|동행했|배석했|앉았/;

/**
 * A side's people, at the head of a clause ("현대차 측에서는", "청와대에선", "스페인측은 …"): those it lists came with
 * that side to a meeting already reported. The first group is the side's name.
 */
export const SIDE_OPENER =
  /^(?:(?:이날|한편|또|또한),?\s){0,2}(?:(?:면담|회동|회담|오찬|만찬|조찬|간담회|접견|자리|행사)(?:에|에는)\s)?([가-힣A-Za-z]+?)(?:\s?측(?:에서는|에선|에서|은|도)|에서는|에선)\s/;

/** A ceremony named by whose it is ("이 대통령 취임식", "A 회장 장례식"): its owner, not one met at it. */
export const CEREMONY_OF = /^(취임식|이임식|장례식|영결식|추도식|결혼식|빈소|생일|고희연|팔순)/;

/** A visit something is timed to ("바이든 대통령 방한에 맞춰 열린 행사"): its visitor, not one met at it. */
export const VISIT_OCCASION = /^(방한|방문|순방|방일|방미|방중|내한|국빈방문)(에|을)$/;
/** Someone's delegation, gone with ("문재인 대통령 경제사절단으로 … 방문했을 때"). */
export const DELEGATION_OF = /^(경제|방미|방중|방일)?(사절단|대표단|수행단|특사단)(으로|의|에|과|와)$/;
/** What follows such a visit when an event is timed to it ("맞춰", "계기로", "앞두고"). */
export const TIMED_TO = /^(맞춰|맞춘|맞춰서|계기로|앞두고|앞둔)/;

/** A sentence that lists those who sat in at the meeting ("… 등이 배석했다"). */
export const SAT_IN_LIST = /(배석|동석)(했|하였)다\.?$/;

/** What a side's people did at the meeting: came, received the visitor, went along. */
export const SIDE_VERB = /모습을 (보였|드러냈)|나와|나섰|맞았|맞이했|찾았|방문했|(동행|수행)(했|해)|모였/;

/** After the first name of a list: the others came with that one ("A를 비롯해 B, C", "A 외에도 B", "A와 함께 B"). */
export const ALONGSIDE = /^(비롯|외에|함께)/;

/** The meeting is announced, planned or expected: not (yet) a fact. */
export const PLANNED_CUE =
  /예정(?!에 없|에도 없|되지 않| 없이)|(할|날|갈|올|볼|될|질|릴|일) 듯|준비 중|준비하고 있|계획이다|계획이|계획됐|계획돼|잡혔|잡혀 있|(날짜|날|일정|약속)(을|를) 잡았|확정됐|할 방침|앞두고|앞둔|(ㄹ|을|를|날|할|갈|올|볼|될|질|릴|일) 것으로 (알려|보인|전망|예상|관측)|것으로 예상|전망이다|전망된다|기대된다|관측된다|(?<!지속)가능성이|추진 중|조율 중|검토 중|할 것이다|만날 것|회동할|면담할|회담할|만나기로|[가-힣]기로 했|키로 했|[가-힣]기로 한|키로 한|기로 합의|키로 합의/;

/** Who speaks for an organisation, after its name ("삼성전자 관계자는"): not its head. */
export const SPEAKS_FOR = /^(관계자|측|대변인|직원|임직원)/;

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

/** A meeting told done, then what was agreed at it ("만나 … 협력하기로 했다"). */
export const MET_THEN_AGREED =
  /(만나|만나서|만난 뒤|만난 자리에서|회동하고|회동을 갖고|면담하고|면담을 갖고|회담하고|회담을 갖고|(회의|회담|면담|협의|만남)를? 통해)\s.*[가-힣](기로|키로) (했|합의)/;

/** The meeting may happen, or happens if something else does: a possibility, a condition, a question. Not what
 * was talked about ("지속가능성"). */
export const POSSIBLE_CUE =
  /(?<!지속)가능성|여부|관측|주목된다|주목받|불투명|유력하|유력한|거론|점쳐|성사될|성사되면|성사된다면|한다면|만난다면|[가-힣]다면|(ㄹ|을|할|될|날) 경우|타진|물밑|조율(?!했|하였)|검토|(ㄹ|을|할|날|볼|갈|올|될) 수(도)? 있(?!도록|게)|려고 했|려 했|려던|(하|오|되|가)면\s|으면 (좋|한다|하는|했)|(회동|만남|회담|면담|회견)설/;

/** Going to a meeting ("만나기 위해 도착하고 있다"): the meeting itself is not reported yet. */
export const PURPOSE_CUE = /(기|을|를) 위해|위한|위해서/;

/** A meeting that did not happen. */
export const NEGATED_CUE =
  /불발|무산|취소|(만나|회동하|면담하|참석하|함께하|동행하|배석하)지 (않|못)|불참|없었다|연기(했|됐)|빠졌다|제외됐|배제|아직 정해지지|(?<!국제)통화(했|하며|하고|를|에서|로)|전화(로|를|\s?통화|\s?회담)/;

/** Events one person attends: the meeting kind they suggest. */
export const EVENT_CUES: { word: RegExp; kind: string }[] = [
  { word: /워크숍|워크샵|세미나|랩\b|랩’|랩'/, kind: 'workshop' },
  { word: /간담회|기자회견|미디어\s?데이/, kind: 'press-conference' },
  { word: /포럼|콘퍼런스|컨퍼런스|정상회의|서밋|summit/i, kind: 'summit' },
  // A reception or a round table many attend: those named there met only where the text says so.
  { word: /라운드\s?테이블|신년\s?인사회|신년회|하례식|리셉션/, kind: 'summit' },
  // A ceremony many attend (a roll-out, a ground-breaking): likewise.
  { word: /출고식|기공식|준공식|개소식|착공식|진수식|명명식|개막식|기념식/, kind: 'summit' },
  // A signing: its sides' representatives sign together.
  { word: /서명식|계약식|체결식|협약식|조인식/, kind: 'meeting' },
];

/** A meeting another clause is dated by ("프라보워 대통령 면담에 앞서"): its noun, then the word of before. */
export const MEETING_BEFORE = {
  noun: /^(면담|회동|회담|접견|예방|만남|방문|방한)(에|을|를)$/,
  before: /^(앞서|앞두고|앞선)/,
};

/** Events many attend: being at one is meeting no one in particular ("포럼에 나란히 참석했다"). */
export const CROWD_EVENT =
  /^(포럼|콘퍼런스|컨퍼런스|총회|연차총회|박람회|행사|모임|정상회의|서밋|세미나|출고식|기공식|준공식|개소식|착공식|진수식|명명식|개막식|기념식|summit)$/i;

/** Nouns closed by ㄹ, the final of a future adnominal, before a noun of intent ("공장 건설 계획"): no plan. */
export const NOUNS_IN_L = new Set('건설 개발 출발 기술 체결 연결 시설 건물 말 일 달 물'.split(' '));

/** A wire dateline opening the article: "(서울=연합뉴스) 김철수 기자 =", "[서울=뉴스핌] 김승현 기자 =". */
export const WIRE_DATELINE = /^[([][가-힣]{2,6}\s*=\s*[^)\]]+[)\]]\s*([가-힣]{2,4})\s*(?:기자|특파원)\s*=/;

/** A byline or a photo credit: the name before it is a journalist's, never a participant's. */
export const JOURNALIST = /(기자|특파원|앵커|논설위원|편집위원|객원기자|통신원|리포터)$/;
/** A photo's credit glued to the sentence after it ("…회장. 연합뉴스윤석열 대통령이"): never part of that sentence. */
export const GLUED_CREDIT = /^(연합뉴스|뉴시스|뉴스1|게티이미지코리아|게티이미지|로이터|AFP|AP)(?=[가-힣])/;
/** A wire photo's number at the end of its title ("…<YONHAP NO-2763>"). */
export const PHOTO_NUMBER = /<\s*YONHAP NO-\d+\s*>\s*$/;
export const PHOTO_CREDIT = /사진\s*[=:]|사진제공|제공\s*=|\[사진|\(사진/;

/** A line that is only a photo's credit, printed under its caption. */
/** A wire photo's stamp, at the end of its caption or on a line of its own ("(청와대 페이스북) 2018.7.9/뉴스1",
 * "2024.02.28. photo@newsis.com"). */
export const PHOTO_STAMP =
  /(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?\s*(\/\s*[가-힣A-Za-z0-9]{2,10}|[\w.]+@[\w.]+)(\s*\*?재판매 및 DB 금지)?(\s*ⓒ\s*[\w\s가-힣]{2,30})?\s*$/;
export const PHOTO_CREDIT_LINE =
  /^(사진\s*[=:]?\s*)?[가-힣A-Za-z·\s]{2,20}\s*(제공|기자|특파원)$|^▲?\s*ⓒ\s*\S+$|^\/\s*[가-힣]{2,4}\s*기자|^(\([^)]{1,20}\)\s*)?\d{4}\.\d{1,2}\.\d{1,2}\.?\s*\/\s*[가-힣A-Za-z0-9]{2,10}$|^[가-힣]{0,10}(사진기자단|공동취재단|취재사진단)$/;

/** Foreign companies the news names in Hangul, printed between a foreign name and its title. */
export const FOREIGN_COMPANIES = new Set(
  (
    '엔비디아 메타 마이크로소프트 애플 구글 알파벳 테슬라 퀄컴 인텔 아마존 오픈AI 소프트뱅크 암 브로드컴 버라이즌 마루베니 ' +
    '폭스콘 도요타 소니 파나소닉 히타치 화웨이 알리바바 텐센트 바이두 샤오미 아람코 보잉 에어버스 지멘스 ' +
    '폭스바겐 오라클 세일즈포스 시스코 우버 넷플릭스 디즈니 월마트 스타벅스 블랙록 블랙스톤 모건스탠리 ' +
    '골드만삭스 퍼플렉시티 앤트로픽 xAI 스페이스X 코인베이스 블룸버그 무바달라 골드만 씨티 JP모건 뱅크오브아메리카 ' +
    '노키아 에릭슨 바스프 볼보 슈나이더 듀폰 보쉬 벤츠 메르세데스벤츠 르노 스텔란티스 제너럴모터스 화이자 모더나 ' +
    '아스트라제네카 노바티스 사노피 하니웰 캐터필러 록히드마틴 레이시온 마이크론 유니레버 네슬레 코카콜라 펩시코 ' +
    '맥도날드 나이키 루이비통 에르메스 샤넬 로레알 아디다스 이케아 에어리퀴드 도레이 미쓰비시 미쓰이 스미토모 닛산 혼다 도시바 캐논 다임러 크라이슬러 다임러크라이슬러'
  ).split(' '),
);

/** Korean groups the news names short, in words shaped like a person's name ("현대차 정의선 부회장"). */
export const KOREAN_COMPANIES = new Set(
  '현대차 현대 기아 한화 한진 한진칼 신세계 신한 한전 대우 동원 금호 두산 롯데 포스코 한국전력 현대제철 한국타이어'.split(
    ' ',
  ),
);

/** Those met, named as a group ("총수들을 초청해", "기업인들과", "일본 대표단과"): the people the article has just
 * named. */
export const GROUP_NOUN =
  /(총수|회장|대표|기업인|경영인|경영진|CEO|단체장|인사|관계자|오너)들(을|과|와|에게|을|이|은)?(\s|$)|(대표단|사절단|방문단|방한단)(을|과|와|에게)(\s|$)|(재계|기업)\s?(총수|인사)|(의원|회장|대표|총수|기업인|CEO|장관|인사)\s?\d+\s?명(을|과|와|에게)?(\s|$)/;

/** Verbs that report the news, after the date they were said on ("…한 것으로 2일 알려졌다"). */
/** "16일 재계에 따르면": the day the news is told on, printed before its source. */
export const TOLD_ON_DAY = /(?:^|\s)(\d{1,2})일\s*(?:\S+\s+){0,3}?\S*에\s*(?:따르면|의하면)/;

export const REPORTED_ON = /^\s*(알려졌|전해졌|밝혔|나타났|확인됐|보도했|발표했|전했)/;

/** A photo's caption naming who it shows, left to right: those people were at the meeting pictured. */
/** Where someone stands in a photo, after their name ("허창수 회장(앞줄 왼쪽)과"): the sentence is a caption. */
export const STANDS_IN_PHOTO =
  /[(（](앞줄\s*|뒷줄\s*)?(왼쪽|오른쪽|가운데|좌측|우측)(\s*(첫|두|세|네|다섯|여섯|일곱|[0-9]+)\s*번째)?[)）]/;
/** The head's post printed before their name in brackets after the organisation ("한국무역협회(회장 한덕수)는"). */
export const BRACKETED_HEAD_POST = /^(회장|대표|대표이사|사장|위원장|이사장|원장|총재|의장|소장)$/;

/** A caption's places of people in the picture ("B(가운데), C(왼쪽)"): shown together. */
export const PHOTO_PLACES = /\((사진\s?)?(왼쪽|오른쪽|가운데)[^)]{0,8}\).*\((사진\s?)?(왼쪽|오른쪽|가운데)/;

export const PICTURED = /^[▲△■◆▶\s]*[(（]?(사진\s*)?(앞줄\s*|뒷줄\s*)?(왼쪽|오른쪽|좌측|우측)(부터|에서)/;

/**
 * A group as the subject of a clause, named by what its members are ("4대 그룹 총수는", "총수들이", "회장들은"): the
 * people a photo of them has just shown, when the clause names no one.
 */
export const GROUP_SUBJECT =
  /(^|\s)([0-9]+대\s?(그룹|기업)\s?(총수|회장)(들)?|(총수|회장|기업인|경영인|참석자)들)(은|는|이|가)(\s|$)/;

/** People left unnamed, as a clause's topic ("중국측 관계자들은", "경제 5단체장은"); not a delegation, led by someone named. */
export const UNNAMED_OTHERS = /(관계자들|인사들|[0-9]단체장(들)?|단체장들)$/;

/** Meetings one after another, each its own. */
export const SEPARATELY = /개별|연속|잇단|잇따라|연이어|릴레이|차례로|각각|따로|순차/;
/** A visit to a place: by itself, no one met. */
export const VISIT = /^(찾았|찾아|방문)/;
/** One meeting of everyone named. */
export const TOGETHER = /함께|동시에|[0-9삼사오]자\s?(회동|회담|회의|만남)|공동/;
/** A reference to the people of the meeting just told. */
export const GROUP_REF = /양사|양측|양 사|두 사람|세 사람|이들|양국|회동에|만남에|이 자리|그 자리/;
/** Words for a meeting that a later clause names as the one it speaks of ("접견에는 …이 참석했다"). */
export const OCCASION =
  /(회동|오찬|만찬|조찬|면담|회담|접견|예방|회의|미팅|행사|간담회|만남|환담|차담|모임|인사회|라운드\s?테이블)(?:\s?자리)?(에는|엔|에선|에서는|에도)/;
export const SAME_OCCASION = new RegExp(`이 자리|그 자리|${OCCASION.source}`);
/** "오찬은 … 동석한 가운데 진행됐다": a meeting word as the clause's topic, at its start. */
export const TOPIC_OCCASION =
  /^(?:이날\s|이번\s)?(회동|오찬|만찬|조찬|면담|회담|접견|미팅|만남|간담회|모임|환담|차담)(?:은|는)\s/;
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
  /바 있다|바 있으며|이미\s|당시|여러\s?차례|수\s?차례|\d+\s?차례|여러\s?번|만나\s?왔|(?<!이번\s?)(?:방문|순방|방한)\s?때(?!마다)/;

export const OUTLET_WORD =
  /^[가-힣A-Za-z]{2,10}(신문|일보|뉴스|경제|타임스|방송|닷컴|미디어|투데이|저널|데일리|비즈|헤럴드)$/;

/** Those who sat in alongside the principals, as opposed to the guests of an event. */
export const SAT_IN = /배석|동석|수행|동행/;

/** Posts of an organisation's staff, who come with its head ("상근부회장", "국무조정실장", "차관", "사무총장"). */
export const STAFF_POST =
  /^(상근|상임)|(실장|차관|차관보|차장|수석|비서관|본부장|사무총장|사무국장|부위원장|대변인|보좌관|국장|전무|상무|부사장)$/;

/** Titles of who stands for an organisation, not of its staff ("조사본부장"). */
export const HEAD_OF_ORG =
  // A deputy ("부사장", "부행장") heads nothing; a vice chairman may run a group.
  /(회장|(?<!부)(?:대표|대표이사|위원장|사장|CEO|최고경영자|총재|이사장|의장|총장|은행장|행장|원장|청장|장관|지사|시장|대통령|총리|단장|창업자|창업주|설립자))$/;

/** A span of time ("취임 일주일 만에", "열흘 만의"): never a word of a name. */
export const SPAN_OF_TIME =
  /^(일주일|이주일|열흘|보름|하루|이틀|사흘|나흘|닷새|엿새|[한두세네]\s?달|석\s?달|반년|만에|만의|만)$/;

/** What follows a day counted from ("… 이후 약 10개월 만에", "… 방한 후 14년만에", "… 만난 지 열흘 만에"): the time
 * since it. */
export const SINCE =
  /^[^.]{0,30}?(이후|이래|후|뒤|[가-힣]\s지)\s*(약|거의|무려)?\s*([0-9]+\s*(년|개월|달|주|일)|하루|이틀|사흘|나흘|닷새|엿새|열흘|보름|[한두세네]\s?(달|해))[0-9\s년개월]*만/;

/** A building or room a meeting is held in, closing a place ("… 호텔에서", "경북도지사 접견실에서"). */
export const VENUE =
  /(호텔|사옥|본사|빌딩|대통령실|청와대|집무실|센터|공관|영빈관|회의실|사무실|본관|캠퍼스|타워|공항|대사관|청사|클럽|관저|대통령궁)/;

/** Kinds of meeting many attend (a forum, a workshop, a round table), as against a meeting of its own people. */
export const EVENT_KINDS = ['summit', 'workshop', 'press-conference'];

/** A verb of speech joined to the next ("말하며", "강조하면서"): what follows is what was said. */
export const SPOKE = /^(말하|밝히|강조하|언급하|설명하)(며|면서|고)$/;

export const VENUE_WORD =
  /[가-힣A-Za-z]+(호텔|사옥|본사|빌딩|대통령실|청와대|집무실|센터|공관|영빈관|회의실|사무실|본관|캠퍼스|타워|공항)/g;

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

export const ATTEND_EVENT = /참석|마친|마치고|열린|열고|열어|열었|개최|주최|모습을 드러|찾았/;

/** The last word of a quote that says a meeting took place ("…를 만났다"고 밝혔다). */
export const QUOTED_MEETING = /(만났|회동했|면담했|만나봤)(다|습니다)$/;
/** Verbs that report words as said or confirmed, after a quote. */
export const SAID_SO = /^(밝혔|확인했|전했|말했|설명했)/;

/** "…을 가진 후", "…과의 만남 뒤": what comes after is another clause. */
export const AFTER = /^(후|뒤|이후|직후)$/;

/** Verbs before a name ("도착한 황 CEO", "지한파로 알려진 오소프 의원", "어려워지자 황 CEO", "퇴임을 앞두고 박 회장"): adnominal and connective
 * endings, never a name's. */
export const VERB_FORM =
  /(한|된|던|는|할|될|였|했|됐|며|[지되하나오서이가르치리었았였했됐]자|해서|하고|하며|앞두고|앞두고도|앞둔|지만|으나|는데|으며|면서|려고|위해|아서|어서|해|하여|으면|르면|찾아|만나|모여|이뤄진|열린|알려진|불려진|불린|꼽힌|[가-힣][난는]다|[가-힣]다가|[았었였했됐]다(고|며|는|면서)|^(갖|열|맺|찾|받|읽|앉|얻|잡|짓|갔|왔|했|됐|듣|들었)고)$/;

/** Words of meeting prose, never in a name ("회동이후 올트먼"). */
export const MEETING_WORD = /회동|면담|회담|만남|오찬|만찬|접견|방한|방문|간담/;

/** Titles that name a post a person holds: a foreign name is read only before one of these. */
export const PERSON_TITLE =
  /(CEO|CTO|CFO|COO|CSO|GIO|CIO|CMO|CDO|CPO|CCO|CRO|최고경영자|회장|사장|대표|대표이사|총괄이사|상무이사|전무이사|집행이사|상임이사|창업자|창업주|설립자|의장|이사장|총리|수상|대통령|부통령|왕세자|왕세제|국왕|여왕|왕비|왕세자빈|주석|장관|국무위원|대사|총재|사무총장|부총리|부회장|위원장|공동의장|의원|청장|지사|총장|서기장|당서기|서기|책임자|은행장|행장|총영사|영사|소장|차관|차관보|국장|보좌관|참사관|수석|실장|대변인|의전장|고문|총경리|외교부장|상무부장|국방부장|재정부장|최고지도자|재무관|관리관|재무상|외무상|외상|경제산업상|경산상|방위상|총무상|법무상|사령관|부사령관|총사령관|부총사령관|시장)$/;

/** Organisation-like words the data may not know yet: Latin letters, or a company suffix. */
export const ORG_SUFFIX =
  /(전자|그룹|텔레콤|하이닉스|건설|효성|금융|지주|네트웍스|은행|증권|카드|생명|화학|케미칼|케미컬|바이오|게임즈|코리아|재단|협회|연구원|대학교|대학|위원회|공사|공단|홀딩스|컴퍼니|코퍼레이션|인터내셔널|인터네셔널|인베스트먼트|매니지먼트|캐피탈|자산운용|시스템즈|컨설팅|엔터테인먼트|제약|상사|캐피털|벤처스|파트너스|랩스|테크|소프트|모빌리티|에너지|중공업|물산|통신|부|처|청|연락회|연합회|협의회|학회|연맹|포럼|회의소|의회|연구소|대사관|영사관|중앙회|노총|동우회|전경련|한경협|총리실|비서실|대통령실|왕세제실|왕세자실)$/;

/** A company's generic word, printed apart from its name ("빈 그룹"): never an organisation alone. */
export const COMPANY_WORD =
  /^(그룹|전자|홀딩스|재단|은행|증권|생명|화학|건설|중공업|물산|통신|텔레콤|컴퍼니|코퍼레이션|인터내셔널|인터네셔널|본사)$/;

/** The last word of a company's name printed in full ("… 의료기계 유한공사", "북경 북진 여행사"): a name after it. */
export const COMPANY_END = /^(유한공사|유한회사|고분유한공사|주식회사|여행사)$/;

/** Titles that by themselves say someone heads or holds a post. */
export const STRONG_TITLE =
  /(회장|사장|대표|CEO|최고경영자|대통령|총리|장관|의원|위원장|의장|창업자|총재|대사|총영사|도지사|지사|시장|여사|실장|수석|차장|사무총장|이사장|당선인|주석|국왕|여왕|왕비|왕세자|책임자|CTO|CFO|COO|CSO|GIO|CIO|CMO|CDO|CPO|CCO|CRO|본부장|부문장|청장|최고위원|차관|원장|총장|후보|대변인)|은행장$/;

/** A word whose ending is in the past: a syllable closed by ㅆ (했, 었, 았, 였, 됐, 졌, 났…) before the ending. */
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

/** An action verb's past adnominal on the meeting word or its light verb: 만난, 회동한, 가진, 마친, 진행된. */
export const PAST_ADNOMINAL =
  /^(만난|가진|마친|나눈|연|회동한|면담한|회담한|접견한|예방한|방문한|찾은|진행한|진행된|열린|이뤄진|함께한|참석한|주재한)$/;

/** The present declarative of a verb (만난다, 갖는다, 한다, 연다): a scheduled event, in news prose. */
export const PRESENT =
  /(는다|한다|된다|난다|갖는다|연다|간다|온다|찾는다|진행한다|회동한다|면담한다|만난다)(고|며|면서|는|니|지만)?$/;
