// Stage 5: who is named in each sentence. People and organisations of data/ by name and alias (particles attached),
// short references (최 회장) resolved in context, and people the data does not know yet (people.ts).
import { HEAD_OF_STATE } from '../korean/lexicon';
import { looksLikeKoreanName, spelledAlike, surnameOf, unlinked } from '../korean/names';
import { particleAfter, tokenize, type Token } from '../korean/tokens';
import { createContext, fullName, looksLikeOrg, looksShortSurname, orgOf, titleIn } from '../helpers/names';
import { foreignPerson, foreignShort, joinDoubleBarrelled } from '../helpers/foreign';
import {
  companyPosts,
  headOfNamedOrg,
  headlinedNames,
  headlinedPerson,
  leadersByPost,
  presidentOn,
} from '../helpers/shortForms';
import { foreignList } from '../helpers/foreignList';
import { namedAfterTitle, newPerson, phraseAfter, sharedTitle } from '../helpers/people';
import type { Known, Mention, MentionContext, MentionsStage, NameEntry, Sentence } from './types';

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

function matchKnown(
  ctx: MentionContext,
  tokens: Token[],
  i: number,
): { entry: NameEntry; last: number; particle: string } | null {
  const word = tokens[i].text;
  for (let len = word.length; len >= 1; len--) {
    const list = ctx.table.get(word.slice(0, len));
    if (!list) continue;
    // An Arabic name may be printed without its links ("칼둔 칼리파 무바라크" for "칼둔 칼리파 알 무바라크"), or
    // with them apart from the words they were glued to ("빈 자예드 알 나얀" for "빈자예드 알나얀") or glued on.
    const variants = list.flatMap((entry) => {
      const bare = unlinked(entry.words.join(' ')).split(' ');
      const apart = entry.words.flatMap((w) => (/^(빈|알)[가-힣]{2,}$/.test(w) ? [w[0], w.slice(1)] : [w]));
      const glued = entry.words
        .join(' ')
        .replace(/(^| )(빈|알) (?=[가-힣]{2})/g, '$1$2')
        .split(' ');
      return [
        entry,
        ...[bare, apart, glued]
          .filter((words) => words.length !== entry.words.length && words.length >= 2)
          .map((words) => ({ ...entry, words })),
      ];
    });
    for (const entry of variants) {
      const n = entry.words.length;
      if (i + n > tokens.length) continue;
      // A foreign name of several words may be spelled another way after its first ("아이보시 고이치" for "아이보시
      // 코이치", "메리 바라" for "메리 배라": as many syllables, the same consonants).
      // A Korean name is one word: one of several is foreign, however Korean its syllables look ("조 케저").
      const foreign = n > 1 && entry.entity.kind === 'person';
      const same = (a: string, b: string) => a === b || (foreign && spelledAlike(a, b));
      let ok = true;
      for (let k = 0; k < n - 1 && ok; k++)
        ok = same(tokens[i + k].text, entry.words[k]) && tokens[i + k].after === ' ';
      if (!ok) continue;
      const lastWord = tokens[i + n - 1].text;
      const spelled = lastWord.slice(0, entry.words[n - 1].length);
      const particle = particleAfter(lastWord, same(spelled, entry.words[n - 1]) ? spelled : entry.words[n - 1]);
      // "도널드 트럼프 주니어": the son, not the one recorded under the father's name.
      const junior = particle === '' && entry.entity.kind === 'person' && /^주니어/.test(tokens[i + n]?.text ?? '');
      if (particle !== null && !junior) return { entry, last: i + n - 1, particle };
    }
  }
  return null;
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
  sentence?: number,
): { id: string; candidates: string[] } {
  const candidates: string[] = [];
  for (const [id, seen] of ctx.seen) {
    const known = ctx.known.entities.get(id);
    const proposed = [...ctx.people.values()].find((p) => p.id === id);
    const name = known?.ko ?? proposed?.name.ko ?? '';
    // A Chinese name in one word ("리커창", "시진핑") is written short by its first syllable ("리 총리").
    const family = surnameOf(name) ?? (/^[가-힣]{3,4}$/.test(name) ? name[0] : undefined);
    if (family !== surname) continue;
    const titles = [...seen.titles, ...(known?.titles ?? []), ...(proposed?.title ? [proposed.title] : [])];
    // A title printed with a space ("당 서기") is the one printed without; not a deputy's ("정 회장" is no 수석부회장).
    const fits = (t: string) => {
      const bare = t.replace(/\s/g, '');
      for (let at = bare.indexOf(title); at >= 0; at = bare.indexOf(title, at + 1))
        if (bare[at - 1] !== '부') return true;
      return title === '대표' && /대표|CEO|최고경영자/.test(t);
    };
    if (!titles.some(fits)) continue;
    const orgs = known?.orgs ?? (proposed?.org ? [proposed.org] : []);
    if (org && !orgs.includes(org)) continue;
    candidates.push(id);
  }
  // "정용진 회장의 초청으로 … 정 회장이": of several, the one named in this sentence or the one before, where only
  // one was.
  const recent =
    sentence === undefined ? [] : candidates.filter((id) => (ctx.seen.get(id)?.lastIn ?? -Infinity) >= sentence - 1);
  const id = candidates.length === 1 ? candidates[0] : recent.length === 1 ? recent[0] : '';
  return { id, candidates };
}

