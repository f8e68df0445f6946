// Who stands for whom in an article: the business groups of a person, the person who heads an organisation.
import { HEAD_OF_ORG } from '../../korean/lexicon';
import type { Known, MentionContext } from '../../pipeline/types';

/**
 * The business groups a person belongs to: those data/ records, and a group whose name starts the name of the
 * organisation the article prints with them ("삼성SDI" of 삼성그룹).
 */
export function groupFinder(known: Known, ctx: MentionContext) {
  const groups = [...known.entities.values()].filter((e) => e.kind === 'organization' && /.{2,}그룹$/.test(e.ko));
  const ofName = (name: string) => groups.filter((g) => name.startsWith(g.ko.slice(0, -2))).map((g) => g.id);
  return (person: string): string[] => {
    const recorded = known.entities.get(person);
    const proposed = [...ctx.people.values()].find((p) => p.id === person);
    const orgs = [
      ...(recorded?.orgs ?? []),
      ...(proposed?.org ? [proposed.org] : []),
      ...(ctx.seen.get(person)?.orgs ?? []),
    ];
    const names = orgs.map(
      (o) => known.entities.get(o)?.ko ?? [...ctx.organizations.values()].find((x) => x.id === o)?.name.ko ?? '',
    );
    return [
      ...new Set([...orgs.flatMap((o) => known.entities.get(o)?.parent ?? []), ...orgs, ...names.flatMap(ofName)]),
    ].filter((o) => groups.some((g) => g.id === o));
  };
}

/** The person who stands for an organisation in this article: the one of its people named most. */
export function headFinder(known: Known, ctx: MentionContext) {
  return (org: string): string | undefined => {
    let best: string | undefined;
    let most = 0;
    for (const [id, seen] of ctx.seen) {
      const proposed = [...ctx.people.values()].find((p) => p.id === id);
      const first = known.entities.get(id)?.orgs[0] ?? proposed?.org;
      // Never an association's standing deputy ("김창범 한경협 상근부회장"), who runs its office, nor one of its
      // staff ("강석구 조사본부장"): only who holds a head's title.
      const titles = [...seen.titles, ...(proposed?.title ? [proposed.title] : [])];
      if (
        titles.some((t) => /^상근/.test(t)) ||
        (titles.length > 0 && !titles.some((t) => HEAD_OF_ORG.test(t.replace(/\(.*?\)/g, '').trim())))
      )
        continue;
      // The organisation of data/, or the one the article prints with the post ("최태원 대한상의 회장"); a chairman
      // before a secretary general, who heads an association's office ("와다 류코 게이단렌 사무총장").
      const weight = seen.count + (titles.some((t) => /사무총장$/.test(t)) ? 0 : 100);
      if ((first === org || seen.orgs.has(org)) && weight > most) [best, most] = [id, weight];
    }
    return best;
  };
}
