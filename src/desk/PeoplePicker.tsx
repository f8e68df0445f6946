// People chosen for a meeting: from data/ or the draft, found by Korean or English name, or added as someone new
// (with their organisation, chosen or new, and title).
import { useState } from 'react';
import type { Draft } from './contract';
import { Field } from './Home';
import { useDeskLang, useDeskT } from './lang';
import type { Names } from './names';

interface Props {
  label: string;
  ids: string[];
  names: Names;
  problems: string[];
  draft: Draft;
  onChange(ids: string[]): void;
  update(path: (string | number)[], value: unknown): void;
}

export function PeoplePicker({ label, ids, names, problems, draft, onChange, update }: Props) {
  const t = useDeskT();
  const lang = useDeskLang();
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const found = names.searchPeople(query).filter((p) => !ids.includes(p.id));
  return (
    <fieldset className="picker">
      <legend>{label}</legend>
      <ul className="chips">
        {ids.map((id) => (
          <li key={id}>
            {names.name(id, lang)}
            <button
              type="button"
              className="chip__remove"
              aria-label={`${t.remove}: ${names.name(id, lang)}`}
              onClick={() => onChange(ids.filter((x) => x !== id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <Field label={t.searchPerson} problems={problems}>
        {(p) => <input {...p} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />}
      </Field>
      {query && (
        <ul className="matches" aria-label={t.searchPerson}>
          {found.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="btn btn--quiet"
                onClick={() => {
                  onChange([...ids, p.id]);
                  setQuery('');
                }}
              >
                {p.ko} · {p.en}
                {p.proposed ? ` (${t.newPerson})` : ''}
              </button>
            </li>
          ))}
          {found.length === 0 && <li className="muted">{t.noMatch}</li>}
        </ul>
      )}
      {adding ? (
        <NewPersonForm
          names={names}
          draft={draft}
          initial={query}
          onCancel={() => setAdding(false)}
          onAdd={(person, organization) => {
            if (organization) update(['organizations'], [...(draft.organizations ?? []), organization]);
            update(['people'], [...(draft.people ?? []), person]);
            onChange([...ids, person.record.id]);
            setAdding(false);
            setQuery('');
          }}
        />
      ) : (
        <button type="button" className="btn" onClick={() => setAdding(true)}>
          {t.newPerson}
        </button>
      )}
    </fieldset>
  );
}

type NewPerson = NonNullable<Draft['people']>[number];
type NewOrganization = NonNullable<Draft['organizations']>[number];

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function freeId(base: string, names: Names): string {
  const taken = new Set([...names.people, ...names.organizations].map((x) => x.id));
  let id = base || 'person';
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function NewPersonForm({
  names,
  initial,
  onAdd,
  onCancel,
}: {
  names: Names;
  draft: Draft;
  initial: string;
  onAdd(person: NewPerson, organization?: NewOrganization): void;
  onCancel(): void;
}) {
  const t = useDeskT();
  const lang = useDeskLang();
  const [ko, setKo] = useState(/[가-힣]/.test(initial) ? initial : '');
  const [en, setEn] = useState(/[A-Za-z]/.test(initial) ? initial : '');
  const [orgQuery, setOrgQuery] = useState('');
  const [org, setOrg] = useState<string | null>(null);
  const [orgEn, setOrgEn] = useState('');
  const [titleKo, setTitleKo] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const orgs = names.searchOrganizations(orgQuery);
  const add = () => {
    const lacking = [
      ...(ko.trim() ? [] : [t.nameKo]),
      ...(en.trim() ? [] : [t.nameEn]),
      ...(titleKo.trim() ? [] : [t.titleOf]),
    ];
    if (!org && orgQuery.trim() && !orgEn.trim()) lacking.push(t.orgNameEn);
    if (!org && !orgQuery.trim()) lacking.push(t.organization);
    setMissing(lacking);
    if (lacking.length) return;
    let organization: NewOrganization | undefined;
    let orgId = org;
    if (!orgId) {
      orgId = freeId(slug(orgEn), names);
      organization = {
        accept: true,
        because: ['added by the editor'],
        record: { id: orgId, name: { ko: orgQuery.trim(), en: orgEn.trim() }, kind: 'company', aliases: [] },
      };
    }
    const title = { ko: titleKo.trim(), ...(titleEn.trim() ? { en: titleEn.trim() } : {}) };
    onAdd(
      {
        accept: true,
        because: ['added by the editor'],
        record: {
          id: freeId(slug(en), names),
          name: { ko: ko.trim(), en: en.trim() },
          aliases: [],
          affiliations: [{ org: orgId, title }],
        },
      },
      organization,
    );
  };
  return (
    <div className="form new-person" role="group" aria-label={t.newPerson}>
      <div className="field-row">
        <Field label={t.nameKo}>{(p) => <input {...p} value={ko} onChange={(e) => setKo(e.target.value)} />}</Field>
        <Field label={t.nameEn}>{(p) => <input {...p} value={en} onChange={(e) => setEn(e.target.value)} />}</Field>
      </div>
      <Field label={t.organization}>
        {(p) => (
          <input
            {...p}
            type="search"
            value={org ? names.name(org, lang) : orgQuery}
            onChange={(e) => {
              setOrg(null);
              setOrgQuery(e.target.value);
            }}
          />
        )}
      </Field>
      {!org && orgQuery && (
        <ul className="matches" aria-label={t.organization}>
          {orgs.map((o) => (
            <li key={o.id}>
              <button type="button" className="btn btn--quiet" onClick={() => setOrg(o.id)}>
                {o.ko} · {o.en}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!org && orgQuery && (
        <Field label={`${t.newOrganization}: ${t.orgNameEn}`}>
          {(p) => <input {...p} value={orgEn} onChange={(e) => setOrgEn(e.target.value)} />}
        </Field>
      )}
      <div className="field-row">
        <Field label={t.titleOf}>
          {(p) => <input {...p} value={titleKo} onChange={(e) => setTitleKo(e.target.value)} />}
        </Field>
        <Field label={t.titleOfEn}>
          {(p) => <input {...p} value={titleEn} onChange={(e) => setTitleEn(e.target.value)} />}
        </Field>
      </div>
      {missing.length > 0 && (
        <p role="alert" className="field__problems">
          {missing.join(', ')}
        </p>
      )}
      <div className="field-row">
        <button type="button" className="btn btn--primary" onClick={add}>
          {t.add}
        </button>
        <button type="button" className="btn btn--quiet" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
