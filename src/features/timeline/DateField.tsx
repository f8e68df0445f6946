import { useId, useState } from 'react';
import { dayToIso } from '../../core/schema/dates';
import { parseTypedDay } from '../../core/timeline';
import { useT } from '../../i18n';

interface DateFieldProps {
  edge: 'from' | 'to';
  label: string;
  day: number;
  /** The other end of the window: a start after the end (or an end before the start) is refused. */
  other: number;
  onDay: (day: number) => void;
}

/** One end of the window, typed: applied on Enter or on leaving the field; Escape puts the window's date back. */
export function DateField({ edge, label, day, other, onDay }: DateFieldProps) {
  const t = useT();
  const hint = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const apply = () => {
    if (draft === null) return;
    const typed = parseTypedDay(draft, edge);
    if ('problem' in typed) return setProblem(t.dateProblem(typed.problem));
    if (edge === 'from' ? typed.day > other : typed.day < other) return setProblem(t.dateProblem('order'));
    setProblem(null);
    setDraft(null);
    onDay(typed.day);
  };
  return (
    <span className="timeline__date">
      <input
        type="text"
        inputMode="numeric"
        className="timeline__date-input"
        aria-label={label}
        aria-describedby={hint}
        aria-invalid={problem !== null}
        size={10}
        value={draft ?? dayToIso(day)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
          if (e.key === 'Escape') {
            setDraft(null);
            setProblem(null);
          }
        }}
      />
      <span
        id={hint}
        className={problem ? 'timeline__date-problem' : 'visually-hidden'}
        role={problem ? 'alert' : undefined}
      >
        {problem ?? t.dateHint}
      </span>
    </span>
  );
}
