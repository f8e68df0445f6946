// Who an id is, for the desk's forms: the people and organisations data/ records and those the draft proposes.
import type { DeskState, Draft } from './contract';
import type { Lang } from '../core/schema/common';

export interface Named {
  id: string;
  ko: string;
  en: string;
  /** Every name to search by. */
  names: string[];
  /** Proposed by this draft, not yet in data/. */
  proposed: boolean;
}

const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s·.-]+/g, '');

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
    this.people = [...proposed(draft.people ?? []), ...state.people.map((p) => ({ ...p, proposed: false }))];
    this.organizations = [
      ...proposed(draft.organizations ?? []),
      ...state.organizations.map((o) => ({ ...o, proposed: false })),
    ];
    for (const x of [...this.people, ...this.organizations]) if (!this.byId.has(x.id)) this.byId.set(x.id, x);
  }

  name(id: string, lang: Lang): string {
    const x = this.byId.get(id);
    return x ? (lang === 'ko' ? x.ko : x.en) : id;
  }

  /** People whose name or alias contains the query (Korean or English, spaces and case ignored). */
  searchPeople(query: string, limit = 8): Named[] {
    const q = fold(query);
    if (!q) return [];
    return this.people.filter((p) => p.names.some((n) => fold(n).includes(q))).slice(0, limit);
  }

  searchOrganizations(query: string, limit = 8): Named[] {
    const q = fold(query);
    if (!q) return [];
    return this.organizations.filter((o) => o.names.some((n) => fold(n).includes(q))).slice(0, limit);
  }

  /** The people named in a text by their Korean name or an alias: a start for a meeting the assistant missed. */
  mentionedIn(text: string): string[] {
    return this.people
      .filter((p) => p.names.some((n) => n.length >= 2 && /[가-힣]/.test(n) && text.includes(n)))
      .map((p) => p.id);
  }
}
