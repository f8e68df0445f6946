// People whose names are not Korean-shaped: foreign names as Korean news transliterates them, one to three words
// before an organisation or a country and a title ("젠슨 황 엔비디아 CEO", "무함마드 빈 살만 사우디아라비아 왕세자",
// "리창 중국 총리"), or after their organisation ("엔비디아의 젠슨 황 CEO"). Later the article writes them short:
// the last word of the name, with or without the title ("황 CEO", "저커버그는"), or the name without spaces.
import { disassemble, disassembleCompleteCharacter, hasBatchim } from 'es-hangul';
import {
  ARABIC_HONORIFIC,
  COMMON_SURNAME,
  COMPANY_END,
  COMPANY_WORD,
  COUNTRIES,
  COUNTRY_BODY,
  FOREIGN_COMPANIES,
  MEETING_WORD,
  NAME_LINK,
  NAME_MODIFIERS,
  NOT_NAMES,
  SIDES,
  NOT_TITLES,
  PARTICLES,
  PERSON_TITLE,
  PLACES_ABROAD,
  PROVINCES_KOREA,
  PROVINCE_HEAD,
  NOT_NAME_ENDING,
  SPAN_OF_TIME,
  SHORT_FIRST_NAMES,
  HYPHENED_FIRST,
  BUSINESS_UNIT,
  VERB_FORM,
  LOANWORD_FINALS,
} from '../korean/lexicon';

import { alikeWordByWord, looksLikeKoreanName, loosely, spelledAlike, surnameOf, unlinked } from '../korean/names';
import type { Token } from '../korean/tokens';
import { looksLikeOrg, orgOrNew, proposeOrganization, proposePerson, titleIn } from './names';
import type { Mention, MentionContext, Sentence } from '../pipeline/types';

/** "받지 않고 윌리엄 로즈": a syllable closed by a consonant other than the seven that loanword spelling allows
 * (ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ) writes a Korean word, a verb's, never a transliterated name's. */
const unlikeLoanword = (w: string) =>
  [...w].some((ch) => /[가-힣]/.test(ch) && !LOANWORD_FINALS.has(disassembleCompleteCharacter(ch)!.jongseong));

/** Two words of three syllables or more that differ in one letter of one syllable ("베닝크", "베닝트"). */
function oneLetterOff(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 3 || !/^[가-힣]+$/.test(a + b)) return false;
  const differ = [...a].flatMap((ch, k) => (ch === b[k] ? [] : [[ch, b[k]]]));
  if (differ.length !== 1) return false;
  const [x, y] = differ[0].map((ch) => disassembleCompleteCharacter(ch)!);
  return (
    [x.choseong !== y.choseong, x.jungseong !== y.jungseong, x.jongseong !== y.jongseong].filter(Boolean).length === 1
  );
}

/** A word that can be part of a transliterated name: Hangul, no particle, not a title, an organisation or a place. */
export function nameWord(ctx: MentionContext, t: Token | undefined, inner = false): boolean {
  // Inside a name a word has no particle, whatever its last syllable looks like ("페드로 산체스": not 페드 + 로).
  // A double-barrelled name keeps its hyphen ("퀼링-바커").
  if (
    !t ||
    (t.particle !== '' && !(inner && /^[로나도이가와만]$/.test(t.particle))) ||
    !/^[가-힣]{1,6}([-–][가-힣]{1,6})?$/.test(t.text)
  )
    return false;
  if (unlikeLoanword(t.text)) return false;
  // "회장인 허창수": a title's adnominal before the name it belongs to.
  if (
    /인$/.test(t.text) &&
    (titleIn(t.text.slice(0, -1)) || orgLike(ctx, t.text.slice(0, -1)) || NOT_NAMES.has(t.text.slice(0, -1)))
  )
    return false;
  // A common noun with a particle the tokenizer leaves on ("시절에도").
  for (const w of [t.text, t.stem, t.text.replace(/(에도|에는|에서도|에서)$/, '')])
    if (
      titleIn(w) ||
      NOT_NAMES.has(w) ||
      NAME_MODIFIERS.has(w) ||
      COUNTRIES.has(w) ||
      // "주캄보디아 대사": a posting abroad, of the title.
      (/^주/.test(w) && COUNTRIES.has(w.slice(1))) ||
      // "중국국제 다국적기업촉진회장": a country's body, its name run together.
      [2, 3].some((n) => COUNTRIES.has(w.slice(0, n)) && COUNTRY_BODY.test(w.slice(n))) ||
      PLACES_ABROAD.test(w) ||
      SPAN_OF_TIME.test(w) ||
      NOT_NAME_ENDING.test(w) ||
      // "미국통 류진", "재무통": someone versed in something, said before their name.
      /^[가-힣]{2,}통$/.test(w) ||
      // "호텔에서일본": two words printed as one across a place's particle.
      /[가-힣]에서[가-힣]{2,}$/.test(w) ||
      // "한중 경제협력 대표": two common words run together.
      (w.length === 4 && NOT_NAMES.has(w.slice(0, 2)) && NOT_NAMES.has(w.slice(2)))
    )
      return false;
  // A company with its particle glued on ("도요타와"), as the tokenizer leaves words it does not know.
  const bare = PARTICLES.filter((p) => t.text.endsWith(p)).map((p) => t.text.slice(0, -p.length));
  if ([t.text, ...bare].some((w) => FOREIGN_COMPANIES.has(w)) || looksLikeOrg(t.text) || VERB_FORM.test(t.text))
    return false;
  // Someone data/ knows by this word; a short given name that begins a longer one ("샘" of "샘 올트먼") may begin
  // another's ("샘 팔미사노"); an honorific begins many ("셰이크").
  const people = ctx.table.get(t.text)?.filter((e) => e.entity.kind === 'person') ?? [];
  if (
    people.length &&
    !ARABIC_HONORIFIC.test(t.text) &&
    !(SHORT_FIRST_NAMES.includes(t.text) && people.every((e) => e.words.length > 1))
  )
    return false;
  if (MEETING_WORD.test(t.text) || /(이후|이전|직후|직전|당시)$/.test(t.text)) return false;
  // A verb in the past that joins the next clause ("둘러봤고", "만났으며"): closed by ㅆ before 고 or 으며.
  if (/(고|으며)$/.test(t.text) && disassemble(t.text.replace(/(고|으며)$/, '').slice(-1)).endsWith('ㅆ')) return false;
  return ![...ctx.known.entities.values()].some((e) => e.kind === 'organization' && e.names.includes(t.text));
}

