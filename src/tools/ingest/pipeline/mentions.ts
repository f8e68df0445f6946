// Stage 5: who is named in each sentence. People and organisations of data/ by name and alias (particles attached),
// short references (최 회장) resolved in context, and people the data does not know yet, introduced with an
// organisation and a title in any of the usual orders. Journalists are never proposed.
import { JOURNALIST, TITLES } from '../korean/lexicon';
import { looksLikeKoreanName, romanizeName, slugOf, surnameOf } from '../korean/names';
import { particleAfter, type Token } from '../korean/tokens';
import type { Known, KnownEntity } from './known';
import type { Evidence, Mention, ProposedOrganization, ProposedPerson, Sentence } from './types';

/** Hanja surnames a headline may use (李 대통령). */
const HANJA_SURNAMES: Record<string, string> = {
  李: '이',
  金: '김',
  朴: '박',
  崔: '최',
  鄭: '정',
  尹: '윤',
  文: '문',
  洪: '홍',
  韓: '한',
  吳: '오',
};

/** A word that holds a title, possibly after other words of it ("AI인프라 사장", "부문장(부회장)"). */
export function titleIn(word: string): string | undefined {
  const w = word.replace(/\(.*?\)/g, '');
  return TITLES.find((t) => w === t || w.endsWith(t));
}

/** Organisation-like words the data may not know yet: Latin letters, or a company suffix. */
const ORG_SUFFIX =
  /(전자|그룹|텔레콤|하이닉스|건설|효성|네트웍스|은행|증권|카드|생명|화학|바이오|게임즈|코리아|재단|협회|연구원|대학교|대학|위원회|공사|공단|홀딩스|캐피털|벤처스|파트너스|랩스|테크|소프트|모빌리티|에너지|중공업|물산|통신|부|처|청)$/;
const looksLikeOrg = (w: string) =>
  /^[A-Z][A-Za-z0-9&.]*( [A-Z][A-Za-z0-9&.]*)*$/.test(w) ||
  (/[A-Za-z]/.test(w) && /[가-힣]/.test(w)) ||
  ORG_SUFFIX.test(w);

interface NameEntry {
  words: string[];
  entity: KnownEntity;
}

export interface MentionContext {
  known: Known;
  table: Map<string, NameEntry[]>;
  /** People named in full so far in the article, with the titles printed beside them. */
  seen: Map<string, { titles: Set<string>; count: number }>;
  people: Map<string, ProposedPerson>;
  organizations: Map<string, ProposedOrganization>;
  /** Short references that matched several people: reported, never resolved. */
  ambiguous: { text: string; candidates: string[]; evidence: Evidence }[];
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
  return { known, table, seen: new Map(), people: new Map(), organizations: new Map(), ambiguous: [] };
}

function matchKnown(
  ctx: MentionContext,
  tokens: Token[],
  i: number,
): { entry: NameEntry; last: number; particle: string } | null {
  const word = tokens[i].text;
  for (let len = word.length; len >= 1; len--) {
    const list = ctx.table.get(word.slice(0, len));
    if (!list) continue;
    for (const entry of list) {
      const n = entry.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n - 1 && ok; k++) ok = tokens[i + k].text === entry.words[k] && tokens[i + k].after === ' ';
      if (!ok) continue;
      const particle = particleAfter(tokens[i + n - 1].text, entry.words[n - 1]);
      if (particle !== null) return { entry, last: i + n - 1, particle };
    }
  }
  return null;
}

/** The organisation a word names: one of data/, one proposed already, or one to propose (not yet registered). */
function orgOf(
  ctx: MentionContext,
  word: string,
  evidence: Evidence,
): { id: string; proposal?: ProposedOrganization } | undefined {
  for (const e of ctx.known.entities.values())
    if (e.kind === 'organization' && e.names.includes(word)) return { id: e.id };
  if (!looksLikeOrg(word) || titleIn(word)) return undefined;
  const existing = ctx.organizations.get(word);
  if (existing) return { id: existing.id };
  const en = romanizeName(word, false);
  const id = uniqueId(ctx, slugOf(en) || 'organization');
  return { id, proposal: { id, name: { ko: word, en }, evidence } };
}

