// Stage 2: which lines of the page are the article (headlines, body, photo captions) and which surround it (menus,
// weather, share buttons, bylines, copyright, lists of other stories), each with the reason it was judged so.
import {
  JOURNALIST,
  PHOTO_CREDIT,
  PHOTO_CREDIT_LINE,
  PHOTO_NUMBER,
  PHOTO_STAMP,
  PICTURED,
  WIRE_DATELINE,
} from '../korean/lexicon';
import type { BodyStage, JudgedLine, Page, PageLine } from './types';

/** A line that ends a sentence the way news prose does (…했다. / …이다” / …밝혔다.), also where the next sentence is
 * glued to the full stop ("…말했다.조 회장은"). */
const SENTENCE_END = /[가-힣][.?!]["'”’)]*(\s|$)|다["'”’]?\s*$|[가-힣]다\.(?=[가-힣“"‘'])/g;

/** What a page prints after its article, which a body saved on one line carries at its end. */
const SHORT_LABEL = 'short label (menu item, name or byline)';
const PHOTO_BUTTON = "a photo's button";
/** A photographer's credit with an e-mail, on a line of its own ("최해국기자 photo@news.kr"). */
const CREDIT_WITH_EMAIL = /^[가-힣]{2,4}\s*(기자|특파원)\s+[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
/** Lines between paragraphs that are a gap in the article, not its end: the outlet's name, a byline, a photo's button. */
const gap = (reason: string | undefined) => reason === SHORT_LABEL || reason === PHOTO_BUTTON;
/** A line that carries no words: a stray comma or table bar, an image printed as markdown ("![](https://…)"). */
const wordless = (text: string) => !/[\p{L}\p{N}]/u.test(text) || /^!\[[^\]]*\]\([^)]*\)[\s|]*$/.test(text.trim());
const TAIL_CHROME = ['copyright notice', 'contact details', 'subscription or privacy box', 'publisher details'];

const CHROME: { test: RegExp; reason: string }[] = [
  { test: /copyright|ⓒ|©|all rights reserved|무단\s*(전재|복제|배포)|재배포\s*금지/i, reason: 'copyright notice' },
  {
    test: /등록번호|사업자|발행인|편집인|청소년\s*보호|고충처리|제호\s*[:：]|대표이사\s*[·ㆍ]/,
    reason: 'publisher details',
  },
  { test: /개인정보|이용약관|동의를 거부|광고 동의|수신 동의|뉴스레터|구독/, reason: 'subscription or privacy box' },
  { test: /자동\s*요약|본문과 함께 읽|요약된 내용/, reason: 'automatic summary notice' },
  { test: /@[a-z0-9-]+(\.[a-z0-9-]+)+|\b(tel|fax)\b|☎/i, reason: 'contact details' },
  { test: /-?\d+(\.\d+)?\s*℃/, reason: 'weather' },
  {
    test: /^(입력|등록|수정|기사입력|최종수정|최종편집|업데이트|발행|게재|송고|승인|기사승인|작성일|등록일)\s*[:：]?\s*\d{4}/,
    reason: 'time stamp',
  },
  { test: /^\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?\s+(오전|오후)?\s*\d{1,2}:\d{2}/, reason: 'time stamp' },
  { test: /^\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일(\s*[월화수목금토일]요일)?$/, reason: 'date of the page' },
  {
    test: /^(관련\s*기사|관련\s*뉴스|많이 본|인기\s*기사|추천\s*기사|주요\s*뉴스|최신\s*뉴스|함께 보면|이 시각)/,
    reason: 'list of other stories',
  },
  { test: /^번호\s+제목/, reason: 'list of other stories' },
  { test: /^\d+\s+\S.*\s\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}$/, reason: 'list of other stories' },
  { test: /^(AD|ad|광고|댓글|닫기|공유|공유하기|보기|펼치기\/접기|메뉴 건너뛰기)$/, reason: 'menu or button' },
  {
    test: /^<?\s*이미지를 클릭하시면|^(원본\s?보기 아이콘|이미지 확대|사진 확대|확대\s?보기|크게\s?보기)$/,
    reason: PHOTO_BUTTON,
  },
  { test: /^댓글 첫 댓글을|^주소복사가 완료/, reason: 'menu or button' },
  { test: /^\(제공\s*=|^\[?제공\]?\s*=/, reason: 'credit' },
];

