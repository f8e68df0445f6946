// The assistant's proposals, each with how sure it is and why, an Accept box and its form; the planned and undated
// lists apart (never applied).
import type { DeskState, Draft, FieldProblem, SentenceView } from './contract';
import { problemsAt } from './draft';
import { useDeskLang, useDeskT } from './lang';
import { MeetingCard } from './MeetingCard';
import type { Names } from './names';
import { OrganizationCard, PersonCard } from './PersonCard';

export interface ProposalProps {
  draft: Draft;
  names: Names;
  state: DeskState;
  sentences: SentenceView[];
  chosen: number[];
  problems: FieldProblem[];
  selected: string | null;
  onSelect(key: string | null): void;
  update(path: (string | number)[], value: unknown): void;
  onQuoted(): void;
}

export function Proposals(props: ProposalProps) {
  const t = useDeskT();
  const lang = useDeskLang();
  const { draft } = props;
  return (
    <section className="card" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t.proposals}</h2>
      <h3>{t.meetings}</h3>
      {(draft.meetings ?? []).map((m, i) => (
        <MeetingCard key={i} index={i} meeting={m} {...props} />
      ))}
      {(draft.people ?? []).length > 0 && <h3>{t.people}</h3>}
      {(draft.people ?? []).map((p, i) => (
        <PersonCard key={i} index={i} person={p} {...props} />
      ))}
      {(draft.organizations ?? []).length > 0 && <h3>{t.organizations}</h3>}
      {(draft.organizations ?? []).map((o, i) => (
        <OrganizationCard key={i} index={i} organization={o} {...props} />
      ))}
      {(['planned', 'undated'] as const).map((list) =>
        (draft[list] ?? []).length > 0 ? (
          <details key={list} className="notes">
            <summary>{t[list]}</summary>
            <ul>
              {draft[list]!.map((n, i) => (
                <li key={i}>
                  {n.principals.map((p) => props.names.name(p, lang)).join(' · ')}
                  {n.date ? ` (${n.date})` : ''}: {n.why}
                  {problemsAt(props.problems, `${list}[${i}]`).map((p, k) => (
                    <span key={k} role="alert" className="field__problems">
                      {' '}
                      {p}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </details>
        ) : null,
      )}
    </section>
  );
}

/** How sure the assistant is and why; for an unaccepted proposal, why first. */
export function Because({ confidence, because }: { confidence?: number; because?: string[] }) {
  const t = useDeskT();
  if (confidence === undefined && !because?.length) return null;
  return (
    <details className="because">
      <summary>
        {confidence !== undefined ? t.sure(confidence) : t.why}
        {because?.[0] ? ` · ${because[0]}` : ''}
      </summary>
      <ul>
        {(because ?? []).slice(1).map((b, i) => (
          <li key={i}>{b}</li>
        ))}
      </ul>
    </details>
  );
}
