import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { other, pick, useLang, useT } from '../../i18n';
import { createSearch } from '../../core/search';
import { useAppStoreApi } from '../../core/store';
import './search.css';
import { useGraphIndex } from '../explorer/context';

const LIMIT = 8;

/** ARIA 1.2 combobox over people and organisations; picking one selects it and brings it into view. */
export function SearchBox() {
  const index = useGraphIndex();
  const t = useT();
  const lang = useLang();
  const store = useAppStoreApi();
  const listId = useId();
  // Built when the reader first comes to the box: at 20,000 people it is 0.4 s and some 20 MB no one else needs.
  const [wanted, setWanted] = useState(false);
  const searcher = useMemo(() => (wanted ? createSearch(index) : null), [index, wanted]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const hits = useMemo(() => (searcher && query.trim() ? searcher.search(query, LIMIT) : []), [searcher, query]);
  const expanded = open && query.trim().length > 0;

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    const e = index.people.get(hit.id) ?? index.organizations.get(hit.id);
    setQuery(e ? pick(e.name, lang) : hit.id);
    setOpen(false);
    store.getState().entitySelected(hit.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else if (hits.length) setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length) setActive((a) => (a - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      if (expanded && hits.length) {
        e.preventDefault();
        choose(active);
      }
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  const optionId = (i: number) => `${listId}-opt-${i}`;
  return (
    <div className="search">
      <input
        type="text"
        className="search__input"
        role="combobox"
        aria-label={t.search}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits.length ? optionId(active) : undefined}
        placeholder={t.searchPlaceholder}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setWanted(true);
          setOpen(true);
        }}
        onFocus={() => {
          setWanted(true);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t.search} className="search__list" hidden={!expanded}>
        {expanded && hits.length === 0 && (
          <li className="search__empty" role="presentation">
            {t.noResults}
          </li>
        )}
        {expanded &&
          hits.map((hit, i) => {
            const e = index.people.get(hit.id) ?? index.organizations.get(hit.id);
            if (!e) return null;
            const alt = other(e.name, lang);
            return (
              <li
                key={hit.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="search__option"
                onMouseDown={(ev) => ev.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(i)}
              >
                <span className="search__name">{pick(e.name, lang)}</span>
                {alt && <span className="search__alt">{alt}</span>}
                <span className="search__kind">{e.kind === 'person' ? t.person : t.organisation}</span>
              </li>
            );
          })}
      </ul>
    </div>
  );
}
