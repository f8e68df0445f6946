// Short forms printed before or without the full name: a headline's bare Korean name that a later "정 회장" means,
// a company's post ("팔란티어 최고경영자") before its holder is named, a foreign name written short in the headline.
import { COUNTRIES, HEAD_OF_STATE, NOT_NAMES, PRESIDENTS, PRIME_MINISTERS } from '../korean/lexicon';
import { looksLikeKoreanName, surnameOf } from '../korean/names';
import type { Token } from '../korean/tokens';
import { shortens } from './foreign';
import { orgOf, proposePerson, titleIn } from './names';
import type { LineRef, Mention, MentionContext, ProposedPerson, Sentence } from '../pipeline/types';

/** Korean names of three syllables a headline prints bare, or a caption with no organisation ("정의선 회장과 … 만났다.
 * /사진=…"), that data/ does not know, by surname. */
export function headlinedNames(said: Sentence[], tokens: Token[][], ctx: MentionContext) {
  const out = new Map<string, { name: string; readAt: LineRef }[]>();
  said.forEach((s, i) => {
    if (s.role !== 'headline' && s.role !== 'caption') return;
    for (const t of tokens[i]) {
      const name = t.stem;
      const surname = surnameOf(name);
      if (!surname || name.length !== 3 || !looksLikeKoreanName(name) || NOT_NAMES.has(name) || ctx.table.has(name))
        continue;
      const list = out.get(surname) ?? [];
      if (!list.some((x) => x.name === name)) list.push({ name, readAt: { line: s.line, text: s.text } });
      out.set(surname, list);
    }
  });
  return out;
}

/**
 * "팔란티어 최고경영자(CEO)" read as a person named 팔란티어, before "알렉스 카프 팔란티어 CEO" names them: one word
 * that is the organisation of exactly one person in the article is that person's post, not a name.
 */
export function companyPosts(ctx: MentionContext, bySentence: Mention[][]): Mention[][] {
  const orgName = (id: string) =>
    ctx.known.entities.get(id)?.ko ?? [...ctx.organizations.values()].find((o) => o.id === id)?.name.ko;
  const holders = new Map<string, Set<string>>();
  const hold = (org: string, id: string) => {
    const name = orgName(org);
    if (name) holders.set(name, (holders.get(name) ?? new Set()).add(id));
  };
  for (const p of ctx.people.values()) if (p.org) hold(p.org, p.id);
  for (const id of ctx.seen.keys()) for (const org of ctx.known.entities.get(id)?.orgs ?? []) hold(org, id);
  // "부시 전 대통령" in the headline, "조지 부시 전 미국 대통령" in the body: a short form printed first.
  const fullNames = [...ctx.people.values(), ...[...ctx.seen.keys()].map((id) => ctx.known.entities.get(id))]
    .filter((p) => p !== undefined)
    .map((p) => ('name' in p ? { id: p.id, ko: p.name.ko } : { id: p.id, ko: p.ko }))
    .filter((p) => p.ko.includes(' '));
  const moved = new Map<string, string>();
  for (const [key, p] of ctx.people) {
    if (p.name.ko.includes(' ')) continue;
    // A company's word is never shaped like a Korean name; a foreign name written short may be ("부시").
    const ids = looksLikeKoreanName(p.name.ko) || p.org ? undefined : holders.get(p.name.ko);
    // "스가 日 총리" first, "스가 요시히데 일본 총리" later; "나델라 MS CEO", then "MS의 CEO 사티아 나델라".
    const longer = new Set(fullNames.filter((f) => shortens(p.name.ko, f.ko)).map((f) => f.id));
    const to = ids?.size === 1 ? [...ids][0] : longer.size === 1 ? [...longer][0] : undefined;
    if (!to) continue;
    moved.set(p.id, to);
    ctx.people.delete(key);
    ctx.seen.delete(p.id);
  }
  if (moved.size === 0) return bySentence;
  return bySentence.map((list) => list.map((m) => (moved.has(m.id) ? { ...m, id: moved.get(m.id)! } : m)));
}

/**
 * "문 대통령" with no 문 named before: Korea's president of the article's day, of data/ or proposed. Only the
 * president in office (a former one is "전 대통령", written in full).
 */
