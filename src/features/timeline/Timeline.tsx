import { useMemo } from 'react';
import { formatDay, formatMonth, formatRange, useLang, useT } from '../../i18n';
import { useAppStore, useAppStoreApi } from '../../core/store';
import { histogram, stepSize, ticks } from '../../core/timeline';
import { DateField } from './DateField';
import { Histogram } from './Histogram';
import { usePlayback } from './usePlayback';
import './timeline.css';
import { useGraphIndex } from '../explorer/context';

/** Two native range inputs over one track: keyboard, touch and screen readers work as they do for any slider. */
export function Timeline() {
  const t = useT();
  const lang = useLang();
  const store = useAppStoreApi();
  const index = useGraphIndex();
  const range = useAppStore((s) => s.range)!;
  const playing = useAppStore((s) => s.playing);
  const { span } = index;
  const bins = useMemo(() => histogram(index), [index]);
  const marks = useMemo(() => ticks(span, 7), [span]);
  const page = useMemo(() => Math.max(1, stepSize(span) * 5), [span]);
  usePlayback(playing);

  const length = Math.max(1, span.to - span.from);
  const pct = (day: number) => ((day - span.from) / length) * 100;
  const setFrom = (v: number) => store.getState().rangeChanged(Math.min(v, range.to), range.to);
  const setTo = (v: number) => store.getState().rangeChanged(range.from, Math.max(v, range.from));

  return (
    <div className="timeline" role="group" aria-label={t.timeline}>
      <button
        type="button"
        className="btn timeline__play"
        onClick={() => store.getState().playToggled()}
        aria-label={playing ? t.pause : t.play}
      >
        <span aria-hidden="true" className="timeline__play-icon">
          {playing ? '❚❚' : '▶'}
        </span>
        <span className="timeline__play-text">{playing ? t.pause : t.play}</span>
      </button>
      <div className="timeline__main">
        <div className="timeline__head">
          <p className="timeline__range">
            <span className="timeline__range-label">{t.showing}</span> <strong>{formatRange(range, lang)}</strong>
          </p>
          <p className="timeline__dates">
            {t.dateFrom && <span className="timeline__range-label">{t.dateFrom}</span>}
            <DateField edge="from" label={t.dateFromLabel} day={range.from} other={range.to} onDay={setFrom} />
            <span className="timeline__range-label">{t.dateTo}</span>
            <DateField edge="to" label={t.dateToLabel} day={range.to} other={range.from} onDay={setTo} />
          </p>
        </div>
        <div className="timeline__track">
          <Histogram
            bins={bins}
            span={span}
            range={range}
            onPick={(b) => store.getState().rangeChanged(b.from, b.to)}
            nameOf={(b) => t.barMonth(formatRange(b, lang), b.count)}
          />
          <div className="timeline__rail" aria-hidden="true" />
          <div
            className="timeline__fill"
            aria-hidden="true"
            style={{ left: `${pct(range.from)}%`, width: `${pct(range.to) - pct(range.from)}%` }}
          />
          {(['from', 'to'] as const).map((edge) => (
            <Handle
              key={edge}
              edge={edge}
              label={edge === 'from' ? t.rangeStart : t.rangeEnd}
              span={span}
              value={range[edge]}
              valueText={formatDay(range[edge], lang)}
              onChange={edge === 'from' ? setFrom : setTo}
              page={page}
            />
          ))}
        </div>
        <div className="timeline__ticks" aria-hidden="true">
          {marks.map((m) => (
            <span key={m.day} className="timeline__tick" style={{ left: `${pct(m.day)}%` }}>
              {m.unit === 'year' ? t.year(m.year) : formatMonth(m.day, lang)}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}

interface HandleProps {
  edge: 'from' | 'to';
  label: string;
  span: { from: number; to: number };
  value: number;
  valueText: string;
  onChange: (day: number) => void;
  /** Days a PageUp/PageDown press moves; arrows keep the native one-day step. */
  page: number;
}

/** One end of the range: a native slider, so keyboard, touch and screen readers behave as anywhere else. */
function Handle({ edge, label, span, value, valueText, onChange, page }: HandleProps) {
  return (
    <input
      type="range"
      className={`timeline__input timeline__input--${edge}`}
      aria-label={label}
      min={span.from}
      max={span.to}
      step={1}
      value={value}
      aria-valuetext={valueText}
      onChange={(e) => onChange(Number(e.target.value))}
      onKeyDown={(e) => {
        if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
        e.preventDefault();
        onChange(value + (e.key === 'PageUp' ? page : -page));
      }}
    />
  );
}
