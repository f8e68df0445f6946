// The names the assistant reads by: data/'s people and organisations with every way they are written, the people
// and organisations proposed so far, and what a title or an organisation looks like in Korean news prose.
import {
  CHAMBER_SHORT,
  COUNTRIES,
  COUNTRY_NAMES,
  COUNTRY_SHORT,
  COUNTRY_UNIONS,
  FOREIGN_COMPANIES,
  KOREAN_COMPANIES,
  NOT_TITLES,
  ORG_SHORT_NAMES,
  ORG_SUFFIX,
  PARTIES,
  PARTY_NAMES,
  PLACES_ABROAD,
  TITLES,
} from '../korean/lexicon';
import { alikeWordByWord, looksLikeKoreanName, loosely, romanizeName, slugOf, surnameOf } from '../korean/names';
import type {
  LineRef,
  Known,
  MentionContext,
  NameEntry,
  ProposedOrganization,
  ProposedPerson,
} from '../pipeline/types';

/** A word that holds a title, possibly after other words of it ("AI인프라 사장", "부문장(부회장)"). */
export function titleIn(word: string): string | undefined {
  const w = word.replace(/\(.*?\)/g, '');
  if (NOT_TITLES.test(w) && !TITLES.includes(w)) return undefined;
  return TITLES.find((t) => w === t || w.endsWith(t));
}

export const looksLikeOrg = (w: string) =>
  PARTIES.includes(w) ||
  KOREAN_COMPANIES.has(w) ||
  Object.hasOwn(ORG_SHORT_NAMES, w) ||
  /^[A-Z][A-Za-z0-9&.]*( [A-Z][A-Za-z0-9&.]*)*$/.test(w) ||
  (/[A-Za-z]/.test(w) && /[가-힣]/.test(w)) ||
  // A suffix alone is no organisation ("부 호 대사": a Vietnamese name's word), nor one syllable before an agency's
  // ("아처": a transliterated name; "식약처" has two).
  (w.length >= 2 && ORG_SUFFIX.test(w) && !(w.length === 2 && /[부처청]$/.test(w))) ||
  CHAMBER_SHORT.test(w) ||
  // A foreign company's arm here ("한국퀄컴", "한국마이크로소프트"), or the company with 사 ("보잉사", "르노사").
  (w.startsWith('한국') && FOREIGN_COMPANIES.has(w.slice(2))) ||
  (w.endsWith('사') && FOREIGN_COMPANIES.has(w.slice(0, -1))) ||
  // Two names joined by "and" ("존슨앤드존슨", "프록터앤드갬블"): a company's, never a person's.
  /^[가-힣]{2,}앤드?[가-힣]{2,}$/.test(w) ||
  joinedCompany(w);

const GROUPS_HERE = new Set([...KOREAN_COMPANIES, '삼성', '코리아']);
/** A company joined to a group or a country ("르노삼성", "도요타코리아", "포스코아르헨티나"): a joint venture's or
 * a local arm's name. */
function joinedCompany(w: string): boolean {
  for (let n = 2; n <= w.length - 2; n++) {
    const [head, rest] = [w.slice(0, n), w.slice(n)];
    if (FOREIGN_COMPANIES.has(head) && (GROUPS_HERE.has(rest) || COUNTRIES.has(rest))) return true;
    if ((KOREAN_COMPANIES.has(head) || head === '삼성') && COUNTRIES.has(rest)) return true;
  }
  return false;
}

export function createContext(known: Known): MentionContext {
  const table = new Map<string, NameEntry[]>();
  for (const entity of known.entities.values())
    for (const name of new Set(entity.names)) {
      const words = name.split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const list = table.get(words[0]) ?? [];
      list.push({ words, entity });
      table.set(words[0], list);
    }
  // Longest names first, people before organisations: "샘 올트먼" before "샘", a person before a company alias.
  for (const list of table.values())
    list.sort(
      (a, b) =>
        b.words.length - a.words.length ||
        b.words.join(' ').length - a.words.join(' ').length ||
        (a.entity.kind === 'person' ? -1 : 1),
    );
  return {
    known,
    table,
    seen: new Map(),
    people: new Map(),
    organizations: new Map(),
    posts: new Map(),
    ambiguous: [],
  };
}

/** "전경련", "부산상의": an organisation's short form, and its full name to propose it under. */
export function fullName(word: string): { ko: string; en: string } | undefined {
  const chamber = CHAMBER_SHORT.exec(word);
  const listed = Object.hasOwn(ORG_SHORT_NAMES, word) ? ORG_SHORT_NAMES[word] : undefined;
  return listed ?? (chamber ? { ko: `${chamber[1]}상공회의소`, en: '' } : undefined);
}

