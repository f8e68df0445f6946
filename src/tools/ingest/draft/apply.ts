// --apply: the accepted proposals of a reviewed draft go into data/ as text edits; the compiler then checks the
// whole; on any problem every file is restored as it was, and the draft stays for another try.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, stringify, type YAMLMap } from 'yaml';
import { compile, formatProblem } from '../../compiler/index';
import { parseYaml, yamlLocator } from '../../compiler/locate';
import { schemaProblems } from '../../compiler/pipeline/validate';
import { decodeUtf8 } from '../../compiler/utf8';
import { writeOutput } from '../../compiler/write';
import type { IngestProblem } from '../pipeline/types';
import { Draft, type DraftMeeting } from './schema';
import { itemById, TextEdits, topList } from './splice';

export interface ApplyOptions {
  dataDir: string;
  /** Where to write graph.json once the data compiles; none: compile only to check. */
  out?: string;
}

export interface ApplyResult {
  problems: IngestProblem[];
  applied: { meetings: number; sources: number; people: number; organizations: number; article: string } | null;
  graph?: string;
}

function readDraft(file: string): { draft: Draft | null; problems: IngestProblem[] } {
  if (!existsSync(file)) return { draft: null, problems: [{ file, message: 'no such draft' }] };
  const decoded = decodeUtf8(new Uint8Array(readFileSync(file)));
  if (!decoded.ok)
    return { draft: null, problems: [{ file, line: decoded.line, message: 'the draft is not UTF-8 text' }] };
  const parsed = parseYaml(decoded.text);
  if (parsed.doc.errors.length)
    return {
      draft: null,
      problems: parsed.doc.errors.map((e) => ({
        file,
        line: parsed.lines.linePos(e.pos[0]).line,
        message: `YAML: ${e.message}`,
      })),
    };
  const value = parsed.doc.toJS();
  const r = Draft.safeParse(value);
  if (r.success) return { draft: r.data, problems: [] };
  const locator = yamlLocator(file, new TextEncoder().encode(decoded.text), parsed);
  return {
    draft: null,
    problems: schemaProblems(r.error, value, locator, [], 'draft').map((p) => ({
      file,
      line: p.line,
      message: p.message,
    })),
  };
}

/** What one accepted add-source proposal changes in a recorded meeting. */
function addSource(edits: TextEdits, meeting: YAMLMap, m: DraftMeeting, article: string): boolean {
  const sources = meeting.get('sources', true);
  if (!isSeq(sources) || !m.quotes?.length) return false;
  edits.append(sources, [{ article, quotes: m.quotes }]);
  const recorded = meeting.get('attendees', true);
  const had = (isSeq(recorded) ? (recorded.toJSON() as string[]) : []) ?? [];
  const principals = (meeting.get('participants') as { toJSON(): string[] } | undefined)?.toJSON() ?? [];
  const more = (m.attendees ?? []).filter((a) => !had.includes(a) && !principals.includes(a));
  if (more.length) {
    if (isSeq(recorded) && recorded.flow) edits.replace(recorded, [...had, ...more]);
    else if (isSeq(recorded)) edits.append(recorded, more);
    else edits.addKey(meeting, 'attendees', [...more], 'participants');
  }
  if (m.refineDate) {
    const date = meeting.get('date', true) as Parameters<TextEdits['replace']>[0];
    edits.replace(date, m.refineDate);
  }
  if (m.disagreements?.length) {
    const list = meeting.get('disagreements', true);
    if (isSeq(list)) {
      for (const d of m.disagreements) {
        const same = list.items.find(
          (x): x is YAMLMap => isMap(x) && (x.get('field') as YAMLMap | undefined)?.get?.('en') === d.field.en,
        );
        const versions = same?.get('versions', true);
        if (same && isSeq(versions))
          edits.append(
            versions,
            d.versions.filter((v) => v.article === article),
          );
        else edits.append(list, [d]);
      }
    } else edits.addKey(meeting, 'disagreements', m.disagreements, 'sources');
  }
  return true;
}

const MEETING_ORDER = [
  'id',
  'date',
  'time',
  'dayPart',
  'kind',
  'title',
  'place',
  'participants',
  'attendees',
  'summary',
  'sources',
  'disagreements',
  'note',
];

/** A record written as the data files write theirs: keys in the usual order, empty lists left out. */
function tidy<T extends object>(record: T, order: string[]): T {
  const entries = Object.entries(record).filter(([, v]) => !(Array.isArray(v) && v.length === 0));
  entries.sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  return Object.fromEntries(entries) as T;
}

