import { describe, expect, it } from 'vitest';
import { altmanCheyGraph } from '../../testing/graphs';
import { buildIndex } from '../graph';
import { dateEndDay, dateStartDay } from '../schema';
import { createAppStore } from './store';
import { detectLang, playStep, playWidth } from './utils';

const index = buildIndex(
  altmanCheyGraph([
    { id: 'first', date: '2024-01-01' },
    { id: 'last', date: '2024-12-31' },
  ]),
);
const { span } = index;
const loaded = () => {
  const store = createAppStore({ lang: 'en' });
  store.getState().graphLoaded(index);
  return store;
};

describe('selection', () => {
  it('keeps one selection at a time', () => {
    const s = loaded().getState;
    s().entitySelected('chey');
    s().meetingSelected('first');
    expect([s().selectedMeeting, s().selectedEntity, s().selectedEdge]).toEqual(['first', null, null]);
    s().edgeSelected('met:altman:chey');
    expect([s().selectedMeeting, s().selectedEntity, s().selectedEdge]).toEqual([null, null, 'met:altman:chey']);
    s().entitySelected('sk');
    expect([s().selectedMeeting, s().selectedEntity, s().selectedEdge]).toEqual([null, 'sk', null]);
    s().selectionCleared();
    expect([s().selectedMeeting, s().selectedEntity, s().selectedEdge]).toEqual([null, null, null]);
    s().entityHovered('chey');
    expect(s().hoveredEntity).toBe('chey');
  });
});

describe('timeline', () => {
  it('starts with the full span once loaded', () => {
    const store = createAppStore({ lang: 'en' });
    expect(store.getState().range).toBeNull();
    store.getState().rangeChanged(1, 2);
    expect(store.getState().range).toBeNull();
    store.getState().graphLoaded(index);
    expect(store.getState().range).toEqual(span);
  });

  it('clamps to the span, rounds, and keeps from ≤ to', () => {
    const s = loaded().getState;
    s().rangeChanged(span.from - 100, span.to + 100);
    expect(s().range).toEqual(span);
    s().rangeChanged(span.from + 50.4, span.from + 10);
    expect(s().range).toEqual({ from: span.from + 10, to: span.from + 50 });
  });

  it('plays a 1/6 window from the start by 1/60 steps and ends on the window it started from', () => {
    const s = loaded().getState;
    s().playTicked();
    expect(s().range).toEqual(span); // not playing: nothing moves
    s().playToggled();
    s().playTicked();
    const width = playWidth(span);
    expect(s().range).toEqual({ from: span.from, to: span.from + width - 1 });
    s().playTicked();
    expect(s().range).toEqual({ from: span.from + playStep(span), to: span.from + width - 1 + playStep(span) });
    let ticks = 0;
    while (s().range!.to < span.to && ticks++ < 1000) s().playTicked();
    expect(ticks).toBeLessThan(70);
    expect(s().range!.to - s().range!.from).toBe(width - 1);
    expect(s().playing).toBe(true); // the last window is shown for a step
    s().playTicked();
    expect(s().playing).toBe(false);
    expect(s().range).toEqual(span);
  });

  it('ends on the reader’s own window, and a pause keeps the window where it is', () => {
    const s = loaded().getState;
    const mine = { from: span.from + 100, to: span.from + 160 };
    s().rangeChanged(mine.from, mine.to);
    s().playToggled();
    for (let i = 0; i < 1000 && s().playing; i++) s().playTicked();
    expect(s().range).toEqual(mine);
    s().playToggled();
    s().playTicked();
    s().playToggled(); // pause
    expect(s().range).toEqual({ from: mine.from + playStep(span), to: mine.to + playStep(span) });
    // Started at the end, it starts over from the beginning, and still comes back to the end.
    s().rangeChanged(span.to - 60, span.to);
    s().playToggled();
    expect(s().range).toEqual({ from: span.from, to: span.from + 60 });
    for (let i = 0; i < 1000 && s().playing; i++) s().playTicked();
    expect(s().range).toEqual({ from: span.to - 60, to: span.to });
  });
});

describe('filters and ui', () => {
  it('toggles organisations in the order chosen', () => {
    const s = loaded().getState;
    s().orgToggled('sk');
    s().orgToggled('openai');
    expect(s().orgFilters).toEqual(['sk', 'openai']);
    s().orgToggled('sk');
    expect(s().orgFilters).toEqual(['openai']);
    s().orgFiltersCleared();
    expect(s().orgFilters).toEqual([]);
  });

  it('changes language, notices and grouping', () => {
    const s = loaded().getState;
    s().languageChanged('ko');
    expect(s().lang).toBe('ko');
    s().noticesShown([{ kind: 'empty', param: 'from', value: '' }]);
    expect(s().notices).toHaveLength(1);
    s().noticesDismissed();
    expect(s().notices).toEqual([]);
    s().groupingToggled();
    expect(s().groupByOrganization).toBe(true);
  });

  it('reads the browser language', () => {
    expect(detectLang(['ko-KR', 'en'])).toBe('ko');
    expect(detectLang(['fr', 'en-GB'])).toBe('en');
    expect(detectLang(undefined)).toBe('en');
  });
});

describe('navStateApplied', () => {
  it('applies a link: months cover whole months, a person only without a meeting', () => {
    const s = loaded().getState;
    s().navStateApplied({ person: 'chey', from: '2024-03', to: '2024-05', orgs: ['sk'], lang: 'ko' });
    expect(s()).toMatchObject({
      selectedEntity: 'chey',
      selectedMeeting: null,
      range: { from: dateStartDay('2024-03-01'), to: dateEndDay('2024-05') },
      orgFilters: ['sk'],
      lang: 'ko',
    });
    s().navStateApplied({ meeting: 'first', person: 'chey', orgs: [] });
    expect(s()).toMatchObject({
      selectedEntity: null,
      selectedMeeting: 'first',
      range: span,
      orgFilters: [],
      lang: 'ko',
    });
  });
});
