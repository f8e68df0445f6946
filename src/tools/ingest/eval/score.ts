// How a draft compares with what the editors recorded for the same article: meetings found and proposed in vain,
// principals and attendees, dates, plans taken for facts, people, and quotes that are not verbatim.
import { ArticleIndex } from '../../common/quotes';
import type { Draft } from '../../../core/schema/draft';

export interface GoldMeeting {
  id: string;
  date: string;
  participants: string[];
  attendees: string[];
}

export interface Gold {
  meetings: GoldMeeting[];
  /** Meetings the article reports only as planned or expected. */
  planned: GoldMeeting[];
  /** Korean names of the people the article introduces. */
  newPeople: string[];
  /** Lines of the page that are the article (the curated quotes' lines): a person named only elsewhere is chrome. */
  articleLines?: Set<number>;
}

export interface Score {
  gold: number;
  proposed: number;
  matched: number;
  principals: { tp: number; fp: number; fn: number };
  attendees: { tp: number; fp: number; fn: number };
  datesExact: number;
  plannedAsHappened: number;
  plannedListed: number;
  plannedGold: number;
  newPeopleFound: number;
  newPeopleGold: number;
  wrongPeople: string[];
  chromePeople: string[];
  nonVerbatimQuotes: string[];
  ms: number;
}

interface Proposed {
  meeting?: string;
  date: string;
  participants: string[];
  attendees: string[];
}

const names = new Map<string, string>();

const overlap = (a: string[], b: string[]) => {
  const inter = a.filter((x) => b.includes(x)).length;
  return inter / Math.max(1, new Set([...a, ...b]).size);
};
const compatible = (a: string, b: string) => a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);

function proposals(draft: Draft): Proposed[] {
  return (draft.meetings ?? [])
    .filter((m) => m.accept)
    .map((m) =>
      m.action === 'new'
        ? { date: m.record!.date, participants: m.record!.participants, attendees: m.record!.attendees }
        : {
            meeting: m.meeting,
            date: m.refineDate ?? m.date!,
            participants: m.participants ?? [],
            attendees: m.attendees ?? [],
          },
    );
}

function pairUp(props: Proposed[], gold: GoldMeeting[]): [Proposed, GoldMeeting][] {
  const pairs: [Proposed, GoldMeeting][] = [];
  const free = new Set(gold);
  // A proposal that names the recorded meeting is paired with it; the others by date and principals.
  for (const p of props) {
    const g = p.meeting ? gold.find((x) => x.id === p.meeting && free.has(x)) : undefined;
    if (g) {
      pairs.push([p, g]);
      free.delete(g);
    }
  }
  for (const p of props) {
    if (pairs.some(([q]) => q === p)) continue;
    const best = [...free]
      .filter((g) => compatible(g.date, p.date) && overlap(g.participants, p.participants) >= 0.5)
      .sort((a, b) => overlap(b.participants, p.participants) - overlap(a.participants, p.participants))[0];
    if (best) {
      pairs.push([p, best]);
      free.delete(best);
    }
  }
  return pairs;
}

const counts = (ours: string[], theirs: string[]) => ({
  tp: ours.filter((x) => theirs.includes(x)).length,
  fp: ours.filter((x) => !theirs.includes(x)).length,
  fn: theirs.filter((x) => !ours.includes(x)).length,
});

/** People are compared by name: a person the draft proposes anew has an id of its own making. */
export function scoreDraft(draft: Draft, text: string, gold: Gold, ms: number, nameOf: (id: string) => string): Score {
  for (const p of draft.people ?? []) if (nameOf(p.record.id) === p.record.id) names.set(p.record.id, p.record.name.ko);
  const key = (id: string) => names.get(id) ?? nameOf(id);
  const byName = <T extends { participants: string[]; attendees: string[] }>(m: T): T => ({
    ...m,
    participants: m.participants.map(key),
    attendees: m.attendees.map(key),
  });
  gold = { ...gold, meetings: gold.meetings.map(byName), planned: gold.planned.map(byName) };
  const props = proposals(draft).map(byName);
  names.clear();
  const pairs = pairUp(props, gold.meetings);
  const add = (a: { tp: number; fp: number; fn: number }, b: typeof a) => ({
    tp: a.tp + b.tp,
    fp: a.fp + b.fp,
    fn: a.fn + b.fn,
  });
  let principals = { tp: 0, fp: 0, fn: 0 };
  let attendees = { tp: 0, fp: 0, fn: 0 };
  for (const [p, g] of pairs) {
    principals = add(principals, counts(p.participants, g.participants));
    attendees = add(attendees, counts(p.attendees, g.attendees));
  }
  const plannedAsHappened = pairUp(
    props.filter((p) => !pairs.some(([q]) => q === p)),
    gold.planned,
  ).length;
  const plannedListed = gold.planned.filter((g) =>
    (draft.planned ?? []).some(
      (n) =>
        n.matches === g.id ||
        (overlap(n.principals.map(key), g.participants) >= 0.5 && (!n.date || compatible(n.date, g.date))),
    ),
  ).length;

  const index = new ArticleIndex(text);
  const quotes = [
    ...(draft.meetings ?? []).flatMap((m) => [
      ...(m.quotes ?? []),
      ...(m.record?.sources.flatMap((s) => s.quotes) ?? []),
      ...(m.disagreements ?? []).flatMap((d) =>
        d.versions.filter((v) => v.article === draft.article.record.id).map((v) => v.quote),
      ),
    ]),
  ];
  const accepted = (draft.people ?? []).filter((p) => p.accept);
  const found = accepted.filter((p) => gold.newPeople.includes(p.record.name.ko));
  const wrong = accepted.filter((p) => !gold.newPeople.includes(p.record.name.ko));
  const chrome = wrong.filter((p) => {
    const lines = [...text.split('\n').entries()].filter(([, l]) => l.includes(p.record.name.ko)).map(([i]) => i + 1);
    return gold.articleLines
      ? lines.every((n) => !gold.articleLines!.has(n))
      : /기자|특파원|사진/.test(p.sentences?.[0]?.sentence ?? '');
  });
  return {
    gold: gold.meetings.length,
    proposed: props.length,
    matched: pairs.length,
    principals,
    attendees,
    datesExact: pairs.filter(([p, g]) => p.date === g.date).length,
    plannedAsHappened,
    plannedListed,
    plannedGold: gold.planned.length,
    newPeopleFound: found.length,
    newPeopleGold: gold.newPeople.length,
    wrongPeople: wrong.map((p) => p.record.name.ko),
    chromePeople: chrome.map((p) => p.record.name.ko),
    nonVerbatimQuotes: quotes.filter((q) => index.find(q) === null),
    ms,
  };
}
