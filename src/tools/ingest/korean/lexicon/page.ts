// A page's furniture: wire datelines, bylines, photo credits and stamps, and the words of a photo's caption.

/** A wire's photo stamp after a caption's sentence, the page's notices run on after it ("… 있다.
 * 2021.4.23/뉴스1pjh@news1.kr[© 뉴스1코리아 …]"). */
export const WIRE_PHOTO_STAMP =
  /다\.\s*(?:\([^()]{1,20}\)\s*)?(\d{4})\.(\d{1,2})\.(\d{1,2})\.?\/(뉴스1|뉴시스|연합뉴스)/;

/** A wire dateline opening the article: "(서울=연합뉴스) 김철수 기자 =", "[서울=뉴스핌] 김승현 기자 =". */
export const WIRE_DATELINE = /^[([][가-힣]{2,6}\s*=\s*[^)\]]+[)\]]\s*([가-힣]{2,4})\s*(?:기자|특파원)\s*=/;

/** A byline or a photo credit: the name before it is a journalist's, never a participant's. */
export const JOURNALIST = /(기자|특파원|앵커|논설위원|편집위원|객원기자|통신원|리포터)$/;

/** A photo's credit glued to the sentence after it ("…회장. 연합뉴스윤석열 대통령이"): never part of that sentence. */
export const GLUED_CREDIT = /^(연합뉴스|뉴시스|뉴스1|게티이미지코리아|게티이미지|로이터|AFP|AP)(?=[가-힣])/;

/** A wire photo's number at the end of its title ("…<YONHAP NO-2763>"). */
export const PHOTO_NUMBER = /<\s*YONHAP NO-\d+\s*>\s*$/;

export const PHOTO_CREDIT = /사진\s*[=:]|사진제공|제공\s*=|\[사진|\(사진/;

/** A wire photo's stamp, at the end of its caption or on a line of its own ("(청와대 페이스북) 2018.7.9/뉴스1",
 * "2024.02.28. photo@newsis.com"). */
export const PHOTO_STAMP =
  /(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?\s*(\/\s*[가-힣A-Za-z0-9]{2,10}|[\w.]+@[\w.]+)(\s*\*?재판매 및 DB 금지)?(\s*ⓒ\s*[\w\s가-힣]{2,30})?\s*\|?\s*$/;

/** A line that is only a photo's credit, printed under its caption. */
export const PHOTO_CREDIT_LINE =
  /^(사진\s*[=:]?\s*)?[가-힣A-Za-z·\s]{2,20}\s*(제공|기자|특파원)$|^▲?\s*ⓒ\s*\S+$|^\/\s*[가-힣]{2,4}\s*기자|^(\([^)]{1,20}\)\s*)?\d{4}\.\d{1,2}\.\d{1,2}\.?\s*\/\s*[가-힣A-Za-z0-9]{2,10}$|^[가-힣]{0,10}(사진기자단|공동취재단|취재사진단)$/;

/** "16일 재계에 따르면": the day the news is told on, printed before its source. */
export const TOLD_ON_DAY = /(?:^|\s)(\d{1,2})일\s*(?:\S+\s+){0,3}?\S*에\s*(?:따르면|의하면)/;

/** Verbs that report the news, after the date they were said on ("…한 것으로 2일 알려졌다"). */
export const REPORTED_ON = /^\s*(알려졌|전해졌|밝혔|나타났|확인됐|보도했|발표했|전했)/;

/** Where someone stands in a photo, after their name ("허창수 회장(앞줄 왼쪽)과"): the sentence is a caption. */
export const STANDS_IN_PHOTO =
  /[(（](앞줄\s*|뒷줄\s*)?(왼쪽|오른쪽|가운데|좌측|우측)(\s*(첫|두|세|네|다섯|여섯|일곱|[0-9]+)\s*번째)?[)）]/;

/** A caption's places of people in the picture ("B(가운데), C(왼쪽)"): shown together. */
export const PHOTO_PLACES = /\((사진\s?)?(왼쪽|오른쪽|가운데)[^)]{0,8}\).*\((사진\s?)?(왼쪽|오른쪽|가운데)/;

/** A caption listing whom the photo shows, in order ("왼쪽부터 A, B", "A 회장, B 장관(왼쪽부터)."). */
export const PICTURED =
  /^[▲△■◆▶\s]*[(（]?(사진\s*)?(앞줄\s*|뒷줄\s*)?(왼쪽|오른쪽|좌측|우측)(부터|에서)|\((사진\s*)?(왼쪽|오른쪽)\s?부터\)\.?\s*$/;
