// The evaluation on real articles: each article of the corpus read against data/ as it would be once the earlier
// reports of its event are recorded, and its draft compared with a careful reading. Scored per half.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ArticleIndex } from '../../common/quotes';
import type { Draft } from '../../../core/schema/draft';
import type { Evidence } from '../helpers/evidence';
import type { Proposal } from '../pipeline/types';
import { loadKnown } from '../helpers/known';
import { familyWordOf } from '../helpers/foreign';
import { alikeWordByWord, loosely, sameForeignName, unlinked } from '../korean/names';
import { fullName } from '../helpers/names';
import { readArticle } from '../index';
import { read } from '../pipeline/read';
import { loadCorpus, type CorpusArticle, type GoldMeetingSpec } from './corpus';
import { compatibleDates, samePrincipals, withRecorded } from './recorded';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface RealScore {
  key: string;
  event: string;
  half: 'dev' | 'test';
  problem?: string;
  /** The page reports a meeting, and no draft was made. */
  refused: boolean;
  gold: number;
  found: number;
  accepted: number;
  acceptedRight: number;
  plannedAccepted: number;
  recorded: number;
  recordedMatched: number;
  principals: Tally;
  attendees: Tally;
  newPeopleGold: number;
  newPeopleFound: number;
  chromePeople: string[];
  nonVerbatim: number;
  /** Every meeting proposed, with how sure the draft was and whether it is a real meeting. */
  proposals: {
    confidence: number;
    right: boolean;
    accepted: boolean;
    because: string[];
    newPeople: number;
    /** What the confidence was weighed from, and whether the text settles it (the calibration's sample). */
    evidence?: Evidence;
    settled: boolean;
  }[];
  /** For reading the failures: accepted proposals that are no real meeting, and meetings missed. */
  wrong: string[];
  missed: string[];
  /** The failures by class, figures a half can print without showing its articles. */
  wrongBy: Record<WrongClass, number>;
  missedBy: Record<MissedClass, number>;
  newPeopleBy: Record<(typeof NEW_PEOPLE_CLASSES)[number], number>;
  ms: number;
}

/** Why an accepted proposal is wrong: a planned meeting, a second report of one meeting, the right people on
 * another date, a meeting with the wrong people, or nothing the reading knows. */
export type WrongClass = 'planned' | 'repeated' | 'date' | 'people' | 'unrelated';
/** Why a meeting is missed: proposed but under the line, proposed as not settled, not proposed though the reading
 * found two of its principals or more, or not proposed because it did not. */
export type MissedClass = 'underLine' | 'unsettled' | 'notProposed' | 'peopleUnread';
const none = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
export const WRONG_CLASSES = ['planned', 'repeated', 'date', 'people', 'unrelated'] as const;
export const MISSED_CLASSES = ['underLine', 'unsettled', 'notProposed', 'peopleUnread'] as const;
/** What became of a new person of the reading: accepted with their organisation, accepted with another or none,
 * drafted but not accepted (their meeting was not), or not drafted at all. */
export const NEW_PEOPLE_CLASSES = ['found', 'orgDiffers', 'unaccepted', 'notFound'] as const;

interface Proposed {
  keys: string[];
  principals: string[];
  attendees: string[];
  date: string;
  accepted: boolean;
  confidence: number;
  action: 'new' | 'add-source';
  meeting?: string;
  because: string[];
}

const jaccard = (a: string[], b: string[]) => {
  const inter = a.filter((x) => b.includes(x)).length;
  return inter / Math.max(1, new Set([...a, ...b]).size);
};
/**
 * A proposal reports a meeting of the reading when its date fits and its people are that meeting's: most of them
 * (Jaccard ≥ 0.5), or only people who were there, at least one of them a principal (a round table proposed with
 * part of its table records no false "met"; the missing seats count against attendees F1 and in the rows), or its
 * principals are most of the meeting's and all were there (who met whom is right; a wrong attendee counts against
 * attendees F1).
 */
const reports = (g: { keys: string[]; principals: string[]; date?: string }, p: Proposed) =>
  (!g.date || compatibleDates(g.date, p.date)) &&
  (jaccard(g.keys, p.keys) >= 0.5 ||
    (p.keys.length >= 2 && p.keys.every((k) => g.keys.includes(k)) && p.keys.some((k) => g.principals.includes(k))) ||
    (p.principals.length >= 2 &&
      p.principals.every((k) => g.keys.includes(k)) &&
      jaccard(g.principals, p.principals) >= 0.5));
