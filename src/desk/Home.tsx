// The desk's first page: the drafts in progress, and the form that reads a new article into a draft.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type DragEvent, type FormEvent } from 'react';
import { deskApi } from './api';
import type { AddArticle, AddResult } from './contract';
import { useDeskT } from './lang';

export function Home() {
  const t = useDeskT();
  const state = useQuery({ queryKey: ['state'], queryFn: deskApi.state });
  return (
    <div className="home">
      <section aria-labelledby="add-title" className="card">
        <h2 id="add-title">{t.addArticle}</h2>
        <AddArticleForm />
      </section>
      <section aria-labelledby="drafts-title" className="card">
        <h2 id="drafts-title">{t.drafts}</h2>
        {state.isPending && <p role="status">{t.loading}</p>}
        {state.isError && <p role="alert">{t.failed(state.error.message)}</p>}
        {state.data && (
          <>
            <p className="muted">{t.dataFolder(state.data.data)}</p>
            {state.data.drafts.length === 0 ? (
              <p>{t.noDrafts}</p>
            ) : (
              <ul className="draft-list">
                {state.data.drafts.map((d) => (
                  <li key={d.id}>
                    <a href={`#/draft/${d.id}`}>{d.title}</a>
                    <span className="muted">
                      {' '}
                      · {d.outlet} · {d.published} · {t.proposalsCount(d.proposals)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </div>
  );
}

const EMPTY: AddArticle = { text: '', url: '', outlet: '', published: '', title: '' };

function AddArticleForm() {
  const t = useDeskT();
  const queries = useQueryClient();
  const [form, setForm] = useState<AddArticle>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AddResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const problems = result && !result.ok ? result.problems : [];
  const at = (field: string) => problems.filter((p) => p.field === field).map((p) => p.message);
  const elsewhere = problems.filter(
    (p) => !p.field || !['text', 'url', 'outlet', 'published', 'title'].includes(p.field),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const r = await deskApi.add(form);
      setResult(r);
      if (r.ok) {
        await queries.invalidateQueries({ queryKey: ['state'] });
        location.hash = `#/draft/${r.id}`;
      }
    } catch (err) {
      setFailure((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const drop = async (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) setForm({ ...form, text: await file.text(), fileName: file.name });
  };
  const field = (key: 'url' | 'outlet' | 'published' | 'title', label: string) => (
    <Field label={label} problems={at(key)} hint={t.optionalRead}>
      {(props) => (
        <input
          {...props}
          value={form[key] ?? ''}
          onChange={(e) => setForm({ ...form, [key]: e.target.value })}
          inputMode={key === 'published' ? 'numeric' : undefined}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} className="add-form" noValidate>
      <p className="muted">{t.pasteHelp}</p>
      <Field label={t.pageText} problems={at('text')}>
        {(props) => (
          <textarea
            {...props}
            rows={10}
            value={form.text}
            onChange={(e) => setForm({ ...form, text: e.target.value })}
            onDragOver={(e) => e.preventDefault()}
            onDrop={drop}
            placeholder={t.dropHere}
          />
        )}
      </Field>
      <div className="field-row">
        {field('url', t.url)}
        {field('outlet', t.outlet)}
      </div>
      <div className="field-row">
        {field('published', t.published)}
        {field('title', t.headline)}
      </div>
      {result && !result.ok && result.already && (
        <p role="alert">
          {t.already}{' '}
          <a href={result.already.mapLink} target="_blank" rel="noopener noreferrer">
            {result.already.title}
          </a>
        </p>
      )}
      {result && !result.ok && result.draft && (
        <p role="alert">
          {t.draftExists} <a href={`#/draft/${result.draft}`}>{t.openDraft}</a>
        </p>
      )}
      {elsewhere.map((p, i) => (
        <p role="alert" key={i}>
          {p.message}
        </p>
      ))}
      {failure && <p role="alert">{t.failed(failure)}</p>}
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {busy ? t.reading : t.read}
      </button>
    </form>
  );
}

let fieldCount = 0;

/** A labelled field with its hint and its problems, tied to the input for screen readers. */
export function Field({
  label,
  problems = [],
  hint,
  children,
}: {
  label: string;
  problems?: string[];
  hint?: string;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => React.ReactNode;
}) {
  const [id] = useState(() => `f${++fieldCount}`);
  const described = [hint ? `${id}-hint` : '', problems.length ? `${id}-problems` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${problems.length ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(problems.length ? { 'aria-invalid': true } : {}),
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      {hint && (
        <small id={`${id}-hint`} className="muted">
          {hint}
        </small>
      )}
      {problems.length > 0 && (
        <ul id={`${id}-problems`} className="field__problems" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
