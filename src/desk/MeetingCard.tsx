// One meeting proposal: what the assistant read, Accept, its quotes (added from the selected sentences), and the
// form that corrects it. Kinds and parts of the day come from the schema's own lists.
import { useState } from 'react';
import { DayPart, MeetingKind } from '../core/schema/common';
import { STRINGS } from '../i18n/tables';
import type { DraftMeeting } from './draft';
import { fieldOf, problemsAt, quotesOf, withQuotes } from './draft';
import { Field } from './Home';
import { useDeskLang, useDeskT } from './lang';
import { PeoplePicker } from './PeoplePicker';
import { Because, type ProposalProps } from './Proposals';

export function MeetingCard(props: ProposalProps & { index: number; meeting: DraftMeeting }) {
  const { index, meeting: m, names, problems, update, selected, onSelect, sentences, chosen, draft } = props;
  const t = useDeskT();
  const lang = useDeskLang();
  const [editing, setEditing] = useState(false);
  const key = `m${index}`;
  const at = (...path: (string | number)[]) => problemsAt(problems, fieldOf(['meetings', index, ...path]));
  const set = (path: (string | number)[], value: unknown) => update(['meetings', index, ...path], value);
  const record = m.record;
  const quotes = quotesOf(m);
  const people = record
    ? [...record.participants, ...record.attendees]
    : [...(m.participants ?? []), ...(m.attendees ?? [])];
  const title = record
    ? lang === 'ko'
      ? record.title.ko
      : (record.title.en ?? record.title.ko)
    : t.recordedMeeting(m.meeting ?? '');
  const articleId = draft.article.record.id;
  const setQuotes = (next: string[]) => update(['meetings', index], withQuotes(m, next, articleId));
  const all = at();

  return (
    <article
      className={`proposal${selected === key ? ' proposal--selected' : ''}${m.accept ? '' : ' proposal--off'}`}
      aria-labelledby={`${key}-title`}
      onFocus={() => onSelect(key)}
      onClick={() => onSelect(key)}
    >
      <header className="proposal__head">
        <label className="accept">
          <input type="checkbox" checked={m.accept} onChange={(e) => set(['accept'], e.target.checked)} />
          {t.accept}
        </label>
        <h4 id={`${key}-title`}>
          <span className="badge">{m.action === 'new' ? t.newMeeting : t.addSource}</span> {title}
        </h4>
        <span className="muted">{record?.date ?? m.refineDate ?? m.date ?? ''}</span>
      </header>
      <p className="proposal__people">{people.map((p) => names.name(p, lang)).join(' · ')}</p>
      <Because confidence={m.confidence} because={m.because} />
      <div className="quotes">
        <h5>{t.quotes}</h5>
        <ul>
          {quotes.map((q, i) => (
            <li key={i}>
              <q>{q}</q>{' '}
              <button
                type="button"
                className="btn btn--quiet"
                onClick={() => setQuotes(quotes.filter((_, k) => k !== i))}
              >
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="btn"
          disabled={chosen.length === 0}
          onClick={() => {
            setQuotes([...quotes, ...chosen.map((i) => sentences[i].text).filter((s) => !quotes.includes(s))]);
            props.onQuoted();
          }}
        >
          {chosen.length ? t.addSelected(chosen.length) : t.selectSentences}
        </button>
      </div>
      {all.length > 0 && !editing && (
        <ul className="field__problems" role="alert">
          {all.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      <button type="button" className="btn" aria-expanded={editing} onClick={() => setEditing(!editing)}>
        {editing ? t.done : t.edit}
      </button>
      {editing && record && <NewMeetingForm {...props} set={set} at={at} />}
      {editing && !record && (
        <div className="form">
          <PeoplePicker
            label={t.participants}
            ids={m.participants ?? []}
            names={names}
            problems={at('participants')}
            draft={draft}
            update={update}
            onChange={(ids) => set(['participants'], ids)}
          />
          <PeoplePicker
            label={t.attendees}
            ids={m.attendees ?? []}
            names={names}
            problems={at('attendees')}
            draft={draft}
            update={update}
            onChange={(ids) => set(['attendees'], ids)}
          />
          <Field label={t.date} problems={at('refineDate')}>
            {(p) => (
              <input
                {...p}
                value={m.refineDate ?? m.date ?? ''}
                onChange={(e) => set(['refineDate'], e.target.value || undefined)}
              />
            )}
          </Field>
        </div>
      )}
    </article>
  );
}

type FormProps = ProposalProps & {
  index: number;
  meeting: DraftMeeting;
  set(path: (string | number)[], value: unknown): void;
  at(...path: (string | number)[]): string[];
};

function NewMeetingForm({ meeting, set, at, names, draft, update }: FormProps) {
  const t = useDeskT();
  const lang = useDeskLang();
  const words = STRINGS[lang];
  const r = meeting.record!;
  const change = (path: string[], value: string) => {
    // A place is given in Korean, with English beside it, or not at all.
    if (path[0] === 'place') {
      const place = { ...r.place, [path[1]]: value || undefined };
      return set(['record', 'place'], place.ko || place.en ? place : undefined);
    }
    set(['record', ...path], value || (path[1] === 'en' || path[0] === 'time' ? undefined : ''));
  };
  const text = (path: string[], label: string, value: string | undefined, multiline = false) => (
    <Field label={label} problems={at('record', ...path)}>
      {(p) =>
        multiline ? (
          <textarea {...p} rows={3} value={value ?? ''} onChange={(e) => change(path, e.target.value)} />
        ) : (
          <input {...p} value={value ?? ''} onChange={(e) => change(path, e.target.value)} />
        )
      }
    </Field>
  );
  return (
    <div className="form">
      <div className="field-row">
        {text(['title', 'ko'], t.titleKo, r.title.ko)}
        {text(['title', 'en'], t.titleEn, r.title.en)}
      </div>
      <div className="field-row">
        {text(['date'], t.date, r.date)}
        {text(['time'], t.time, r.time)}
        <Field label={t.dayPart} problems={at('record', 'dayPart')}>
          {(p) => (
            <select
              {...p}
              value={r.dayPart ?? ''}
              onChange={(e) => set(['record', 'dayPart'], e.target.value || undefined)}
            >
              <option value="">{t.none}</option>
              {DayPart.options.map((d) => (
                <option key={d} value={d}>
                  {words.dayParts[d]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.kind} problems={at('record', 'kind')}>
          {(p) => (
            <select {...p} value={r.kind} onChange={(e) => set(['record', 'kind'], e.target.value)}>
              {MeetingKind.options.map((k) => (
                <option key={k} value={k}>
                  {words.kinds[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        {text(['place', 'ko'], t.placeKo, r.place?.ko)}
        {text(['place', 'en'], t.placeEn, r.place?.en)}
      </div>
      <PeoplePicker
        label={t.participants}
        ids={r.participants}
        names={names}
        problems={at('record', 'participants')}
        draft={draft}
        update={update}
        onChange={(ids) => set(['record', 'participants'], ids)}
      />
      <PeoplePicker
        label={t.attendees}
        ids={r.attendees}
        names={names}
        problems={at('record', 'attendees')}
        draft={draft}
        update={update}
        onChange={(ids) => set(['record', 'attendees'], ids)}
      />
      {text(['summary', 'ko'], t.summaryKo, r.summary.ko, true)}
      {text(['summary', 'en'], t.summaryEn, r.summary.en, true)}
    </div>
  );
}