const tally = (ours: string[], theirs: string[]): Tally => ({
  tp: ours.filter((x) => theirs.includes(x)).length,
  fp: ours.filter((x) => !theirs.includes(x)).length,
  fn: theirs.filter((x) => !ours.includes(x)).length,
});
export const add = (a: Tally, b: Tally): Tally => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9가-힣]/g, '');

function proposedMeetings(draft: Draft, key: (id: string) => string): Proposed[] {
  return (draft.meetings ?? []).map((m) => {
    const principals = (m.action === 'new' ? m.record!.participants : (m.participants ?? [])).map(key);
    const attendees = (m.action === 'new' ? m.record!.attendees : (m.attendees ?? [])).map(key);
    return {
      keys: [...new Set([...principals, ...attendees])],
      principals,
      attendees,
      date: m.action === 'new' ? m.record!.date : (m.refineDate ?? m.date ?? ''),
      accepted: m.accept,
      confidence: m.confidence ?? 0,
      action: m.action,
      ...(m.meeting ? { meeting: m.meeting } : {}),
      because: m.because ?? [],
    };
  });
}

/** One article's draft against its reading. */
export function scoreArticle(
  article: CorpusArticle,
  text: string,
  draft: Draft | null,
  known: { ids: Set<string>; orgName: (id: string) => string | undefined },
  recorded: { id: string; date: string; people: string[]; principals: string[] }[],
  personByName: Map<string, string>,
  judged: Proposal[] = [],
): Omit<RealScore, 'ms' | 'problem'> {
  // The reading's own id for someone recorded under another spelling ("도요다 아키오" for "도요타 아키오").
  // Or one is the last word of the other's name ("모디" and "나렌드라 모디"), or the first of a long one ("자베르" and
  // "자베르 무바라크 알-하마드 알-사바"), or a word inside it.
  const looseName = (name: string) => {
    const s = loosely(squash(name));
    const ids = new Set(
      [...personByName]
        .filter(
          ([n]) =>
            loosely(squash(n)) === s ||
            sameForeignName(n, name) ||
            alikeWordByWord(n, name) ||
            // An Arabic name printed without its links ("칼둔 칼리파 무바라크").
            (name.includes(' ') && unlinked(n) === unlinked(name)) ||
            (n.length >= 2 && familyWordOf(n, name)) ||
            (name.length >= 2 && familyWordOf(name, n)) ||
            (!name.includes(' ') && n.split(' ').length >= 3 && n.split(' ')[0] === name) ||
            // Or a word inside a long one ("룰라" of "루이스 이나시우 룰라 다 실바").
            (!name.includes(' ') && name.length >= 2 && n.split(' ').length >= 4 && n.split(' ').includes(name)),
        )
        .map(([, id]) => id),
    );
    return ids.size === 1 ? [...ids][0] : undefined;
  };
  // One person recorded twice, from reports that spell the name two ways ("미즈시마 고이치", "미즈시마 코이치"):
  // one key.
  const firstOf = new Map<string, string>();
  for (const [n, id] of personByName) if (!firstOf.has(loosely(squash(n)))) firstOf.set(loosely(squash(n)), id);
  const nameOf = new Map([...personByName].map(([n, id]) => [id, n]));
  const canonical = (id: string) => firstOf.get(loosely(squash(nameOf.get(id) ?? ''))) ?? id;
  const goldKey = (name: string) => {
    const stated = article.people.find((p) => p.name === name)?.id;
    const id = stated && known.ids.has(stated) ? stated : (personByName.get(name) ?? looseName(name));
    return id && known.ids.has(id) ? canonical(id) : `name:${name}`;
  };
  const gold = (m: GoldMeetingSpec) => ({
    principals: m.principals.map(goldKey),
    attendees: m.attendees.map(goldKey),
    keys: [...new Set([...m.principals, ...m.attendees].map(goldKey))],
    date: m.date,
  });
  const happened = article.meetings.map(gold);
  const earlier = article.earlier.map(gold);
  const planned = article.planned.map(gold);
  const base = {
    key: article.key,
    event: article.event,
    half: article.half,
    gold: happened.length,
    recorded: 0,
    recordedMatched: 0,
    principals: { tp: 0, fp: 0, fn: 0 },
    attendees: { tp: 0, fp: 0, fn: 0 },
    newPeopleGold: 0,
    newPeopleFound: 0,
    chromePeople: [] as string[],
    nonVerbatim: 0,
    wrong: [] as string[],
    missed: [] as string[],
    wrongBy: none(WRONG_CLASSES),
    missedBy: none(MISSED_CLASSES),
    newPeopleBy: none(NEW_PEOPLE_CLASSES),
  };
  // Someone data/ records, under this spelling or another ("폴 제이콥스" for "폴 제이컵스"), is no new person.
  const newPeople = article.people.filter(
    (p) =>
      goldKey(p.name).startsWith('name:') &&
      article.meetings.some((m) => m.principals.includes(p.name) || m.attendees.includes(p.name)),
  );
  base.newPeopleGold = newPeople.length;
  // Recorded with most of its people, or with the same two or more who met (however many sat in this time).
  const recordedOf = (g: ReturnType<typeof gold>) =>
    recorded.find(
      (r) =>
        g.date &&
        compatibleDates(r.date, g.date) &&
        (jaccard(r.people, g.keys) >= 0.5 || samePrincipals(g.principals, r.principals)),
    );
  base.recorded = happened.filter((g) => recordedOf(g)).length;
  if (!draft)
    return {
      ...base,
      refused: happened.length > 0,
      found: 0,
      accepted: 0,
      acceptedRight: 0,
      plannedAccepted: 0,
      proposals: [],
      missed: article.meetings.map((m) => `${m.date ?? '?'} ${m.principals.join('·')}`),
      missedBy: { ...none(MISSED_CLASSES), peopleUnread: happened.length },
      newPeopleBy: { ...none(NEW_PEOPLE_CLASSES), notFound: newPeople.length },
    };

  const names = new Map((draft.people ?? []).map((p) => [p.record.id, p.record.name.ko]));
  // A new person written short ("마로토" for "레예스 마로토", "조코위" for "조코 위도도") is the reading's person;
  // the short name still counts against new people found, which needs the name in full.
  const readingNames = [...happened, ...earlier, ...planned]
    .flatMap((g) => g.keys)
    .filter((k) => k.startsWith('name:'));
  // Spelled as outlets vary a transliteration ("도미타 코지", "도미타 고지", "도미티 코지"): the same person.
  const asGold = (name: string) => {
    const short = squash(name);
    const s = loosely(short);
    const hits = [...new Set(readingNames)].filter((k) => {
      const g = loosely(squash(k.slice(5)));
      return s === g || alikeWordByWord(k.slice(5), name) || (short.length >= 2 && (g.startsWith(s) || g.endsWith(s)));
    });
    return hits.length === 1 ? hits[0] : `name:${name}`;
  };
  const key = (id: string) => (known.ids.has(id) ? canonical(id) : names.has(id) ? asGold(names.get(id)!) : id);
  const props = proposedMeetings(draft, key);
  // Each proposal is paired with the reading's meeting it reports, if any (happened first, then earlier ones); a
  // second report of one meeting pairs with nothing. `first` decides which proposals pair first.
  const pairUp = (first: (p: Proposed) => number) => {
    const pairs = new Map<Proposed, { g: ReturnType<typeof gold>; earlier: boolean }>();
    const taken = new Set<ReturnType<typeof gold>>();
    for (const p of [...props].sort((a, b) => first(b) - first(a))) {
      const candidates = [
        ...happened.map((g) => ({ g, earlier: false })),
        ...earlier.map((g) => ({ g, earlier: true })),
      ].filter(({ g }) => !taken.has(g) && reports(g, p));
      // A meeting that happened before one the article recalls ("이날을 포함해 9번 만났다"), then the closest.
      const best = candidates.sort(
        (a, b) => Number(a.earlier) - Number(b.earlier) || jaccard(b.g.keys, p.keys) - jaccard(a.g.keys, p.keys),
      )[0];
      if (best) {
        pairs.set(p, best);
        taken.add(best.g);
      }
    }
    return pairs;
  };
  const pairedWith = pairUp((p) => Number(p.accepted));
  // For the calibration, whether each proposal is right may not depend on what the calibration accepted.
  const settledAt = new Map(props.map((p, i) => [p, judged[i]?.settled ?? false]));
  const pairedSettled = pairUp((p) => Number(settledAt.get(p)));
  const accepted = props.filter((p) => p.accepted);
  let principals = base.principals;
  let attendees = base.attendees;
  for (const p of accepted) {
    const pair = pairedWith.get(p);
    if (!pair || pair.earlier) continue;
    principals = add(principals, tally(p.principals, pair.g.principals));
    attendees = add(attendees, tally(p.attendees, pair.g.attendees));
  }
  const foundGold = new Set(
    accepted.flatMap((p) => (pairedWith.get(p)?.earlier === false ? [pairedWith.get(p)!.g] : [])),
  );
  const describe = (keys: string[]) => keys.map((k) => k.replace(/^name:/, '')).join('·');
  const wrong = accepted.filter((p) => !pairedWith.has(p));
  // A plan, by those who were to meet: the reading lists who would sit in, a draft may name only the principals. Not
  // a second report of a meeting of the reading that happened (its people and date): the same people's meeting, told
  // twice, beside their plan ("내년 방문").
  const asPlanned = (p: Proposed) =>
    !happened.some((g) => reports(g, p)) &&
    planned.some((g) => jaccard(g.keys, p.keys) >= 0.5 || jaccard(g.principals, p.principals) >= 0.5);
  const plannedAccepted = wrong.filter(asPlanned).length;
  let recordedMatched = 0;
  for (const g of happened) {
    const r = recordedOf(g);
    if (!r) continue;
    const added = accepted.some((p) => p.action === 'add-source' && p.meeting === r.id);
    const repeated = accepted.some((p) => p.action === 'new' && pairedWith.get(p)?.g === g);
    if (added && !repeated) recordedMatched++;
  }
  const orgOf = (personId: string) => {
    const p = (draft.people ?? []).find((x) => x.record.id === personId);
    const org = p?.record.affiliations[0]?.org;
    if (!org) return undefined;
    return (draft.organizations ?? []).find((o) => o.record.id === org)?.record.name.ko ?? known.orgName(org);
  };
  const acceptedPeople = (draft.people ?? []).filter((p) => p.accept);
  const newPeopleBy = none(NEW_PEOPLE_CLASSES);
  for (const g of newPeople) {
    const p = (draft.people ?? []).find((x) => x.record.name.ko === g.name);
    const org = p && orgOf(p.record.id);
    // The reading may print a short form ("대한상의") the draft spells out ("대한상공회의소").
    const goldOrg = g.org && (fullName(g.org)?.ko ?? g.org);
    const orgRight =
      !goldOrg || (!!org && (squash(org).includes(squash(goldOrg)) || squash(goldOrg).includes(squash(org))));
    newPeopleBy[!p ? 'notFound' : !p.accept ? 'unaccepted' : orgRight ? 'found' : 'orgDiffers']++;
  }
  const newPeopleFound = newPeopleBy.found;
  const wrongBy = none(WRONG_CLASSES);
  for (const p of wrong) {
    const overlap = (g: ReturnType<typeof gold>) => g.principals.filter((k) => p.principals.includes(k)).length;
    const cls: WrongClass = asPlanned(p)
      ? 'planned'
      : happened.some((g) => reports(g, p))
        ? 'repeated'
        : [...happened, ...earlier].some((g) => jaccard(g.keys, p.keys) >= 0.5)
          ? 'date'
          : happened.some((g) => (!g.date || compatibleDates(g.date, p.date)) && overlap(g) >= 1)
            ? 'people'
            : 'unrelated';
    wrongBy[cls]++;
  }
  const missedBy = none(MISSED_CLASSES);
  // Whom the reading found: everyone in a proposal, and the new people it drafted.
  const read = new Set([...props.flatMap((p) => p.keys), ...(draft.people ?? []).map((p) => key(p.record.id))]);
  const missed = happened
    .filter((g) => !foundGold.has(g))
    .map((g) => {
      const offered = props.filter((p) => !p.accepted && reports(g, p));
      const cls: MissedClass = offered.some((p) => settledAt.get(p))
        ? 'underLine'
        : offered.length
          ? 'unsettled'
          : g.principals.filter((k) => read.has(k)).length >= 2
            ? 'notProposed'
            : 'peopleUnread';
      missedBy[cls]++;
      return `${g.date ?? '?'} ${describe(g.keys)} [${cls}]`;
    });
  const goldNames = new Set(article.people.map((p) => p.name));
  const chromePeople = acceptedPeople
    .map((p) => p.record.name.ko)
    .filter((n) => !goldNames.has(n) && new RegExp(`${n}\\s*(기자|특파원|앵커|PD)|사진\\s*[=:]\\s*${n}`).test(text));
  const index = new ArticleIndex(text);
  const quotes = (draft.meetings ?? []).flatMap((m) => [
    ...(m.quotes ?? []),
    ...(m.record?.sources.flatMap((s) => s.quotes) ?? []),
  ]);
  return {
    ...base,
    refused: false,
    found: foundGold.size,
    accepted: accepted.length,
    acceptedRight: accepted.length - wrong.length,
    plannedAccepted,
    recordedMatched,
    principals,
    attendees,
    newPeopleFound,
    chromePeople,
    nonVerbatim: quotes.filter((q) => index.find(q) === null).length,
    proposals: props.map((p, i) => ({
      evidence: judged[i]?.evidence,
      settled: judged[i]?.settled ?? false,
      confidence: p.confidence,
      right: pairedSettled.has(p),
      accepted: p.accepted,
      because: p.because,
      newPeople: p.principals.filter((k) => !known.ids.has(k)).length,
    })),
    wrong: wrong.map((p) => `${p.date} ${describe(p.keys)} (${p.confidence}: ${p.because.join('; ')})`),
    missed,
    wrongBy,
    missedBy,
    newPeopleBy,
  };
}