/** What the draft leaves for the editor to say: an apply waits for it. */
const PLACEHOLDER = /^\((unknown|untitled)\)$/;

export async function applyDraft(file: string, options: ApplyOptions): Promise<ApplyResult> {
  const { draft, problems } = readDraft(file);
  if (!draft) return { problems, applied: null };
  const r = draft.article.record;
  const open = [r.outlet.ko, r.outlet.en, r.title].filter((v) => PLACEHOLDER.test(v));
  if (open.length)
    return {
      problems: [
        { file, message: `the article's record still says ${open.join(', ')}: answer the draft's questions first` },
      ],
      applied: null,
    };
  const dataDir = options.dataDir;
  const article = draft.article.record;
  const textFile = path.resolve(path.dirname(file), draft.article.text);
  if (!existsSync(textFile))
    return {
      problems: [{ file, message: `the article's text ${draft.article.text} is not beside the draft` }],
      applied: null,
    };
  const articleTxt = path.join(dataDir, 'articles', `${article.id}.txt`);
  const articleYaml = path.join(dataDir, 'articles', `${article.id}.yaml`);
  if (existsSync(articleTxt) || existsSync(articleYaml))
    return {
      problems: [{ file, message: `article "${article.id}" is in data/ already: give it another id in the draft` }],
      applied: null,
    };

  // Every file the apply may touch, as it was: restored whole if the compile fails.
  const files = ['people.yaml', 'organizations.yaml', 'meetings.yaml'].map((f) => path.join(dataDir, f));
  const before = new Map(files.map((f) => [f, existsSync(f) ? readFileSync(f) : null]));
  const restore = () => {
    for (const [f, bytes] of before) if (bytes) writeFileSync(f, bytes);
    rmSync(articleTxt, { force: true });
    rmSync(articleYaml, { force: true });
  };

  const edit = (f: string, fn: (e: TextEdits) => void) => {
    const e = new TextEdits(readFileSync(f, 'utf8'));
    fn(e);
    writeFileSync(f, e.result());
  };
  const people = (draft.people ?? [])
    .filter((p) => p.accept)
    .map((p) => tidy(p.record, ['id', 'name', 'aliases', 'affiliations']));
  const orgs = (draft.organizations ?? [])
    .filter((o) => o.accept)
    .map((o) => tidy(o.record, ['id', 'name', 'kind', 'aliases', 'parent']));
  const accepted = (draft.meetings ?? []).filter((m) => m.accept);
  const applied = { meetings: 0, sources: 0, people: people.length, organizations: orgs.length, article: article.id };
  const missing: IngestProblem[] = [];
  try {
    if (orgs.length) edit(files[1], (e) => e.append(topList(e.doc, 'organizations')!, orgs));
    if (people.length) edit(files[0], (e) => e.append(topList(e.doc, 'people')!, people));
    edit(files[2], (e) => {
      const fresh = accepted.filter((m) => m.action === 'new' && m.record).map((m) => tidy(m.record!, MEETING_ORDER));
      for (const m of accepted.filter((x) => x.action === 'add-source')) {
        const recorded = m.meeting ? itemById(e.doc, 'meetings', m.meeting) : undefined;
        if (!recorded) missing.push({ file, message: `meeting "${m.meeting}" is not in ${files[2]}` });
        else if (addSource(e, recorded, m, article.id)) applied.sources += 1;
      }
      if (fresh.length) e.append(topList(e.doc, 'meetings')!, fresh);
      applied.meetings = fresh.length;
    });
    writeFileSync(articleTxt, readFileSync(textFile));
    const note = `# Added by npm run ingest from ${path.basename(textFile)}; reviewed in ${path.basename(file)}.\n`;
    writeFileSync(articleYaml, note + stringify(article, { lineWidth: 0 }));
  } catch (e) {
    restore();
    return { problems: [{ file, message: `could not write data/: ${(e as Error).message}` }], applied: null };
  }
  if (missing.length) {
    restore();
    return { problems: missing, applied: null };
  }

  const result = await compile({ dataDir });
  if (result.problems.length > 0 || result.json === null) {
    restore();
    return {
      problems: result.problems.map((p) => ({
        file: p.file,
        line: p.line,
        message: `${formatProblem(p)} (data/ restored)`,
      })),
      applied: null,
    };
  }
  if (options.out) writeOutput(options.out, { json: result.json, evidence: result.evidence });
  rmSync(file, { force: true });
  rmSync(textFile, { force: true });
  return { problems: [], applied, ...(options.out ? { graph: options.out } : {}) };
}