function uniqueId(ctx: MentionContext, base: string): string {
  const taken = (id: string) =>
    ctx.known.entities.has(id) ||
    [...ctx.people.values()].some((p) => p.id === id) ||
    [...ctx.organizations.values()].some((o) => o.id === id);
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * After a name: the organisation and title printed with it, up to the word that ends the phrase (the one with a
 * particle, or the title). Returns the index of that last word.
 */
function phraseAfter(
  ctx: MentionContext,
  tokens: Token[],
  i: number,
  evidence: Evidence,
  sentence: string,
  nameParticle = '',
  asNew = false,
) {
  let org: { id: string; proposal?: ProposedOrganization } | undefined;
  let titleFrom = -1;
  let j = i;
  let particle = nameParticle;
  const person = (w: string) =>
    ctx.table.has(w) || looksShortSurname(w) || (looksLikeKoreanName(w) && !titleIn(w) && !looksLikeOrg(w));
  for (let k = i + 1; k <= Math.min(tokens.length - 1, i + 7); k++) {
    // "·" joins words of a title ("콘텐츠·글로벌 사업 총괄") once the organisation is read, never two names.
    const joiner = tokens[k - 1].after;
    if (particle !== '' || !(/^ ?$/.test(joiner) || (joiner === '·' && org !== undefined))) break;
    let word = tokens[k].particle ? tokens[k].stem : tokens[k].text;
    // A Latin name may run over two words: "CJ ENM".
    if (
      /^[A-Z][A-Za-z0-9&]*$/.test(word) &&
      tokens[k].after === ' ' &&
      /^[A-Z][A-Za-z0-9&]*$/.test(tokens[k + 1]?.stem ?? '')
    ) {
      if (!titleIn(tokens[k + 1].stem)) {
        k += 1;
        word = `${word} ${tokens[k].particle ? tokens[k].stem : tokens[k].text}`;
      }
    }
    const o = org === undefined && titleFrom < 0 ? orgOf(ctx, word, evidence) : undefined;
    if (o !== undefined && !titleIn(word)) {
      org = o;
      j = k;
      particle = tokens[k].particle;
      continue;
    }
    if (titleIn(word)) {
      if (titleFrom < 0) titleFrom = k;
      j = k;
      particle = tokens[k].particle;
      if (particle !== '') break;
      continue;
    }
    // Words before a title belong to it ("AI인프라 사장", "콘텐츠·글로벌 사업 총괄"); a name does not, and
    // anything else ends the phrase.
    const ahead = tokens.slice(k + 1, k + 4);
    const titleAt = ahead.findIndex((t) => titleIn(t.stem));
    const joined =
      titleAt >= 0 &&
      ahead.slice(0, titleAt).every((t) => !t.particle) &&
      tokens.slice(k, k + titleAt + 1).every((t) => /^( |·)$/.test(t.after));
    // Before the organisation a name-like word may be the next person; after it, it is part of the title.
    if (k <= i + 6 && joined && !tokens[k].particle && (org !== undefined || !person(tokens[k].text))) {
      if (titleFrom < 0) titleFrom = k;
      continue;
    }
    break;
  }
  // A lone particle after a space ("회장 이") still ends the phrase.
  if (particle === '' && tokens[j + 1] && /^(이|가|은|는|을|를|과|와|도|의)$/.test(tokens[j + 1].text)) {
    particle = tokens[j + 1].text;
    j += 1;
  }
  // "이규호 코오롱 부회장": with no organisation read, the one word before the title names it.
  if (
    !org &&
    asNew &&
    titleFrom === i + 1 &&
    j === i + 2 &&
    !titleIn(tokens[i + 1].text) &&
    /^[가-힣A-Za-z&]{2,12}$/.test(tokens[i + 1].text)
  ) {
    const word = tokens[i + 1].text;
    const en = romanizeName(word, false);
    const id = uniqueId(ctx, slugOf(en) || 'organization');
    org = ctx.organizations.has(word)
      ? { id: ctx.organizations.get(word)!.id }
      : { id, proposal: { id, name: { ko: word, en }, evidence } };
    titleFrom = j;
  }
  let title: string | undefined;
  if (titleFrom >= 0) {
    const end = j > titleFrom && /^(이|가|은|는|을|를|과|와|도|의)$/.test(tokens[j].text) ? j - 1 : j;
    title = sentence.slice(tokens[titleFrom].start, tokens[end].end - tokens[end].particle.length).trim();
  }
  return { last: j, org, title, particle };
}

/**
 * The person a short reference (최 회장, 김 대표) means in this article: one, or none when it could be several. An
 * organisation printed before it ("크래프톤 김 대표") narrows it down.
 */
function resolveShort(
  ctx: MentionContext,
  surname: string,
  title: string,
  org?: string,
): { id: string; candidates: string[] } {
  const candidates: string[] = [];
  for (const [id, seen] of ctx.seen) {
    const known = ctx.known.entities.get(id);
    const proposed = [...ctx.people.values()].find((p) => p.id === id);
    const name = known?.ko ?? proposed?.name.ko ?? '';
    if (surnameOf(name) !== surname) continue;
    const titles = [...seen.titles, ...(known?.titles ?? []), ...(proposed?.title ? [proposed.title] : [])];
    if (!titles.some((t) => t.includes(title) || (title === '대표' && /대표|CEO|최고경영자/.test(t)))) continue;
    const orgs = known?.orgs ?? (proposed?.org ? [proposed.org] : []);
    if (org && !orgs.includes(org)) continue;
    candidates.push(id);
  }
  return { id: candidates.length === 1 ? candidates[0] : '', candidates };
}

export function findMentions(ctx: MentionContext, s: Sentence, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  const evidence = { line: s.line, text: s.text };
  const noteSeen = (id: string, title?: string) => {
    const seen = ctx.seen.get(id) ?? { titles: new Set<string>(), count: 0 };
    if (title) seen.titles.add(title);
    seen.count += 1;
    ctx.seen.set(id, seen);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const known = matchKnown(ctx, tokens, i);
    if (known) {
      const { entry } = known;
      let last = known.last;
      let particle = known.particle;
      let title: string | undefined;
      let org: string | undefined;
      if (entry.entity.kind === 'person' && particle === '') {
        const phrase = phraseAfter(ctx, tokens, last, evidence, s.text, particle);
        ({ last, particle, title } = phrase);
        org = phrase.org?.id;
      }
      const surface = s.text.slice(t.start, tokens[known.last].end - known.particle.length);
      out.push({
        first: i,
        last,
        surface,
        kind: entry.entity.kind,
        id: entry.entity.id,
        particle,
        via: 'name',
        title,
        org,
        quoted: t.quoted,
      });
      if (entry.entity.kind === 'person' && !t.quoted) noteSeen(entry.entity.id, title);
      i = last;
      continue;
    }
    // 최 회장, 李 대통령: a surname alone, then a title.
    const surname = HANJA_SURNAMES[t.text] ?? (t.text.length <= 2 && looksShortSurname(t.text) ? t.text : undefined);
    const next = tokens[i + 1];
    if (surname && next && t.after === ' ' && titleIn(next.stem) === next.stem) {
      const prev = tokens[i - 1];
      const qualifier = prev && prev.after === ' ' && !prev.particle ? orgOf(ctx, prev.text, evidence) : undefined;
      const { id, candidates } = resolveShort(
        ctx,
        surname,
        next.stem,
        qualifier && !qualifier.proposal ? qualifier.id : undefined,
      );
      const text = `${t.text} ${next.stem}`;
      if (!id && candidates.length > 1) ctx.ambiguous.push({ text, candidates, evidence });
      out.push({
        first: i,
        last: i + 1,
        surface: text,
        kind: 'person',
        id,
        particle: next.particle,
        via: 'short',
        title: next.stem,
        quoted: t.quoted,
        ...(id
          ? {}
          : { unresolved: candidates.length > 1 ? `could be ${candidates.join(' or ')}` : 'no one named so' }),
      });
      i += 1;
      continue;
    }
    const found = newPerson(ctx, s, tokens, i);
    if (found) {
      out.push(found);
      if (!t.quoted) noteSeen(found.id, found.title);
      i = found.last;
    }
  }
  return out;
}

/** Titles that by themselves say someone heads or holds a post. */
const STRONG_TITLE = /(회장|사장|대표|CEO|최고경영자|대통령|총리|장관|의원|위원장|의장|창업자|총재|대사|도지사)$/;

const looksShortSurname = (w: string) => w.length <= 2 && surnameOf(w) === w;

/**
 * Someone the data does not know, introduced with a title: "곽노정 SK하이닉스 사장", "SK하이닉스 곽노정 사장",
 * "김경훈 오픈AI코리아 대표", or a foreign name after its organisation ("Arm의 르네 하스 CEO").
 */
function newPerson(ctx: MentionContext, s: Sentence, tokens: Token[], i: number): Mention | null {
  const t = tokens[i];
  const evidence = { line: s.line, text: s.text };
  let nameEnd = i;
  let name: string | null = null;
  if (t.particle === '' && looksLikeKoreanName(t.text) && !titleIn(t.text)) name = t.text;
  else if (
    i > 0 &&
    tokens[i - 1].particle === '의' &&
    tokens[i + 1] &&
    /^[가-힣]{2,5}$/.test(t.text) &&
    /^[가-힣]{1,5}$/.test(tokens[i + 1].text) &&
    !titleIn(t.text) &&
    !titleIn(tokens[i + 1].text) &&
    tokens[i + 2] &&
    titleIn(tokens[i + 2].stem)
  ) {
    name = `${t.text} ${tokens[i + 1].text}`;
    nameEnd = i + 1;
  }
  if (!name || ctx.known.entities.has(name)) return null;
  const phrase = phraseAfter(ctx, tokens, nameEnd, evidence, s.text, '', true);
  if (!phrase.title) return null;
  // Without an organisation beside it, only a title that names a post ("사장", not "담당") makes a name.
  const before = tokens[i - 1];
  const orgBefore =
    before !== undefined &&
    before.after === ' ' &&
    (before.particle === '' || before.particle === '의') &&
    (looksLikeOrg(before.stem) ||
      [...ctx.known.entities.values()].some((e) => e.kind === 'organization' && e.names.includes(before.stem)));
  if (!phrase.org && !orgBefore && !STRONG_TITLE.test(phrase.title)) return null;
  // A byline or a photo credit names a journalist: never a participant.
  if (JOURNALIST.test(phrase.title) || /^(기자|특파원)/.test(tokens[nameEnd + 1]?.text ?? '')) return null;
  // The organisation may come first: "SK하이닉스 곽노정 사장".
  let org = phrase.org;
  if (!org && orgBefore) org = orgOf(ctx, before.particle ? before.stem : before.text, evidence);
  const existing = ctx.people.get(name);
  if (!existing && (t.quoted || s.role === 'caption')) return null;
  if (org?.proposal && !ctx.organizations.has(org.proposal.name.ko))
    ctx.organizations.set(org.proposal.name.ko, org.proposal);
  const id = existing?.id ?? uniqueId(ctx, slugOf(romanizeName(name)) || 'person');
  if (!existing)
    ctx.people.set(name, {
      id,
      name: { ko: name, en: romanizeName(name, !name.includes(' ')) },
      ...(org ? { org: org.id } : {}),
      title: phrase.title,
      evidence,
    });
  return {
    first: i,
    last: phrase.last,
    surface: name,
    kind: 'person',
    id,
    particle: phrase.particle,
    via: 'new',
    title: phrase.title,
    ...(org ? { org: org.id } : {}),
    quoted: t.quoted,
  };
}
