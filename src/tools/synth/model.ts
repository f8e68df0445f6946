// The synthetic data set: organisations (some in groups), people, multi-party meetings, agreements and
// the articles that report them, all drawn from one seeded generator.
import { dateEndDay, dayToIso } from '../../core/schema/dates';
import type {
  AgreementSource,
  ArticleSource,
  MeetingSource,
  OrganizationSource,
  PersonSource,
} from '../../core/schema/source';
import { buildCircles, pickFromCircle } from './circles';
import { orgName, personName, PLACES, TITLES, TOPICS } from './names';
import { Rng } from './rng';
import { paragraph, type Actor, type EventText } from './text';

export interface SynthOptions {
  people: number;
  meetings: number;
  seed: number;
}

export interface SynthSet {
  organizations: OrganizationSource[];
  people: PersonSource[];
  meetings: MeetingSource[];
  agreements: AgreementSource[];
  articles: { meta: ArticleSource; text: string }[];
}

const FIRST_DAY = Math.floor(Date.UTC(2021, 0, 1) / 86_400_000);
const LAST_DAY = Math.floor(Date.UTC(2025, 11, 31) / 86_400_000);
/** Events per article on average; each event is reported by 1–3 neighbouring articles. */
const EVENTS_PER_ARTICLE = 20;

const b36 = (i: number) => i.toString(36);
const nameOf = (n: { ko: string; en: string }) => ({ ko: n.ko, en: n.en });

function organizations(rng: Rng, count: number): OrganizationSource[] {
  const out: OrganizationSource[] = [];
  while (out.length < count) {
    const i = out.length;
    // About one organisation in eight heads a group of 1–5 affiliates.
    if (rng.next() < 0.12 && count - i >= 2) {
      const name = orgName(rng, true);
      const group: OrganizationSource = {
        id: `${name.slug}-${b36(i)}`,
        name: nameOf(name),
        kind: 'group',
        aliases: [],
      };
      out.push(group);
      const children = Math.min(rng.int(1, 5), count - out.length);
      for (let k = 0; k < children; k++) {
        const child = orgName(rng, false);
        const id = `${child.slug}-${b36(out.length)}`;
        out.push({ id, name: nameOf(child), kind: 'company', aliases: [], parent: group.id });
      }
    } else {
      const name = orgName(rng, false);
      const kind = rng.pick(['company', 'company', 'company', 'investor', 'government', 'other'] as const);
      out.push({ id: `${name.slug}-${b36(i)}`, name: nameOf(name), kind, aliases: [] });
    }
  }
  return out;
}

function randomDate(rng: Rng): string {
  const day = dayToIso(rng.int(FIRST_DAY, LAST_DAY));
  return rng.next() < 0.15 ? day.slice(0, 7) : day;
}

