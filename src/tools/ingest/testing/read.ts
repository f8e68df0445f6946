// Test support: sentences read against the compiler's minimal fixture, as readArticle reads them, and short views of
// what the reading found. Only the unit tests import this.
import path from 'node:path';
import { checkSources } from '../../compiler/index';
import { knownFrom } from '../helpers/known';
import { readSentences } from '../index';
import type { MeetingEvent, MentionContext, Sentence } from '../pipeline/types';

const FIXTURE = path.join(import.meta.dirname, '../../compiler/__fixtures__/minimal');
export const known = () => knownFrom(checkSources(FIXTURE).validated);

/** A sentence of the body, of a photo's caption where the text starts with "C|", of a headline with "H|". */
export const sentence = (text: string, i = 0): Sentence => ({
  i,
  start: 0,
  end: text.replace(/^[CH]\|/, '').length,
  text: text.replace(/^[CH]\|/, ''),
  line: i + 1,
  role: text.startsWith('C|') ? 'caption' : text.startsWith('H|') ? 'headline' : 'body',
});

/** The stages from the sentences on, as readArticle runs them, over sentences of the body (or captions), with
 * `recorded` people added to the fixture's (as an editor records them from earlier reports). */
export function read(texts: string[], published = '2025-02-04', recorded: { id: string; ko: string }[] = []) {
  const k = known();
  for (const p of recorded)
    k.entities.set(p.id, { id: p.id, kind: 'person', ko: p.ko, en: p.id, names: [p.ko], orgs: [], titles: [] });
  const r = readSentences(
    texts.map((t, i) => sentence(t, i)),
    k,
    published,
    'test.txt',
  );
  return { ctx: r.mentions.context, mentions: r.mentions.bySentence, found: r.events, proposals: r.proposals, k };
}

/** Who met in each proposal, in a stable order ("altman+chey-tae-won"). */
export const who = (list: { principals: string[] }[]) => list.map((m) => [...m.principals].sort().join('+'));
/** The new people the reading proposed: name, organisation, title. */
export const names = (ctx: MentionContext) => [...ctx.people.values()].map((p) => [p.name.ko, p.org, p.title]);
/** The new people the reading proposed: name and title. */
export const titled = (ctx: MentionContext) => [...ctx.people.values()].map((p) => [p.name.ko, p.title]);
/** Each event's tense, principals, attendees and date. */
export const pairs = (events: MeetingEvent[]) =>
  events.map((e) => [
    e.tense,
    [...e.principals].sort().join('+'),
    e.attendees.join('+'),
    e.date && 'date' in e.date ? e.date.date : e.date,
  ]);
