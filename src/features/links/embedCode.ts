// The HTML a newsroom pastes into an article to show a view of the map: the embed's page in a frame.
import { EMBED_PAGE_PATH } from '../../core/url-codec';

/** Where a view's embed lives: the app's base path, `embed/`, and the view's link query. */
export const embedUrl = (origin: string, base: string, query: string): string =>
  new URL(`${base}${EMBED_PAGE_PATH}${query}`, origin).href;

const attribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An `<iframe>` as wide as the article's column and tall enough for the graph, the timeline and an open meeting;
 * its title names the view for screen readers; it loads when scrolled near.
 */
export function iframeCode(src: string, title: string): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
}
