// The hand-curated data shipped in data/: it compiles without a single problem, and it says what the articles say.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile, formatProblem, type CompileResult } from '../tools/compiler';
import type { Archive } from '../core/schema/graph';

const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

const articleText = (id: string): string => readFileSync(`${DATA_DIR}/articles/${id}.txt`, 'utf8');

const NEWSWAY = 'newsway-2025-02-04-altman-stargate-korea';
const METRO = 'metro-2025-02-04-altman-relay-meetings';
const SEDAILY = 'sedaily-2025-02-04-chey-altman-meeting';
const KYUNGHYANG = 'kyunghyang-2025-02-04-altman-broad-moves';
const TECHM = 'techm-2025-10-01-altman-samsung-sk-partnership';

/** Meeting ids other parts of the app refer to, with their principals, those who sat in, and the date as given. */
const EXPECTED_MEETINGS: {
  id: string;
  date: string;
  precision: 'day' | 'month';
  principals: string[];
  attendees: string[];
  kind?: string;
}[] = [
  {
    id: '2024-01-altman-chey',
    date: '2024-01',
    precision: 'month',
    principals: ['altman', 'chey-tae-won'],
    attendees: [],
  },
  {
    id: '2024-06-altman-chey',
    date: '2024-06',
    precision: 'month',
    principals: ['altman', 'chey-tae-won'],
    attendees: [],
  },
  {
    id: '2025-02-04-builder-lab',
    date: '2025-02-04',
    precision: 'day',
    principals: ['altman'],
    attendees: [],
    kind: 'workshop',
  },
  {
    id: '2025-02-04-altman-chey',
    date: '2025-02-04',
    precision: 'day',
    principals: ['altman', 'chey-tae-won'],
    attendees: ['ryu-young-sang', 'kwak-noh-jung', 'kim-joo-sun'],
  },
  {
    id: '2025-02-04-altman-kim-chang-han',
    date: '2025-02-04',
    precision: 'day',
    principals: ['altman', 'kim-chang-han'],
    attendees: [],
  },
  {
    id: '2025-02-04-openai-kakao-press-conference',
    date: '2025-02-04',
    precision: 'day',
    principals: ['altman', 'chung-shin-a'],
    attendees: [],
    kind: 'press-conference',
  },
  {
    id: '2025-02-04-altman-lunch-sbva',
    date: '2025-02-04',
    precision: 'day',
    principals: ['altman', 'choi-sung-hwan', 'cho-hyun-sang', 'huh-yoon-hong', 'lee-kyu-ho'],
    attendees: ['jeong-jong-hwan', 'yoo-woo-jin'],
    kind: 'lunch',
  },
  {
    id: '2025-02-04-altman-lee-son',
    date: '2025-02-04',
    precision: 'day',
    principals: ['altman', 'lee-jae-yong', 'son-masayoshi'],
    attendees: ['jun-young-hyun', 'rene-haas'],
  },
  {
    id: '2025-10-01-altman-chey',
    date: '2025-10-01',
    precision: 'day',
    principals: ['altman', 'chey-tae-won'],
    attendees: [],
    kind: 'lunch',
  },
  {
    id: '2025-10-01-altman-lee',
    date: '2025-10-01',
    precision: 'day',
    principals: ['altman', 'lee-jae-yong'],
    attendees: [],
  },
  {
    id: '2025-10-01-altman-president-lee',
    date: '2025-10-01',
    precision: 'day',
    principals: ['lee-jae-myung', 'altman'],
    attendees: ['lee-jae-yong', 'chey-tae-won'],
    kind: 'audience',
  },
];

/** Facts the articles report differently: each must keep the versions of every article listed. */
const EXPECTED_DISAGREEMENTS: { meeting: string; field: string; articles: string[]; values: string[] }[] = [
  {
    meeting: '2025-02-04-builder-lab',
    field: 'Name of the event',
    articles: [NEWSWAY, SEDAILY, KYUNGHYANG],
    values: ['빌더 랩', '빌드 랩'],
  },
  {
    meeting: '2025-02-04-altman-chey',
    field: 'Duration',
    articles: [NEWSWAY, SEDAILY],
    values: ['30분가량', '40분간'],
  },
  {
    meeting: '2025-02-04-openai-kakao-press-conference',
    field: 'Name of the event',
    articles: [NEWSWAY, METRO, KYUNGHYANG],
    values: ['카카오 미디어데이', '오픈AI·카카오 공동기자간담회'],
  },
  {
    meeting: '2025-02-04-altman-lee-son',
    field: 'District of the Samsung office',
    articles: [NEWSWAY, METRO, KYUNGHYANG],
    values: ['서울 서초구', '서울 강남구'],
  },
];

/**
 * Names that occur in the pages only as page chrome: the unrelated headline lists (Seoul Economic Daily page,
 * TechM "관련기사"), the publisher's footer, bylines and photo credits. None of them is part of the story.
 */
const CHROME_NAMES = [
  '윤석열',
  '홍장원',
  '곽종근',
  '노상원',
  '여인형',
  '바이든',
  '오타니',
  '오바마',
  '트럼프',
  '이장규',
  '안대성',
  '톰리',
  '윤창근',
  '강준혁',
  '권욱',
  '권도현',
  '남도영',
];

