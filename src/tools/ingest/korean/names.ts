// Korean names: telling one from other words, and writing it in Latin letters (Revised Romanisation, by es-hangul).
import { disassemble, romanize } from 'es-hangul';
import { SURNAMES } from './lexicon';

const HANGUL = /^[가-힣]+$/;

/** The surname of a Korean name (two-syllable surnames first), or undefined when it does not start with one. */
export function surnameOf(name: string): string | undefined {
  if (name.length >= 3 && SURNAMES.has(name.slice(0, 2))) return name.slice(0, 2);
  return SURNAMES.has(name[0]) ? name[0] : undefined;
}

/** Two to four syllables of Hangul starting with a surname: the shape of a Korean person's name. */
export function looksLikeKoreanName(word: string): boolean {
  if (!HANGUL.test(word) || word.length < 2 || word.length > 4) return false;
  const surname = surnameOf(word);
  // Syllables of a transliteration a Korean given name never has ("이스터", "하드", "호르헤", "가세티").
  if (surname !== undefined && /[스즈츠크트프브드르티]/.test(word.slice(surname.length))) return false;
  return surname !== undefined && word.length - surname.length >= 1 && word.length - surname.length <= 2;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Latin letters for a name. A person's name is romanised syllable by syllable, as names are written
 * ("Gwak No-jeong", not the sound-changed "Gwangnojeong"); anything else word by word.
 */
export function romanizeName(ko: string, person = true): string {
  const words = ko.trim().split(/\s+/);
  if (person && words.length === 1 && HANGUL.test(ko)) {
    const surname = surnameOf(ko) ?? ko[0];
    const given = [...ko.slice(surname.length)].map((s) => romanize(s));
    const family = [...surname].map((s) => romanize(s)).join('');
    return `${capital(family)} ${capital(given.join('-'))}`.trim();
  }
  // Latin letters stay; each run of Hangul is romanised ("SK네트웍스" → "SK Neteuwokseu").
  return (
    words
      .flatMap((w) => w.match(/[가-힣]+|[^가-힣]+/g) ?? [])
      .map((part) => (HANGUL.test(part) ? capital(romanize(part)) : part))
      .join(' ')
      .replace(/\s+/g, ' ')
      // A hyphen or dash joins the words it stands between ("쟝–샤를" → "Jyang-Syareul").
      .replace(/\s*[-–]\s*/g, '-')
  );
}

/** An id in the data's style: lowercase ASCII words joined by hyphens. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A name's letters as outlets vary them when they transliterate: no spaces nor hyphens, and an aspirated or tense
 * consonant read as its plain one ("도요타" and "도요다", "카를로스" and "가를로스", "요시히코" and "요시히꼬").
 */
export const loosely = (name: string) =>
  disassemble(name.replace(/[\s\-–]/g, ''))
    .replace(/ㅌ/g, 'ㄷ')
    .replace(/ㅋ/g, 'ㄱ')
    .replace(/ㅍ/g, 'ㅂ')
    .replace(/ㅊ/g, 'ㅈ')
    .replace(/ㄲ/g, 'ㄱ')
    .replace(/ㄸ/g, 'ㄷ')
    .replace(/ㅃ/g, 'ㅂ')
    .replace(/ㅉ/g, 'ㅈ')
    // "sh" before i or e spelled two ways: "라쉬드"/"라시드", "쉐이크"/"셰이크".
    .replace(/ㅅㅜㅣ/g, 'ㅅㅣ')
    .replace(/ㅅㅜㅔ/g, 'ㅅㅖ')
    // "응우옌"/"응우엔": ye and e after a vowel spelled either way.
    .replace(/ㅇㅖ/g, 'ㅇㅔ');

/** A final stop written as a syllable of its own: ㄱ as 그, ㅂ as 브, ㅅ (a final d) as 드, ㅌ as 트. */
const FINAL_AS_SYLLABLE: Record<number, string> = { 1: '그', 17: '브', 19: '드', 25: '트' };

/** A word whose last syllable closes on a stop, with the stop spelled as a syllable of its own ("데이빗" →
 * "데이비드", "그랙" → "그래그"). */
function finalAsSyllable(w: string): string {
  const code = w.charCodeAt(w.length - 1) - 0xac00;
  const own = FINAL_AS_SYLLABLE[code % 28];
  if (w.length < 2 || code < 0 || code > 11171 || own === undefined) return w;
  return `${w.slice(0, -1)}${String.fromCharCode(0xac00 + code - (code % 28))}${own}`;
}

/** Two spellings of one transliterated word: loosely the same, or as many syllables with the same consonants
 * ("바라" and "배라"). */
export const spelledAlike = (a: string, b: string) => {
  // A final s or z is written either way ("페르난데즈", "페르난데스"); so is a final d, as a syllable or a ㅅ under
  // the last one ("데이비드", "데이빗").
  const z = (w: string) => loosely(finalAsSyllable(w).replace(/즈$/, '스'));
  const consonants = (w: string) => z(w).replace(/[ㅏ-ㅣ]/g, '');
  return (
    a === b ||
    z(a) === z(b) ||
    (finalAsSyllable(a).length === finalAsSyllable(b).length && consonants(a) === consonants(b))
  );
};

/** One foreign name of several words spelled two ways, word by word ("미즈시마 고이치", "미즈시마 코이치"; a caption's
 * "도미티 코지" and the body's "도미타 코지"). */
export const alikeWordByWord = (a: string, b: string) => {
  const [x, y] = [a.split(' '), b.split(' ')];
  return x.length > 1 && x.length === y.length && x.every((w, k) => spelledAlike(w, y[k]));
};

/** The same foreign name of several words spelled two ways: its first word the same, the others alike. */
export const sameForeignName = (a: string, b: string) => a.split(' ')[0] === b.split(' ')[0] && alikeWordByWord(a, b);

/** An Arabic name without its links ("칼둔 칼리파 알 무바라크" → "칼둔 칼리파 무바라크"): outlets print it either way. */
export const unlinked = (name: string) =>
  name
    .split(' ')
    .filter((w) => !/^(빈|알|bin|al)$/i.test(w))
    .map((w) => w.replace(/^알-/, ''))
    .join(' ');
