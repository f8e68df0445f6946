import { checkGraph, type Graph } from '../../core/schema';
import { meetingPagePath } from '../../core/url-codec';
import { cardKey, noCache, type CardCache } from './cache';
import { cardSvg, renderCard } from './card';
import { describer } from './describe';
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

/** graph.json's text as the schema's Graph, checked as the app checks it, or each problem with the field it is in. */
export function readGraph(text: string, file: string): Graph | ShareProblem[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return [{ file, message: `not JSON: ${(e as Error).message}` }];
  }
  const checked = checkGraph(json);
  return checked.ok ? checked.graph : checked.problems.map((message) => ({ file, message }));
}

export interface ShareStats {
  pages: number;
  /** Cards drawn by this run; the others came from the cache. */
  drawn: number;
}

/** Cards being drawn at once: each a resvg render in libuv's thread pool (four threads by default). */
const IN_FLIGHT = 4;

/**
 * One page (the app, with the meeting's tags) and one preview image per meeting, each handed to `write` as soon as
 * it is made, so that a build of ten thousand meetings holds a few cards at a time.
 */
export async function sharePages(
  graph: Graph,
  template: string,
  site: Site,
  write: (page: SharePage) => void,
  cache: CardCache = noCache,
): Promise<{ value: ShareStats | null; problems: ShareProblem[] }> {
  if (withHead(template, '') === null)
    return {
      value: null,
      problems: [{ file: 'index.html', message: 'the built page has no <title> or <html lang> to replace' }],
    };
  const stats: ShareStats = { pages: 0, drawn: 0 };
  const describe = describer(graph);
  const drawing = new Set<Promise<void>>();
  for (const meeting of graph.meetings) {
    const card = describe(meeting);
    const dir = meetingPagePath(meeting.id);
    const page = (bytes: Uint8Array) => {
      write({
        html: { path: `${dir}index.html`, text: withHead(template, meetingHead(card, site))! },
        image: { path: `${dir}card.png`, bytes },
      });
      stats.pages++;
    };
    const key = cardKey(card);
    const cached = cache.get(key);
    if (cached) {
      page(cached);
      continue;
    }
    const task = renderCard(cardSvg(card)).then((png) => {
      cache.put(key, png);
      stats.drawn++;
      page(png);
    });
    drawing.add(task);
    void task.finally(() => drawing.delete(task));
    if (drawing.size >= IN_FLIGHT) await Promise.race(drawing);
  }
  await Promise.all(drawing);
  return { value: stats, problems: [] };
}
