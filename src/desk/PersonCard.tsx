// A new person or organisation the assistant proposes: Accept, and their names, organisation and title corrected.
import { useState } from 'react';
import { OrganizationKind } from '../core/schema/common';
import type { DraftOrganization, DraftPerson } from './draft';
import { fieldOf, problemsAt } from './draft';
import { Field } from './Home';
import { useDeskLang, useDeskT } from './lang';
import { Because, type ProposalProps } from './Proposals';

export function PersonCard(props: ProposalProps & { index: number; person: DraftPerson }) {
  const { index, person: p, names, problems, update, selected, onSelect } = props;
  const t = useDeskT();
  const lang = useDeskLang();
  const [editing, setEditing] = useState(false);
  const key = `p${index}`;
  const at = (...path: (string | number)[]) => problemsAt(problems, fieldOf(['people', index, ...path]));
  const set = (path: (string | number)[], value: unknown) => update(['people', index, ...path], value);
  const r = p.record;
  const job = r.affiliations[0];
  const text = (path: (string | number)[], label: string, value: string | undefined, optional = false) => (
    <Field label={label} problems={at('record', ...path)}>
      {(f) => (
        <input
          {...f}
          value={value ?? ''}
          onChange={(e) => set(['record', ...path], optional && !e.target.value ? undefined : e.target.value)}
        />
      )}
    </Field>
  );
  return (
    <article
      className={`proposal${selected === key ? ' proposal--selected' : ''}${p.accept ? '' : ' proposal--off'}`}
      aria-labelledby={`${key}-title`}
      onFocus={() => onSelect(key)}
      onClick={() => onSelect(key)}
    >
      <header className="proposal__head">
        <label className="accept">
          <input type="checkbox" checked={p.accept} onChange={(e) => set(['accept'], e.target.checked)} />
          {t.accept}
        </label>
        <h4 id={`${key}-title`}>
          {r.name.ko} · {r.name.en}
        </h4>
      </header>
      {job && (
        <p className="muted">
          {names.name(job.org, lang)} · {lang === 'ko' ? job.title.ko : (job.title.en ?? job.title.ko)}
        </p>
      )}
      <Because confidence={p.confidence} because={p.because} />
      {at().length > 0 && !editing && (
        <ul className="field__problems" role="alert">
          {at().map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      <button type="button" className="btn" aria-expanded={editing} onClick={() => setEditing(!editing)}>
        {editing ? t.done : t.edit}
      </button>
      {editing && (
        <div className="form">
          <div className="field-row">
            {text(['name', 'ko'], t.nameKo, r.name.ko)}
            {text(['name', 'en'], t.nameEn, r.name.en)}
          </div>
          {job && (
            <>
              <Field label={t.organization} problems={at('record', 'affiliations', 0, 'org')}>
                {(f) => (
                  <select
                    {...f}
                    value={job.org}
                    onChange={(e) => set(['record', 'affiliations', 0, 'org'], e.target.value)}
                  >
                    {names.organizations.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.ko} · {o.en}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <div className="field-row">
                {text(['affiliations', 0, 'title', 'ko'], t.titleOf, job.title.ko)}
                {text(['affiliations', 0, 'title', 'en'], t.titleOfEn, job.title.en, true)}
              </div>
            </>
          )}
        </div>
      )}
    </article>
  );
}

export function OrganizationCard(props: ProposalProps & { index: number; organization: DraftOrganization }) {
  const { index, organization: o, problems, update, selected, onSelect } = props;
  const t = useDeskT();
  const key = `o${index}`;
  const at = (...path: (string | number)[]) => problemsAt(problems, fieldOf(['organizations', index, ...path]));
  const set = (path: (string | number)[], value: unknown) => update(['organizations', index, ...path], value);
  const r = o.record;
  return (
    <article
      className={`proposal${selected === key ? ' proposal--selected' : ''}${o.accept ? '' : ' proposal--off'}`}
      aria-labelledby={`${key}-title`}
      onFocus={() => onSelect(key)}
      onClick={() => onSelect(key)}
    >
      <header className="proposal__head">
        <label className="accept">
          <input type="checkbox" checked={o.accept} onChange={(e) => set(['accept'], e.target.checked)} />
          {t.accept}
        </label>
        <h4 id={`${key}-title`}>{r.name.ko}</h4>
      </header>
      <Because confidence={o.confidence} because={o.because} />
      <div className="form">
        <div className="field-row">
          <Field label={t.orgNameKo} problems={at('record', 'name', 'ko')}>
            {(f) => <input {...f} value={r.name.ko} onChange={(e) => set(['record', 'name', 'ko'], e.target.value)} />}
          </Field>
          <Field label={t.orgNameEn} problems={at('record', 'name', 'en')}>
            {(f) => <input {...f} value={r.name.en} onChange={(e) => set(['record', 'name', 'en'], e.target.value)} />}
          </Field>
          <Field label={t.kind} problems={at('record', 'kind')}>
            {(f) => (
              <select {...f} value={r.kind} onChange={(e) => set(['record', 'kind'], e.target.value)}>
                {OrganizationKind.options.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </div>
    </article>
  );
}
