// Keeps the address bar in step with the view: selections are history entries, range/filters/language are not.
import { parsePairId, type GraphIndex } from '../graph';
import { cleanNav } from '../url-codec/clean';
import { parseNav } from '../url-codec/parse';
import { addressLink } from '../url-codec/address';
import { notice } from '../url-codec/utils';
import type { Lang } from '../schema';
import { fromDate, serializeNav, toDate } from '../url-codec/serialize';
import type { NavState } from '../url-codec/types';
import type { AppState } from './types';
import type { AppStore } from './store';

/** The parts of `window` the sync uses; the real `window` fits, tests pass a fake. */
export interface UrlSyncWindow {
  location: { pathname: string; search: string; hash: string };
  history: {
    pushState(data: unknown, unused: string, url?: string | null): void;
    replaceState(data: unknown, unused: string, url?: string | null): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(handle: number): void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export interface UrlSyncOptions {
  /**
   * Least time between two `replaceState`s. Browsers throttle history calls (Safari throws after 100 in 30 s),
   * and dragging the slider or playing would otherwise make one per frame.
   */
  replaceIntervalMs?: number;
  now?: () => number;
  /** The page's own path under the app (Vite's `BASE_URL`, or the embed's `BASE_URL + 'embed/'`), ending in `/`. */
  base?: string;
  /**
   * Whether a selection is a history entry. The embed's are not: in a frame, entries join the article's history,
   * and Back would walk the map instead of leaving the article.
   */
  pushSelections?: boolean;
}

/** Hands the graph to the store, applies the URL now, then follows both ways; returns a stop function. */
export function startUrlSync(
  store: AppStore,
  index: GraphIndex,
  win: UrlSyncWindow,
  { replaceIntervalMs = 350, now = () => Date.now(), base = '/', pushSelections = true }: UrlSyncOptions = {},
): () => void {
  store.getState().graphLoaded(index);
  const { defaultLang } = store.getState();
  let applying = false;
  let pendingPush = false;
  let frame: number | null = null;
  let timer: number | null = null;
  let lastReplace = -Infinity;

  const currentUrl = () => win.location.pathname + win.location.search + win.location.hash;
  const targetUrl = () =>
    win.location.pathname +
    serializeNav(toNavState(store.getState(), index, defaultLang), index.span) +
    win.location.hash;

  function replace(url: string): void {
    try {
      win.history.replaceState(null, '', url);
      lastReplace = now();
    } catch {
      // Over the browser's rate limit: the next change writes the URL again.
    }
  }

  function flush(): void {
    frame = null;
    const push = pendingPush;
    pendingPush = false;
    const url = targetUrl();
    if (url === currentUrl()) return;
    if (!push) return replace(url);
    try {
      win.history.pushState(null, '', url);
    } catch {
      replace(url);
    }
  }

  function cancel(): void {
    if (frame !== null) win.cancelAnimationFrame(frame);
    if (timer !== null) win.clearTimeout(timer);
    frame = timer = null;
    pendingPush = false;
  }

  function schedule(): void {
    if (frame !== null) return; // a flush is already due on the next frame and will write the latest state
    if (pendingPush) {
      if (timer !== null) win.clearTimeout(timer);
      timer = null;
      frame = win.requestAnimationFrame(flush);
      return;
    }
    if (timer !== null) return;
    timer = win.setTimeout(
      () => {
        timer = null;
        frame = win.requestAnimationFrame(flush);
      },
      Math.max(0, lastReplace + replaceIntervalMs - now()),
    );
  }

  /** `navigated`: Back, Forward or a link followed in the page, whose notices replace those of the one before. */
  function applyLocation(navigated: boolean): void {
    cancel();
    // A meeting's own page, and other forms of a link, open the app under its own link for the same view.
    const address = addressLink(win.location.pathname, win.location.search, win.location.hash, base);
    if (address) replace(address.url);
    const parsed = parseNav(win.location.search);
    const cleaned = cleanNav(parsed.state, index);
    applying = true;
    try {
      store.getState().navStateApplied(cleaned.state);
    } finally {
      applying = false;
    }
    const notices = [...parsed.notices, ...cleaned.notices];
    if (address?.unknownPath) notices.unshift(notice('unknown-path', 'path', address.unknownPath));
    // On start, nothing to say keeps what is shown: a restart (React StrictMode) must not wipe the first run's notices.
    if (notices.length || navigated) store.getState().noticesShown(notices);
    const url = targetUrl();
    if (url !== currentUrl()) replace(url);
  }

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying) return;
    const selection =
      s.selectedMeeting !== prev.selectedMeeting ||
      s.selectedEntity !== prev.selectedEntity ||
      s.selectedEdge !== prev.selectedEdge;
    if (!selection && s.range === prev.range && s.orgFilters === prev.orgFilters && s.lang === prev.lang) return;
    if (selection && pushSelections) pendingPush = true;
    schedule();
  });
  const onPopState = () => applyLocation(true);
  win.addEventListener('popstate', onPopState);
  applyLocation(false);

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    cancel();
  };
}

/** The query of the link to what the app shows (`?…`, or '' for the first view), as the address bar will carry it. */
export function viewQuery(app: ViewState & Pick<AppState, 'defaultLang'>, index: GraphIndex): string {
  return serializeNav(toNavState(app, index, app.defaultLang), index.span);
}

type ViewState = Pick<
  AppState,
  'selectedMeeting' | 'selectedEntity' | 'selectedEdge' | 'range' | 'orgFilters' | 'lang'
>;

/** The link for what the app shows; `lang` is left out when it is `defaultLang` (the browser's). */
export function toNavState(app: ViewState, index: GraphIndex, defaultLang?: Lang): NavState {
  const state: NavState = { orgs: [...app.orgFilters] };
  if (app.selectedMeeting !== null) state.meeting = app.selectedMeeting;
  else if (app.selectedEntity !== null) state.person = app.selectedEntity;
  else if (app.selectedEdge !== null) {
    // A pair's meetings have a link of their own; an agreement line or an overview line has none.
    const pair = parsePairId(app.selectedEdge);
    if (pair) Object.assign(state, { person: pair.a, with: pair.b });
  }
  if (app.range && app.range.from > index.span.from) state.from = fromDate(app.range.from);
  if (app.range && app.range.to < index.span.to) state.to = toDate(app.range.to);
  if (app.lang !== defaultLang) state.lang = app.lang;
  return state;
}
