// The view as a network for Gephi and other tools: people and organisations, who met whom (weighted by meetings),
// affiliations and agreements. graphology builds it and its GEXF and GraphML writers write it; the dates go in
// as GEXF spells (Gephi's timeline) and as attributes in both.
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';
import Graph from 'graphology';
import writeGexf from 'graphology-gexf/common/writer';
import { dateEndDay, dateStartDay, dayToIso } from '../schema/dates';
import type { ExportView } from './types';
import { wellFormed, xmlSafe } from './xml';

interface Spell {
  start: string;
  end: string;
}

const spellOf = (date: string): Spell => ({ start: dayToIso(dateStartDay(date)), end: dayToIso(dateEndDay(date)) });

/** People and organisations in view, and the lines between them, with the days each line was active. */
export function viewNetwork(view: ExportView): Graph {
  const { index, visibility, lang } = view;
  const g = new Graph({ type: 'undirected', multi: false });
  const node = (id: string) => {
    if (g.hasNode(id)) return;
    const person = index.people.get(id);
    const entity = person ?? index.organizations.get(id);
    if (!entity) return;
    g.addNode(id, {
      label: xmlSafe(entity.name[lang]),
      name_ko: xmlSafe(entity.name.ko),
      name_en: xmlSafe(entity.name.en),
      kind: person ? 'person' : 'organization',
      organization: person?.group ?? '',
      x: entity.x,
      y: entity.y,
    });
  };
  const link = (kind: 'met' | 'agreement', a: string, b: string, item: { id: string; date: string }) => {
    node(a);
    node(b);
    if (a === b || !g.hasNode(a) || !g.hasNode(b)) return;
    const key = `${kind}:${a < b ? a : b}:${a < b ? b : a}`;
    if (!g.hasEdge(key)) g.addEdgeWithKey(key, a, b, { kind, weight: 0, items: '', dates: '', spells: [] });
    const attrs = g.getEdgeAttributes(key);
    g.mergeEdgeAttributes(key, {
      weight: attrs.weight + 1,
      items: attrs.items ? `${attrs.items};${item.id}` : item.id,
      dates: attrs.dates ? `${attrs.dates};${item.date}` : item.date,
    });
    (attrs.spells as Spell[]).push(spellOf(item.date));
  };
  for (const m of visibility.meetings) {
    const people = [...new Set(m.participants)];
    if (people.length === 1) node(people[0]);
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++) link('met', people[i], people[j], m);
  }
  for (const a of visibility.agreements) {
    const parties = [...new Set(a.parties)];
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) link('agreement', parties[i], parties[j], a);
  }
  // People's organisations come with them, joined by their affiliations.
  for (const id of g.nodes()) {
    const person = index.people.get(id);
    for (const { org } of person?.affiliations ?? []) {
      node(org);
      if (!g.hasNode(org) || g.hasEdge(`affiliation:${id}:${org}`)) continue;
      g.addEdgeWithKey(`affiliation:${id}:${org}`, id, org, { kind: 'affiliation', weight: 1, items: '', dates: '' });
    }
  }
  // A node is active from its first line's first day to its last line's last day.
  const widen = (had: Spell | undefined, s: Spell): Spell => ({
    start: had && had.start < s.start ? had.start : s.start,
    end: had && had.end > s.end ? had.end : s.end,
  });
  const nodeSpan = new Map<string, Spell>();
  g.forEachEdge((key, attrs, source, target) => {
    const list = attrs.spells as Spell[] | undefined;
    if (!list?.length) return;
    const span = list.reduce<Spell | undefined>(widen, undefined)!;
    g.mergeEdgeAttributes(key, span);
    for (const end of [source, target]) nodeSpan.set(end, widen(nodeSpan.get(end), span));
  });
  for (const [id, span] of nodeSpan) g.mergeNodeAttributes(id, span);
  return g;
}

/** GEXF 1.3, dynamic: every meeting of a pair is a spell on their line, so Gephi's timeline plays the view. */
export function toGexf(g: Graph): string {
  const xml = writeGexf(g, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: a.label as string,
      attributes: { name_ko: a.name_ko, name_en: a.name_en, kind: a.kind, organization: a.organization },
      viz: { x: a.x as number, y: a.y as number },
    }),
    formatEdge: (_key, a) => ({
      weight: a.weight as number,
      attributes: { kind: a.kind, items: a.items, dates: a.dates },
    }),
  });
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const graph = doc.getElementsByTagName('graph')[0];
  graph.setAttribute('mode', 'dynamic');
  graph.setAttribute('timeformat', 'date');
  graph.setAttribute('timerepresentation', 'interval');
  const ns = graph.namespaceURI;
  for (const el of Array.from(doc.getElementsByTagName('node'))) {
    const a = g.getNodeAttributes(el.getAttribute('id')!);
    if (a.start) {
      el.setAttribute('start', a.start as string);
      el.setAttribute('end', a.end as string);
    }
  }
  for (const el of Array.from(doc.getElementsByTagName('edge'))) {
    const list = g.getEdgeAttribute(el.getAttribute('id')!, 'spells') as Spell[] | undefined;
    if (!list?.length) continue;
    const box = doc.createElementNS(ns, 'spells');
    for (const s of list) {
      const spell = doc.createElementNS(ns, 'spell');
      spell.setAttribute('start', s.start);
      spell.setAttribute('end', s.end);
      box.appendChild(spell);
    }
    el.insertBefore(box, el.firstChild);
  }
  return wellFormed(new XMLSerializer().serializeToString(doc), 'GEXF');
}

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

/**
 * GraphML: the same network (graphology's GraphML package reads GraphML but does not write it, so the document is
 * built with xmldom's DOM, which does the escaping). GraphML has no time: each line carries its dates, and its
 * first and last day.
 */
export function toGraphml(g: Graph): string {
  const doc = new DOMImplementation().createDocument(GRAPHML_NS, 'graphml', null);
  const root = doc.documentElement!;
  const el = (name: string, attrs: Record<string, string>, parent: Element) => {
    const e = doc.createElementNS(GRAPHML_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    parent.appendChild(e);
    return e;
  };
  const keys = {
    node: ['label', 'name_ko', 'name_en', 'kind', 'organization', 'start', 'end', 'x', 'y'],
    edge: ['kind', 'weight', 'items', 'dates', 'start', 'end'],
  };
  const numeric = new Set(['x', 'y', 'weight']);
  for (const [scope, names] of Object.entries(keys))
    for (const name of names)
      el(
        'key',
        {
          id: `${scope[0]}_${name}`,
          for: scope,
          'attr.name': name,
          'attr.type': numeric.has(name) ? 'double' : 'string',
        },
        root,
      );
  const graph = el('graph', { id: 'meetings', edgedefault: 'undirected' }, root);
  const data = (parent: Element, scope: 'node' | 'edge', attrs: Record<string, unknown>) => {
    for (const name of keys[scope]) {
      const v = attrs[name];
      if (v === undefined || v === '') continue;
      el('data', { key: `${scope[0]}_${name}` }, parent).appendChild(doc.createTextNode(xmlSafe(String(v))));
    }
  };
  g.forEachNode((id, a) => data(el('node', { id }, graph), 'node', a));
  g.forEachEdge((id, a, source, target) => data(el('edge', { id, source, target }, graph), 'edge', a));
  return wellFormed(`<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`, 'GraphML');
}
