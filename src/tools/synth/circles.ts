// Who meets whom: in real archives people meet the same small circle again and again, mostly inside their own
// organisation's community, so meetings are drawn from each person's fixed circle of recurring contacts.
import type { OrganizationSource, PersonSource } from '../../core/schema/source';
import type { Rng } from './rng';

/** People in one team inside a community: a circle is one's team (less oneself) plus the cross ties. */
const TEAM = 14;
/** Cross-community ties started per person (each is shared by both ends). */
const CROSS_TIES = [0, 0, 1, 1] as const;
/** Share of picks that go to a contact of a contact instead of one's own. */
const FRIEND_OF_FRIEND = 0.05;

/**
 * Each person's recurring contacts: their team, consecutive members of their community (a top-level organisation
 * with its affiliates, members ordered by organisation), plus a few ties to anyone. A team's members are each
 * other's contacts too, so their meetings repeat the same pairs.
 */
export function buildCircles(rng: Rng, people: PersonSource[], orgs: OrganizationSource[]): number[][] {
  const parent = new Map(orgs.map((o) => [o.id, o.parent]));
  const top = (id: string) => {
    let at = id;
    for (let p = parent.get(at); p; p = parent.get(at)) at = p;
    return at;
  };
  const communities = new Map<string, number[]>();
  people.forEach((p, i) => {
    const key = top(p.affiliations[0].org);
    const list = communities.get(key);
    if (list) list.push(i);
    else communities.set(key, [i]);
  });
  const circles: Set<number>[] = people.map(() => new Set());
  for (const members of communities.values()) {
    const home = (i: number) => people[i].affiliations[0].org;
    const order = [...members].sort((a, b) => (home(a) < home(b) ? -1 : home(a) > home(b) ? 1 : a - b));
    // Teams of about TEAM consecutive members; a short remainder joins the last full team.
    const teams = Math.max(1, Math.round(order.length / TEAM));
    order.forEach((person, k) => {
      const team = Math.min(teams - 1, Math.floor((k * teams) / order.length));
      const from = Math.ceil((team * order.length) / teams);
      const to = Math.ceil(((team + 1) * order.length) / teams);
      for (let j = from; j < to; j++) if (j !== k) circles[person].add(order[j]);
    });
  }
  people.forEach((_, i) => {
    for (let t = rng.pick(CROSS_TIES); t > 0; t--) {
      const other = rng.int(0, people.length - 1);
      if (other === i) continue;
      circles[i].add(other);
      circles[other].add(i);
    }
    // A community of one needs someone to meet.
    while (circles[i].size === 0 && people.length > 1) {
      const other = rng.int(0, people.length - 1);
      if (other === i) continue;
      circles[i].add(other);
      circles[other].add(i);
    }
  });
  return circles.map((c) => [...c]);
}

/** Up to n distinct people from the host's circle (now and then a contact's contact), none already taken. */
export function pickFromCircle(rng: Rng, n: number, host: number, circles: number[][], taken: Set<number>) {
  const out: number[] = [];
  const own = circles[host];
  for (let tries = 0; out.length < n && tries < n * 20 && own.length > 0; tries++) {
    let i = rng.pick(own);
    if (rng.next() < FRIEND_OF_FRIEND && circles[i].length > 0) i = rng.pick(circles[i]);
    if (!taken.has(i)) {
      taken.add(i);
      out.push(i);
    }
  }
  return out;
}
