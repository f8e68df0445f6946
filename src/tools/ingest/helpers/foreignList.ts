// Foreign names listed with commas or ·, before the title they share ("공화당의 빌 하퍼, 존 스톤 의원과"): each is
// someone.
import type { Token } from '../korean/tokens';
import { foreignPerson, nameWord, orgLike, recordedAs } from './foreign';
import { orgOf, proposeOrganization, proposePerson } from './names';
import type { Mention, MentionContext, Sentence } from '../pipeline/types';

/**
 * Foreign names listed with commas before the title they share ("빌 헤거티, 존 튠, 댄 설리번 의원과"): each is
 * someone, with the last one's organisation and title. Returns their mentions, the last one's included, or null.
 */
export function foreignList(ctx: MentionContext, s: Sentence, tokens: Token[], i: number): Mention[] | null {
  const items: [number, number][] = [];
  let k = i;
  for (;;) {
    let n = 0;
    // A later word may end like a particle ("사토 야스히로·"): the name's, as the list goes on after it.
    const inner = (m: number) => m > 0 || items.length > 0;
    while (n < 3 && nameWord(ctx, tokens[k + n], inner(n)) && (n === 0 || tokens[k + n - 1].after === ' ')) n++;
    const end = tokens[k + n - 1];
    // A transliterated name in full: two words or three. Not posts joined by 겸 ("부관참모 겸 경호대장").
    const words = tokens.slice(k, k + n).map((t) => t.text);
    if (n < 2 || !/[,·]/.test(end.after) || words.includes('겸') || /(장|참모)$/.test(words[n - 1])) break;
    items.push([k, k + n - 1]);
    k += n;
  }
  if (items.length === 0) return null;
  const last = foreignPerson(ctx, s, tokens, k);
  if (!last || last.via !== 'new' || !last.surface.includes(' ')) return null;
  const readAt = { line: s.line, text: s.text };
  let listOrg: string | undefined;
  const out: Mention[] = items.map(([a, b]) => {
    const name = tokens
      .slice(a, b + 1)
      .map((t) => t.text)
      .join(' ');
    const recorded = recordedAs(ctx, name);
    // "공화당의 A, B, C 의원과": the organisation said before the list is each one's, else the last one's own.
    const before = tokens[a - 1];
    const own = before?.particle === '의' && orgLike(ctx, before.stem) ? orgOf(ctx, before.stem, readAt) : undefined;
    proposeOrganization(ctx, own);
    listOrg = own?.id ?? listOrg;
    const org = listOrg ?? last.org;
    return {
      first: a,
      last: b,
      surface: name,
      kind: 'person' as const,
      id: recorded ?? proposePerson(ctx, name, { org, title: last.title, readAt }).id,
      particle: last.particle,
      via: recorded ? ('name' as const) : ('new' as const),
      ...(last.title ? { title: last.title } : {}),
      ...(org ? { org } : {}),
      quoted: tokens[a].quoted,
    };
  });
  const lastPerson = [...ctx.people.values()].find((p) => p.id === last.id);
  if (listOrg && lastPerson && !lastPerson.org) {
    lastPerson.org = listOrg;
    return [...out, { ...last, org: listOrg }];
  }
  return [...out, last];
}