/** The organisation a word names: one of data/, one proposed already, or one to propose (not yet registered). */
export function orgOf(
  ctx: MentionContext,
  word: string,
  readAt: LineRef,
): { id: string; proposal?: ProposedOrganization } | undefined {
  // "이시바 일본 총리": a leader of a country serves its government.
  const land = COUNTRY_SHORT[word] ?? word;
  const country = COUNTRY_NAMES[land];
  const full = fullName(word);
  const ko = country ? `${land} 정부` : (full?.ko ?? word);
  for (const e of ctx.known.entities.values())
    if (e.kind === 'organization' && (e.names.includes(word) || e.names.includes(ko))) return { id: e.id };
  if (!country && !COUNTRY_UNIONS[word] && (!looksLikeOrg(word) || titleIn(word))) return undefined;
  const existing = ctx.organizations.get(ko);
  if (existing) return { id: existing.id };
  const en = country
    ? `Government of ${country}`
    : (COUNTRY_UNIONS[word] ?? PARTY_NAMES[word] ?? (full?.en || romanizeName(ko, false)));
  const id = uniqueId(ctx, slugOf(en) || 'organization');
  return { id, proposal: { id, name: { ko, en }, readAt } };
}

/** The organisation a word names by where it stands ("맷 가먼 아마존웹서비스 CEO"), known, proposed already or new. */
export function orgOrNew(
  ctx: MentionContext,
  word: string,
  readAt: LineRef,
): { id: string; proposal?: ProposedOrganization } {
  // "일본 게이단렌": an organisation of its own name, printed with its country; not a generic one ("미국 상무부").
  const [country, ...rest] = word.split(' ');
  if (rest.length && COUNTRIES.has(country) && !ORG_SUFFIX.test(rest.join(' ')) && !PLACES_ABROAD.test(rest.join(' ')))
    return orgOrNew(ctx, rest.join(' '), readAt);
  const known =
    orgOf(ctx, word, readAt) ?? (ctx.organizations.has(word) ? { id: ctx.organizations.get(word)!.id } : undefined);
  if (known) return known;
  const id = uniqueId(ctx, slugOf(romanizeName(word, false)) || 'organization');
  return { id, proposal: { id, name: { ko: word, en: romanizeName(word, false) }, readAt } };
}

export function uniqueId(ctx: MentionContext, base: string): string {
  const taken = (id: string) =>
    ctx.known.entities.has(id) ||
    [...ctx.people.values()].some((p) => p.id === id) ||
    [...ctx.organizations.values()].some((o) => o.id === id);
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

export const looksShortSurname = (w: string) => w.length <= 2 && surnameOf(w) === w;

/** An organisation read for the first time joins the draft's proposals, once. */
export function proposeOrganization(ctx: MentionContext, org?: { proposal?: ProposedOrganization }): void {
  if (org?.proposal && !ctx.organizations.has(org.proposal.name.ko))
    ctx.organizations.set(org.proposal.name.ko, org.proposal);
}

/** The person of this name proposed in the article: proposed now, under a fresh id, if not yet. */
export function proposePerson(
  ctx: MentionContext,
  name: string,
  fields: { org?: string; title?: string; readAt: LineRef; en?: string },
): ProposedPerson {
  // A foreign name the article spells two ways ("미즈시마 고이치", "미즈시마 코이치"; a caption's "도미티 코지" and
  // the body's "도미타 코지"): one person.
  // Or printed with its spaces once, run together once ("응우엔 쑤언 푹", "응우옌쑤언푹").
  const spelled =
    (name.includes(' ') || name.length >= 5) && !looksLikeKoreanName(name)
      ? [...ctx.people.values()].find(
          (p) =>
            (p.name.ko.includes(' ') || name.includes(' ')) &&
            (loosely(p.name.ko) === loosely(name) || alikeWordByWord(p.name.ko, name)),
        )
      : undefined;
  const existing = ctx.people.get(name) ?? spelled;
  // Named first without an organisation ("손경식 회장"), then with one ("손경식 한국경영자총협회 회장"): theirs.
  if (existing && !existing.org && fields.org) {
    existing.org = fields.org;
    if (fields.title) existing.title = fields.title;
  }
  if (existing) return existing;
  const en = fields.en ?? romanizeName(name);
  const person: ProposedPerson = {
    id: uniqueId(ctx, slugOf(en) || 'person'),
    name: { ko: name, en },
    ...(fields.org ? { org: fields.org } : {}),
    ...(fields.title ? { title: fields.title } : {}),
    readAt: fields.readAt,
  };
  ctx.people.set(name, person);
  return person;
}
