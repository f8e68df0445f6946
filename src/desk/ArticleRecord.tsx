// The article's own record: outlet, headline, date, address, with what the assistant could not read marked.
import type { Draft, FieldProblem } from './contract';
import { problemsAt } from './draft';
import { Field } from './Home';
import { useDeskT } from './lang';

const UNKNOWN = /^\((unknown|untitled)\)$/;

interface Props {
  draft: Draft;
  problems: FieldProblem[];
  update(path: (string | number)[], value: unknown): void;
}

export function ArticleRecord({ draft, problems, update }: Props) {
  const t = useDeskT();
  const a = draft.article.record;
  const text = (path: string[], label: string, value: string, optional = false) => {
    const missing = UNKNOWN.test(value);
    const field = `article.record.${path.join('.')}`;
    return (
      <Field label={label} problems={problemsAt(problems, field)} hint={missing ? t.couldNotRead : undefined}>
        {(props) => (
          <input
            {...props}
            className={missing ? 'input--missing' : undefined}
            value={missing ? '' : value}
            onChange={(e) =>
              update(['article', 'record', ...path], optional && e.target.value === '' ? undefined : e.target.value)
            }
          />
        )}
      </Field>
    );
  };
  return (
    <section className="card" aria-labelledby="record-title">
      <h2 id="record-title">{t.articleRecord}</h2>
      {text(['title'], t.headline, a.title)}
      <div className="field-row">
        {text(['outlet', 'ko'], `${t.outlet} (한국어)`, a.outlet.ko)}
        {text(['outlet', 'en'], `${t.outlet} (English)`, a.outlet.en)}
      </div>
      <div className="field-row">
        {text(['published'], t.published, a.published)}
        {text(['url'], t.url, a.url ?? '', true)}
      </div>
      {(draft.article.questions ?? []).length > 0 && (
        <details open>
          <summary>{t.questions}</summary>
          <ul>
            {draft.article.questions!.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
