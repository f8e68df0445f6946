// The evaluation: leave-one-out over the articles in data/ (each ingested into the data as it was before it), and
// the hand-written hard cases in cases/ (ingested into data/ as it is). Prints a table, then one JSON line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { checkSources } from '../../compiler/index';
import { ArticleIndex } from '../../common/quotes';
import { readArticle } from '../index';
import { loadKnown } from '../helpers/known';
import { read } from '../pipeline/read';
import { leaveOut } from './loo';
import { scoreDraft, type Gold, type GoldMeeting, type Score } from './score';

export interface Row {
  name: string;
  score: Score | null;
  problem?: string;
}

const CASES = path.join(import.meta.dirname, 'cases');

type DraftOf = NonNullable<ReturnType<typeof readArticle>['draft']>;

function run(
  name: string,
  file: string,
  dataDir: string,
  published: string | undefined,
  gold: (draft: DraftOf) => Gold,
  nameOf: (id: string) => string,
): Row {
  const t0 = performance.now();
  const { known, problems } = loadKnown(dataDir);
  const { page, problems: unread } = read(file);
  if (!known || !page) return { name, score: null, problem: [...problems, ...unread].map((p) => p.message).join('; ') };
  const result = readArticle(page, known, { dataDir, flags: published ? { published } : {} });
  const ms = performance.now() - t0;
  if (!result.draft) return { name, score: null, problem: result.problems.map((p) => p.message).join('; ') };
  return { name, score: scoreDraft(result.draft, page.text, gold(result.draft), ms, nameOf) };
}

export function evaluate(dataDir: string): Row[] {
  const rows: Row[] = [];
  const { validated } = checkSources(dataDir);
  const names = new Map(validated.people.map((p) => [p.value.id, p.value.name.ko]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const plannedOnly = (
    parse(readFileSync(path.join(import.meta.dirname, 'gold.yaml'), 'utf8')) as {
      plannedOnly: Record<string, string[]>;
    }
  ).plannedOnly;
  for (const [id, { meta, text }] of [...validated.articles].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const reported = validated.meetings.map((m) => m.value).filter((m) => m.sources.some((s) => s.article === id));
    const asGold = (m: (typeof reported)[number]): GoldMeeting => ({
      id: m.id,
      date: m.date,
      participants: m.participants,
      attendees: m.attendees,
    });
    const planned = new Set(plannedOnly[id] ?? []);
    // The lines the curated quotes come from are the article; a person named only elsewhere is page chrome.
    const index = new ArticleIndex(text);
    const articleLines = new Set<number>();
    for (const r of [...validated.meetings, ...validated.agreements])
      for (const s of r.value.sources)
        if (s.article === id)
          for (const q of s.quotes) {
            const at = index.find(q);
            if (at) articleLines.add(text.slice(0, at.start).split('\n').length);
          }
    const loo = leaveOut(dataDir, id);
    try {
      rows.push(
        run(
          id,
          path.join(dataDir, 'articles', `${id}.txt`),
          loo.dir,
          meta.value.publishedNote ? meta.value.published : undefined,
          () => ({
            meetings: reported.filter((m) => !planned.has(m.id)).map(asGold),
            planned: reported.filter((m) => planned.has(m.id)).map(asGold),
            newPeople: loo.newPeople,
            articleLines,
          }),
          nameOf,
        ),
      );
    } finally {
      loo.cleanup();
    }
  }
  for (const name of readdirSync(CASES)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const spec = parse(readFileSync(path.join(CASES, name.replace(/\.txt$/, '.yaml')), 'utf8')) as {
      published: string;
      meetings: { date: string; participants: string[]; attendees?: string[] }[];
      planned: { date: string; participants: string[] }[];
      newPeople: string[];
    };
    rows.push(
      run(
        `case: ${name.replace(/\.txt$/, '')}`,
        path.join(CASES, name),
        dataDir,
        undefined,
        (draft) => {
          // New people are named in Korean in the case; the draft gives them ids.
          const idOf = (who: string) => (draft.people ?? []).find((p) => p.record.name.ko === who)?.record.id ?? who;
          const meeting = (
            m: { date: string; participants: string[]; attendees?: string[] },
            i: number,
          ): GoldMeeting => ({
            id: `case-${i}`,
            date: m.date,
            participants: m.participants.map(idOf),
            attendees: (m.attendees ?? []).map(idOf),
          });
          return {
            meetings: spec.meetings.map(meeting),
            planned: spec.planned.map(meeting),
            newPeople: spec.newPeople,
          };
        },
        nameOf,
      ),
    );
  }
  return rows;
}

export function overall(rows: Row[]) {
  const s = rows.flatMap((r) => (r.score ? [r.score] : []));
  const sum = (f: (x: Score) => number) => s.reduce((t, x) => t + f(x), 0);
  const f1 = (tp: number, fp: number, fn: number) => (tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn));
  const matched = sum((x) => x.matched);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    meetingRecall: round(sum((x) => x.gold) ? matched / sum((x) => x.gold) : 1),
    meetingPrecision: round(sum((x) => x.proposed) ? matched / sum((x) => x.proposed) : 1),
    principalsF1: round(
      f1(
        sum((x) => x.principals.tp),
        sum((x) => x.principals.fp),
        sum((x) => x.principals.fn),
      ),
    ),
    attendeesF1: round(
      f1(
        sum((x) => x.attendees.tp),
        sum((x) => x.attendees.fp),
        sum((x) => x.attendees.fn),
      ),
    ),
    datesExact: round(matched ? sum((x) => x.datesExact) / matched : 1),
    plannedAsHappened: sum((x) => x.plannedAsHappened),
    chromePeople: sum((x) => x.chromePeople.length),
    nonVerbatimQuotes: sum((x) => x.nonVerbatimQuotes.length),
    msPerArticle: Math.round(sum((x) => x.ms) / Math.max(1, s.length)),
    failed: rows.length - s.length,
  };
}
