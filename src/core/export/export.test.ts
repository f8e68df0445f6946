import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../graph/visibility';
import { buildIndex } from '../graph';
import type { Evidence } from '../schema';
import { makeGraph } from '../../testing/graphs';
import { meetingRows, toCsv, toJson } from './table';
import { toGexf, toGraphml, viewNetwork } from './network';
import type { ExportView } from './types';

const graph = makeGraph({
  orgs: [
    { id: 'sk', ko: 'SK그룹', en: 'SK Group' },
    { id: 'openai', ko: '오픈AI', en: 'OpenAI' },
  ],
  people: [
    { id: 'chey', ko: '최태원', en: 'Chey Tae-won', orgs: ['sk'] },
    { id: 'altman', ko: '샘 올트먼', en: 'Sam Altman', orgs: ['openai'] },
    { id: 'son', ko: '손정의', en: 'Masayoshi Son' },
  ],
  meetings: [
    { id: 'jan', date: '2024-01', participants: ['altman', 'chey'], articles: ['a1', 'a2'] },
    { id: 'feb', date: '2025-02-04', participants: ['altman', 'chey', 'son'] },
    { id: 'oct', date: '2025-10-01', participants: ['altman', 'chey'] },
  ],
  agreements: [{ id: 'deal', date: '2025-02-04', parties: ['sk', 'openai'] }],
});
const index = buildIndex(graph);
const quote = (article: string, text: string) => ({
  article,
  quote: text,
  start: 0,
  end: text.length,
  before: '',
  after: '',
});
const evidence = new Map<string, Evidence>([
  [
    'jan',
    {
      summary: { ko: '요약' },
      place: { ko: '서울', en: 'Seoul' },
      sources: [quote('a1', '최태원 회장과 만났다'), quote('a2', '=SUM(1,2) "따옴표", 쉼표')],
      disagreements: [],
    },
  ],
  ['feb', { summary: { ko: '요약' }, sources: [quote('a1', '3자 회동')], disagreements: [] }],
  ['oct', { summary: { ko: '요약' }, sources: [quote('a1', '오찬')], disagreements: [] }],
]);

function view(from: string, to: string): ExportView {
  const range = { from: Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10)) / 864e5, to: 0 };
  range.to = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) / 864e5;
  return { index, visibility: computeVisibility(index, range, []), range, orgFilters: [], lang: 'ko' };
}

describe('the table of meetings in view', () => {
  it('has a row per meeting and quote, Korean intact, behind a byte-order mark', () => {
    const v = view('2024-01-01', '2025-03-01');
    const csv = toCsv(meetingRows(v, evidence));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
    expect(rows.map((r) => r.meeting_id)).toEqual(['jan', 'jan', 'feb']);
    expect(rows[0]).toMatchObject({
      participants_ko: '샘 올트먼; 최태원',
      outlet_ko: '신문',
      quote: '최태원 회장과 만났다',
      // The place is in the evidence file, not graph.json: the export reads it there.
      place_ko: '서울',
      place_en: 'Seoul',
    });
    // A spreadsheet would run a cell that starts with "=": it is kept as text.
    expect(rows[1].quote).toBe('\'=SUM(1,2) "따옴표", 쉼표');
  });

  it('as JSON: the meetings in view with their quotes and the articles they cite', () => {
    const out = JSON.parse(toJson(view('2025-01-01', '2025-12-31'), evidence));
    expect(out.meetings.map((m: { id: string }) => m.id)).toEqual(['feb', 'oct']);
    expect(out.meetings[0].sources[0].quote).toBe('3자 회동');
    expect(out.meetings[0].summary).toEqual({ ko: '요약' });
    expect(out.window).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(out.articles.map((a: { id: string }) => a.id)).toEqual(['a1']);
  });
});

describe('the network in view', () => {
  const v = view('2024-01-01', '2025-12-31');

  it('GEXF: parses, with one line per pair weighted by meetings and a spell per meeting', () => {
    const xml = toGexf(viewNetwork(v));
    const g = parseGexf(Graph, xml);
    expect(g.order).toBe(5); // three people, and the two organisations of two of them
    const met = g.findEdge((_, a) => a.kind === 'met' && a.items === 'jan;feb;oct');
    expect(met).toBeDefined();
    expect(g.getNodeAttribute('chey', 'label')).toBe('최태원');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.getElementsByTagName('graph')[0].getAttribute('mode')).toBe('dynamic');
    const spells = Array.from(doc.getElementsByTagName('edge'))
      .find((e) => e.getAttribute('source') === 'altman' && e.getAttribute('target') === 'chey')!
      .getElementsByTagName('spell');
    expect(Array.from(spells).map((s) => `${s.getAttribute('start')}/${s.getAttribute('end')}`)).toEqual([
      '2024-01-01/2024-01-31',
      '2025-02-04/2025-02-04',
      '2025-10-01/2025-10-01',
    ]);
  });

  it('GraphML: parses, with the same nodes and lines and their dates', () => {
    const g = parseGraphml(Graph, toGraphml(viewNetwork(v)));
    expect(g.order).toBe(5);
    const line = g.findEdge((_, a) => a.kind === 'agreement');
    expect(g.getEdgeAttributes(line!)).toMatchObject({ dates: '2025-02-04', start: '2025-02-04', end: '2025-02-04' });
    expect(g.getNodeAttribute('son', 'name_ko')).toBe('손정의');
  });

  it('leaves out what is outside the window', () => {
    const g = viewNetwork(view('2025-10-01', '2025-10-31'));
    expect(g.nodes().sort()).toEqual(['altman', 'chey', 'openai', 'sk']);
    expect(g.edges().filter((e) => g.getEdgeAttribute(e, 'kind') === 'met')).toHaveLength(1);
  });
});
