import { Graph as GraphSchema, type Graph } from '../../core/schema';
import { meetingPagePath } from '../../core/url-codec';
import { cardKey, noCache, type CardCache } from './cache';
import { cardSvg, renderCard } from './card';
import { describeMeeting } from './describe';
import { meetingHead, withHead } from './tags';
import type { SharePage, ShareProblem, Site } from './types';

/** The site's address from `MG_SITE_URL` (default: where `npm run preview` serves), or what is wrong with it. */
export function siteFrom(value: string | undefined): Site | ShareProblem {
  const raw = value?.trim() || 'http://127.0.0.1:4173/';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { file: 'MG_SITE_URL', message: `"${raw}" is not an absolute URL (e.g. https://example.org/graph/)` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { file: 'MG_SITE_URL', message: `"${raw}" must start with https:// or http://` };
  return { url: url.href.endsWith('/') ? url.href : `${url.href}/` };
}

/** graph.json's text as the schema's Graph, or each problem with the field it is in. */
export function readGraph(text: string, file: string): Graph | ShareProblem[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return [{ file, message: `not JSON: ${(e as Error).message}` }];
  }
  const parsed = GraphSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((i) => ({ file, message: `${i.path.join('.') || '(top level)'}: ${i.message}` }));
}

export interface ShareStats {
  pages: number;
  /** Cards drawn by this run; the others came from the cache. */
  drawn: number;
}

/**
 * One page (the app, with the meeting's tags) and one preview image per meeting, each handed to `write` as soon as
 * it is made, so that a build of ten thousand meetings holds one card at a time.
 */
export function sharePages(
  graph: Graph,
  template: string,
  site: Site,
  write: (page: SharePage) => void,
  cache: CardCache = noCache,
): { value: ShareStats | null; problems: ShareProblem[] } {
  if (withHead(template, '') === null)
    return {
      value: null,
      problems: [{ file: 'index.html', message: 'the built page has no <title> or <html lang> to replace' }],
    };
  const stats: ShareStats = { pages: 0, drawn: 0 };
  for (const meeting of graph.meetings) {
    const card = describeMeeting(graph, meeting);
    const dir = meetingPagePath(meeting.id);
    const key = cardKey(card);
    let png = cache.get(key);
    if (!png) {
      png = renderCard(cardSvg(card));
      cache.put(key, png);
      stats.drawn++;
    }
    write({
      html: { path: `${dir}index.html`, text: withHead(template, meetingHead(card, site))! },
      image: { path: `${dir}card.png`, bytes: png },
    });
    stats.pages++;
  }
  return { value: stats, problems: [] };
}
