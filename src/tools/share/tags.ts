import { meetingPagePath } from '../../core/url-codec';
import { articlesLine, peopleLine, SITE_NAME } from './describe';
import type { MeetingCard, Site } from './types';

/** Text for HTML or XML (SVG), in an attribute or an element. */
export const escapeMarkup = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const CARD_SIZE = { width: 1200, height: 630 };

/** The page's title and description, Korean first, then English. */
export function pageText(card: MeetingCard): { title: string; description: string } {
  const people = peopleLine(card.people, 4);
  const articles = articlesLine(card.articles);
  return {
    title: `${card.title.ko} · ${card.title.en}`,
    description:
      `${card.date.ko} · ${people.ko} · ${articles.ko} — ` + `${card.date.en} · ${people.en} · ${articles.en}`,
  };
}

/** The tags a chat app's preview reads (Open Graph, Twitter), with the canonical address of the page. */
export function meetingHead(card: MeetingCard, site: Site): string {
  const { title, description } = pageText(card);
  const url = new URL(meetingPagePath(card.id), site.url).href;
  const image = new URL('card.png', url).href;
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeMarkup(value)}" />`;
  return [
    `<title>${escapeMarkup(title)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeMarkup(url)}" />`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:locale', 'ko_KR'),
    meta('property', 'og:locale:alternate', 'en_US'),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(CARD_SIZE.width)),
    meta('property', 'og:image:height', String(CARD_SIZE.height)),
    meta('property', 'og:image:alt', `${title}. ${description}`),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', image),
  ].join('\n    ');
}

/** The built index.html with its title replaced by a meeting's tags, and its language Korean. */
export function withHead(template: string, head: string): string | null {
  if (!/<title>[^<]*<\/title>/.test(template) || !/<html lang="[^"]*"/.test(template)) return null;
  return template.replace(/<title>[^<]*<\/title>/, () => head).replace(/<html lang="[^"]*"/, '<html lang="ko"');
}
