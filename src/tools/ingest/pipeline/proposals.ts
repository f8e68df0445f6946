// Stage 7: the clauses' reports gathered into proposals, one per meeting: a meeting reported in several sentences
// is one proposal with all of them as evidence; those who sat in join it. Each is then matched against data/.
import type { Known } from './known';
import type { MeetingEvent, ResolvedDate, Sentence } from './types';

export interface Gathered {
  principals: string[];
  attendees: string[];
  date: ResolvedDate;
  time?: string;
  dayPart?: MeetingEvent['dayPart'];
  place?: string;
  kind: string;
  eventName?: string;
  sentences: Sentence[];
  cues: string[];
}

export interface Unsettled {
  principals: string[];
  /** Why no date: "최근", "이미 … 바 있다". */
  cue: string;
  sentences: Sentence[];
  planned: boolean;
  /** For a planned meeting: its date where the text gives one. */
  date?: ResolvedDate;
}

const key = (principals: string[], date: string) => `${[...principals].sort().join('+')}@${date}`;
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const SPECIFIC = ['press-conference', 'workshop', 'lunch', 'dinner', 'audience', 'summit'];

/** "연속 회동", "A, B, C를 만나": one meeting between the subject and each of the others. */
function expand(e: MeetingEvent): MeetingEvent[] {
  if (!e.separately || e.lead === 0) return [e];
  const lead = e.principals.slice(0, e.lead);
  return e.principals.slice(e.lead).map((p) => ({ ...e, principals: [...lead, p], separately: false }));
}

export function gather(events: MeetingEvent[]): { meetings: Gathered[]; unsettled: Unsettled[] } {
  const groups = new Map<string, Gathered>();
  const owner = new Map<MeetingEvent, Gathered>();
  const unsettled: Unsettled[] = [];
  const addTo = (g: Gathered, e: MeetingEvent) => {
    if (!g.sentences.includes(e.sentence)) g.sentences.push(e.sentence);
    g.cues.push(...e.cues.filter((c) => !g.cues.includes(c)));
    g.time ??= e.time;
    g.dayPart ??= e.dayPart;
    g.place ??= e.place;
    g.eventName ??= e.eventName;
    if (g.kind === 'meeting' && SPECIFIC.includes(e.kind)) g.kind = e.kind;
    owner.set(e, g);
  };
  for (const raw of events) {
    if (raw.principals.length === 0) continue;
    for (const e of expand(raw)) {
      if (e.tense === 'planned' || !e.date || !('date' in e.date)) {
        const cue = e.date && !('date' in e.date) ? e.date.unresolved : e.tense === 'planned' ? 'planned' : '';
        const date = e.date && 'date' in e.date ? e.date : undefined;
        const same = unsettled.find(
          (u) => sameSet(u.principals, e.principals) && u.planned === (e.tense === 'planned'),
        );
        if (same) same.sentences.push(e.sentence);
        else
          unsettled.push({
            principals: e.principals,
            cue,
            sentences: [e.sentence],
            planned: e.tense === 'planned',
            ...(date ? { date } : {}),
          });
        continue;
      }
      const k = key(e.principals, e.date.date);
      let g = groups.get(k);
      if (!g) {
        g = { principals: e.principals, attendees: [], date: e.date, kind: e.kind, sentences: [], cues: [] };
        groups.set(k, g);
      }
      addTo(g, e);
      owner.set(raw, g);
    }
  }
  // Those who sat in join the meeting they sat in on.
  for (const e of events) {
    if (e.principals.length > 0 || !e.of) continue;
    const g = owner.get(e.of);
    if (!g) continue;
    for (const a of e.attendees) if (!g.attendees.includes(a) && !g.principals.includes(a)) g.attendees.push(a);
    if (!g.sentences.includes(e.sentence)) g.sentences.push(e.sentence);
  }
  // One person at an event, and the same event with its host: one meeting.
  const all = [...groups.values()];
  const merged = all.filter((g) => {
    if (g.principals.length !== 1) return true;
    const into = all.find(
      (o) =>
        o !== g &&
        o.principals.length > 1 &&
        o.date.date === g.date.date &&
        o.principals.includes(g.principals[0]) &&
        o.kind === g.kind,
    );
    if (!into) return true;
    for (const s of g.sentences) if (!into.sentences.includes(s)) into.sentences.push(s);
    into.place ??= g.place;
    into.eventName ??= g.eventName;
    return false;
  });
  // A headline announces the body's meeting (it is dated the publication day only for want of a date): never a
  // second meeting. One the body does not report stays, for the editor, unaccepted (see draft/build.ts).
  const inBody = (g: Gathered) => g.sentences.some((s) => s.role !== 'headline');
  const meetings = merged.filter((g) => {
    if (inBody(g)) return true;
    const same = merged.find(
      (o) =>
        o !== g &&
        inBody(o) &&
        g.principals.filter((p) => o.principals.includes(p) || o.attendees.includes(p)).length >=
          Math.min(2, g.principals.length),
    );
    return !same;
  });
  for (const g of meetings) g.sentences.sort((a, b) => a.i - b.i);
  return { meetings, unsettled };
}

export interface Match {
  id: string;
  /** The record has only the month; this article gives the day. */
  refine: boolean;
}

const VENUE_WORD =
  /[가-힣A-Za-z]+(호텔|사옥|본사|빌딩|대통령실|청와대|집무실|센터|공관|영빈관|회의실|사무실|본관|캠퍼스|타워|공항)/g;

/** Two places are one where neither names a venue the other does not contain ("플라자호텔", "더플라자호텔"). */
function samePlace(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const va = a.match(VENUE_WORD) ?? [];
  const vb = b.match(VENUE_WORD) ?? [];
  if (va.length === 0 || vb.length === 0) return true;
  return va.some((x) => vb.some((y) => x.includes(y) || y.includes(x)));
}

/** The meeting of data/ this proposal reports, if any: same principals, a compatible date, the same place. */
export function matchRecorded(
  known: Known,
  g: { principals: string[]; date: ResolvedDate; place?: string; kind: string },
): Match | null {
  for (const { value: m } of known.meetings) {
    if (!sameSet(m.participants, g.principals)) continue;
    if (g.principals.length === 1 && m.kind !== g.kind) continue;
    const recorded = m.date;
    const ours = g.date.date;
    const compatible = recorded === ours || ours.startsWith(`${recorded}-`) || recorded.startsWith(`${ours}-`);
    if (!compatible) continue;
    if (!samePlace(m.place?.ko, g.place)) continue;
    return { id: m.id, refine: recorded.length === 7 && ours.length === 10 };
  }
  return null;
}
