// The real-article corpus (real/): one reading of each article, in facts only, and the split into a development half
// and a test half. Texts are read from a folder of saved pages, never from the repository.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from '../../../core/schema/zod';
import type { ToolProblem } from '../../common/problems';

export const REAL = path.join(import.meta.dirname, 'real');

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const Date = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));
const Names = z.array(z.string().check(z.minLength(1)));

const Meeting = z.object({
  date: z.optional(Date),
  principals: Names,
  attendees: z._default(Names, []),
  place: z.optional(z.string()),
  kind: z.optional(z.string()),
});

export const Annotation = z.object({
  url: z.string(),
  outlet: z.string(),
  published: Day,
  publishedOnPage: z.boolean(),
  event: z.string(),
  shapes: z._default(z.array(z.string()), []),
  people: z._default(
    z.array(
      z.object({
        name: z.string(),
        id: z.optional(z.string()),
        org: z.optional(z.nullable(z.string())),
        title: z.optional(z.nullable(z.string())),
      }),
    ),
    [],
  ),
  meetings: z._default(z.nullable(z.array(Meeting)), []),
  planned: z._default(z.nullable(z.array(Meeting)), []),
  earlier: z._default(z.nullable(z.array(Meeting)), []),
  note: z.optional(z.string()),
});
export type Annotation = z.infer<typeof Annotation>;
export type GoldMeetingSpec = z.infer<typeof Meeting>;

export interface CorpusArticle extends Annotation {
  key: string;
  half: 'dev' | 'test';
  meetings: GoldMeetingSpec[];
  planned: GoldMeetingSpec[];
  earlier: GoldMeetingSpec[];
}

/** Every annotated article, with its half; problems name the file and what is wrong with it. */
export function loadCorpus(dir = REAL): { articles: CorpusArticle[]; problems: ToolProblem[] } {
  const problems: ToolProblem[] = [];
  const split = parse(readFileSync(path.join(dir, 'split.yaml'), 'utf8')) as { dev: string[]; test: string[] };
  const half = new Map<string, 'dev' | 'test'>([
    ...split.dev.map((e) => [e, 'dev'] as const),
    ...split.test.map((e) => [e, 'test'] as const),
  ]);
  const articles: CorpusArticle[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.yaml') || name === 'split.yaml') continue;
    const file = path.join(dir, name);
    const parsed = Annotation.safeParse(parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      problems.push({ file, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      continue;
    }
    const a = parsed.data;
    const side = half.get(a.event);
    if (!side) {
      problems.push({ file, message: `event "${a.event}" is in neither half of split.yaml` });
      continue;
    }
    articles.push({
      ...a,
      key: name.slice(0, -'.yaml'.length),
      half: side,
      meetings: a.meetings ?? [],
      planned: a.planned ?? [],
      earlier: a.earlier ?? [],
    });
  }
  return { articles, problems };
}
