// The accepted proposals of a draft as text edits of the data files: new records at the end of their lists, a
// source (with the attendees, date and disagreements it brings) added to a recorded meeting. Everything else in
// each file stays byte for byte. Nothing is written here: apply.ts commits the result.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { decodeUtf8 } from '../../common/utf8';
import type { FileChange } from '../../common/transaction';
import type { IngestProblem } from '../pipeline/types';
import type { Draft, DraftMeeting } from '../../../core/schema/draft';
import { itemById, TextEdits, topList } from './splice';

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

const ORDER = {
  meetings: [
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
  ],
  people: ['id', 'name', 'aliases', 'affiliations'],
  organizations: ['id', 'name', 'kind', 'aliases', 'parent'],
};

/** A record written as the data files write theirs: keys in the usual order, empty lists left out. */
function tidy<T extends object>(record: T, order: string[]): T {
  const entries = Object.entries(record).filter(([, v]) => !(Array.isArray(v) && v.length === 0));
  entries.sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  return Object.fromEntries(entries) as T;
}

export interface DataEdits {
  changes: FileChange[];
  counts: { meetings: number; sources: number; people: number; organizations: number };
}

type Collection = keyof typeof ORDER;

/** The data files as the draft changes them, or why they cannot be edited (each problem at its file and line). */
export function dataEdits(draft: Draft, dataDir: string, draftFile: string): DataEdits | { problems: IngestProblem[] } {
  const problems: IngestProblem[] = [];
  const changes: FileChange[] = [];
  const people = (draft.people ?? []).filter((p) => p.accept).map((p) => tidy(p.record, ORDER.people));
  const orgs = (draft.organizations ?? []).filter((o) => o.accept).map((o) => tidy(o.record, ORDER.organizations));
  const accepted = (draft.meetings ?? []).filter((m) => m.accept);
  const counts = { meetings: 0, sources: 0, people: people.length, organizations: orgs.length };

  const edit = (collection: Collection, fn: (e: TextEdits, list: () => ReturnType<typeof topList>) => void) => {
    const rel = `${collection}.yaml`;
    const file = path.join(dataDir, rel);
    let text: string;
    try {
      const decoded = decodeUtf8(new Uint8Array(readFileSync(file)));
      if (!decoded.ok)
        return void problems.push({ file, line: decoded.line, message: 'not valid UTF-8: fix data/ first' });
      text = decoded.text;
    } catch {
      return void problems.push({ file, message: `${rel} cannot be read: npm run compile says what is wrong` });
    }
    const e = new TextEdits(text);
    if (e.doc.errors.length) {
      const [first] = e.doc.errors;
      const line = text.slice(0, first.pos[0]).split('\n').length;
      return void problems.push({ file, line, message: `${first.message}: fix ${rel} first (npm run compile)` });
    }
    const list = () => {
      const seq = topList(e.doc, collection);
      if (!seq) {
        const key =
          e.doc.contents && isMap(e.doc.contents)
            ? e.doc.contents.items.find((p) => String(p.key) === collection)
            : undefined;
        const offset = (key?.key as { range?: number[] } | undefined)?.range?.[0] ?? 0;
        problems.push({
          file,
          line: text.slice(0, offset).split('\n').length,
          message: `"${collection}:" holds no list: write "${collection}: []" when there are none, then apply again`,
        });
      }
      return seq;
    };
    fn(e, list);
    const result = e.result();
    if (result !== text) changes.push({ file: rel, bytes: Buffer.from(result) });
  };

  if (orgs.length)
    edit('organizations', (e, list) => {
      const seq = list();
      if (seq) e.append(seq, orgs);
    });
  if (people.length)
    edit('people', (e, list) => {
      const seq = list();
      if (seq) e.append(seq, people);
    });
  if (accepted.length)
    edit('meetings', (e, list) => {
      const seq = list();
      if (!seq) return;
      for (const m of accepted.filter((x) => x.action === 'add-source')) {
        const recorded = m.meeting ? itemById(e.doc, 'meetings', m.meeting) : undefined;
        if (!recorded) problems.push({ file: draftFile, message: `meeting "${m.meeting}" is not in meetings.yaml` });
        else if (addSource(e, recorded, m, draft.article.record.id)) counts.sources += 1;
      }
      const fresh = accepted.filter((m) => m.action === 'new' && m.record).map((m) => tidy(m.record!, ORDER.meetings));
      e.append(seq, fresh);
      counts.meetings = fresh.length;
    });
  return problems.length ? { problems } : { changes, counts };
}
