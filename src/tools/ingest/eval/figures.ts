// The figures for a half of the real corpus, and the precision of its proposals per band of confidence.
import { add, MISSED_CLASSES, NEW_PEOPLE_CLASSES, WRONG_CLASSES, type RealScore, type Tally } from './real';

/** Why a page that reports a meeting was refused, from the problem the ingest reported; any other is "other". */
const REFUSED_CLASSES: [string, RegExp][] = [
  ['noBody', /no article body/],
  ['noDate', /publication date|cannot be resolved/],
  ['noMeeting', /reports no meeting/],
];
const refusedAs = (problem: string) => REFUSED_CLASSES.find(([, re]) => re.test(problem))?.[0] ?? 'other';

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : 1);
const f1 = (t: Tally) =>
  t.tp + t.fp + t.fn === 0 ? 1 : Math.round(((2 * t.tp) / (2 * t.tp + t.fp + t.fn)) * 1000) / 1000;

/** The figures for a set of rows. */
export function realFigures(rows: RealScore[]) {
  const sum = (f: (r: RealScore) => number) => rows.reduce((s, r) => s + f(r), 0);
  return {
    articles: rows.length,
    recall: ratio(
      sum((r) => r.found),
      sum((r) => r.gold),
    ),
    precision: ratio(
      sum((r) => r.acceptedRight),
      sum((r) => r.accepted),
    ),
    plannedAccepted: sum((r) => r.plannedAccepted),
    recordedMatched: ratio(
      sum((r) => r.recordedMatched),
      sum((r) => r.recorded),
    ),
    recordedCount: `${sum((r) => r.recordedMatched)}/${sum((r) => r.recorded)}`,
    principalsF1: f1(rows.reduce((t, r) => add(t, r.principals), { tp: 0, fp: 0, fn: 0 })),
    attendeesF1: f1(rows.reduce((t, r) => add(t, r.attendees), { tp: 0, fp: 0, fn: 0 })),
    refused: sum((r) => (r.refused ? 1 : 0)),
    refusedBy: Object.fromEntries(
      [...REFUSED_CLASSES.map(([c]) => c), 'other'].map((c) => [
        c,
        rows.filter((r) => r.refused && refusedAs(r.problem ?? '') === c).length,
      ]),
    ),
    newPeople: `${sum((r) => r.newPeopleFound)}/${sum((r) => r.newPeopleGold)}`,
    newPeopleShare: ratio(
      sum((r) => r.newPeopleFound),
      sum((r) => r.newPeopleGold),
    ),
    nonVerbatimQuotes: sum((r) => r.nonVerbatim),
    chromePeople: sum((r) => r.chromePeople.length),
    wrongBy: Object.fromEntries(WRONG_CLASSES.map((c) => [c, sum((r) => r.wrongBy[c])])),
    missedBy: Object.fromEntries(MISSED_CLASSES.map((c) => [c, sum((r) => r.missedBy[c])])),
    newPeopleBy: Object.fromEntries(NEW_PEOPLE_CLASSES.map((c) => [c, sum((r) => r.newPeopleBy[c])])),
  };
}

/** Precision of the proposals in each band of confidence (accepted or not), for choosing what to accept. */
export function calibration(rows: RealScore[], edges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]) {
  return bands(
    rows.flatMap((r) => r.proposals),
    edges,
  );
}

/** Proposals (or the calibration's held-out samples) by band of confidence: how many, how many right, accepted. */
export function bands(all: { confidence: number; right: boolean; accepted?: boolean }[], edges: number[]) {
  return edges.slice(0, -1).map((lo, i) => {
    const band = all.filter((p) => p.confidence >= lo && p.confidence < edges[i + 1]);
    return {
      band: `${lo.toFixed(2)}–${Math.min(1, edges[i + 1]).toFixed(2)}`,
      proposals: band.length,
      right: band.filter((p) => p.right).length,
      precision: band.length ? ratio(band.filter((p) => p.right).length, band.length) : null,
      accepted: band.filter((p) => p.accepted).length,
    };
  });
}
