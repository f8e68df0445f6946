// Countries, places, parties and organisations as the news prints them, and who held Korea's highest offices when.
import countries from 'i18n-iso-countries';
import enCountries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import koCountries from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };

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

/** Countries and places as the news prints them before a foreign leader's title ("리창 중국 총리"), with their
 * English names: whose government the leader serves. */
const NEWS_COUNTRY_NAMES: Record<string, string> = {
  // Spelled by the news otherwise than by ISO's Korean list ("트르크메니스탄", "키르키즈스탄", "튀니지아").
  투르크메니스탄: 'Turkmenistan',
  슬로박: 'Slovakia',
  키르기스스탄: 'Kyrgyzstan',
  키르기스: 'Kyrgyzstan',
  키르기즈: 'Kyrgyzstan',
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
  // Spaced, "사우디 아라비아 무함마드 빈 살만": the country's second word, never a name's first.
  아라비아: 'Saudi Arabia',
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

/** Korean cities and provinces shaped like a name ("부산" as 부 and 산, "이천", "남원"): never a person. */
export const PLACES_KOREA = new Set(
  (
    '서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주 수원 창원 성남 용인 고양 ' +
    '화성 평택 구미 포항 거제 여수 천안 아산 청주 전주 목포 김해 안산 이천 파주 원주 춘천 강릉 남원 진주 양산 ' +
    '안양 부천 시흥 광명 군산 익산 순천 광양 당진 서산 김천 경주 안동 영주 통영 사천 하남 오산 안성 여주'
  ).split(' '),
);

/** Korea's provinces by their full names, printed before a governor's post ("한국 충청남도 도지사 A"): no one's name,
 * though an organisation where a post follows ("김하늘 경기도 행정1부지사"). */
export const PROVINCES_KOREA = new Set(
  '경기도 강원도 충청북도 충청남도 전라북도 전라남도 경상북도 경상남도 제주도 강원특별자치도 전북특별자치도 제주특별자치도'.split(
    ' ',
  ),
);

/** China's provinces, whose governor is printed glued to the province ("장쑤성장": the governor of 장쑤성). */
const CHINESE_PROVINCES =
  '산둥 광둥 장쑤 저장 쓰촨 허난 허베이 후난 후베이 푸젠 랴오닝 지린 헤이룽장 산시 간쑤 윈난 구이저우 하이난 장시 안후이 칭하이';

export const PROVINCE_HEAD = new RegExp(`^(${CHINESE_PROVINCES.replace(/ /g, '|')})성장$`);

/** Provinces, states and cities abroad printed between a name and its organisation or post ("지빈창 산둥 루신집단
 * 동사장", "쑨정차이 충칭시 당서기"): never a word of the name. */
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
    '함부르크 쾰른 뒤셀도르프 슈투트가르트 드레스덴 로테르담 안트베르펜 밀라노 로마 토리노 바르셀로나 리스본 ' +
    '더블린 에든버러 맨체스터 리옹 마르세유 라스베이거스 댈러스 마이애미 필라델피아 피닉스 샌디에이고 ' +
    '로스앤젤레스 로스엔젤레스 샌프란시스코 실리콘밸리 시카고 보스턴 시애틀 휴스턴 애틀랜타 디트로이트 토론토 밴쿠버 ' +
    '멕시코시티 상파울루 부에노스아이레스 보고타 시드니 멜버른 타슈켄트 알마티 아스타나 울란바토르 타이베이'
  )
    .split(' ')
    .join('|')})(성|시|주|자치구|도|부|현)?$`,
);

/** Foreign companies the news names in Hangul, printed between a foreign name and its title. */
export const FOREIGN_COMPANIES = new Set(
  (
    '엔비디아 메타 마이크로소프트 애플 구글 알파벳 테슬라 퀄컴 인텔 아마존 오픈AI 소프트뱅크 암 브로드컴 버라이즌 마루베니 ' +
    '폭스콘 도요타 소니 파나소닉 히타치 화웨이 알리바바 텐센트 바이두 샤오미 아람코 보잉 에어버스 지멘스 ' +
    '폭스바겐 오라클 세일즈포스 시스코 우버 넷플릭스 디즈니 월마트 스타벅스 블랙록 블랙스톤 모건스탠리 ' +
    '골드만삭스 퍼플렉시티 앤트로픽 xAI 스페이스X 코인베이스 블룸버그 무바달라 골드만 씨티 JP모건 뱅크오브아메리카 ' +
    '머크 노키아 에릭슨 바스프 볼보 슈나이더 듀폰 보쉬 벤츠 메르세데스벤츠 르노 스텔란티스 제너럴모터스 화이자 모더나 ' +
    '아스트라제네카 노바티스 사노피 하니웰 캐터필러 록히드마틴 레이시온 마이크론 유니레버 네슬레 코카콜라 펩시코 ' +
    '맥도날드 나이키 루이비통 에르메스 샤넬 로레알 아디다스 이케아 에어리퀴드 도레이 미쓰비시 미쓰이 스미토모 닛산 혼다 도시바 캐논 다임러 크라이슬러 다임러크라이슬러 ' +
    // Oil and gas.
    '셸 쉘 엑손모빌 엑슨모빌 셰브론 셰브런 토탈 토탈에너지스 에퀴노르 페트로나스 사빅'
  ).split(' '),
);

/** Korean groups the news names short, in words shaped like a person's name ("현대차 정의선 부회장"). */
export const KOREAN_COMPANIES = new Set(
  '현대차 현대 기아 한화 한진 한진칼 신세계 신한 한전 대우 동원 금호 두산 롯데 포스코 한국전력 현대제철 한국타이어'.split(
    ' ',
  ),
);

/** What follows a country in a body's name run together ("중국국제", "독일연방군"): never a person's name. */
export const COUNTRY_BODY = /^(국제|경제|산업|무역|상공|정부|국가|투자|전국|공산|연방|국방|외교|의회)/;

export const OUTLET_WORD =
  /^[가-힣A-Za-z]{2,10}(신문|일보|뉴스|경제|타임스|방송|닷컴|미디어|투데이|저널|데일리|비즈|헤럴드)$/;

/** Organisation-like words the data may not know yet: Latin letters, or a company suffix. */
export const ORG_SUFFIX =
  /(전자|그룹|텔레콤|하이닉스|건설|효성|금융|지주|네트웍스|은행|증권|카드|생명|화학|케미칼|케미컬|바이오|게임즈|코리아|재단|협회|연구원|대학교|대학|위원회|공사|공단|홀딩스|컴퍼니|코퍼레이션|인터내셔널|인터네셔널|인베스트먼트|매니지먼트|캐피탈|자산운용|시스템즈|컨설팅|엔터테인먼트|제약|상사|캐피털|벤처스|파트너스|랩스|테크|소프트|모빌리티|에너지|중공업|물산|통신|부|처|청|연락회|연합회|협의회|학회|연맹|포럼|회의소|의회|연구소|대사관|영사관|중앙회|노총|동우회|전경련|한경협|총리실|비서실|대통령실|왕세제실|왕세자실|공산당|노동당|회의당|정치국|특위|재계회의|협상회의|(국무|국방|해군|육군|공군|재무|외무|상무|법무|총무|내무|경제산업|농림수산|문부과학|국토교통|후생노동|환경|방위)성)$/;

/** A company's generic word, printed apart from its name ("빈 그룹"): never an organisation alone. */
export const COMPANY_WORD =
  /^(그룹|전자|홀딩스|재단|은행|증권|생명|화학|건설|중공업|물산|통신|텔레콤|컴퍼니|코퍼레이션|인터내셔널|인터네셔널|본사)$/;

/** The last word of a company's name printed in full ("… 의료기계 유한공사", "북경 북진 여행사"): a name after it. */
export const COMPANY_END = /^(유한공사|유한회사|고분유한공사|주식회사|여행사)$/;
