// Stage 8: from what the stages found to the draft the editor reviews: records in the data files' shapes, each with
// whether to accept it, why, how sure the assistant is, and the sentences it rests on (quotes are whole sentences).
import { MeetingKind } from '../../../core/schema/common';
import type { MeetingSource } from '../../../core/schema/source';
import { STRINGS } from '../../../i18n/tables';
import { ArticleIndex } from '../../common/quotes';
import type { Draft, DraftMeeting, DraftNote, DraftOrganization, DraftPerson } from '../../../core/schema/draft';
import { factsIn } from '../helpers/facts';
import { slugOf } from '../korean/names';
import type {
  ArticleMeta,
  JudgedLine,
  Known,
  MentionContext,
  Proposal,
  Sentence,
  StatedFact,
  UnsettledProposal,
} from './types';

export interface BuildInput {
  file: string;
  textPath: string;
  known: Known;
  meta: ArticleMeta;
  text: string;
  lines: JudgedLine[];
  mentions: MentionContext;
  meetings: Proposal[];
  unsettled: UnsettledProposal[];
}

const sentenceRef = (s: Sentence, cues?: string[]) => ({
  line: s.line,
  sentence: s.text,
  ...(cues?.length ? { cues } : {}),
});

function nameOf(input: BuildInput, id: string, lang: 'ko' | 'en'): string {
  const known = input.known.entities.get(id);
  if (known) return lang === 'ko' ? known.ko : known.en;
  const proposed = [...input.mentions.people.values()].find((p) => p.id === id);
  return proposed ? proposed.name[lang] : id;
}

