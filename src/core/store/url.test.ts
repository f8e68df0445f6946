import { describe, expect, it } from 'vitest';
import { altmanCheyGraph } from '../../testing/graphs';
import { buildIndex } from '../graph';
import { dateEndDay, dateStartDay } from '../schema';
import { createAppStore } from './store';
import { cleanNav, fromDate, parseNav, serializeNav, toDate } from '../url-codec';
import { startUrlSync, toNavState, viewQuery } from './url';
import type { UrlSyncWindow } from './url';

const index = buildIndex(
  altmanCheyGraph([
    { id: 'june', date: '2024-06' },
    { id: 'feb', date: '2025-02-04' },
  ]),
);

// The real window must fit the interface the sync asks for.
const windowFits: Window extends UrlSyncWindow ? true : false = true;

/** A browser's history, timers and frames, driven by hand. */
function fakeWindow(search: string, path = '/app') {
  const entries = [`${path}${search}#g`];
  let at = 0;
  let clock = 0;
  let nextId = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { at: number; fn: () => void }>();
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const url = () => new URL(entries[at], 'http://x');
  const win: UrlSyncWindow = {
    location: {
      get pathname() {
        return url().pathname;
      },
      get search() {
        return url().search;
      },
      get hash() {
        return url().hash;
      },
    },
    history: {
      pushState(_d, _u, u) {
        entries.splice(at + 1, Infinity, u!);
        at++;
        calls.push(`push ${u}`);
      },
      replaceState(_d, _u, u) {
        entries[at] = u!;
        calls.push(`replace ${u}`);
      },
    },
    addEventListener: (_t, l) => listeners.add(l),
    removeEventListener: (_t, l) => listeners.delete(l),
    requestAnimationFrame(fn) {
      frames.set(nextId, fn);
      return nextId++;
    },
    cancelAnimationFrame: (id) => frames.delete(id),
    setTimeout(fn, ms) {
      timers.set(nextId, { at: clock + ms, fn });
      return nextId++;
    },
    clearTimeout: (id) => timers.delete(id),
  };
  return {
    win,
    calls,
    entries: () => entries,
    current: () => entries[at],
    now: () => clock,
    frame() {
      const due = [...frames.values()];
      frames.clear();
      due.forEach((fn) => fn());
    },
    advance(ms: number) {
      clock += ms;
      for (const [id, t] of [...timers]) {
        if (t.at > clock) continue;
        timers.delete(id);
        t.fn();
      }
    },
    back() {
      at--;
      listeners.forEach((l) => l());
    },
    listeners,
  };
}

/** A window opened at `url` (path, query and hash). */
function fakeWindowAt(url: string) {
  const u = new URL(url, 'http://x');
  const fake = fakeWindow(u.search, u.pathname);
  fake.entries()[0] = `${u.pathname}${u.search}${u.hash}`;
  return fake;
}

function setup(search: string) {
  const fake = fakeWindow(search);
  const store = createAppStore({ lang: 'en' });
  const stop = startUrlSync(store, index, fake.win, { now: fake.now, replaceIntervalMs: 300, base: '/app/' });
  return { fake, store, s: store.getState, stop };
}

