// The ingest assistant: a Korean news page → a draft of what it reports (article, people, meetings, quotes),
// checked against data/, for an editor to review and apply. Stages are in pipeline/: read → body → meta →
// sentences → mentions → events → proposals; draft/ turns them into the reviewable file and applies it.
import { tokenize, type Token } from './korean/tokens';
import { articleIdFor, buildDraft } from './draft/build';
import type { Draft } from './draft/schema';
import { judgeLines } from './pipeline/body';
import { readEvents, type EventContext } from './pipeline/events';
import { loadKnown, type Known } from './pipeline/known';
import { createContext, findMentions, type MentionContext } from './pipeline/mentions';
import { readMeta, type MetaFlags } from './pipeline/meta';
import { gather } from './pipeline/proposals';
import { pageFromBytes, readPage } from './pipeline/read';
import { splitSentences } from './pipeline/sentences';
import type { IngestProblem, MeetingEvent, Mention, Page } from './pipeline/types';

export type { Draft } from './draft/schema';
export type { IngestProblem } from './pipeline/types';

export interface IngestOptions {
  dataDir: string;
  flags?: MetaFlags;
  /** Where the draft will keep the page's bytes (shown in the draft), e.g. data/drafts/<id>.txt. */
  textPath?: (articleId: string) => string;
}

export interface IngestResult {
  draft: Draft | null;
  page: Page | null;
  problems: IngestProblem[];
}

/** The person who stands for an organisation in this article: the one of its people named most. */
function headFinder(known: Known, ctx: MentionContext) {
  return (org: string): string | undefined => {
    let best: string | undefined;
    let most = 0;
    for (const [id, seen] of ctx.seen) {
      const first = known.entities.get(id)?.orgs[0] ?? [...ctx.people.values()].find((p) => p.id === id)?.org;
      if (first === org && seen.count > most) [best, most] = [id, seen.count];
    }
    return best;
  };
}

export function ingestPage(page: Page, known: Known, options: IngestOptions): IngestResult {
  const fail = (message: string, line?: number): IngestResult => ({
    draft: null,
    page,
    problems: [{ file: page.file, ...(line ? { line } : {}), message }],
  });
  const { lines, found } = judgeLines(page);
  if (!found) return fail('no article body found: the page has no paragraph of news prose (is it the right file?)');
  const meta = readMeta(lines, options.flags ?? {}, known.outlets);
  meta.questions.push(...page.notes);
  if (!meta.published)
    return fail(
      `the dates in the article cannot be resolved: ${meta.questions.find((q) => /date/.test(q)) ?? 'no publication date'}`,
    );

  const sentences = splitSentences(lines);
  const ctx = createContext(known);
  const tokens: Token[][] = sentences.map((s) => tokenize(s.text));
  // Names first, over the whole article: short references and heads of organisations are resolved with them.
  const mentions: Mention[][] = sentences.map((s, i) => findMentions(ctx, s, tokens[i]));
  const events: EventContext = {
    published: meta.published,
    subject: [],
    day: meta.published,
    headOf: headFinder(known, ctx),
  };
  const found2: MeetingEvent[] = sentences.flatMap((s, i) => readEvents(s, tokens[i], mentions[i], events));
  const { meetings, unsettled } = gather(found2);
  if (meetings.length === 0 && unsettled.length === 0) {
    const named = new Set(
      mentions
        .flat()
        .filter((m) => m.kind === 'person' && m.id)
        .map((m) => m.id),
    );
    return fail(
      named.size === 0
        ? 'the article names no one the data knows and reports no meeting: is it about something else?'
        : `the article names ${[...named].join(', ')} but reports no meeting between people: nothing to draft`,
    );
  }
  const articleId = articleIdFor(meta.slug, meta.published, meetings, known);
  const draft = buildDraft(
    {
      file: page.file,
      textPath: options.textPath?.(articleId) ?? `${articleId}.txt`,
      known,
      meta,
      text: page.text,
      lines,
      mentions: ctx,
      meetings,
      unsettled,
    },
    articleId,
  );
  return { draft, page, problems: [] };
}

/** Reads data/ and the page, and drafts; nothing is written. */
export function ingest(file: string, options: IngestOptions): IngestResult {
  const { known, problems } = loadKnown(options.dataDir);
  if (!known) return { draft: null, page: null, problems };
  const { page, problems: unreadable } = readPage(file);
  if (!page) return { draft: null, page: null, problems: unreadable };
  return ingestPage(page, known, options);
}

export { pageFromBytes };