export function isProse(text: string): boolean {
  const t = text.trim();
  // A short paragraph is prose when it is a sentence that ends like one ("두 사람은 … 대화를 나눴다.").
  if (t.length < 25 && !(t.length >= 12 && /\s/.test(t) && /[가-힣]다\.["'”’]?$/.test(t))) return false;
  return (t.match(SENTENCE_END) ?? []).length > 0 && /[가-힣]{2,}/.test(t);
}

/** A photo caption: prose that ends in a photographer's credit, or names who is pictured. */
export function isCaption(text: string): boolean {
  const t = text.trim();
  if (PHOTO_CREDIT.test(t)) return true;
  // "… 악수하고 있다. KT제공": the photo's present, then who gave the photo.
  if (/고 있다\.\s*[가-힣A-Za-z·]{2,20}\s?제공\.?$/.test(t)) return true;
  // "…기념촬영을 하고 있다. (청와대 페이스북) 2018.7.9/뉴스1": a sentence, then a wire photo's stamp.
  if (/다\.\s/.test(t) && PHOTO_STAMP.test(t)) return true;
  if (PICTURED.test(t)) return true;
  // Where someone stands ("구자은(왼쪽 네 번째) … 기념촬영을 하고 있다./… 캡처"), the photo's present at its end, a
  // credit at most after it: a photo, whatever its credit. Not a paragraph that goes on.
  if (/\((왼쪽|오른쪽|가운데|앞줄|뒷줄)[^)]{0,12}\)/.test(t) && /고 있다\.\s*\/?[^.]{0,40}$/.test(t)) return true;
  // "▲ 최태원 회장이 … 대화하고 있다": the mark news sites put before a photo's caption.
  if (/^[▲△▶]\s*\S/.test(t) && /[.다]\s*$/.test(t)) return true;
  const last = t.split(/\s+/).slice(-2).join(' ');
  return /[.다]\s*[가-힣]{2,4}\s*(기자|특파원)$/.test(t) || (/^[가-힣]{2,4}\s*기자$/.test(last) && /다\.\s/.test(t));
}

export function chromeReason(text: string): string | undefined {
  const t = text.trim().replace(/^[•·\-–*▲■□◆○●]\s*/, '');
  for (const c of CHROME) if (c.test.test(t)) return c.reason;
  if (/^[가-힣]{2,4}\s*$/.test(t) || (JOURNALIST.test(t) && t.length <= 20)) return SHORT_LABEL;
  return undefined;
}

/** A line that can be a headline or sub-headline: words, not a label; not a full sentence of prose. */
function headlineLike(text: string): boolean {
  const t = text.trim();
  return t.length >= 12 && t.length <= 120 && /\s/.test(t) && /[가-힣]{2,}/.test(t) && !/다\.\s*$/.test(t);
}

/** Lines that are not prose, allowed between two paragraphs (sub-headlines, a caption, a tag like [매체]). */
const MAX_GAP = 3;

interface Block {
  from: number;
  to: number;
  chars: number;
}

/** The article: the run of prose paragraphs with the most text, gaps of a few short lines allowed. */
function bodyBlock(lines: PageLine[], prose: boolean[], blocked: boolean[]): Block | null {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].text.trim() === '') continue;
    if (prose[i] && !blocked[i]) {
      current ??= { from: i, to: i, chars: 0 };
      current.to = i;
      current.chars += lines[i].text.trim().length;
      gap = 0;
    } else if (current) {
      gap += 1;
      // A photo's credit, or its photographer with an e-mail ("최해국기자 photo@news.kr"), between paragraphs.
      const credit = PHOTO_CREDIT_LINE.test(lines[i].text.trim()) || CREDIT_WITH_EMAIL.test(lines[i].text.trim());
      if (gap > MAX_GAP || (blocked[i] && !isCaption(lines[i].text) && !credit)) {
        blocks.push(current);
        current = null;
        gap = 0;
      }
    }
  }
  if (current) blocks.push(current);
  return blocks.reduce<Block | null>((best, b) => (!best || b.chars > best.chars ? b : best), null);
}

/** For each line, the nearest line after it (step 1) or before it (step -1) that is not blank ('' for none), in one
 * pass: a page of many thousand lines is not read once per line. */
function nearestNonBlank(texts: string[], step: 1 | -1): string[] {
  const out = new Array<string>(texts.length);
  let seen = '';
  for (let k = 0; k < texts.length; k++) {
    const i = step === 1 ? texts.length - 1 - k : k;
    out[i] = seen;
    if (texts[i] !== '') seen = texts[i];
  }
  return out;
}

