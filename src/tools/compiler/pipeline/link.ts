// Stage 4: resolve quotes to offsets in the original texts, colour groups, and the edges between entities.
import { precisionOf } from '../../../core/schema/dates';
import { buildEdges, inOrderOfWhen } from '../../../core/graph';
import type { AgreementRecord, Article, Disagreement, MeetingRecord, Quote } from '../../../core/schema/graph';
import type { AgreementSource, MeetingSource } from '../../../core/schema/source';
import { QuoteTable, sentenceContext } from '../../common/quotes';
import { compareStrings } from '../order';
import type { Linked, Validated } from './types';

type Text = { ko: string; en?: string };
type SourceRef = MeetingSource['sources'][number];
type DisagreementSource = MeetingSource['disagreements'][number];
const byId = <T extends { id: string }>(a: T, b: T) => compareStrings(a.id, b.id);

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
  // In the order they happened (core/graph compareWhen): lists and exports read them so.
  const meetings: MeetingRecord[] = inOrderOfWhen(
    v.meetings.map(({ value: m }) => ({
      ...when(m),
      ...optional({ time: m.time, dayPart: m.dayPart }),
      kind: m.kind,
      title: text(m.title),
      ...optional({ place: m.place && text(m.place) }),
      participants: [...m.participants, ...m.attendees],
      attendees: [...m.attendees],
      ...evidence(m),
    })),
  );
  const agreements: AgreementRecord[] = inOrderOfWhen(
    v.agreements.map(({ value: a }) => ({
      ...when(a),
      kind: a.kind,
      title: text(a.title),
      parties: [...a.parties],
      ...evidence(a),
    })),
  );

  return { articles, people, organizations, meetings, agreements, edges: buildEdges(people, meetings, agreements) };
}