describe('shipped data (data/)', () => {
  let result: CompileResult;
  let graph: Archive;

  beforeAll(async () => {
    result = await compile({ dataDir: DATA_DIR, layout: false });
    if (result.graph) graph = result.graph;
  });

  it('compiles with zero problems', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.graph).not.toBeNull();
  });

  it('ships the five articles, each quoted by at least one meeting or agreement', () => {
    const ids = graph.articles.map((a) => a.id).sort();
    expect(ids).toEqual([KYUNGHYANG, METRO, NEWSWAY, SEDAILY, TECHM].sort());
    const quoted = new Set([...graph.meetings, ...graph.agreements].flatMap((r) => r.sources.map((q) => q.article)));
    for (const id of ids) expect(quoted, `article ${id} is never quoted`).toContain(id);
  });

  it('explains every article date the page does not print', () => {
    const byId = new Map(graph.articles.map((a) => [a.id, a]));
    for (const id of [METRO, SEDAILY, TECHM]) expect(byId.get(id)?.publishedNote, id).toBeTruthy();
    expect(byId.get(TECHM)?.published).toBe('2025-10-01');
  });

  it.each(EXPECTED_MEETINGS)('has meeting $id with its people and date precision', (want) => {
    const m = graph.meetings.find((x) => x.id === want.id);
    expect(m, `meeting ${want.id} is missing`).toBeDefined();
    if (!m) return;
    expect(m.date).toBe(want.date);
    expect(m.precision).toBe(want.precision);
    if (want.kind) expect(m.kind).toBe(want.kind);
    expect([...m.attendees].sort()).toEqual([...want.attendees].sort());
    const principals = m.participants.filter((p) => !m.attendees.includes(p));
    expect([...principals].sort()).toEqual([...want.principals].sort());
  });

  it.each(EXPECTED_DISAGREEMENTS)('keeps the disagreement on "$field" of $meeting', (want) => {
    const m = graph.meetings.find((x) => x.id === want.meeting);
    const d = m?.disagreements.find((x) => x.field.en === want.field);
    expect(d, `no disagreement "${want.field}" on ${want.meeting}`).toBeDefined();
    if (!d) return;
    const articles = d.versions.map((v) => v.source.article);
    expect(new Set(articles).size).toBeGreaterThanOrEqual(2);
    expect([...articles].sort()).toEqual([...want.articles].sort());
    const values = d.versions.map((v) => v.value.ko);
    for (const v of want.values)
      expect(
        values.some((x) => x.includes(v)),
        `value ${v}`,
      ).toBe(true);
  });

  it('locates every quote exactly: text.slice(start, end) is the quote', () => {
    const texts = new Map(graph.articles.map((a) => [a.id, articleText(a.id)]));
    const quotes = [...graph.meetings, ...graph.agreements].flatMap((r) => [
      ...r.sources,
      ...r.disagreements.flatMap((d) => d.versions.map((v) => v.source)),
    ]);
    expect(quotes.length).toBeGreaterThan(50);
    for (const q of quotes) {
      const text = texts.get(q.article);
      expect(text, q.article).toBeDefined();
      expect(text!.slice(q.start, q.end)).toBe(q.quote);
    }
  });

  it('names every person of a meeting in one of its quotes', () => {
    const people = new Map(
      graph.entities.filter((e) => e.kind === 'person').map((p) => [p.id, [p.name.ko, ...p.aliases]]),
    );
    for (const m of graph.meetings) {
      const quoted = m.sources.map((q) => q.quote).join('\n');
      for (const id of m.participants) {
        const names = people.get(id) ?? [];
        expect(
          names.some((n) => quoted.includes(n)),
          `${id} is not named in the quotes of ${m.id}`,
        ).toBe(true);
      }
    }
  });

  it('leaves out people who appear only in page chrome', () => {
    const names = graph.entities.flatMap((e) => [e.name.ko, e.name.en, ...e.aliases]);
    for (const chrome of CHROME_NAMES) {
      expect(
        names.filter((n) => n.includes(chrome)),
        `${chrome} is page chrome`,
      ).toEqual([]);
    }
    // 이재명 is in the Seoul Economic Daily page's headline list (chrome) but also in the TechM story:
    // he must be sourced from TechM only.
    for (const m of graph.meetings.filter((x) => x.participants.includes('lee-jae-myung')))
      expect(new Set(m.sources.map((q) => q.article))).toEqual(new Set([TECHM]));
  });

  it('records the agreements with dates the text establishes', () => {
    const byId = new Map(graph.agreements.map((a) => [a.id, a]));
    expect(byId.get('2025-02-04-openai-kakao-partnership')?.parties.sort()).toEqual(['kakao', 'openai']);
    expect(byId.get('2025-10-01-msit-openai-mou')?.parties.sort()).toEqual(['msit', 'openai']);
    expect(byId.get('2025-10-01-openai-samsung-sk-memory-loi')?.parties.sort()).toEqual([
      'openai',
      'samsung-electronics',
      'sk-hynix',
    ]);
  });

  it('puts group members under their group', () => {
    const parent = new Map(
      graph.entities.filter((e) => e.kind === 'organization').map((o) => [o.id, o.parent ?? null]),
    );
    expect(parent.get('sk-hynix')).toBe('sk-group');
    expect(parent.get('sk-telecom')).toBe('sk-group');
    expect(parent.get('samsung-electronics')).toBe('samsung-group');
    expect(parent.get('samsung-sds')).toBe('samsung-group');
    expect(parent.get('arm')).toBe('softbank-group');
  });
});
