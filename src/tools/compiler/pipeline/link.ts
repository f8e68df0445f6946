// Stage 4: resolve quotes to offsets in the original texts, colour groups, and the edges between entities.
import { precisionOf } from '../../../core/schema/dates';
import type { Agreement, Article, Disagreement, Edge, Meeting, Person, Quote } from '../../../core/schema/graph';
import type { AgreementSource, MeetingSource } from '../../../core/schema/source';
import { QuoteTable, sentenceContext } from '../quotes';
import { compareStrings } from '../order';
import type { Linked, Unplaced, Validated } from './types';

type Text = { ko: string; en?: string };
type SourceRef = MeetingSource['sources'][number];
type DisagreementSource = MeetingSource['disagreements'][number];
const byId = <T extends { id: string }>(a: T, b: T) => compareStrings(a.id, b.id);
const byDateThenId = <T extends { id: string; date: string }>(a: T, b: T) =>
  compareStrings(a.date, b.date) || compareStrings(a.id, b.id);

const text = (t: Text): Text => (t.en === undefined ? { ko: t.ko } : { ko: t.ko, en: t.en });
/** Copies only the optional keys that are present, so the output never carries `undefined`. */
function optional<T extends object>(entries: T): Partial<T> {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function link(v: Validated, quotes: QuoteTable): Linked {
  const quote = (article: string, q: string): Quote => {
    const found = quotes.get(article, q);
    if (!found) throw new Error(`quote vanished between validation and linking in "${article}"`);
    const { start, end } = found;
    const text = v.articles.get(article)!.text;
    return { article, quote: text.slice(start, end), start, end, ...sentenceContext(text, start, end) };
  };
  const sources = (refs: SourceRef[]) => refs.flatMap((r) => r.quotes.map((q) => quote(r.article, q)));
  const disagreements = (ds: DisagreementSource[]): Disagreement[] =>
    ds.map((d) => ({
      field: text(d.field),
      versions: d.versions.map((ver) => ({ value: text(ver.value), source: quote(ver.article, ver.quote) })),
    }));

  const articles: Article[] = [...v.articles.values()]
    .map(({ meta: { value: a } }) => ({
      id: a.id,
      outlet: { ko: a.outlet.ko, en: a.outlet.en },
      title: a.title,
      ...optional({ author: a.author }),
      published: a.published,
      ...optional({ publishedNote: a.publishedNote, note: a.note }),
      language: a.language,
      ...optional({ url: a.url }),
    }))
    .sort(byId);

  const parentOf = new Map(v.organizations.map(({ value: o }) => [o.id, o.parent]));
  const topOf = (org: string) => {
    let top = org;
    for (let p = parentOf.get(top); p !== undefined; p = parentOf.get(top)) top = p;
    return top;
  };

  const organizations = v.organizations
    .map(({ value: o }) => ({
      id: o.id,
      kind: 'organization' as const,
      orgKind: o.kind,
      name: { ko: o.name.ko, en: o.name.en },
      aliases: [...o.aliases],
      ...optional({ parent: o.parent }),
    }))
    .sort(byId);
  const people = v.people
    .map(({ value: p }) => ({
      id: p.id,
      kind: 'person' as const,
      name: { ko: p.name.ko, en: p.name.en },
      aliases: [...p.aliases],
      affiliations: p.affiliations.map((a) => ({ org: a.org, title: text(a.title) })),
      ...optional({ group: p.affiliations.length > 0 ? topOf(p.affiliations[0].org) : undefined }),
    }))
    .sort(byId);

  // What a meeting and an agreement share, in graph.json's key order: when first, the evidence last.
  const when = (r: { id: string; date: string }) => ({ id: r.id, date: r.date, precision: precisionOf(r.date) });
  const evidence = (r: MeetingSource | AgreementSource) => ({
    summary: text(r.summary),
    sources: sources(r.sources),
    disagreements: disagreements(r.disagreements),
    ...optional({ note: r.note }),
  });
  const meetings: Meeting[] = v.meetings
    .map(({ value: m }) => ({
      ...when(m),
      ...optional({ time: m.time, dayPart: m.dayPart }),
      kind: m.kind,
      title: text(m.title),
      ...optional({ place: m.place && text(m.place) }),
      participants: [...m.participants, ...m.attendees],
      attendees: [...m.attendees],
      ...evidence(m),
    }))
    .sort(byDateThenId);
  const agreements: Agreement[] = v.agreements
    .map(({ value: a }) => ({
      ...when(a),
      kind: a.kind,
      title: text(a.title),
      parties: [...a.parties],
      ...evidence(a),
    }))
    .sort(byDateThenId);

  return { articles, people, organizations, meetings, agreements, edges: buildEdges(people, meetings, agreements) };
}

/**
 * One edge per pair (a < b) of the members of each record; records come sorted, so each pair's list is too.
 * At 100,000 meetings a Map keyed by pair costs seconds: instead each (pair, record) is one number, all of them
 * sorted at once natively, then grouped.
 */
function pairEdges(records: { id: string; members: string[] }[]): { a: string; b: string; ids: string[] }[] {
  const names = [...new Set(records.flatMap((r) => r.members))].sort(compareStrings);
  const index = new Map(names.map((name, i) => [name, i]));
  const n = names.length;
  const r = records.length;
  if (n * n * r > Number.MAX_SAFE_INTEGER) throw new Error(`too many records to pair (${n} members × ${r} records)`);
  const sets = records.map((rec) => [...new Set(rec.members.map((m) => index.get(m)!))].sort((x, y) => x - y));
  const codes = new Float64Array(sets.reduce((sum, m) => sum + (m.length * (m.length - 1)) / 2, 0));
  let k = 0;
  sets.forEach((m, rank) => {
    for (let i = 0; i < m.length; i++) for (let j = i + 1; j < m.length; j++) codes[k++] = (m[i] * n + m[j]) * r + rank;
  });
  codes.sort();
  const out: { a: string; b: string; ids: string[] }[] = [];
  let last = -1;
  for (const code of codes) {
    const rank = code % r;
    const pair = (code - rank) / r;
    if (pair !== last) {
      out.push({ a: names[Math.floor(pair / n)], b: names[pair % n], ids: [] });
      last = pair;
    }
    out[out.length - 1].ids.push(records[rank].id);
  }
  return out;
}

export function buildEdges(people: Unplaced<Person>[], meetings: Meeting[], agreements: Agreement[]): Edge[] {
  // Ids are unique by construction: pairs are distinct, and validation rejects a repeated affiliation.
  const edges: Edge[] = [];
  for (const { a, b, ids } of pairEdges(meetings.map((m) => ({ id: m.id, members: m.participants }))))
    edges.push({ id: `met:${a}:${b}`, kind: 'met', source: a, target: b, meetings: ids });
  for (const { a, b, ids } of pairEdges(agreements.map((g) => ({ id: g.id, members: g.parties }))))
    edges.push({ id: `agr:${a}:${b}`, kind: 'agreement', source: a, target: b, agreements: ids });
  for (const p of people)
    for (const a of p.affiliations)
      edges.push({ id: `aff:${p.id}:${a.org}`, kind: 'affiliation', source: p.id, target: a.org, title: a.title });
  return edges.sort(byId);
}