function findMentions(ctx: MentionContext, s: Sentence, tokens: Token[], published?: string): Mention[] {
  const out: Mention[] = [];
  const readAt = { line: s.line, text: s.text };
  const noteSeen = (id: string, title?: string, org?: string) => {
    const seen = ctx.seen.get(id) ?? { titles: new Set<string>(), orgs: new Set<string>(), count: 0 };
    if (title) seen.titles.add(title);
    if (org) seen.orgs.add(org);
    seen.count += 1;
    seen.lastIn = s.i;
    ctx.seen.set(id, seen);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const known = matchKnown(ctx, tokens, i);
    const longer = known && inFull(ctx, s, tokens, i, known);
    if (longer) {
      out.push(longer);
      if (!t.quoted) noteSeen(longer.id, longer.title, longer.org);
      i = longer.last;
      continue;
    }
    if (known) {
      const { entry } = known;
      let last = known.last;
      let particle = known.particle;
      let title: string | undefined;
      let org: string | undefined;
      if (entry.entity.kind === 'person' && particle === '') {
        const phrase = phraseAfter(ctx, tokens, last, readAt, s.text, particle);
        ({ last, particle, title } = phrase);
        org = phrase.org?.id;
        const post = phrase.org?.proposal;
        if (post && !ctx.organizations.has(post.name.ko) && !ctx.posts.has(post.name.ko))
          ctx.posts.set(post.name.ko, post);
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
      if (entry.entity.kind === 'person' && !t.quoted) noteSeen(entry.entity.id, title, org);
      if (entry.entity.kind === 'organization') (ctx.orgsNamed ??= new Set()).add(entry.entity.id);
      i = last;
      continue;
    }
    const short = foreignShort(ctx, tokens, i);
    if (short) {
      out.push(short);
      if (!t.quoted) noteSeen(short.id, short.title);
      i = short.last;
      continue;
    }
    // "최회장과", "조지사는": a surname and a title printed as one word (older print), for someone named before.
    const gluedTitle = t.stem.length >= 3 && titleIn(t.stem) !== t.stem ? t.stem.slice(1) : '';
    if (gluedTitle && looksShortSurname(t.stem[0]) && titleIn(gluedTitle) === gluedTitle) {
      const { id } = resolveShort(ctx, t.stem[0], gluedTitle, undefined);
      if (id) {
        out.push({
          first: i,
          last: i,
          surface: t.stem,
          kind: 'person',
          id,
          particle: t.particle,
          via: 'short',
          title: gluedTitle,
          quoted: t.quoted,
        });
        if (!t.quoted) noteSeen(id, gluedTitle);
        continue;
      }
    }
    // 최 회장, 李 대통령: a surname alone, then a title.
    // "싱 대사" after "싱하이밍": a Chinese name in one word is written short by its first syllable too.
    const chinese =
      t.text.length === 1 &&
      [...ctx.people.values()].some((p) => /^[가-힣]{3,4}$/.test(p.name.ko) && p.name.ko.startsWith(t.text));
    const surname =
      HANJA_SURNAMES[t.text] ?? ((t.text.length <= 2 && looksShortSurname(t.text)) || chinese ? t.text : undefined);
    const next = tokens[i + 1];
    if (surname && next && t.after === ' ' && titleIn(next.stem) === next.stem) {
      const prev = tokens[i - 1];
      const qualifier = prev && prev.after === ' ' && !prev.particle ? orgOf(ctx, prev.text, readAt) : undefined;
      const short = resolveShort(
        ctx,
        surname,
        next.stem,
        qualifier && !qualifier.proposal ? qualifier.id : undefined,
        s.i,
      );
      const { candidates } = short;
      // "문 대통령" with no 문 named: the president in office on the article's day. "정 회장" after a headline's
      // bare "정의선", with no one else of that surname named: that person.
      const id =
        short.id ||
        (candidates.length === 0 && /^(대통령|총리|국무총리)$/.test(next.stem) && published
          ? (presidentOn(ctx, surname, published, readAt, next.stem === '대통령' ? '대통령' : '총리') ?? '')
          : '') ||
        (candidates.length === 0
          ? (headlinedPerson(ctx, surname, next.stem)?.id ?? headOfNamedOrg(ctx, surname, next.stem) ?? '')
          : '');
      if (id && !short.id && !t.quoted) noteSeen(id, next.stem);
      const text = `${t.text} ${next.stem}`;
      if (!id && candidates.length > 1) ctx.ambiguous.push({ text, candidates, readAt });
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
    const chain = sharedTitle(ctx, s, tokens, i) ?? foreignList(ctx, s, tokens, i);
    if (chain) {
      out.push(...chain);
      for (const m of chain) if (!t.quoted) noteSeen(m.id, m.title);
      i = chain[chain.length - 1].last;
      continue;
    }
    // "김기문 중소기업중앙회 회장(로만손 회장)": a second post of the one just named, in brackets after their title.
    const secondPost = /\(\s*$/.test(s.text.slice(0, t.start)) && titleIn(tokens[i - 1]?.stem ?? '') !== undefined;
    const found = secondPost
      ? null
      : (koreanOrForeign(ctx, s, tokens, i) ??
        foreignPerson(ctx, s, tokens, i) ??
        namedAfterTitle(ctx, s, tokens, i) ??
        namedAgain(ctx, tokens, i));
    if (found) {
      out.push(found);
      if (!t.quoted) noteSeen(found.id, found.title);
      i = found.last;
    }
  }
  return out;
}

/** "엥흐바야르 남바르 몽골 대통령": a recorded foreign name of one word, printed here in full, is the same person. */
function inFull(
  ctx: MentionContext,
  s: Sentence,
  tokens: Token[],
  i: number,
  known: { entry: NameEntry; last: number; particle: string },
): Mention | null {
  const { entry } = known;
  if (entry.entity.kind !== 'person' || known.particle || entry.words.length > 1 || known.last !== i) return null;
  if (looksLikeKoreanName(entry.words[0]) || tokens[i].after !== ' ') return null;
  // The rest of the name, one word with the post after it ("남바르 몽골 대통령"), is read as a name of its own.
  const before = new Set(ctx.people.keys());
  const rest = koreanOrForeign(ctx, s, tokens, i + 1) ?? foreignPerson(ctx, s, tokens, i + 1);
  // Read only to be matched: the reading proposes no one new.
  for (const key of ctx.people.keys()) if (!before.has(key)) ctx.people.delete(key);
  if (!rest || rest.first !== i + 1 || rest.surface.includes(' ') || !rest.title) return null;
  return { ...rest, first: i, surface: `${tokens[i].text} ${rest.surface}`, id: entry.entity.id, via: 'name' };
}

/**
 * A Korean-shaped first word whose title would start with another name-like word ("피터 베닝크 ASML 최고경영자",
 * "이반 얀차렉 주한대사"): the two words are one transliterated name, where the foreign reading takes them so.
 */
function koreanOrForeign(ctx: MentionContext, s: Sentence, tokens: Token[], i: number): Mention | null {
  const before = new Set(ctx.people.keys());
  const korean = newPerson(ctx, s, tokens, i);
  // Its title begins with a word of no post, or its organisation is a word the data and the lexicon do not know.
  const oddTitle = /\s/.test(korean?.title ?? '') && !titleIn(korean!.title!.split(/\s/)[0]);
  const oddOrg =
    !!korean?.org &&
    !ctx.known.entities.has(korean.org) &&
    !looksLikeOrg(tokens[i + 1]?.stem ?? tokens[i + 1]?.text ?? '');
  if (!korean || !(oddOrg || (oddTitle && !korean.org))) return korean;
  const foreign = foreignPerson(ctx, s, tokens, i);
  if (!foreign || !foreign.surface.startsWith(`${korean.surface} `)) return korean;
  for (const key of ctx.people.keys())
    if (!before.has(key) && ctx.people.get(key)!.id === korean.id) ctx.people.delete(key);
  return foreign;
}

/**
 * A Korean name the article has proposed already, named again however its title is printed ("박용만 대한 상의
 * 회장과"): the same person.
 */
function namedAgain(ctx: MentionContext, tokens: Token[], i: number): Mention | null {
  const t = tokens[i];
  // A name's last syllable may look like a particle ("박용만").
  const [name, particle] = ctx.people.has(t.text) ? [t.text, ''] : [t.stem, t.particle];
  const person = ctx.people.get(name);
  // Only someone introduced with their organisation: a name read from a title alone may be a common noun.
  if (!person?.org || !looksLikeKoreanName(name)) return null;
  return {
    first: i,
    last: i,
    surface: name,
    kind: 'person',
    id: person.id,
    particle,
    via: 'name',
    quoted: t.quoted,
  };
}

/**
 * An organisation proposed somewhere in the article (from a person's title: "손경식 경총 회장") is named by its
 * name elsewhere too, before the person is ("한국경영자총협회(경총)은 … 예방하고"): as the subject it stands for its
 * head. Its short form in brackets and a particle printed apart after them are the mention's.
 */
function proposedOrganisations(ctx: MentionContext, tokens: Token[][], bySentence: Mention[][]): Mention[][] {
  const byName = new Map([...ctx.posts.values(), ...ctx.organizations.values()].map((o) => [o.name.ko, o.id]));
  if (byName.size === 0) return bySentence;
  return bySentence.map((list, i) => {
    const t = tokens[i];
    const taken = (k: number) => list.some((m) => m.first <= k && k <= m.last);
    const added: Mention[] = [];
    for (let k = 0; k < t.length; k++) {
      const id = byName.get(t[k].stem) ?? byName.get(fullName(t[k].stem)?.ko ?? '');
      if (!id || taken(k) || t[k].quoted) continue;
      let last = k;
      let particle = t[k].particle;
      if (!particle && t[k].after === '(' && t[k + 1]?.after === ')') last = k + 1;
      if (!particle && /^(은|는|이|가|과|와|을|를|의)$/.test(t[last + 1]?.text ?? '')) {
        last += 1;
        particle = t[last].text;
      }
      // Not one of a list ("전국경제인연합회 등 6단체장이"): the list is the subject, not the organisation's head.
      const inList = /^등/.test(t[last + 1]?.text ?? '') || /^[,·]/.test(t[last].after);
      if (taken(last) || inList) continue;
      added.push({
        first: k,
        last,
        surface: t[k].stem,
        kind: 'organization',
        id,
        particle,
        via: 'name',
        quoted: false,
      });
      k = last;
    }
    return added.length ? [...list, ...added].sort((a, b) => a.first - b.first) : list;
  });
}

/**
 * "한경협은 류진 회장을 비롯해 김창범 상근부회장 …", "현대차 측에서는 A 사장이": a sentence opened by an
 * organisation names its people; a new person named there with a post and no organisation of their own is its.
 */
function sidesPeople(ctx: MentionContext, tokens: Token[][], bySentence: Mention[][]): void {
  bySentence.forEach((list, i) => {
    const side = list[0];
    const next = tokens[i][side?.last + 1]?.text ?? '';
    const opens =
      side?.kind === 'organization' &&
      side.first <= 1 &&
      (/^(은|는|에서는|에선)$/.test(side.particle) || (side.particle === '' && /^측(에서는|에선|은|도)?$/.test(next)));
    if (!opens) return;
    for (const m of list.slice(1)) {
      if (m.kind !== 'person' || m.via !== 'new' || !m.title || m.org) continue;
      // "CJ그룹은 손 회장이 … 총리와 회동했다고": whom the side's subject met is not of the side.
      const subjectBefore = list.some((o) => o.kind === 'person' && o.first < m.first && /^(이|가)$/.test(o.particle));
      if (/^(과|와|을|를)$/.test(m.particle) && subjectBefore) continue;
      // Nor whose something is ("트럼프 대통령 당선인의 자문단"), nor a head of state, of no company's side.
      if (m.particle === '의' || HEAD_OF_STATE.test(m.title)) continue;
      const person = [...ctx.people.values()].find((p) => p.id === m.id);
      if (person && !person.org) person.org = side.id;
    }
  });
}

/** Stage 5: who is named in each sentence, read in page order so that a short form (최 회장) finds the full name
 * printed before it; people and organisations data/ does not know are proposed. */
export function mentions(said: Sentence[], known: Known, published?: string): MentionsStage {
  const context = createContext(known);
  const tokens = said.map((s) => joinDoubleBarrelled(context, tokenize(s.text)));
  context.headlined = headlinedNames(said, tokens, context);
  const bySentence = proposedOrganisations(
    context,
    tokens,
    companyPosts(
      context,
      said.map((s, i) => findMentions(context, s, tokens[i], published)),
    ),
  );
  sidesPeople(context, tokens, bySentence);
  return { context, tokens, bySentence: leadersByPost(context, said, tokens, bySentence) };
}
