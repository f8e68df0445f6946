// People are coloured by their top-level organisation: a fixed colour-blind-safe palette (Okabe–Ito),
// handed out in a stable order (the groups in most meetings first, then by id) so colours stay put across loads.
import type { GraphIndex } from './types';

const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442'];
export const OTHER_COLOR = '#9AA0A6';

export interface GroupColor {
  /** Organisation id, or null for the "Other" bucket. */
  org: string | null;
  color: string;
  people: number;
}

export interface Palette {
  groups: GroupColor[];
  colorOf(personGroup: string | undefined): string;
}

export function buildPalette(index: GraphIndex): Palette {
  const people = new Map<string, number>();
  const weight = new Map<string, number>();
  for (const p of index.people.values()) {
    if (!p.group || !index.organizations.has(p.group)) continue;
    people.set(p.group, (people.get(p.group) ?? 0) + 1);
    weight.set(p.group, (weight.get(p.group) ?? 0) + index.meetingsOf(p.id).length);
  }
  const ranked = [...people].sort((a, b) => weight.get(b[0])! - weight.get(a[0])! || (a[0] < b[0] ? -1 : 1));
  const colored = new Map<string, string>();
  const groups: GroupColor[] = [];
  let other = 0;
  for (const [org, people] of ranked) {
    if (colored.size < PALETTE.length) {
      colored.set(org, PALETTE[colored.size]);
      groups.push({ org, color: PALETTE[colored.size - 1], people });
    } else other += people;
  }
  for (const p of index.people.values()) if (!p.group || !index.organizations.has(p.group)) other++;
  if (other > 0) groups.push({ org: null, color: OTHER_COLOR, people: other });
  return { groups, colorOf: (g) => (g && colored.get(g)) || OTHER_COLOR };
}
