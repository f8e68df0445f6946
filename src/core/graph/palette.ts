// People are told apart by their top-level organisation: a colour-blind-safe colour (Okabe–Ito) and, once the
// seven colours are taken, a shape (dot, square, diamond). Each organisation keeps its swatch for life: the compiler
// stores it in graph.json (`swatch`) and keeps it from one build to the next; only new organisations get new ones.
import type { GraphIndex } from './types';

const COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442'];
/** Cytoscape node shapes; the legend draws the same three. */
export const SHAPES = ['ellipse', 'round-rectangle', 'diamond'] as const;
export type SwatchShape = (typeof SHAPES)[number];
export const OTHER_COLOR = '#9AA0A6';
/** Swatches beyond these share the grey of "Other": no reader tells 22 colour-and-shape pairs apart. */
export const SWATCHES = COLORS.length * SHAPES.length;

export interface Swatch {
  color: string;
  shape: SwatchShape;
}

export const OTHER: Swatch = { color: OTHER_COLOR, shape: 'ellipse' };

export function swatchStyle(swatch: number | undefined): Swatch {
  if (swatch === undefined || swatch >= SWATCHES) return OTHER;
  return { color: COLORS[swatch % COLORS.length], shape: SHAPES[Math.floor(swatch / COLORS.length)] };
}

export interface GroupWeight {
  org: string;
  /** People drawn under it, and the articles that report their meetings: what readers look for first. */
  people: number;
  articles: number;
}

/**
 * A swatch for every organisation with people: kept ones stay, new ones take the lowest free swatches, the
 * organisations with most people (then most articles, then by id) first.
 */
export function assignSwatches(groups: readonly GroupWeight[], kept: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  const taken = new Set<number>();
  for (const g of groups) {
    const s = kept.get(g.org);
    if (s !== undefined && !taken.has(s)) {
      out.set(g.org, s);
      taken.add(s);
    }
  }
  const fresh = groups
    .filter((g) => !out.has(g.org))
    .sort((a, b) => b.people - a.people || b.articles - a.articles || (a.org < b.org ? -1 : a.org > b.org ? 1 : 0));
  let next = 0;
  for (const g of fresh) {
    while (taken.has(next)) next++;
    out.set(g.org, next);
    taken.add(next);
  }
  return out;
}

/** Each top-level organisation's people, and the articles that report meetings of theirs. */
export function groupWeights(
  people: Iterable<{ id: string; group?: string }>,
  meetings: Iterable<{ participants: readonly string[]; articles: readonly string[] }>,
  isOrganization: (id: string) => boolean,
): GroupWeight[] {
  const groupOf = new Map<string, string>();
  const count = new Map<string, number>();
  for (const p of people)
    if (p.group && isOrganization(p.group)) {
      groupOf.set(p.id, p.group);
      count.set(p.group, (count.get(p.group) ?? 0) + 1);
    }
  const articles = new Map<string, Set<string>>();
  for (const m of meetings)
    for (const p of m.participants) {
      const g = groupOf.get(p);
      if (!g) continue;
      const set = articles.get(g) ?? new Set();
      for (const a of m.articles) set.add(a);
      articles.set(g, set);
    }
  return [...count].map(([org, people]) => ({ org, people, articles: articles.get(org)?.size ?? 0 }));
}

export interface GroupSwatch extends Swatch {
  /** Organisation id, or null for the "Other" bucket. */
  org: string | null;
  people: number;
}

export interface Palette {
  /** The legend: each organisation with people, in swatch order, then "Other". */
  groups: GroupSwatch[];
  swatchOf(personGroup: string | undefined): Swatch;
  colorOf(personGroup: string | undefined): string;
}

/** The swatches graph.json stores; a graph written before them gets them assigned here the same way. */
export function buildPalette(index: GraphIndex): Palette {
  let palette = built.get(index);
  if (!palette) built.set(index, (palette = paletteOf(index)));
  return palette;
}

/** One per index: a page works it out while the loading worker still checks, the app picks it up. */
const built = new WeakMap<GraphIndex, Palette>();

function paletteOf(index: GraphIndex): Palette {
  const weights = groupWeights(index.people.values(), index.graph.meetings, (id) => index.organizations.has(id));
  const stored = new Map<string, number>();
  for (const o of index.organizations.values()) if (o.swatch !== undefined) stored.set(o.id, o.swatch);
  const swatches = assignSwatches(weights, stored);
  const groups: GroupSwatch[] = [];
  let other = 0;
  for (const w of [...weights].sort((a, b) => swatches.get(a.org)! - swatches.get(b.org)!)) {
    const s = swatches.get(w.org)!;
    if (s < SWATCHES) groups.push({ org: w.org, people: w.people, ...swatchStyle(s) });
    else other += w.people;
  }
  for (const p of index.people.values()) if (!p.group || !index.organizations.has(p.group)) other++;
  if (other > 0) groups.push({ org: null, people: other, ...OTHER });
  const swatchOf = (g: string | undefined) => (g && swatches.has(g) ? swatchStyle(swatches.get(g)) : OTHER);
  return { groups, swatchOf, colorOf: (g) => swatchOf(g).color };
}