export const orgLike = (ctx: MentionContext, w: string) =>
  COUNTRIES.has(w.replace(/\(.*\)$/, '')) ||
  PLACES_ABROAD.test(w) ||
  FOREIGN_COMPANIES.has(w) ||
  looksLikeOrg(w) ||
  [...ctx.known.entities.values()].some((e) => e.kind === 'organization' && e.names.includes(w));

/**
 * A Korean name of a common surname and two given syllables ("손경식"): a word the news rarely means otherwise, but
 * for a party ("공산당").
 */
const koreanNamed = (w: string) => w.length === 3 && COMMON_SURNAME.test(w) && !/당$/.test(w) && looksLikeKoreanName(w);

/** "지도부와 이수영 회장": a word with a particle before a Korean name is no name's word. */
const beforeKoreanName = (t: Token, next: Token | undefined) =>
  /^(와|과|을|를|의|에서|에게)$/.test(t.particle) &&
  next?.particle === '' &&
  /^[가-힣]{3}$/.test(next.text) &&
  looksLikeKoreanName(next.text);

/** The words of a name that begins at token `i`, its organisation and title, or null. */
function parse(ctx: MentionContext, tokens: Token[], i: number) {
  const prev = tokens[i - 1];
  // A name starts a phrase: at the start, after punctuation, after a word with a particle, or after "Org의".
  // A mark of no letters ("기자 = 사티아 나델라") ends what came before it.
  const opens =
    !prev ||
    prev.after !== ' ' ||
    !/[\p{L}\p{N}]/u.test(prev.text) ||
    // "‘亞 최대 부호’ 암바니 회장": a closing quote ends what came before it.
    /[’”』」]$/.test(prev.text) ||
    prev.particle !== '' ||
    orgLike(ctx, prev.text) ||
    COMPANY_END.test(prev.text) ||
    NOT_NAMES.has(prev.text) ||
    // "방한 중인 덩룽": a common word's adnominal; so is a post's ("왕세자인 셰이크 모하메드 …").
    (/인$/.test(prev.text) && (NOT_NAMES.has(prev.text.slice(0, -1)) || PERSON_TITLE.test(prev.text.slice(0, -1)))) ||
    VERB_FORM.test(prev.text) ||
    unlikeLoanword(prev.text) ||
    /^\d|[일시분]$/.test(prev.text) ||
    (prev.text === '반' && /\d시$/.test(tokens[i - 2]?.text ?? ''));
  // "오후 8시 반 블라디미르 푸틴": half past the hour, not the link of a Dutch name ("반 롬파위").
  if (!opens || (tokens[i].text === '반' && /\d시$/.test(prev?.text ?? ''))) return null;
  // "북경 보찌에 의료기계 유한공사 커시안 총사장": the company's words, up to its last, are no name's.
  for (let k = i; k < i + 5 && tokens[k]?.after === ' ' && !/^(과|와|을|를|의)$/.test(tokens[k].particle); k++)
    if ([tokens[k].text, tokens[k + 1]?.text ?? ''].some((w) => COMPANY_END.test(w))) return null;
  // "Org의 A 회장", or a country before the name ("중국 리커창 총리"): theirs, unless another follows the name.
  let org =
    prev && prev.particle === '의' && orgLike(ctx, prev.stem)
      ? prev.stem
      : prev && prev.particle === '' && prev.after === ' ' && COUNTRIES.has(prev.text)
        ? prev.text
        : undefined;
  // The longest run of name-like words, joined by spaces.
  // A word whose last syllable looks like a particle ("위도도", "페드로") is still the name's where another word of
  // it, an organisation, a country or a title follows ("조코 위도도 인도네시아 대통령").
  const goesOn = (k: number, depth = 0): boolean => {
    const t = tokens[k];
    if (t === undefined) return false;
    if (nameWord(ctx, t) || (t.particle === '' && orgLike(ctx, t.text)) || PERSON_TITLE.test(t.stem)) return true;
    // "모리 요시로 전 총리": a word before the post ("전", "신임") is no end of the name; nor is a king's number
    // ("렛시에 3세 국왕").
    if ((NAME_MODIFIERS.has(t.text) || /^\d+세$/.test(t.text)) && t.after === ' ' && depth < 3)
      return goesOn(k + 1, depth + 1);
    return depth < 3 && t.after === ' ' && nameWord(ctx, t, true) && goesOn(k + 1, depth + 1);
  };
  // A family name that is also its company's ("도요타 아키오 일본 도요타자동차그룹 회장"): the company word opens the
  // name when a name word and then a country, an organisation or a title follow it.
  const third = tokens[i + 2];
  const familyCompany =
    FOREIGN_COMPANIES.has(tokens[i]?.text ?? '') &&
    tokens[i].after === ' ' &&
    nameWord(ctx, tokens[i + 1]) &&
    tokens[i + 1].after === ' ' &&
    third !== undefined &&
    (COUNTRIES.has(third.text) || orgLike(ctx, third.text) || PERSON_TITLE.test(third.stem));
  let n = familyCompany ? 1 : 0;
  // An Arabic or a European name runs longer ("모하메드 빈 자이드 알 나흐얀"): its links keep it going.
  const longest = () =>
    tokens.slice(i, i + n).some((t) => NAME_LINK.test(t.text) || ARABIC_HONORIFIC.test(t.text)) ? 6 : 4;
  // Past the first word, one ending like 에 ("브엉 딩 후에 국회의장") is the name's too, where more of it follows; first
  // too before a king's number ("렛시에 3세 국왕"). So is one ending like 엔, first too ("응우엔 쑤언 푹 총리").
  const endsLikeEe = (k: number) => {
    const t = tokens[k];
    return (
      t !== undefined &&
      (((n > 0 || /^\d+세$/.test(tokens[k + 1]?.text ?? '')) && t.particle === '에') || t.particle === '엔') &&
      // "후에", and a Japanese given name ("다카이치 사나에 일본 총리")
      t.text.length <= 3 &&
      nameWord(ctx, { ...t, particle: '', stem: t.text }) &&
      // Not a noun with 엔 for 에는 ("포럼엔 A 회장"): a word no name has.
      (t.particle !== '엔' || nameWord(ctx, { ...t, text: t.stem, particle: '' }))
    );
  };
  // Someone the article has named already ("지시로 신동빈 회장이"): a name of its own, never the rest of another.
  // Only a Korean name of a common surname: a foreign one named short first ("부시") is extended ("조지 부시").
  const koreanShaped = (t: Token | undefined) =>
    t !== undefined && t.text.length === 3 && COMMON_SURNAME.test(t.text) && /^[가-힣]+$/.test(t.text);
  const namedAlready = (t: Token | undefined) => n > 0 && koreanShaped(t) && ctx.people.has(t?.text ?? '');
  // A given name data/ records only as the start of someone's longer name, followed by an Arabic link and a word
  // none of them goes on with ("모하메드 빈 라쉬드 알-막툼" beside "모하메드 빈 자이드 알 나흐얀"): another person.
  const recordedAs1st = ctx.table.get(tokens[i]?.text ?? '')?.filter((e) => e.entity.kind === 'person') ?? [];
  const anotherName =
    recordedAs1st.length > 0 &&
    recordedAs1st.every(
      (e) => e.words.length > 2 && (e.words[1] !== tokens[i + 1]?.text || e.words[2] !== tokens[i + 2]?.text),
    ) &&
    tokens[i].after === ' ' &&
    tokens[i].particle === '' &&
    NAME_LINK.test(tokens[i + 1]?.text ?? '') &&
    tokens[i + 1].after === ' ' &&
    nameWord(ctx, tokens[i + 2], true);
  // "카이 베크만(Kai Beckmann) 머크 …": a name spelled out in Latin letters, word for word, ends there.
  const spelledOut = (t: Token) =>
    (t.latin?.split(' ').filter((w) => /^[A-ZÀ-Ý]/.test(w)).length ?? 0) >= Math.max(2, n);
  while (
    n < longest() &&
    !(n > 0 && spelledOut(tokens[i + n - 1])) &&
    !namedAlready(tokens[i + n]) &&
    !(n > 0 && beforeKoreanName(tokens[i + n - 1], tokens[i + n])) &&
    ((n === 0 && anotherName) ||
      nameWord(ctx, tokens[i + n]) ||
      // "살만 빈 하마드": a first word ending like 만 ("only") before an Arabic link, known to data/ or not.
      (n === 0 &&
        tokens[i].particle === '만' &&
        tokens[i].after === ' ' &&
        NAME_LINK.test(tokens[i + 1]?.text ?? '') &&
        (recordedAs1st.length > 0 || nameWord(ctx, { ...tokens[i], particle: '', stem: tokens[i].text }))) ||
      (n > 0 && NAME_LINK.test(tokens[i + n]?.text ?? '') && tokens[i + n].particle === '') ||
      // A monarch's number ("펠리페 6세").
      (n > 0 && /^\d{1,2}세$/.test(tokens[i + n]?.text ?? '')) ||
      // "응우옌 떤 중 베트남 총리": a last word of one syllable, though it writes a country short, before a country.
      (n >= 2 &&
        /^[가-힣]$/.test(tokens[i + n]?.text ?? '') &&
        !NAME_MODIFIERS.has(tokens[i + n].text) &&
        tokens[i + n].after === ' ' &&
        COUNTRIES.has(tokens[i + n + 1]?.stem ?? '')) ||
      // The word after an Arabic link is the name's, even one written short for someone else ("알 나흐얀").
      // Not an organisation's word ("빈 그룹": the company of that name).
      (n > 1 &&
        /^(빈|알)$/.test(tokens[i + n - 1].text) &&
        /^[가-힣]+$/.test(tokens[i + n]?.text ?? '') &&
        !orgLike(ctx, tokens[i + n].text)) ||
      ((nameWord(ctx, tokens[i + n], true) || endsLikeEe(i + n)) &&
        tokens[i + n].after === ' ' &&
        // "첫 행보로 손경식 회장과": a word with a particle before a Korean name is no word of it.
        !(tokens[i + n].particle !== '' && koreanShaped(tokens[i + n + 1])) &&
        goesOn(i + n + 1))) &&
    (n === 0 || tokens[i + n - 1].after === ' ')
  )
    n++;
  // "빌 게이츠 '빌 앤드 멀린다 게이츠 재단' 공동 이사장": an organisation in quotes between the name and the post.
  const quotedOrg = /^ ?['‘]$/.test(tokens[i + n - 1]?.after ?? '');
  if (n === 0 || !(tokens[i + n - 1].after === ' ' || quotedOrg) || beforeKoreanName(tokens[i + n - 1], tokens[i + n]))
    return null;
  let j = i + n;
  const spelled = spelledOut(tokens[j - 1]);
  while (tokens[j] && NAME_MODIFIERS.has(tokens[j].text) && tokens[j].after === ' ') j++;
  const title = (t?: Token) =>
    t && (PERSON_TITLE.test(t.stem.replace(/\(.*\)$/, '')) || PROVINCE_HEAD.test(t.stem)) && !NOT_TITLES.test(t.stem)
      ? t
      : undefined;
  // An organisation or country between the name and the title.
  // An organisation or country between the name and the title (a country and one of its ministries at most).
  // A place may end like a particle ("인디애나": 인디애 + 나).
  // "공동 설립자", "공동 창업자": a co-founder's post, printed in two words.
  const co = (k: number) => tokens[k]?.text === '공동' && tokens[k].after === ' ' && !!title(tokens[k + 1]);
  // So may a company right before the post ("모더나 공동 설립자": 모더 + 나).
  const bare = (k: number) =>
    tokens[k] !== undefined &&
    (tokens[k].particle === '' ||
      PLACES_ABROAD.test(tokens[k].text) ||
      (/^[나로도]$/.test(tokens[k].particle) && (!!title(tokens[k + 1]) || co(k + 1))) ||
      // "재계회의 위원장", "애플의 CEO": an organisation's 의 (or what reads as one) right before the post.
      (tokens[k].particle === '의' &&
        !!title(tokens[k + 1]) &&
        (orgLike(ctx, tokens[k].stem) || orgLike(ctx, tokens[k].text))));
  // "무역담당 국무장관", "에너지 담당 국무장관", "생산·품질 총괄 부회장": what a post is in charge of is the title's,
  // never an organisation.
  const charge = (k: number) => {
    let m = k;
    while (tokens[m]?.after === '·') m += 1;
    if (tokens[m]?.after !== ' ') return 0;
    if (/.(담당|총괄)$/.test(tokens[m].text)) return m + 1 - k;
    return /^(담당|총괄)$/.test(tokens[m + 1]?.text ?? '') && tokens[m + 1].after === ' ' ? m + 2 - k : 0;
  };
  // The quoted organisation runs to its closing quote, the post right after it.
  const closes = quotedOrg ? tokens.slice(j, j + 8).findIndex((w) => /^['’] $/.test(w.after)) : -1;
  if (closes >= 0 && (title(tokens[j + closes + 1]) || co(j + closes + 1))) {
    org = tokens
      .slice(j, j + closes + 1)
      .map((w) => w.text)
      .join(' ');
    j += closes + 1;
  } else if (quotedOrg) return null;
  // "듀폰 전자·이미징사업부 사장": the company's units joined by a dot are its words too, a third one among them.
  const dotted = (k: number) => tokens[k]?.after === '·' || tokens[k - 1]?.after === '·';
  for (
    let k = 0;
    (k < 2 || (k === 2 && (dotted(j) || COMPANY_WORD.test(tokens[j].text)))) &&
    !title(tokens[j]) &&
    !co(j) &&
    !charge(j) &&
    bare(j) &&
    (tokens[j].after === ' ' || (k > 0 && tokens[j].after === '·'));
    k++
  ) {
    // A word right before the title is the organisation, known or not ("맷 가먼 아마존웹서비스 CEO"); not someone
    // named already, who holds the title ("최고령 경제단체장 손경식 회장").
    const someone =
      namedAlready(tokens[j]) || ctx.table.get(tokens[j].text)?.some((e) => e.entity.kind === 'person') === true;
    // "네옴 컴퍼니 CEO": a name, then its company's generic word, is the organisation too.
    const named = COMPANY_WORD.test(tokens[j + 1]?.text ?? '') && tokens[j].after === ' ';
    // "석유 광물부 장관", "한미 재계회의 위원장": what a body is of, printed apart from it; not a name before an
    // organisation ("쓰고 김동관 한화그룹 부회장").
    const ofBody =
      k === 0 &&
      !koreanNamed(tokens[j].text) &&
      (/.부$/.test(tokens[j + 1]?.text ?? '') || COUNTRIES.has(tokens[j].text) || NOT_NAMES.has(tokens[j].text)) &&
      orgLike(ctx, tokens[j + 1]?.text ?? '') &&
      !!title(tokens[j + 2]);
    if (
      !orgLike(ctx, tokens[j].text) &&
      !(tokens[j].particle === '의' && orgLike(ctx, tokens[j].stem)) &&
      !BUSINESS_UNIT.has(tokens[j].text) &&
      !(k > 0 && dotted(j)) &&
      !named &&
      !ofBody &&
      // After a name spelled out in Latin letters, the words up to the title are its organisation's.
      !(spelled && !someone && (title(tokens[j + 1]) || (k === 0 && title(tokens[j + 2])))) &&
      ((!title(tokens[j + 1]) && !co(j + 1)) || someone)
    )
      break;
    org = org && k >= 1 ? `${org}${tokens[j - 1].after === '·' ? '·' : ' '}${tokens[j].text}` : tokens[j].text;
    j += 1;
  }
  if (co(j)) j += 1;
  const inCharge = title(tokens[j + charge(j)]) ? tokens.slice(j, j + charge(j)) : [];
  j += inCharge.length;
  const t = title(tokens[j]);
  // "마드리드 총리 궁", "총리실": a place named after a post, not a person.
  if (!t || /^(궁|관저|공관|청사|집무실|실|비서실)/.test(tokens[j + 1]?.stem ?? '') || /실$/.test(t.stem)) return null;
  // "폴란드 부총리 겸 국방장관과": two posts joined by 겸 are one title, ending where the second does.
  const second = t.particle === '' && tokens[j + 1]?.text === '겸' ? title(tokens[j + 2]) : undefined;
  const held = second ? { stem: `${t.stem} 겸 ${second.stem}`, particle: second.particle } : t;
  const post = { ...held, stem: `${inCharge.map((w) => `${w.text}${w.after}`).join('')}${held.stem}` };
  if (second) j += 2;
  // A mayor only of a city abroad, named before the post or glued to it ("로스앤젤레스 시장", "로스엔젤레스시장");
  // "부산 중구 시장", "일본시장", "시장 음식" are markets.
  const city = (w?: string) => !!w && (PLACES_ABROAD.test(w) || /[가-힣]{2,}시$/.test(w));
  if (/시장$/.test(post.stem) && !city(post.stem.slice(0, -2)) && !city(org?.split(' ').pop())) return null;
  let words = tokens.slice(i, i + n).map((w) => w.text);
  // "팜 느엇 브엉 빈 그룹 회장": a company's generic word alone takes the word before it ("빈 그룹"); an office
  // named alone ("총리실") does not.
  if (org !== undefined && words.length >= 2 && COMPANY_WORD.test(org)) {
    org = `${words[words.length - 1]} ${org}`;
    words = words.slice(0, -1);
  }
  // "충칭시 당서기": a city, alone before a post, unless it is how someone named already is written short.
  if (words.length === 1 && words[0].length >= 3 && words[0].endsWith('시') && !shortFor(ctx, words[0])) return null;
  // A name whose links run on ("칼리드 빈 모하메드 알 나흐얀") is one transliteration, whatever its words look like.
  // Only links no Korean word is spelled as ("둘러본 뒤 정 사장": not one name).
  const runsOn = words.some((w, k) => k > 0 && k < words.length - 1 && /^(빈|알|데르|덴|폰|델)$|^알-/.test(w));
  // "치른 이 부회장", "입고 아키오 회장": a verb before someone the article has named, written short. The name
  // starts at that word, and foreignShort or the short form reads it there.
  // Not after a word shaped like a transliteration ("구보타 마사카즈" beside "도쿠라 마사카즈"): another person.
  // A given name before a family name named short first ("메르켈 총리", then "앙겔라 메르켈 독일 총리") is no verb.
  const givenName = (w: string, k: number) => k === 1 && ctx.people.has(w) && nameWord(ctx, tokens[i]);
  // Not the whole name spelled another way ("그레그 애벗" in the body, "그랙 애벗" in a caption): that person.
  const spelledOtherwise = [...ctx.people.values()].some((p) => alikeWordByWord(p.name.ko, words.join(' ')));
  if (
    !runsOn &&
    !spelledOtherwise &&
    !openSyllables(words[0]) &&
    words.some((w, k) => k > 0 && namedBefore(ctx, w, t.stem, words[0]) && !givenName(w, k))
  )
    return null;
  // A Korean name inside the run is the name; what comes before it is not ("사진으로 본 이낙연 총리").
  // Unless the words before it read as a transliteration too, open syllables of two or more ("조코 위도도"), where
  // a verb or a noun before a name ends closed ("본", "만난").
  // The last of three words or more, with no organisation after it, is the organisation ("… 쫑 공산당 서기장").
  // Not one ending like a particle ("브엉 딩 후에"): an organisation's word has none glued on.
  const orgLast = org === undefined && words.length >= 3 && tokens[i + n - 1].particle !== '에';
  const korean = words.findIndex((w, k) => k > 0 && !(orgLast && k === words.length - 1) && looksLikeKoreanName(w));
  if (
    korean > 0 &&
    !runsOn &&
    !words.slice(0, korean).every(
      // Not a copula's adnominal ("회장단 멤버인 박삼구 회장"), nor a place with its locative ("판교사옥서 정기선").
      (w) =>
        !/(인|서)$/.test(w) &&
        ((w.length >= 2 && !hasBatchim(w)) || w.length >= 3 || SHORT_FIRST_NAMES.includes(w) || NAME_LINK.test(w)),
    )
  )
    return null;
  // A Korean name and one word before the title: the word is the organisation ("정의선 현대차 회장").
  // Not an open-syllable word before a name-shaped or open-syllable one ("조코 위도도", "사토 게이조"): one
  // transliterated name.
  // Nor one posted to Korea from abroad ("이반 얀차렉 주한대사"), before a word no organisation is spelled as.
  // "주한 체코대사": the post abroad printed apart.
  const posted =
    /^주한/.test(t.stem) || tokens.slice(i + n, j).some((w) => /^주./.test(w.text) && NAME_MODIFIERS.has(w.text));
  // Nor two words after the organisation, named first ("존슨앤드존슨 호아킨 두아토 CEO"), unless the first is a
  // Korean name of a common surname ("한화 김동관 한화솔루션 부회장").
  const orgFirst = prev !== undefined && prev.particle === '' && prev.after === ' ' && orgLike(ctx, prev.text);
  const twoWordName =
    words.length === 2 &&
    ((openSyllables(words[0]) &&
      // A given name of one syllable ("사이토 겐"): no organisation is one syllable.
      (looksLikeKoreanName(words[1]) || openSyllables(words[1]) || /^[가-힣]$/.test(words[1]))) ||
      (orgFirst && !COMMON_SURNAME.test(words[0]) && !orgLike(ctx, words[1])) ||
      (posted && !orgLike(ctx, words[1]) && !looksLikeKoreanName(words[1])));
  if (org === undefined && words.length === 2 && looksLikeKoreanName(words[0]) && !twoWordName)
    return { name: words[0], last: j, title: post.stem, particle: post.particle, org: words[1], korean: true };
  // The first word of a long name named before, then a word of no name ("나드미 네옴 CEO" after "나드미 알 나스르
  // … 네옴 컴퍼니 CEO"): the person, written short, and their organisation.
  const longer = [...ctx.people.values()].filter(
    (p) => p.name.ko.split(' ').length >= 3 && shortens(words[0], p.name.ko),
  );
  if (org === undefined && words.length === 2 && longer.length === 1 && !shortens(words[1], longer[0].name.ko))
    return { name: words[0], last: j, title: post.stem, particle: post.particle, org: words[1] };
  // Words that describe someone before their name and title ("최고령 경제단체장 손경식 회장"): the name is the one
  // right before the title, read from there.
  const lastWord = words[words.length - 1];
  if (
    org === undefined &&
    words.length >= 2 &&
    !orgLike(ctx, lastWord) &&
    // A post ("경제단체장") or an adnominal ("넘긴", "멤버인") before it, not a transliterated name ("크라치오스").
    ((koreanNamed(lastWord) &&
      (/장$/.test(words[words.length - 2]) ||
        disassemble(words[words.length - 2].slice(-1)).endsWith('ㄴ') ||
        NOT_NAMES.has(words[words.length - 2]))) ||
      // A company or an office before it ("한화케미칼 김창범", "기획조정실 김걸"): a word of three syllables or more
      // closed by a consonant, no transliterated given name.
      (words.length === 2 &&
        lastWord.length <= 3 &&
        COMMON_SURNAME.test(lastWord) &&
        looksLikeKoreanName(lastWord) &&
        words[0].length >= 3 &&
        hasBatchim(words[0].slice(-1))))
  )
    return null;
  // A Korean name of a common surname and two given syllables, then more words ("김범수 다음카카오 이사회 의장"):
  // those words are its organisation, never more of a name; so with more of it after ("김만제 호암 탄생 100주년
  // 기념사업추진위원장").
  if (words.length >= 3 && words[0].length === 3 && COMMON_SURNAME.test(words[0]))
    return {
      name: words[0],
      last: j,
      title: post.stem,
      particle: post.particle,
      org: org === undefined ? words[1] : [...words.slice(1), org].join(' '),
      korean: true,
    };
  // Without an organisation of its own, the last of three or more words is one ("젠슨 황 엔비디아 CEO"), as is a
  // company the news often names; two words alone before a title are a name ("빌 게이츠 이사장").
  // Not an Arabic name, whose words run on ("무함마드 빈 살만 왕세자").
  // Nor one with an honorific ("셰이크 모하메드 빈자예드 알나얀").
  const linked = words.some((w) => NAME_LINK.test(w) || ARABIC_HONORIFIC.test(w));
  // Not before a post abroad, or one printed with its country or organisation ("주한 EU대사").
  const glued = post.stem.slice(0, -(titleIn(post.stem)?.length ?? post.stem.length)).replace(/^주한/, '');
  if (
    org === undefined &&
    !linked &&
    !posted &&
    !(/^[A-Z]+$/.test(glued) || COUNTRIES.has(glued)) &&
    words.length >= 2 &&
    tokens[i + n - 1].particle !== '에' &&
    // No organisation is one syllable ("팜 민 찐 총리": a Vietnamese name's words).
    words[words.length - 1].length >= 2 &&
    // Nor after an organisation named first ("협동조합연맹 응웬 응옥 바오 회장", "엠브라에르의 프란시스쿠 고미스 네투 회장").
    !orgFirst &&
    prev?.particle !== '의' &&
    (words.length >= 3 || FOREIGN_COMPANIES.has(words[words.length - 1]))
  ) {
    org = words[words.length - 1];
    words = words.slice(0, -1);
  }
  // An Arabic name is kept whole, from its first word that is no place with its locative ("승지원서").
  const name = (linked ? words.slice(words.findIndex((w) => !/(서|에)$/.test(w))) : words.slice(-3)).join(' ');
  // A name of one word shaped like a Korean one is read only as a foreign country's leader ("모디 인도 총리").
  const abroad = org !== undefined && COUNTRIES.has(org) && !/^(한국|대한민국)$/.test(org);
  if (words.length === 1 && (name.length < 2 || (looksLikeKoreanName(name) && !abroad))) return null;
  // "…산업의 중심지인 네바다주지사": a noun with the copula's adnominal after "X의" says what the post is, no name.
  if (words.length === 1 && /인$/.test(name) && prev?.particle === '의') return null;
  // Not a Chinese family name apart from a given name that is no Korean one ("황 짱지").
  // Nor "양 당 대표", "양 사 대표": both parties, both companies.
  const chinese = words.length === 2 && words[0].length === 1 && !looksLikeKoreanName(words[1]) && !SIDES.has(words[1]);
  // Three words of one syllable before a country abroad ("부 반 닝 베트남 부총리"): a Vietnamese name.
  const syllables = words.length >= 3 && words.every((w) => w.length === 1) && abroad;
  if (words.length > 1 && !chinese && !syllables && looksLikeKoreanName(name.replace(/\s/g, ''))) return null;
  // A country glued to the post ("체코대사", "중국대사"): the country's, and the post.
  const postOnly = titleIn(post.stem);
  const land = postOnly ? post.stem.slice(0, -postOnly.length).replace(/^주한/, '') : '';
  if (org === undefined && postOnly && COUNTRIES.has(land))
    return { name, last: j, title: postOnly, particle: post.particle, org: land };
  return { name, last: j, title: post.stem, particle: post.particle, org };
}

/**
 * Whether `word` is how the article writes someone it has named already: a Korean surname before a title that
 * person was given ("이" before "부회장" after "이재용 … 부회장"), or a word of a foreign name ("아키오").
 */
function namedBefore(ctx: MentionContext, word: string, title: string, first: string): boolean {
  for (const [id, seen] of ctx.seen) {
    const known = ctx.known.entities.get(id);
    const proposed = [...ctx.people.values()].find((p) => p.id === id);
    const name = known?.ko ?? proposed?.name.ko ?? '';
    if (!looksLikeKoreanName(name)) {
      // One word read as a name, with no organisation, may be a company's ("팔란티어 최고경영자"): see companyPosts.
      if (proposed && !proposed.org && !name.includes(' ')) continue;
      const parts = name.split(' ');
      if (parts.includes(word) && !parts.includes(first)) return true;
      continue;
    }
    const titles = [...seen.titles, ...(known?.titles ?? [])];
    if (surnameOf(name) === word && titles.some((t) => t.includes(title))) return true;
  }
  return false;
}

/** Whether `word` is the first or the last word of a name of several ("푸케" of "크리스토퍼 푸케"). */
export const shortens = (word: string, name: string) => {
  const parts = name.split(' ');
  // A long name is also written by a word inside it ("룰라" of "루이스 이나시우 룰라 다 시우바"), never by a link.
  const inner = parts.length >= 4 && word.length >= 2 && !NAME_LINK.test(word) && parts.includes(word);
  // A Chinese name printed as one word is written short by its family name, its first syllables ("다이 대사" of
  // "다이빙", "싱 대사" of "싱하이밍"); never a Korean one.
  const family =
    parts.length === 1 &&
    name.length >= 3 &&
    word.length < name.length &&
    name.startsWith(word) &&
    !looksLikeKoreanName(name);
  return family || (parts.length > 1 && (parts[0] === word || parts[parts.length - 1] === word || inner));
};

/** The one person of several words named so far (new, or of data/) whose first or last word `word` is. */
export function shortFor(ctx: MentionContext, word: string, title?: string): string | undefined {
  const named = [
    ...[...ctx.people.values()].map((p) => ({ id: p.id, ko: p.name.ko, titles: p.title ? [p.title] : [] })),
    ...[...ctx.seen].map(([id, seen]) => ({ id, ko: ctx.known.entities.get(id)?.ko ?? '', titles: [...seen.titles] })),
  ];
  // data/ may spell the family name another way than the article ("메리 배라" recorded, "바라 회장" printed).
  const alike = (ko: string) => ko.includes(' ') && word.length >= 2 && spelledAlike(word, ko.split(' ').pop()!);
  const hits = named.filter(({ ko }) => shortens(word, ko) || alike(ko));
  const ids = new Set(hits.map((p) => p.id));
  if (ids.size === 1 || !title) return ids.size === 1 ? [...ids][0] : undefined;
  // A family of two named ("무케시 암바니 회장", "아카시 암바니 의장"): the one who holds the title printed.
  const holders = new Set(
    hits.filter((p) => p.titles.some((t) => t === title || t.endsWith(` ${title}`))).map((p) => p.id),
  );
  return holders.size === 1 ? [...holders][0] : undefined;
}

/**
 * Every syllable open (no final consonant): "하루키", "조코", the shape of a transliteration more than of a Korean
 * name.
 */
export const openSyllables = (w: string) => /^[가-힣]{2,4}$/.test(w) && [...w].every((ch) => !hasBatchim(ch));

/** A foreign name introduced at token `i`, proposed as a new person (with its organisation), or null. */
export function foreignPerson(ctx: MentionContext, s: Sentence, tokens: Token[], i: number): Mention | null {
  // The second half of a word written with a dash ("모라비아-실레지안 주지사") starts no name, nor a province ("한국
  // 충청남도 도지사 A").
  if (!tokens[i] || /^[-–]$/.test(tokens[i - 1]?.after ?? '') || PROVINCES_KOREA.has(tokens[i].text)) return null;
  const found = parse(ctx, tokens, i);
  if (!found) return null;
  const readAt = { line: s.line, text: s.text };
  // A family name that is also a company's word is left out of the name ("도요타 아키오"): with it, data/ may know them.
  const prev = tokens[i - 1];
  const joined =
    prev && prev.after === ' ' && prev.particle === '' ? recordedAs(ctx, `${prev.text} ${found.name}`) : undefined;
  const recorded =
    joined ??
    recordedAs(ctx, found.name) ??
    (found.name.includes(' ')
      ? undefined
      : (shortFor(ctx, found.name, found.title) ?? recordedByFamily(ctx, found.name, found.org)));
  if (recorded)
    return {
      first: joined ? i - 1 : i,
      last: found.last,
      surface: found.name,
      kind: 'person',
      id: recorded,
      particle: found.particle,
      via: 'name',
      title: found.title,
      quoted: tokens[i].quoted,
    };
  // The word before the title is the organisation, known or not ("아마존웹서비스").
  // An ambassador posted to Korea ("주한 일본대사") serves the embassy, not the government at home.
  const posted = tokens.slice(i, found.last + 1).some((t) => /^주한/.test(t.text));
  const embassy =
    posted && found.title === '대사' && found.org && COUNTRIES.has(found.org) ? `주한${found.org}대사관` : undefined;
  const org = (embassy ?? found.org) ? orgOrNew(ctx, embassy ?? found.org!, readAt) : undefined;
  proposeOrganization(ctx, org);
  // "무함마드 왕세자" after "무함마드 빈 살만 … 왕세자", "푸케 CEO" after "크리스토퍼 푸케 CEO": a first or last
  // name alone, before a title, is who it named.
  const firstOf = found.name.includes(' ')
    ? []
    : [...ctx.people.values()].filter((p) => shortens(found.name, p.name.ko));
  const person =
    ctx.people.get(found.name) ??
    (found.title && firstOf.length === 1 ? firstOf[0] : undefined) ??
    proposePerson(ctx, found.name, { org: org?.id, title: found.title, readAt, en: spelledIn(tokens, i, found) });
  return {
    first: i,
    last: found.last,
    surface: found.name,
    kind: 'person',
    id: person.id,
    particle: found.particle,
    via: 'new',
    title: found.title,
    ...(org ? { org: org.id } : {}),
    quoted: tokens[i].quoted,
  };
}

/** The name as the article spells it in Latin letters, glued to its last word ("카이 베크만(Kai Beckmann)"). */
function spelledIn(tokens: Token[], i: number, found: { name: string }): string | undefined {
  const words = found.name.split(' ').length;
  const latin = tokens[i + words - 1]?.latin;
  return latin && latin.split(' ').length === words && /^([A-ZÀ-Ý][\p{L}'.-]*\s?)+$/u.test(latin) ? latin : undefined;
}

/** Whether `word` is the family name, the last word, of `full` ("푸케" of "크리스토퍼 푸케"). */
export const familyWordOf = (word: string, full: string) =>
  !word.includes(' ') && full.includes(' ') && full.split(' ').pop() === word;

/**
 * The one person data/ records whose foreign name this is, written short as the news writes a name it uses often
 * ("조코위" for "조코 위도도": its first three syllables or more) or transliterated another way ("도요다 아키오").
 */
export function recordedAs(ctx: MentionContext, name: string): string | undefined {
  const s = loosely(name);
  const short = name.replace(/\s/g, '').length < 3;
  if (name.length < 2) return undefined;
  // A first word the article has given in full for someone else ("모하메드 빈 라쉬드 알-막툼", then "모하메드 총리"):
  // that person, not one recorded with the same given name.
  if (!name.includes(' ') && [...ctx.people.values()].some((p) => p.name.ko.split(' ')[0] === name)) return undefined;
  // Recorded in full, spelled another way, or recorded short: "룰라" is who "루이스 이나시우 룰라 다 시우바" is. A
  // family name of two syllables ("푸케") only as the last word of a name recorded in full.
  const hits = [...ctx.known.entities.values()].filter(
    (e) =>
      e.kind === 'person' &&
      !looksLikeKoreanName(e.ko) &&
      e.names.some((n) =>
        short
          ? familyWordOf(name, n) || shortens(name, n)
          : loosely(n).startsWith(s) ||
            (!n.includes(' ') && shortens(n, name)) ||
            alikeWordByWord(name, n) ||
            // An Arabic name printed without its links ("칼둔 칼리파 무바라크", "칼둔 칼리파 알 무바라크").
            (name.includes(' ') && unlinked(n) !== n && loosely(unlinked(n)) === loosely(unlinked(name))),
      ),
  );
  return hits.length === 1 ? hits[0].id : undefined;
}

/** "제이콥스 퀄컴 회장", "폴 제이콥스" of 퀄컴 recorded: a family name printed with the organisation it is recorded with. */
function recordedByFamily(ctx: MentionContext, name: string, org: string | undefined): string | undefined {
  if (!org) return undefined;
  const entities = [...ctx.known.entities.values()];
  // The organisation by name, or by the company whose name both begin with ("르노삼성" and "르노그룹": 르노).
  const head = (w: string) => [...FOREIGN_COMPANIES].find((c) => c.length >= 2 && w.startsWith(c) && w !== c);
  const company = head(org);
  const orgs = new Set(
    entities
      .filter(
        (e) =>
          e.kind === 'organization' &&
          (e.names.includes(org) || (!!company && e.names.some((n) => n === company || head(n) === company))),
      )
      .map((e) => e.id),
  );
  const hits = entities.filter(
    (e) =>
      e.kind === 'person' &&
      e.ko.includes(' ') &&
      !looksLikeKoreanName(e.ko) &&
      e.orgs.some((o) => orgs.has(o)) &&
      e.names.some((n) => n.includes(' ') && spelledAlike(name, n.split(' ').pop()!)),
  );
  return hits.length === 1 ? hits[0].id : undefined;
}

/** Family word(s) of a foreign name: its last word, and its last two ("빈 살만"). */
function familyWords(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [name];
  return [words[words.length - 1], words.slice(-2).join(' ')];
}

/**
 * A foreign person named before in the article, written short at token `i`: the name without spaces ("젠슨황"),
 * or its last word(s), alone (two syllables at least) or before a title. Returns the mention, or null.
 */
export function foreignShort(ctx: MentionContext, tokens: Token[], i: number): Mention | null {
  // People proposed in this article, and those data/ records, with names that are not Korean-shaped.
  const recorded = [...ctx.known.entities.values()]
    .filter((e) => e.kind === 'person' && !looksLikeKoreanName(e.ko))
    .map((e) => ({ id: e.id, name: { ko: e.ko, en: e.en }, seen: ctx.seen.has(e.id) }));
  const proposed = [...ctx.people.values()]
    .filter((p) => !looksLikeKoreanName(p.name.ko))
    .map((p) => ({ id: p.id, name: p.name, seen: true }));
  const foreign: Named[] = [...proposed, ...recorded];
  if (foreign.length === 0) return null;
  const t = tokens[i];
  const pick = (list: Named[]) => (list.length === 1 ? list[0] : undefined);
  const whole = pick(foreign.filter((p) => p.name.ko.replace(/\s/g, '') === t.stem && p.name.ko.includes(' ')));
  if (whole) return shortMention(tokens, i, i, whole, t.particle);
  for (const span of [2, 1]) {
    const words = tokens.slice(i, i + span);
    if (words.length < span || !words.slice(0, -1).every((w) => w.particle === '' && w.after === ' ')) continue;
    const last = words[span - 1];
    const next = tokens[i + span];
    const before = words.slice(0, -1).map((w) => w.text);
    // A family name alone means someone the article has already named in full.
    const who = (word: string) =>
      pick(foreign.filter((p) => p.seen && familyWords(p.name.ko).includes([...before, word].join(' '))));
    // Before a title the whole word is the name, even where its last syllable looks like a particle ("빈 살만"); or
    // a slip of one letter in a family name the article printed in full ("베닝트 CEO" after "피터 베닝크").
    const slip = (word: string) =>
      pick(
        foreign.filter(
          (p) =>
            p.seen && p.name.ko.includes(' ') && oneLetterOff(p.name.ko.split(' ').pop()!, [...before, word].join(' ')),
        ),
      );
    const titled = next && last.after === ' ' && titleIn(next.stem) ? (who(last.text) ?? slip(last.text)) : undefined;
    if (titled) return shortMention(tokens, i, i + span, titled, next.particle, next.stem);
    const hit = who(last.stem);
    if (!hit) continue;
    if ([...before, last.stem].join('').length >= 2 && (last.particle !== '' || !next))
      return shortMention(tokens, i, i + span - 1, hit, last.particle);
  }
  // A long name written by its first word before a post ("자베르 쿠웨이트 총리" for "자베르 무바라크 알-하마드
  // 알-사바"): where no other such name begins with it.
  const post = [1, 2].find((k) => tokens[i + k] && titleIn(tokens[i + k].stem));
  const between = post === 2 ? tokens[i + 1] : undefined;
  if (
    post &&
    t.particle === '' &&
    t.after === ' ' &&
    t.text.length >= 2 &&
    !SHORT_FIRST_NAMES.includes(t.text) &&
    (!between || (between.particle === '' && orgLike(ctx, between.text)))
  ) {
    const title = tokens[i + post];
    // After an honorific ("셰이크 모하메드 …"); of two such names, the one who holds the post printed ("왕세제").
    const firstWord = (ko: string) => ko.split(' ').find((w) => !ARABIC_HONORIFIC.test(w));
    const firsts = foreign.filter((p) => p.name.ko.split(' ').length >= 3 && firstWord(p.name.ko) === t.text);
    const holds = (p: Named) =>
      [...ctx.people.values()].some((q) => q.id === p.id && q.title === title.stem) ||
      !!ctx.seen.get(p.id)?.titles.has(title.stem);
    const first = pick(firsts.length > 1 ? firsts.filter(holds) : firsts);
    if (first) return shortMention(tokens, i, i + post, first, title.particle, title.stem);
  }
  return null;
}

interface Named {
  id: string;
  name: { ko: string; en: string };
  seen: boolean;
}

function shortMention(
  tokens: Token[],
  first: number,
  last: number,
  p: Named,
  particle: string,
  title?: string,
): Mention {
  return {
    first,
    last,
    surface: tokens
      .slice(first, last + 1)
      .map((t) => t.text)
      .join(' '),
    kind: 'person',
    id: p.id,
    particle,
    via: 'short',
    ...(title ? { title } : {}),
    quoted: tokens[first].quoted,
  };
}

/**
 * A double-barrelled surname ("로리 차베스-디레머", "도미니크 퀼링-바커") is one word of a name, though a hyphen
 * parts words elsewhere ("이재용-손정의 회동"): joined after a first name, where no part is a name data/ knows and
 * the two are not both shaped like Korean names.
 */
export function joinDoubleBarrelled(ctx: MentionContext, tokens: Token[]): Token[] {
  const out: Token[] = [];
  // Words a name can have: no title nor organisation ("금융위원장-금융지주 회장 간담회").
  const word = (t: Token | undefined, w = t?.text) =>
    t !== undefined && /^[가-힣]{1,6}$/.test(w ?? '') && nameWord(ctx, { ...t, text: w!, stem: w!, particle: '' });
  for (let k = 0; k < tokens.length; k++) {
    const [prev, t, next] = [out[out.length - 1], tokens[k], tokens[k + 1]];
    const arabicLink = /^(알|엘)$/.test(t.text);
    // After a first name ("라쉬드 알-막툼", an Arabic link of one syllable too), or opening a name of more words
    // ("카슴-조마르트 토카예프"), where no part is shaped like a Korean name.
    // A word joined already is a word of the name ("알-아흐마드 알-자베르").
    const joined = /^[가-힣]+[-–][가-힣]+$/.test(prev?.text ?? '');
    const afterFirst =
      (word(prev) || joined) &&
      prev.after === ' ' &&
      !looksLikeKoreanName(prev.text) &&
      (t.text.length >= 2 || arabicLink);
    // A French first name of one syllable opens one of two ("장-클로드", "쟝–샤를"), whose second word's last
    // syllable is no particle ("샤를").
    const french = HYPHENED_FIRST.includes(t.text) && next?.after === ' ' && word(next, next.text);
    const opening =
      !word(prev) &&
      (arabicLink ||
        french ||
        (t.text.length >= 2 &&
          !looksLikeKoreanName(t.text) &&
          !looksLikeKoreanName(next?.stem ?? '') &&
          next?.after === ' ' &&
          next.particle === '' &&
          word(tokens[k + 2], tokens[k + 2]?.stem)));
    const midName = joined && arabicLink && prev.after === ' ';
    const joins =
      (afterFirst || opening) &&
      (word(t) || arabicLink || french) &&
      /^[-–]$/.test(t.after) &&
      (midName ? /^[가-힣]{1,6}$/.test(next?.stem ?? '') : word(next, french ? next.text : next?.stem)) &&
      !(looksLikeKoreanName(t.text) && looksLikeKoreanName(next.stem)) &&
      // A link begins recorded names too ("알 마즈루이"): no sign the words are someone data/ knows. Unless the name
      // has begun already with a word so joined ("알-아흐마드 알-자베르" beside a recorded "자베르 알-사바").
      !(midName ? [] : [afterFirst ? (prev?.text ?? '') : '', NAME_LINK.test(t.text) ? '' : t.text, next.stem]).some(
        (w) => ctx.table.has(w),
      );
    if (!joins) {
      out.push(t);
      continue;
    }
    // The dash as printed ("쟝–샤를"): the name is the article's spelling.
    const stem = `${t.text}${t.after}${french ? next.text : next.stem}`;
    const text = `${t.text}${t.after}${next.text}`;
    out.push({ ...next, start: t.start, text, stem, ...(french ? { particle: '' } : {}) });
    k++;
  }
  return out;
}
