import type { TimelineSlice } from '../types';
import { clampRange, playStep, playWidth, spanLength } from '../utils';
import type { GetGraph, GetState, SetState } from '../utils';

export const createTimelineSlice = (set: SetState, get: GetState, graph: GetGraph): TimelineSlice => ({
  range: null,
  playing: false,
  playOrigin: null,
  rangeChanged(from, to) {
    const index = graph();
    const { range } = get();
    if (!index) return;
    const next = clampRange(index.span, from, to);
    if (range && range.from === next.from && range.to === next.to) return;
    set({ range: next });
  },
  playToggled() {
    const index = graph();
    const { range, playing } = get();
    // Paused: the window stays where it is, for a closer look.
    if (playing || !index || !range) return set({ playing: false, playOrigin: null });
    const { span } = index;
    // Pressing play at the end starts over, keeping the window's width.
    const atEnd = range.to >= span.to && spanLength(range) < spanLength(span);
    set({
      playing: true,
      playOrigin: range,
      range: atEnd ? { from: span.from, to: span.from + range.to - range.from } : range,
    });
  },
  playTicked() {
    const index = graph();
    const { range, playing, playOrigin } = get();
    if (!playing || !index || !range) return;
    const { span } = index;
    // The last window was shown one step: the reader's own window comes back.
    if (range.to >= span.to && (range.from > span.from || playOrigin === null))
      return set({ playing: false, playOrigin: null, range: playOrigin ?? range });
    if (range.from <= span.from && range.to >= span.to) {
      set({ range: { from: span.from, to: Math.min(span.to, span.from + playWidth(span) - 1) } });
      return;
    }
    const to = Math.min(span.to, range.to + playStep(span));
    set({ range: { from: to - (range.to - range.from), to } });
  },
});