export function synthesize(opts: SynthOptions): SynthSet {
  const rng = new Rng(opts.seed);
  const orgs = organizations(rng, Math.max(3, Math.round(opts.people / 40)));
  const companies = orgs.filter((o) => o.kind !== 'group');
  const people: PersonSource[] = [];
  for (let i = 0; i < opts.people; i++) {
    const name = personName(rng);
    const org = companies[rng.skewed(companies.length, 1.6)];
    const [tk, te] = rng.pick(TITLES);
    const affiliations = [{ org: org.id, title: { ko: tk, en: te } }];
    const second = companies[rng.skewed(companies.length)];
    if (rng.next() < 0.1 && second.id !== org.id)
      affiliations.push({ org: second.id, title: { ko: '사외이사', en: 'Outside director' } });
    people.push({ id: `${name.slug}-${b36(i)}`, name: nameOf(name), aliases: [], affiliations });
  }

  const events: { text: EventText; record: MeetingSource | AgreementSource }[] = [];
  const actor = (p: PersonSource): Actor => ({ name: p.name.ko, title: p.affiliations[0].title.ko });
  const circles = buildCircles(rng, people, orgs);
  for (let i = 0; i < opts.meetings; i++) {
    // A host by activity meets people from their own circle.
    const host = rng.skewed(people.length, 1.3);
    const taken = new Set([host]);
    const principals = [host, ...pickFromCircle(rng, rng.int(1, Math.min(5, people.length - 1)), host, circles, taken)];
    const attendees = rng.next() < 0.35 ? pickFromCircle(rng, rng.int(1, 3), host, circles, taken) : [];
    const date = randomDate(rng);
    const topic = rng.int(0, TOPICS.length - 1);
    const place = rng.next() < 0.6 ? rng.pick(PLACES) : undefined;
    const record: MeetingSource = {
      id: `m-${date}-${b36(i)}`,
      date,
      kind: rng.pick(['meeting', 'meeting', 'lunch', 'dinner', 'summit', 'workshop'] as const),
      title: {
        ko: `${people[principals[0]].name.ko} 외 회동`,
        en: `Meeting of ${people[principals[0]].name.en} and others`,
      },
      ...(place ? { place: { ko: place[0], en: place[1] } } : {}),
      participants: principals.map((k) => people[k].id),
      attendees: attendees.map((k) => people[k].id),
      summary: { ko: `${TOPICS[topic][0]} 방안을 논의했다.`, en: `Discussed ${TOPICS[topic][1]}.` },
      sources: [],
      disagreements: [],
    };
    const text = {
      kind: 'meeting' as const,
      date,
      actors: principals.map((k) => actor(people[k])),
      topic,
      place: place?.[0],
    };
    events.push({ text, record });
  }
  for (let i = 0; i < Math.max(1, Math.round(opts.meetings / 50)); i++) {
    const a = companies[rng.skewed(companies.length)];
    const b = companies[rng.int(0, companies.length - 1)];
    if (a.id === b.id) continue;
    const date = randomDate(rng);
    const topic = rng.int(0, TOPICS.length - 1);
    const record: AgreementSource = {
      id: `a-${date}-${b36(i)}`,
      date,
      kind: rng.pick(['MOU', 'MOU', 'LOI', 'partnership'] as const),
      title: {
        ko: `${a.name.ko}·${b.name.ko} ${TOPICS[topic][0]} 협약`,
        en: `${a.name.en}–${b.name.en} ${TOPICS[topic][1]} deal`,
      },
      parties: [a.id, b.id],
      summary: { ko: `${TOPICS[topic][0]} 협력에 합의했다.`, en: `Agreed to cooperate on ${TOPICS[topic][1]}.` },
      sources: [],
      disagreements: [],
    };
    const actors = [a, b].map((o) => ({ name: o.name.ko, title: '' }));
    events.push({ text: { kind: 'agreement', date, actors, topic }, record });
  }
  return { organizations: orgs, people, ...report(rng, events) };
}

/** Writes the articles: events in date order, each reported by its own article and up to two later ones. */
function report(rng: Rng, events: { text: EventText; record: MeetingSource | AgreementSource }[]) {
  const sorted = [...events].sort((a, b) =>
    a.record.date < b.record.date ? -1 : a.record.date > b.record.date ? 1 : 0,
  );
  const count = Math.max(1, Math.ceil(sorted.length / EVENTS_PER_ARTICLE));
  const bodies: string[][] = Array.from({ length: count }, () => []);
  const lastDate: string[] = Array.from({ length: count }, () => '');
  const ids = Array.from({ length: count }, (_, k) => `synth-article-${String(k).padStart(6, '0')}`);
  sorted.forEach(({ text, record }, rank) => {
    const home = Math.floor(rank / EVENTS_PER_ARTICLE);
    const cited = [...new Set([home, home + rng.int(0, 2), home + rng.int(0, 3)].map((k) => Math.min(k, count - 1)))];
    const disagree = cited.length >= 2 && rng.next() < 0.05;
    const versions: NonNullable<MeetingSource['disagreements']>[number]['versions'] = [];
    cited.forEach((k, v) => {
      const minutes = disagree && v < 2 ? 30 + 15 * v + rng.int(0, 2) * 30 : undefined;
      const p = paragraph(rng, { ...text, minutes }, k);
      bodies[k].push(p.text);
      if (lastDate[k] < record.date) lastDate[k] = record.date;
      record.sources.push({ article: ids[k], quotes: p.quotes });
      if (p.durationQuote)
        versions.push({
          value: { ko: `${minutes}분`, en: `${minutes} minutes` },
          article: ids[k],
          quote: p.durationQuote,
        });
    });
    if (versions.length >= 2) record.disagreements.push({ field: { ko: '회동 시간', en: 'Duration' }, versions });
  });
  const articles = ids.map((id, k) => {
    // Published the day after the last event it reports (the end of the month for a month-only date).
    const published = dayToIso(dateEndDay(lastDate[k] || '2021-01-01') + 1);
    const meta: ArticleSource = {
      id,
      outlet: { ko: '합성일보', en: 'Synthetic Daily' },
      title: `합성 기사 ${k + 1}`,
      published,
      language: 'ko',
    };
    return { meta, text: `합성 기사 ${k + 1}\n\n${bodies[k].join('\n\n')}\n` };
  });
  return {
    meetings: events.flatMap((e) => ('participants' in e.record ? [e.record] : [])),
    agreements: events.flatMap((e) => ('parties' in e.record ? [e.record] : [])),
    articles,
  };
}
