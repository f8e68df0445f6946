// The ingest assistant: a Korean news page → a draft of what it reports (article, people, meetings, quotes),
// checked against data/, for an editor to review and apply. A fold over the stages of pipeline/ (read → body →
// meta → sentences → mentions → events → proposals → draft), each returning its problems; draft/ writes, reads
// back and applies the reviewed file.
import type { Draft } from '../../core/schema/draft';
import { toldNextDay } from './korean/dates';
import { loadKnown } from './helpers/known';
import { body } from './pipeline/body';
import { articleIdFor, draft } from './pipeline/draft';
import { events } from './pipeline/events';
import { mentions } from './pipeline/mentions';
import { meta } from './pipeline/meta';
import { proposals } from './pipeline/proposals';
import { read } from './pipeline/read';
import { unreadMeetings } from './helpers/unread';
import { sentences } from './pipeline/sentences';
import type {
  IngestProblem,
  JudgedLine,
  Known,
  MeetingEvent,
  MentionsStage,
  MetaFlags,
  Page,
  ProposalsStage,
  Sentence,
} from './pipeline/types';

export type { Draft } from '../../core/schema/draft';
export type { IngestProblem } from './pipeline/types';

export interface IngestOptions {
  dataDir: string;
  flags?: MetaFlags;
  /** Where the draft will keep the page's bytes (shown in the draft), e.g. data/drafts/<id>.txt. */
  textPath?: (articleId: string) => string;
}

/** What each stage read, for the editor's desk (which shows the sentences a proposal rests on) and for tests. */
export interface Reading {
  lines: JudgedLine[];
  meta: ReturnType<typeof meta>;
  sentences: Sentence[];
  mentions: MentionsStage;
  events: MeetingEvent[];
  proposals: ProposalsStage;
}

export interface IngestResult {
  draft: Draft | null;
  page: Page | null;
  problems: IngestProblem[];
  reading?: Partial<Reading>;
}

/** An accepted proposal offered unaccepted instead, for these reasons (none: as it was). */
function offerOnly(m: ProposalsStage['meetings'][number], why: string[]): void {
  if (m.accept && why.length) Object.assign(m, { accept: false, because: [...why, ...m.because] });
}

/** The stages from the sentences on: who is named, what each clause reports, and the proposals. */
export function readSentences(said: Sentence[], known: Known, stamped: string, file: string) {
  // The day the article tells its news on: its stamp, or the next day where the body says so.
  const body = said.filter((s) => s.role === 'body').map((s) => s.text);
  const published = toldNextDay(body, stamped) ?? stamped;
  const named = mentions(said, known, published);
  const reported = events(said, named, known, published);
  const people = [
    ...new Set(
      named.bySentence
        .flat()
        .filter((m) => m.kind === 'person' && m.id)
        .map((m) => m.id),
    ),
  ];
  const proposed = proposals(reported, known, file, people, published, unreadMeetings(said, named));
  // Who is only inferred, never named, is no one to publish a meeting with unchecked.
  for (const m of proposed.meetings)
    offerOnly(
      m,
      m.principals.flatMap((p) => named.context.inferred?.get(p) ?? []),
    );
  return { mentions: named, events: reported, proposals: proposed };
}

/** The article of data/ this page is already (same address, or the same text whatever its spacing). */
export function alreadyRecorded(page: Page, known: Known, url?: string): { id: string; by: string } | null {
  const squash = (t: string) => t.replace(/\s+/g, '');
  const text = squash(page.text);
  for (const [id, { meta, text: recorded }] of known.articles) {
    if (url && meta.value.url === url) return { id, by: `the same address (${url})` };
    if (squash(recorded) === text) return { id, by: 'the same text' };
  }
  return null;
}

/** A page read against what data/ knows: the draft, or the problems that stopped the reading. */
export function readArticle(page: Page, known: Known, options: IngestOptions): IngestResult {
  const twice = alreadyRecorded(page, known, options.flags?.url);
  if (twice)
    return {
      draft: null,
      page,
      problems: [
        {
          file: page.file,
          message: `this article is in data/ already, as articles/${twice.id} (${twice.by}): nothing to draft`,
        },
      ],
    };
  const judged = body(page);
  if (judged.problems.length) return { draft: null, page, problems: judged.problems, reading: { lines: judged.lines } };
  const about = meta(judged.lines, options.flags ?? {}, known.outlets);
  about.questions.push(...page.notes);
  const reading: Partial<Reading> = { lines: judged.lines, meta: about };
  const stop = (problems: IngestProblem[]): IngestResult => ({ draft: null, page, problems, reading });
  if (!about.published)
    return stop([
      {
        file: page.file,
        message: `the dates in the article cannot be resolved: ${about.questions.find((q) => /date/.test(q)) ?? 'no publication date'}`,
      },
    ]);
  reading.sentences = sentences(judged.lines);
  const found = readSentences(reading.sentences, known, about.published, page.file);
  Object.assign(reading, found);
  if (found.proposals.problems.length) return stop(found.proposals.problems);
  if (about.publishedGuessed)
    for (const m of found.proposals.meetings)
      offerOnly(m, [`its date rests on a guessed publication day (${about.published}): give --published`]);
  const articleId = articleIdFor(about.slug, about.published, found.proposals.meetings, known);
  const result = draft(
    {
      file: page.file,
      textPath: options.textPath?.(articleId) ?? `${articleId}.txt`,
      known,
      meta: about,
      text: page.text,
      lines: judged.lines,
      mentions: found.mentions.context,
      meetings: found.proposals.meetings,
      unsettled: found.proposals.unsettled,
    },
    articleId,
  );
  return { draft: result, page, problems: [], reading };
}

/** Reads data/ and the page, and drafts; nothing is written. */
export function ingest(file: string, options: IngestOptions): IngestResult {
  const { known, problems } = loadKnown(options.dataDir);
  if (!known) return { draft: null, page: null, problems };
  const { page, problems: unreadable } = read(file);
  if (!page) return { draft: null, page: null, problems: unreadable };
  return readArticle(page, known, options);
}