function uniqueMeetingId(input: BuildInput, base: string, taken: Set<string>): string {
  const exists = (id: string) => taken.has(id) || input.known.meetings.some((m) => m.value.id === id);
  let id = base;
  for (let n = 2; exists(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Differences between what this article says of a recorded meeting and what its recorded sources say. */
function disagreementsWith(input: BuildInput, meetingId: string, articleId: string, ours: StatedFact[]) {
  const record = input.known.meetings.find((m) => m.value.id === meetingId)!.value;
  const theirs: { article: string; fact: StatedFact }[] = [];
  for (const s of record.sources)
    for (const q of s.quotes) for (const fact of factsIn(q)) theirs.push({ article: s.article, fact });
  const out: NonNullable<DraftMeeting['disagreements']> = [];
  for (const mine of ours) {
    const same = theirs.filter((t) => t.fact.field.en === mine.field.en);
    if (same.length === 0 || same.some((t) => t.fact.value === mine.value)) continue;
    const recorded = record.disagreements.find((d) => d.field.en === mine.field.en);
    if (recorded?.versions.some((v) => v.article === articleId)) continue;
    // A disagreement holds at least two versions: one recorded already, and this article's.
    const first = recorded?.versions[0] ?? {
      value: { ko: same[0].fact.value },
      article: same[0].article,
      quote: same[0].fact.quote,
    };
    const versions = [first, { value: { ko: mine.value }, article: articleId, quote: mine.quote }];
    out.push({ field: mine.field.en ? { ko: mine.field.ko, en: mine.field.en } : { ko: mine.field.ko }, versions });
  }
  return out;
}

export function draft(input: BuildInput, articleId: string): Draft {
  const { meta } = input;
  const index = new ArticleIndex(input.text);
  const verbatim = (q: string) => index.find(q) !== null;
  const taken = new Set<string>();
  const used = new Set<string>();
  const meetings: DraftMeeting[] = [];
  const planned: DraftNote[] = [];
  const undated: DraftNote[] = [];

  for (const g of input.meetings) {
    const quotes = [...new Set(g.sentences.map((s) => s.text))].filter(verbatim);
    const { confidence, because, match } = g;
    const sentences = g.sentences.map((s) => sentenceRef(s, g.cues));
    [...g.principals, ...g.attendees].forEach((id) => used.add(id));
    if (match) {
      const facts = g.sentences.flatMap((s) => factsIn(s.text)).filter((f) => verbatim(f.quote));
      const disagreements = disagreementsWith(input, match.id, articleId, facts);
      meetings.push({
        accept: g.accept,
        action: 'add-source',
        meeting: match.id,
        participants: g.principals,
        attendees: g.attendees,
        date: g.date.date,
        quotes,
        ...(match.refine ? { refineDate: g.date.date } : {}),
        ...(disagreements.length ? { disagreements } : {}),
        confidence,
        because,
        sentences,
      });
      continue;
    }
    const names = (lang: 'ko' | 'en') => g.principals.map((id) => nameOf(input, id, lang));
    const parsed = MeetingKind.safeParse(g.kind);
    const kind = parsed.success ? parsed.data : 'meeting';
    // The kind in the words the app uses for it.
    const word = { ko: STRINGS.ko.kinds[kind], en: STRINGS.en.kinds[kind].toLowerCase() };
    const title =
      g.principals.length === 1
        ? {
            ko: `${g.eventName ?? word.ko} (${names('ko')[0]})`,
            en: `${names('en')[0]} at ${g.eventName ?? `a ${word.en}`}`,
          }
        : {
            ko: `${names('ko').join('·')} ${word.ko}`,
            en:
              g.principals.length === 2
                ? `${names('en')[0]} meets ${names('en')[1]}`
                : `${word.en[0].toUpperCase()}${word.en.slice(1)} of ${names('en').join(', ')}`,
          };
    const about = g.sentences.find((s) => /논의|협력|이야기|대화|나눴/.test(s.text)) ?? g.sentences[0];
    const record: MeetingSource = {
      id: uniqueMeetingId(input, `${g.date.date}-${g.principals.slice(0, 3).join('-')}`, taken),
      date: g.date.date,
      ...(g.time ? { time: g.time } : {}),
      ...(!g.time && g.dayPart ? { dayPart: g.dayPart } : {}),
      kind,
      title,
      ...(g.place ? { place: { ko: g.place } } : {}),
      participants: g.principals,
      attendees: g.attendees,
      summary: { ko: about.text },
      sources: [{ article: articleId, quotes }],
      disagreements: [],
      note: "Drafted by npm run ingest: the title and summary are the assistant's; check them against the article.",
    };
    meetings.push({ accept: g.accept, action: 'new', record, confidence, because, sentences });
  }

  for (const u of input.unsettled) {
    const note: DraftNote = {
      principals: u.principals,
      why: u.unread
        ? 'named beside words for a meeting, but the assistant could not read who met whom: add the meeting by hand if one happened'
        : u.planned
          ? 'reported as planned or expected, not as having happened'
          : `no date the text settles ("${u.cue}")`,
      ...(u.date ? { date: u.date.date } : {}),
      sentences: u.sentences.map((s) => sentenceRef(s)),
    };
    if (u.match) note.matches = u.match;
    (u.planned ? planned : undated).push(note);
  }

  const people: DraftPerson[] = [];
  const orgsNeeded = new Set<string>();
  for (const p of input.mentions.people.values()) {
    const inMeeting = used.has(p.id);
    if (inMeeting && p.org) orgsNeeded.add(p.org);
    people.push({
      accept: inMeeting,
      record: {
        id: p.id,
        name: p.name,
        aliases: [],
        affiliations: p.org ? [{ org: p.org, title: { ko: p.title ?? '' } }].filter((a) => a.title.ko) : [],
      },
      unchecked: ['name.en', 'id'],
      because: [inMeeting ? 'takes part in a proposed meeting' : 'named with a title, but in no meeting: not proposed'],
      sentences: [{ line: p.readAt.line, sentence: p.readAt.text }],
    });
  }
  const organizations: DraftOrganization[] = [...input.mentions.organizations.values()].map((o) => ({
    accept: orgsNeeded.has(o.id),
    record: { id: o.id, name: { ko: o.name.ko, en: o.name.en }, kind: 'company', aliases: [] },
    unchecked: ['name.en', 'kind', 'parent'],
    because: ['printed beside a proposed person'],
    sentences: [{ line: o.readAt.line, sentence: o.readAt.text }],
  }));

  return {
    draft: 1,
    article: {
      text: input.textPath,
      record: {
        id: articleId,
        outlet: meta.outlet ?? { ko: '(unknown)', en: '(unknown)' },
        title: meta.title ?? '(untitled)',
        ...(meta.author ? { author: meta.author } : {}),
        published: meta.published!,
        ...(meta.publishedNote ? { publishedNote: meta.publishedNote } : {}),
        language: 'ko',
        ...(meta.url ? { url: meta.url } : {}),
        ...(meta.note ? { note: meta.note } : {}),
      },
      ...(meta.questions.length ? { questions: meta.questions } : {}),
    },
    notArticle: notArticle(input.lines),
    people,
    organizations,
    meetings,
    planned,
    undated,
    ambiguous: input.mentions.ambiguous.map((a) => ({ text: a.text, candidates: a.candidates, line: a.readAt.line })),
  };
}

/** At most this many entries list the lines judged not the article; a page of a million menu lines is summed up. */
const LISTED = 200;

/** The lines judged not the article: runs of lines with the same reason as one entry, the first line shown. */
export function notArticle(lines: JudgedLine[]): NonNullable<Draft['notArticle']> {
  const out: NonNullable<Draft['notArticle']> = [];
  let more = 0;
  for (const l of lines) {
    if (l.role !== 'chrome') continue;
    const reason = l.reason ?? 'not the article';
    const last = out[out.length - 1];
    if (last && last.reason === reason && (last.to ?? last.line) === l.line.n - 1) last.to = l.line.n;
    else if (out.length < LISTED) out.push({ line: l.line.n, reason, text: l.line.text.trim().slice(0, 80) });
    else more++;
  }
  if (more)
    out.push({
      line: out[out.length - 1].line,
      reason: `and ${more} more stretches of lines judged not the article`,
      text: '',
    });
  return out;
}

/** An article id in the data's style: outlet, date, and who the article is about. */
export function articleIdFor(slug: string, published: string, meetings: Proposal[], known: Known): string {
  const people = [...new Set(meetings.flatMap((m) => m.principals))].slice(0, 2);
  const base = [slugOf(slug) || 'article', published, ...people].join('-').slice(0, 80).replace(/-+$/, '');
  let id = base;
  for (let n = 2; known.articles.has(id); n++) id = `${base}-${n}`;
  return id;
}