export function presidentOn(
  ctx: MentionContext,
  surname: string,
  published: string,
  readAt: LineRef,
  post: '대통령' | '총리' = '대통령',
): string | undefined {
  // So is "이 총리" the prime minister in office.
  const list = post === '대통령' ? PRESIDENTS : PRIME_MINISTERS;
  const inOffice = [...list].reverse().find((p) => p.from <= published);
  if (!inOffice || surnameOf(inOffice.name) !== surname) return undefined;
  const known = [...ctx.known.entities.values()].find((e) => e.kind === 'person' && e.names.includes(inOffice.name));
  return known?.id ?? proposePerson(ctx, inOffice.name, { title: post, readAt }).id;
}

/** "정 회장" after a headline's bare "정의선", with no one else of that surname named: that person, proposed. */
export function headlinedPerson(ctx: MentionContext, surname: string, title: string): ProposedPerson | undefined {
  const headlined = ctx.headlined?.get(surname);
  if (headlined?.length !== 1) return undefined;
  return proposePerson(ctx, headlined[0].name, { title, readAt: headlined[0].readAt });
}

/**
 * "SK그룹에 따르면 최 회장은": with no one of that surname named, the one person data/ records with that surname and
 * title in an organisation the article has named.
 */
export function headOfNamedOrg(ctx: MentionContext, surname: string, title: string): string | undefined {
  if (!ctx.orgsNamed?.size) return undefined;
  const heads = [...ctx.known.entities.values()].filter(
    (e) =>
      e.kind === 'person' &&
      surnameOf(e.ko) === surname &&
      e.titles.some((t) => t.replace(/\s/g, '').endsWith(title)) &&
      e.orgs.some((o) => ctx.orgsNamed!.has(o)),
  );
  if (heads.length !== 1) return undefined;
  (ctx.inferred ??= new Map()).set(
    heads[0].id,
    `"${surname} ${title}" is read as ${heads[0].ko}, whom data/ records as head of an organisation the article names, ` +
      'though it never names them: check it',
  );
  return heads[0].id;
}

/**
 * "아르헨티나 대통령과 면담을 가졌다" after "마우리시오 마크리 아르헨티나 대통령": a country's leader by post alone is the
 * one the article named with that country and post, where it named one.
 */
export function leadersByPost(ctx: MentionContext, said: Sentence[], tokens: Token[][], bySentence: Mention[][]) {
  const leaders = (country: string, post: string) => {
    const of = [...ctx.seen].filter(([id, seen]) => {
      const proposed = [...ctx.people.values()].find((p) => p.id === id);
      const orgs = [
        ...seen.orgs,
        ...(ctx.known.entities.get(id)?.orgs ?? []),
        ...(proposed?.org ? [proposed.org] : []),
      ];
      const titles = [...seen.titles, ...(proposed?.title ? [proposed.title] : [])];
      return orgs.includes(country) && titles.some((t) => t.replace(/^(전|현)\s/, '') === post);
    });
    return of.length === 1 ? of[0][0] : undefined;
  };
  return bySentence.map((list, i) => {
    const out = [...list];
    tokens[i].forEach((t, k) => {
      const post = tokens[i][k + 1];
      if (!post || t.after !== ' ' || t.particle !== '' || !COUNTRIES.has(t.text) || /^(한국|대한민국)$/.test(t.text))
        return;
      if (!HEAD_OF_STATE.test(post.stem) || titleIn(post.stem) !== post.stem) return;
      if (out.some((m) => m.kind === 'person' && m.first <= k + 1 && m.last >= k)) return;
      const country = orgOf(ctx, t.text, { line: said[i].line, text: said[i].text })?.id;
      const id = country && leaders(country, post.stem);
      if (!id) return;
      const at = out.findIndex((m) => m.first === k && m.last === k);
      const mention: Mention = {
        first: k,
        last: k + 1,
        surface: `${t.text} ${post.stem}`,
        kind: 'person',
        id,
        particle: post.particle,
        via: 'short',
        title: post.stem,
        quoted: t.quoted,
      };
      if (at >= 0) out.splice(at, 1, mention);
      else out.push(mention);
    });
    return out.sort((a, b) => a.first - b.first);
  });
}
