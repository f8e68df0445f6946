import { EMBED_PAGE_PATH } from '../core/url-codec';

/** The full app, or the embed: the same app in a compact frame for articles (graph, timeline, panel). */
export type Layout = 'full' | 'embed';

/** The page says which: the embed's page marks its root (`embed/index.html`). */
export const layoutOf = (root: HTMLElement): Layout => (root.dataset.layout === 'embed' ? 'embed' : 'full');

/** The page's own path under the app, as the URL sync keeps it (the embed stays the embed). */
export const pagePath = (layout: Layout, base: string): string => (layout === 'embed' ? base + EMBED_PAGE_PATH : base);
