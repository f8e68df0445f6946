import type { BothLanguages, Graph, Meeting } from '../../core/schema';
import { formatMeetingDate } from '../../i18n/dates';
import { STRINGS } from '../../i18n/tables';
import type { MeetingCard } from './types';

/** Meetings as their pages and images tell them (names, date and sources in Korean and English): the graph's
 * names and outlets are looked up once for all its meetings. */
export function describer(graph: Graph): (meeting: Meeting) => MeetingCard {
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  const outlets = new Map(graph.articles.map((a) => [a.id, a.outlet]));
  return (meeting) => describeWith(names, outlets, meeting);
}

function describeWith(
  names: ReadonlyMap<string, BothLanguages>,
  outlets: ReadonlyMap<string, BothLanguages>,
  meeting: Meeting,
): MeetingCard {
  const seen = new Set<string>();
  const distinct = (list: BothLanguages[]) =>
    list.filter((b) => {
      const key = `${b.ko}\u0000${b.en}`;
      return !seen.has(key) && seen.add(key);
    });
  return {
    id: meeting.id,
    title: { ko: meeting.title.ko, en: meeting.title.en ?? meeting.title.ko },
    date: {
      ko: formatMeetingDate(meeting.date, meeting.precision, 'ko'),
      en: formatMeetingDate(meeting.date, meeting.precision, 'en'),
    },
    people: [...new Set(meeting.participants)].map((id) => names.get(id) ?? { ko: id, en: id }),
    articles: meeting.articles.length,
    outlets: distinct(meeting.articles.map((id) => outlets.get(id)).filter((o): o is BothLanguages => !!o)),
  };
}

/** `최태원, 샘 올트먼 외 3명` / `Chey Tae-won, Sam Altman and 3 more`: at most `max` names. */
export function peopleLine(people: BothLanguages[], max: number): BothLanguages {
  const shown = people.slice(0, max);
  const more = people.length - shown.length;
  return {
    ko: STRINGS.ko.cardPeople(
      shown.map((p) => p.ko),
      more,
    ),
    en: STRINGS.en.cardPeople(
      shown.map((p) => p.en),
      more,
    ),
  };
}

export const articlesLine = (n: number): BothLanguages => ({
  ko: STRINGS.ko.cardArticles(n),
  en: STRINGS.en.cardArticles(n),
});

/** The site's name in both languages, as the page's tags and the card print it. */
export const SITE_NAME = `${STRINGS.en.siteName} · ${STRINGS.ko.siteName}`;