/** Stage 2: the page's lines judged, or the problem when none of them is news prose. */
export function body(page: Page): BodyStage {
  const { lines } = page;
  const texts = lines.map((l) => l.text.trim());
  const next = nearestNonBlank(texts, 1);
  const previous = nearestNonBlank(texts, -1);
  // A photo's line whose credit is printed on the next line ("대한상공회의소 제공", "사진=연합뉴스").
  // A bare "최다은 기자" after the last paragraph is the byline, not a photographer's credit.
  const creditNext = texts.map(
    (t, i) =>
      PHOTO_CREDIT_LINE.test(next[i]) &&
      !/^[가-힣]{2,4}\s*(기자|특파원)$/.test(next[i]) &&
      /(고 있다|했다)\.?\s*$/.test(t),
  );
  // The mark and the photo's credit on a line of their own, the caption after it ("▲ ⓒ 권우성").
  // Or a wire photo's title, numbered ("… 악수하는 문 대통령<YONHAP NO-2763>"), the caption after it.
  const markBefore = previous.map((p) => /^[▲△▶]\s*ⓒ/.test(p) || PHOTO_NUMBER.test(p));
  const captionAt = (i: number) => isCaption(lines[i].text) || creditNext[i] || markBefore[i];
  // An e-mail at the end of a caption or a paragraph ("… 참석했다. 2024.01.24 photo@news.kr") is its credit, and a
  // copyright notice at the end of a body printed on one line is the page's: the line is still the article's.
  const reasons = lines.map((l) => {
    const r = chromeReason(l.text);
    if (r === 'contact details' && (isCaption(l.text) || (isProse(l.text) && l.text.trim().length >= 80)))
      return undefined;
    // A caption ending in its photo's credit ("… 왼쪽부터 A, B. ⓒ뉴시스"): the caption is the article's.
    const credit = /ⓒ\s*[가-힣A-Za-z]{2,10}\s*$/.exec(l.text.trim());
    const shown = credit ? l.text.trim().slice(0, credit.index) : '';
    if (r === 'copyright notice' && credit && (isCaption(shown) || /고 있다\..*(왼쪽|오른쪽)\s?부터/.test(shown)))
      return undefined;
    const paragraphs = (l.text.match(SENTENCE_END) ?? []).length >= 3 && l.text.trim().length >= 200;
    return paragraphs && TAIL_CHROME.includes(r ?? '') ? undefined : r;
  });
  // A saved page may be cut short: its last line, a paragraph cut mid-sentence, is still the article's.
  const last = lines.map((l) => l.text.trim() !== '').lastIndexOf(true);
  const cutShort = (i: number) => {
    const t = lines[i].text.trim();
    return (
      i === last &&
      t.length >= 60 &&
      (t.match(/\s/g) ?? []).length >= 8 &&
      /[가-힣]{2,}(고|며|서|는|은|을|를|이|가|에|의),?\s/.test(t)
    );
  };
  const prose = lines.map((l, i) => (isProse(l.text) || cutShort(i)) && !captionAt(i));
  // With no article found otherwise, a line of two sentences or more that also carries an address or a notice
  // ("… 논의했다. … 밝혔다. ⓒ 뉴스 무단전재 금지") is still the article's: never refuse a page that has one. So is a
  // wire's one sentence after its dateline ("(서울=뉴스1) 박정호 기자 = … 악수하고 있다. 2021.4.23/뉴스1 … ©"), and a
  // story printed on one line that ends in its photo's caption ("… 밝혔다. A(사진 왼쪽부터)이 … 하고 있다.<ⓒ…>").
  const strict = reasons.map((r) => r !== undefined && !gap(r));
  const loose = reasons.map(
    (r, i) =>
      strict[i] &&
      !(
        (prose[i] || (captionAt(i) && isProse(lines[i].text))) &&
        r !== 'time stamp' &&
        r !== 'list of other stories' &&
        ((lines[i].text.match(SENTENCE_END) ?? []).length >= 2 || WIRE_DATELINE.test(lines[i].text.trim())) &&
        lines[i].text.trim().length >= 100
      ),
  );
  const blocked = bodyBlock(lines, prose, strict) ? strict : loose;
  reasons.forEach((r, i) => {
    if (r && !blocked[i] && !gap(r)) reasons[i] = undefined;
  });
  // A photo story may be captions only: then they are the article.
  const block =
    bodyBlock(lines, prose, blocked) ??
    bodyBlock(
      lines,
      lines.map((_, i) => captionAt(i) && isProse(lines[i].text)),
      blocked.map((b, i) => b && !captionAt(i)),
    );
  const judged: JudgedLine[] = [];
  // After the article, a list under a heading ("관련기사") keeps the heading's reason.
  let afterReason = 'after the article';
  lines.forEach((line, i) => {
    if (line.text.trim() === '') return;
    const inBody = block !== null && i >= block.from && i <= block.to;
    const before = block !== null && i < block.from;
    if (reasons[i]) {
      if (block !== null && i > block.to) afterReason = reasons[i]!;
      return judged.push({ line, role: 'chrome', reason: reasons[i] });
    }
    // Or right after it, with nothing but captions, a photo's button or wordless lines between ("… 기공식을 가졌다. |
    // 사진 왼쪽부터 A, B, C", "… 논의했다. | , | 원본보기 아이콘 | ▲A 시장, B 부회장").
    const rightAfter =
      block !== null &&
      i > block.to &&
      lines.slice(block.to + 1, i).every((l, k) => {
        const j = block.to + 1 + k;
        return l.text.trim() === '' || captionAt(j) || wordless(l.text) || reasons[j] === PHOTO_BUTTON;
      });
    if (captionAt(i) && (inBody || before || rightAfter)) return judged.push({ line, role: 'caption' });
    if (inBody) {
      if (prose[i]) return judged.push({ line, role: 'body' });
      if (headlineLike(line.text)) return judged.push({ line, role: 'headline' });
      return judged.push({ line, role: 'chrome', reason: 'label inside the article' });
    }
    if (before && headlineLike(line.text)) return judged.push({ line, role: 'headline' });
    const reason = before ? 'menu or label before the article' : block === null ? 'no article body found' : afterReason;
    judged.push({ line, role: 'chrome', reason });
  });
  const problems =
    block === null
      ? [
          {
            file: page.file,
            message: 'no article body found: the page has no paragraph of news prose (is it the right file?)',
          },
        ]
      : [];
  return { lines: judged, problems };
}
