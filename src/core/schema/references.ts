// The schema checks each record alone; this checks that the records point at each other correctly.
import type { Graph } from './graph';

const LIMIT = 50;

/** Problems as `path: message` lines, at most LIMIT of them (the caller shows the first few). */
export function checkReferences(graph: Graph): string[] {
  const problems: string[] = [];
  const add = (line: string): boolean => problems.push(line) >= LIMIT;
  const people = new Set<string>();
  const orgs = new Set<string>();
  for (const e of graph.entities) (e.kind === 'person' ? people : orgs).add(e.id);
  const entities = (id: string) => people.has(id) || orgs.has(id);
  const articles = new Set(graph.articles.map((a) => a.id));

  // One id names one thing: a second record with it would silently replace the first.
  const duplicates = (namespace: [string, readonly { id: string }[]][]) => {
    const first = new Map<string, string>();
    for (const [path, list] of namespace)
      for (let i = 0; i < list.length; i++) {
        const at = first.get(list[i].id);
        if (at === undefined) first.set(list[i].id, `${path}[${i}]`);
        else if (add(`${path}[${i}].id: duplicate id "${list[i].id}" (also ${at})`)) return true;
      }
    return false;
  };
  if (
    duplicates([['entities', graph.entities]]) ||
    duplicates([
      ['meetings', graph.meetings],
      ['agreements', graph.agreements],
    ]) ||
    duplicates([['articles', graph.articles]])
  )
    return problems;

  const reporters = (path: string, list: readonly string[]) =>
    list.some((a, i) => !articles.has(a) && add(`${path}.articles[${i}]: unknown article "${a}"`));
  // Paths are built only for records with a problem: most large files have none, and strings cost.
  const fine = (ids: readonly string[], known: (id: string) => boolean) => {
    for (const id of ids) if (!known(id)) return false;
    return true;
  };
  const isPerson = (id: string) => people.has(id);
  const isArticle = (id: string) => articles.has(id);

  for (let i = 0; i < graph.meetings.length; i++) {
    const m = graph.meetings[i];
    if (fine(m.participants, isPerson) && fine(m.attendees, isPerson) && fine(m.articles, isArticle)) continue;
    const at = `meetings[${i}]`;
    if (m.participants.some((p, j) => !people.has(p) && add(`${at}.participants[${j}]: unknown person "${p}"`)))
      return problems;
    if (m.attendees.some((p, j) => !people.has(p) && add(`${at}.attendees[${j}]: unknown person "${p}"`)))
      return problems;
    if (reporters(at, m.articles)) return problems;
  }
  for (const [i, a] of graph.agreements.entries()) {
    const at = `agreements[${i}]`;
    if (a.parties.some((p, j) => !entities(p) && add(`${at}.parties[${j}]: unknown party "${p}"`))) return problems;
    if (reporters(at, a.articles)) return problems;
  }
  for (const [i, e] of graph.entities.entries()) {
    if (e.kind === 'person') {
      const bad = e.affiliations.some(
        (af, j) => !orgs.has(af.org) && add(`entities[${i}].affiliations[${j}].org: unknown organisation "${af.org}"`),
      );
      if (bad || (e.group && !orgs.has(e.group) && add(`entities[${i}].group: unknown organisation "${e.group}"`)))
        return problems;
    } else if (e.parent && !orgs.has(e.parent) && add(`entities[${i}].parent: unknown organisation "${e.parent}"`)) {
      return problems;
    }
  }
  return problems;
}
