import { memo } from 'react';
import type { DayRange } from '../../core/graph';
import type { HistogramBin as Bin } from '../../core/timeline';

/**
 * Meetings per period behind the slider: where the dense stretches are. A bar clicked shows its period (the date
 * fields do the same from the keyboard, so the bars stay out of the accessibility tree).
 */
export const Histogram = memo(function Histogram({
  bins,
  span,
  range,
  onPick,
  nameOf,
}: {
  bins: readonly Bin[];
  span: DayRange;
  range: DayRange;
  onPick: (bin: Bin) => void;
  nameOf: (bin: Bin) => string;
}) {
  const max = Math.max(1, ...bins.map((b) => b.count));
  const length = Math.max(1, span.to - span.from + 1);
  return (
    <svg
      className="timeline__histogram"
      data-testid="histogram"
      viewBox="0 0 1000 100"
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      {bins.map((b) => {
        if (b.count === 0) return null;
        // A period the span only touches (a data set ending on the 1st) still gets a bar of its full width,
        // kept inside the track.
        const full = ((b.to - b.from + 1) / length) * 1000;
        const start = ((Math.max(b.from, span.from) - span.from) / length) * 1000;
        const x = Math.max(0, Math.min(start, 1000 - full));
        const w = Math.max(2, full - 1.5);
        const h = Math.max(12, (b.count / max) * 100);
        const inRange = b.to >= range.from && b.from <= range.to;
        return (
          <rect
            key={b.from}
            x={x}
            y={100 - h}
            width={w}
            height={h}
            rx={1.5}
            className={inRange ? 'timeline__bar timeline__bar--in' : 'timeline__bar'}
            data-from={b.from}
            onClick={() => onPick(b)}
          >
            <title>{nameOf(b)}</title>
          </rect>
        );
      })}
    </svg>
  );
});