describe('startUrlSync', () => {
  it('applies a pasted link, shows its notices and writes the cleaned URL', () => {
    expect(windowFits).toBe(true);
    const { fake, s } = setup('?person=chey&meeting=june&from=2024-08&to=2024-12&org=nope&utm=1');
    expect(s().selectedMeeting).toBe('june');
    expect(s().range).toEqual({ from: dateStartDay('2024-06-01'), to: dateStartDay('2024-12-31') });
    expect(s().notices.map((n) => n.kind)).toEqual(['unknown-param', 'unknown-id', 'conflict', 'out-of-range']);
    expect(fake.calls).toEqual(['replace /app?meeting=june&to=2024-12#g']);
  });

  it('opens a meeting page (m/<id>/) on its meeting, under the app link for it', () => {
    const fake = fakeWindow('?lang=ko', '/app/m/june/');
    const store = createAppStore({ lang: 'en' });
    startUrlSync(store, index, fake.win, { now: fake.now, base: '/app/' });
    expect(store.getState().selectedMeeting).toBe('june');
    expect(store.getState().lang).toBe('ko');
    expect(fake.current()).toBe('/app/?meeting=june&lang=ko#g');
  });

  it('follows a link whose view is in the hash, and names an address that is not the app’s', () => {
    const hashed = fakeWindowAt('/app/#?meeting=june');
    const store = createAppStore({ lang: 'en' });
    startUrlSync(store, index, hashed.win, { now: hashed.now, base: '/app/' });
    expect(store.getState().selectedMeeting).toBe('june');
    const other = fakeWindowAt('/app/what/ever?lang=ko');
    const second = createAppStore({ lang: 'en' });
    startUrlSync(second, index, other.win, { now: other.now, base: '/app/' });
    expect(other.current()).toBe('/app/?lang=ko');
    expect(second.getState().notices.map((n) => [n.kind, n.value])).toEqual([['unknown-path', '/app/what/ever']]);
  });

  it('names an unknown meeting page’s id like any link’s', () => {
    const fake = fakeWindow('', '/app/m/nope/');
    const store = createAppStore({ lang: 'en' });
    startUrlSync(store, index, fake.win, { now: fake.now, base: '/app/' });
    expect(store.getState().selectedMeeting).toBeNull();
    expect(store.getState().notices.map((n) => n.kind)).toEqual(['unknown-id']);
  });

  it('leaves a clean link alone', () => {
    const { fake, s } = setup('?person=chey&lang=ko');
    expect(s().lang).toBe('ko');
    expect(fake.calls).toEqual([]);
  });

  it('pushes selections on the next frame, so Back walks through them', () => {
    const { fake, s } = setup('');
    s().entitySelected('chey');
    s().meetingSelected('feb');
    expect(fake.calls).toEqual([]); // never synchronously
    fake.frame();
    expect(fake.calls).toEqual(['push /app?meeting=feb#g']);
    s().entitySelected('altman');
    fake.frame();
    expect(fake.entries()).toEqual(['/app#g', '/app?meeting=feb#g', '/app?person=altman#g']);
    fake.back();
    expect(s().selectedMeeting).toBe('feb');
    expect(s().selectedEntity).toBeNull();
    fake.frame();
    expect(fake.calls).toHaveLength(2); // applying the popped URL writes nothing back
  });

  it('in the embed, keeps selections out of the history (the article’s Back leaves the article)', () => {
    const fake = fakeWindow('?from=2025-01', '/app/embed/');
    const store = createAppStore({ lang: 'en' });
    startUrlSync(store, index, fake.win, { now: fake.now, base: '/app/embed/', pushSelections: false });
    expect(fake.calls).toEqual([]);
    store.getState().meetingSelected('feb');
    fake.advance(1000);
    fake.frame();
    expect(fake.entries()).toEqual(['/app/embed/?meeting=feb&from=2025-01#g']);
    expect(fake.calls).toEqual(['replace /app/embed/?meeting=feb&from=2025-01#g']);
    expect(viewQuery(store.getState(), index)).toBe('?meeting=feb&from=2025-01');
  });

  it('opens two people’s meetings from a link, and pushes a pair picked later', () => {
    const { fake, s } = setup('?person=chey&with=altman');
    expect(s().selectedEdge).toBe('met:altman:chey');
    expect(s().selectedEntity).toBeNull();
    expect(fake.calls).toEqual(['replace /app?person=altman&with=chey#g']);
    s().entitySelected('chey');
    fake.frame();
    s().edgeSelected('met:altman:chey');
    fake.frame();
    expect(fake.entries().slice(-2)).toEqual(['/app?person=chey#g', '/app?person=altman&with=chey#g']);
  });

  it('replaces the URL for range moves at most once per interval, with the latest range', () => {
    const { fake, s } = setup('');
    for (let i = 1; i <= 10; i++) s().rangeChanged(index.span.from + i, index.span.to);
    fake.advance(0);
    fake.frame();
    expect(fake.calls).toEqual(['replace /app?from=2024-06-11#g']);
    s().rangeChanged(index.span.from + 20, index.span.to);
    s().orgToggled('sk');
    fake.advance(100);
    fake.frame();
    expect(fake.calls).toHaveLength(1);
    fake.advance(200);
    fake.frame();
    expect(fake.calls[1]).toBe('replace /app?from=2024-06-21&org=sk#g');
    s().languageChanged('ko');
    fake.advance(300);
    fake.frame();
    expect(fake.current()).toBe('/app?from=2024-06-21&org=sk&lang=ko#g');
  });

  it('shows the notices of the link Back returns to, and none for a clean one', () => {
    const { fake, s } = setup('?meeting=nope');
    expect(s().notices.map((n) => n.kind)).toEqual(['unknown-id']);
    s().meetingSelected('feb');
    fake.frame();
    fake.back();
    expect(s().notices).toEqual([]);
  });

  it('stops listening when stopped', () => {
    const { fake, s, stop } = setup('');
    stop();
    s().meetingSelected('june');
    fake.advance(1000);
    fake.frame();
    expect(fake.calls).toEqual([]);
    expect(fake.listeners.size).toBe(0);
  });
});

