// Who an id is, for the desk's forms: the people and organisations data/ records and those the draft proposes.
import type { DeskState, Draft } from './contract';
import type { Lang } from '../core/schema/common';
import { matchScore, normalizeQuery, toKey } from '../core/search';

export interface Named {
  id: string;
  ko: string;
  en: string;
  /** Every name to search by. */
  names: string[];
  /** Proposed by this draft, not yet in data/. */
  proposed: boolean;
}

/** As the app's search ranks names: exact, then prefix, then a later word, then inside a word. */
function ranked(list: Named[], query: string, limit: number): Named[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  return list
    .map((x) => ({ x, score: Math.max(...x.names.map((n) => matchScore(toKey(n), q))) }))
    .filter((r) => r.score >= 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((r) => r.x);
}

export class Names {
  readonly people: Named[];
  readonly organizations: Named[];
  private readonly byId = new Map<string, Named>();

  constructor(state: DeskState, draft: Draft) {
    const proposed = (list: { record: { id: string; name: { ko: string; en: string }; aliases?: string[] } }[]) =>
      list.map(({ record: r }) => ({
        id: r.id,
        ko: r.name.ko,
        en: r.name.en,
        names: [r.name.ko, r.name.en, ...(r.aliases ?? [])],
        proposed: true,
      }));
    const known = (x: { ko: string; en: string; names: string[] }) => [x.ko, x.en, ...x.names];
    this.people = [
      ...proposed(draft.people ?? []),
      ...state.people.map((p) => ({ ...p, names: known(p), proposed: false })),
    ];
    this.organizations = [
      ...proposed(draft.organizations ?? []),
      ...state.organizations.map((o) => ({ ...o, names: known(o), proposed: false })),
    ];
    for (const x of [...this.people, ...this.organizations]) if (!this.byId.has(x.id)) this.byId.set(x.id, x);
  }

  name(id: string, lang: Lang): string {
    const x = this.byId.get(id);
    return x ? (lang === 'ko' ? x.ko : x.en) : id;
  }

  /** People whose name or alias contains the query (Korean or English, spaces and case ignored). */
  searchPeople(query: string, limit = 8): Named[] {
    return ranked(this.people, query, limit);
  }

  searchOrganizations(query: string, limit = 8): Named[] {
    return ranked(this.organizations, query, limit);
  }

  /** The people named in a text by their Korean name or an alias: a start for a meeting the assistant missed. */
  mentionedIn(text: string): string[] {
    return this.people
      .filter((p) => p.names.some((n) => n.length >= 2 && /[가-힣]/.test(n) && text.includes(n)))
      .map((p) => p.id);
  }
}