/** The row of an article read to no draft: what stopped it. */
const failed = (article: CorpusArticle, problem: string, ms: number): RealScore => ({
  ...scoreArticle(article, '', null, { ids: new Set(), orgName: () => undefined }, [], new Map()),
  problem,
  ms,
});

/** Every article of the corpus whose text is in `textDir`, in event order (earlier reports recorded first). */
export function evaluateReal(
  textDir: string,
  dataDir: string,
  only?: 'dev' | 'test',
): { rows: RealScore[]; missing: string[]; problems: string[] } {
  const { articles, problems } = loadCorpus();
  const rows: RealScore[] = [];
  const missing: string[] = [];
  const textOf = (a: CorpusArticle) => path.join(textDir, `${a.key}.txt`);
  const byEvent = new Map<string, CorpusArticle[]>();
  for (const a of articles) {
    if (only && a.half !== only) continue;
    if (!existsSync(textOf(a))) {
      missing.push(a.key);
      continue;
    }
    byEvent.set(a.event, [...(byEvent.get(a.event) ?? []), a]);
  }
  for (const list of byEvent.values()) {
    list.sort((a, b) => (a.published === b.published ? (a.key < b.key ? -1 : 1) : a.published < b.published ? -1 : 1));
    const done: { article: CorpusArticle; text: string }[] = [];
    for (const article of list) {
      const t0 = performance.now();
      const { page, problems: unread } = read(textOf(article), `${article.key}.txt`);
      const copy = withRecorded(dataDir, done);
      try {
        const { known, problems: unknown } = loadKnown(copy.dir);
        if (!known || !page) {
          rows.push(failed(article, [...unknown, ...unread].map((p) => p.message).join('; '), 0));
          continue;
        }
        const result = readArticle(page, known, {
          dataDir: copy.dir,
          flags: { url: article.url, ...(article.publishedOnPage ? {} : { published: article.published }) },
        });
        const ids = new Set(known.entities.keys());
        const orgName = (id: string) => known.entities.get(id)?.ko;
        rows.push({
          ...scoreArticle(
            article,
            page.text,
            result.draft,
            { ids, orgName },
            copy.meetings,
            copy.personByName,
            result.reading?.proposals?.meetings,
          ),
          ...(result.draft ? {} : { problem: result.problems.map((p) => p.message).join('; ') }),
          ms: performance.now() - t0,
        });
        done.push({ article, text: page.text });
      } catch (e) {
        // A bug on one page is a failed row of the table, not the end of the evaluation.
        rows.push(
          failed(
            article,
            `ingest bug: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
            performance.now() - t0,
          ),
        );
      } finally {
        copy.cleanup();
      }
    }
  }
  rows.sort((a, b) => (a.half === b.half ? (a.key < b.key ? -1 : 1) : a.half === 'dev' ? -1 : 1));
  return { rows, missing, problems: problems.map((p) => `${p.file}: ${p.message}`) };
}