describe('startUrlSync restarted (React StrictMode)', () => {
  it('keeps the link language and the first run notices', () => {
    const fake = fakeWindow('?lang=ko&utm=1');
    const store = createAppStore({ lang: 'en' });
    startUrlSync(store, index, fake.win, { now: fake.now, base: '/app/' })();
    startUrlSync(store, index, fake.win, { now: fake.now, base: '/app/' });
    expect(store.getState().notices.map((n) => n.kind)).toEqual(['unknown-param']);
    expect(fake.current()).toBe('/app?lang=ko#g');
  });
});

describe('toNavState', () => {
  const app = {
    selectedMeeting: null,
    selectedEntity: null,
    selectedEdge: null,
    range: index.span,
    orgFilters: [],
    lang: 'ko' as const,
  };

  it('says nothing about defaults', () => {
    expect(toNavState(app, index, 'ko')).toEqual({ orgs: [] });
  });

  it('writes month edges as months and other days as days', () => {
    const range = { from: dateStartDay('2024-07'), to: dateEndDay('2024-09-10') };
    expect(toNavState({ ...app, range, selectedEntity: 'chey', orgFilters: ['sk'] }, index, 'en')).toEqual({
      person: 'chey',
      from: '2024-07',
      to: '2024-09-10',
      orgs: ['sk'],
      lang: 'ko',
    });
    expect(fromDate(dateStartDay('2024-07-02'))).toBe('2024-07-02');
    expect(toDate(dateStartDay('2024-02-29'))).toBe('2024-02');
  });

  it('links to a pair of people, and to no other connection', () => {
    expect(toNavState({ ...app, selectedEdge: 'met:altman:chey' }, index, 'ko')).toEqual({
      person: 'altman',
      with: 'chey',
      orgs: [],
    });
    expect(toNavState({ ...app, selectedEdge: 'agr:kakao:openai' }, index, 'ko')).toEqual({ orgs: [] });
  });

  it('survives the trip through a link back to the same days', () => {
    const range = { from: dateStartDay('2024-06-05'), to: dateStartDay('2024-12-31') };
    const nav = cleanNav(parseNav(serializeNav(toNavState({ ...app, range }, index))).state, index).state;
    expect({ from: dateStartDay(nav.from!), to: dateEndDay(nav.to!) }).toEqual(range);
  });
});
