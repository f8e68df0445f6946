// Words of a sentence as the assistant reads them: split at spaces and punctuation, stock codes and Latin glosses
// in brackets set aside ("SK(034730)그룹" reads as "SK그룹"), each word with its particle taken off.
import { josa } from 'es-hangul';
import {
  BRACKETED_HEAD_POST,
  CHAMBER_SHORT,
  COUNTRIES,
  PARTICLES,
  QUOTED_MEETING,
  SAID_SO,
  SPACED_TITLES,
} from './lexicon';

export interface Token {
  /** Offsets in the sentence's original text. */
  start: number;
  end: number;
  /** The word as read (bracketed glosses removed), particle included. */
  text: string;
  /** The word without its particle. */
  stem: string;
  particle: string;
  /** Punctuation right after the word (",", "·", "…"): lists are read from it. */
  after: string;
  /** Inside a quotation: someone's words, not the reporter's. */
  quoted: boolean;
  /** A gloss in Latin letters glued right after the word, without its brackets ("카이 베크만(Kai Beckmann)"). */
  latin?: string;
}

/** Brackets glued to a word that hold a code, an acronym or a Latin gloss ("(034730)", "(CEO)", "(Builder Lab)"), a
 * post held now or then ("회장(現 게이단렌 부회장)과도"), a
 * name in Chinese characters ("강신호(姜信鎬)", "미즈시마 고이치(水嶋 光一)", "양제츠(楊潔?)" with a character lost, "(姜信鎬·60)"
 * with an age, or an age alone after its dot, "(.50)"), a photo's position ("(왼쪽)", "(사진 오른쪽)", "(얼굴)", "<사진>",
 * "(〃여섯 번째)"), a time zone ("(현지시간)") or an organisation's short name ("한국노동조합총연맹(한국노총)", "전국경제인연합회(이하 ‘전경련’)"); a quote
 * mark glued before a particle; a page's link to someone's other stories ("최재원닫기최재원기사 모아보기"). */
const GLOSS =
  /\([0-9A-Za-zÀ-ÿ][0-9A-Za-zÀ-ÿ .,&'/-]{0,50}([·ㆍ]\s?사진)?\)|\([\u3400-\u4DBF\u4E00-\u9FFF]{1,8}(\s[\u3400-\u4DBF\u4E00-\u9FFF]{1,8})?\??([·ㆍ,]\s?\d{2,3}세?)?\)|\([.·ㆍ]\s?\d{2,3}세?\)|\((사진\s?)?〃?\s?(맨\s?)?(왼쪽|오른쪽|가운데|앞줄|뒷줄)[^)]{0,16}\)|\(〃[^)]{0,16}\)|(?<=(연맹|협회|연합회|위원회|공사|재단|공단|조합|협의회|상공회의소|연구원))\([가-힣]{2,10}\)(?=\s)|[(<](사진|얼굴)[)>]|\(이하\s?['‘’"“”]?[가-힣A-Za-z0-9]{1,12}['‘’"“”]?\)|\((현지\s?시간|현지\s?시각)\)|\((現|前|현|전|당시)\s[^()]{1,30}\)|(?<=[가-힣A-Za-z0-9])['’](?=[가-힣]{1,3}(?:\s|$|[,.]))|닫기[가-힣]{2,5}기사 모아보기/g;
// A full stop ends the word before it ("… 구광모 LG 회장."), where a decimal point ("4.0") does not.
// A particle glued to a date by a missing space ("게이츠가21일") ends its word there.
const SPLIT =
  /[\s,·ㆍ‧・･∙\-–—/…()[\]<>「」『』【】〔〕▲△▶■●◆•㈜'‘’]+|(?<=[가-힣][가이는은을를와과도])(?=\d)|(?<=[가-힣A-Za-z])[.!?]+(?=\s|$)|(?<=[“"”])|(?=[“"”])/;

/** The particles a word can end with, checked against its last syllable where the particle has two forms. */
function splitParticle(word: string, glossAt = -1): { stem: string; particle: string } {
  // "대한상의", "주한미국상의": a chamber of commerce written short ends in 의 and is no particle.
  if (CHAMBER_SHORT.test(word)) return { stem: word, particle: '' };
  // "인도", a country whose last syllable is a particle's ("도"): the country.
  if (COUNTRIES.has(word)) return { stem: word, particle: '' };
  for (const p of PARTICLES) {
    if (!word.endsWith(p) || word.length <= p.length) continue;
    const stem = word.slice(0, -p.length);
    // 과/와, 은/는, 이/가, 을/를 agree with the stem's last sound; a stem in Latin letters or digits takes either.
    const pair = {
      과: '와/과',
      와: '와/과',
      은: '은/는',
      는: '은/는',
      이: '이/가',
      가: '이/가',
      을: '을/를',
      를: '을/를',
    }[p[0] as '과'];
    const last = stem[stem.length - 1];
    // A particle right after a gloss agreed with it ("회장(왼쪽 여섯번째)와"): either form.
    const afterGloss = glossAt === stem.length;
    if (pair && /[가-힣]/.test(last) && p.length === 1 && !afterGloss && josa.pick(stem, pair as '와/과') !== p)
      continue;
    return { stem, particle: p };
  }
  return { stem: word, particle: '' };
}

/** The particle after `name` in `word` ('' for none), or null when the word is not the name (plus a particle). */
export function particleAfter(word: string, name: string): string | null {
  if (!word.startsWith(name)) return null;
  const rest = word.slice(name.length);
  if (rest === '') return '';
  if (!PARTICLES.includes(rest)) return null;
  return splitParticle(name + rest).particle === rest || !/^[과와은는이가을를]$/.test(rest) ? rest : null;
}

export function tokenize(sentence: string): Token[] {
  // Glosses are replaced by nothing in the read text; `origin` maps read offsets back to the sentence.
  let read = '';
  const origin: number[] = [];
  // Where in the read text a gloss was taken out, and how many Chinese characters it held.
  const glosses: number[] = [];
  const hanja = new Map<number, number>();
  const latin = new Map<number, string>();
  let last = 0;
  for (const m of sentence.matchAll(GLOSS)) {
    // A name spelled out after a space ("페니 프리츠커 (Penny Pritzker) 미 상무장관") glosses the name too.
    const spacedName =
      /^\([A-Z][a-zÀ-ÿ]+( [A-Z][a-zÀ-ÿ.]+)+\)$/.test(m[0]) && /[가-힣] $/.test(sentence.slice(m.index - 2, m.index));
    const glued = m.index > 0 && (!/\s/.test(sentence[m.index - 1]) || spacedName);
    if (!glued) continue;
    for (let i = last; i < m.index; i++) origin.push(i);
    read += sentence.slice(last, m.index);
    glosses.push(read.length);
    hanja.set(read.length, (m[0].match(/[\u3400-\u4DBF\u4E00-\u9FFF]/g) ?? []).length);
    if (/^\([A-Za-zÀ-ÿ]/.test(m[0])) latin.set(read.length, m[0].slice(1, -1));
    last = m.index + m[0].length;
    // A name in Chinese characters may be glued to the next word ("김우중(金宇中)대우회장"): the two stay apart,
    // unless that word is a particle ("하얼빈(哈爾濱)에서").
    const next = /^[가-힣]+/.exec(sentence.slice(last))?.[0];
    // So may a name in Latin letters of two words or more ("퀴르샤드 튀즈멘(Kursad Tuzmen)무역담당").
    // Not a place's own ending ("장쑤(江蘇)성 당서기", "충칭(重慶)시에서"): one word.
    const placeEnd = /^(성|시|현|주)/.test(next ?? '') && ['', ...PARTICLES].includes((next ?? '').slice(1));
    if (/^\([\u3400-\u9FFF]|^\([A-Z][a-zÀ-ÿ]+ [A-Z]/.test(m[0]) && next && !PARTICLES.includes(next) && !placeEnd) {
      origin.push(m.index);
      read += ' ';
    }
  }
  for (let i = last; i < sentence.length; i++) origin.push(i);
  read += sentence.slice(last);
  origin.push(sentence.length);

  const tokens: Token[] = [];
  let quoted = false;
  let at = 0;
  for (const piece of read.split(SPLIT)) {
    const start = read.indexOf(piece, at);
    if (piece === '') continue;
    at = start + piece.length;
    if (/^[“"”]$/.test(piece)) {
      quoted = piece === '”' ? false : piece === '“' ? true : !quoted;
      continue;
    }
    // ㆍ, a middle dot outlets type as a jamo, is a letter to Unicode.
    const gap = read.slice(at).match(/^(?:[^\p{L}\p{N}]|ㆍ)*/u)?.[0] ?? '';
    const gloss = glosses.find((g) => g > start && g < at);
    // "왕이(王毅) 외교부": a name glossed with as many characters as it has syllables ends in no particle.
    const wholeName = hanja.get(at) === piece.length && /^[가-힣]+$/.test(piece);
    const { stem, particle } = wholeName
      ? { stem: piece, particle: '' }
      : splitParticle(piece, gloss === undefined ? -1 : gloss - start);
    tokens.push({
      start: origin[start],
      end: origin[at - 1] + 1,
      text: piece,
      stem,
      particle,
      // A bullet ("▲A 회장 ▲B 회장") separates a list as a comma does.
      // "㈜LG": the mark of a company, no separator; nor are a release's corner brackets around a name
      // ("「에반 그린버그」 위원장") or a footnote's star glued to a word ("미한재계회의* 위원장").
      // Outlets print the middle dot of a list in several forms ("김견‧김동욱", "Aㆍ B"): one.
      after: gap
        .replace(/㈜|[「」『』]|^\*+/g, '')
        .replace(/[ㆍ‧・･∙]/g, '·')
        .replace(/\s+/g, ' ')
        .replace(/[▲△▶■●◆•]/g, ','),
      quoted,
      ...(latin.has(at) ? { latin: latin.get(at) } : {}),
    });
  }
  return reportedInQuotes(joinSpacedTitles(headsInBrackets(tokens)));
}

/** "한국무역협회(회장 한덕수)는": the particle after the brackets is the organisation's, printed before them. */
function headsInBrackets(tokens: Token[]): Token[] {
  return tokens.flatMap((t, k) => {
    const [org, post, head] = [tokens[k - 3], tokens[k - 2], tokens[k - 1]];
    if (!org || !/\($/.test(org.after) || !/^\)/.test(head.after) || !PARTICLES.includes(t.text)) return [t];
    if (!BRACKETED_HEAD_POST.test(post.text) || !/^[가-힣]{2,4}$/.test(head.text)) return [t];
    Object.assign(org, { text: `${org.stem}${t.text}`, particle: t.text, end: t.end });
    head.after = ' ';
    return [];
  });
}

/** "당 서기", "최고 경영자": a post printed in two words, read as the one title ("당서기", "최고경영자"). */
function joinSpacedTitles(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.after === ' ' && next && SPACED_TITLES.some(([first, rest]) => t.text === first && rest.test(next.text))) {
      out.push({ ...next, start: t.start, text: `${t.text}${next.text}`, stem: `${t.text}${next.stem}` });
      i++;
    } else out.push(t);
  }
  return out;
}

/** "…"A를 만났다"고 밝혔다": a meeting someone says took place, told in their words and confirmed as said — what was
 * done, not what someone thinks. The quote is read as the reporter's. */
function reportedInQuotes(tokens: Token[]): Token[] {
  for (let end = 0; end < tokens.length - 2; end++) {
    if (!tokens[end].quoted || tokens[end + 1].quoted) continue;
    if (!/^(고|라고)$/.test(tokens[end + 1].text) || !SAID_SO.test(tokens[end + 2].text)) continue;
    let start = end;
    while (start > 0 && tokens[start - 1].quoted) start--;
    // Or a meeting noun with its light verb ("…과의 면담은 16일 … 진행했다").
    const light =
      /(진행했|가졌)(다|습니다)$/.test(tokens[end].text) &&
      tokens.slice(start, end).some((t) => /^(면담|회동|회담|만남|오찬|만찬)/.test(t.text));
    if (!QUOTED_MEETING.test(tokens[end].text) && !light) continue;
    for (let k = start; k <= end; k++) tokens[k] = { ...tokens[k], quoted: false };
  }
  return tokens;
}
