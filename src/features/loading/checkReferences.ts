// The schema checks each record alone; this checks that the records point at each other correctly.
import type { Graph } from '../../core/schema';

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
  const meetings = new Set(graph.meetings.map((m) => m.id));
  const agreements = new Set(graph.agreements.map((a) => a.id));

  const sources = (path: string, list: { article: string }[]) =>
    list.some(
      (s, i) => !articles.has(s.article) && add(`${path}.sources[${i}].article: unknown article "${s.article}"`),
    );
  // Paths are built only for records with a problem: most large files have none, and strings cost.
  const fine = (ids: readonly string[], known: (id: string) => boolean) => {
    for (const id of ids) if (!known(id)) return false;
    return true;
  };
  const isPerson = (id: string) => people.has(id);
  const isArticle = (s: { article: string }) => articles.has(s.article);

  for (let i = 0; i < graph.meetings.length; i++) {
    const m = graph.meetings[i];
    if (fine(m.participants, isPerson) && fine(m.attendees, isPerson) && m.sources.every(isArticle)) continue;
    const at = `meetings[${i}]`;
    if (m.participants.some((p, j) => !people.has(p) && add(`${at}.participants[${j}]: unknown person "${p}"`)))
      return problems;
    if (m.attendees.some((p, j) => !people.has(p) && add(`${at}.attendees[${j}]: unknown person "${p}"`)))
      return problems;
    if (sources(at, m.sources)) return problems;
  }
  for (const [i, a] of graph.agreements.entries()) {
    const at = `agreements[${i}]`;
    if (a.parties.some((p, j) => !entities(p) && add(`${at}.parties[${j}]: unknown party "${p}"`))) return problems;
    if (sources(at, a.sources)) return problems;
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
  for (let i = 0; i < graph.edges.length; i++) {
    const e = graph.edges[i];
    const items = e.kind === 'met' ? e.meetings : e.kind === 'agreement' ? e.agreements : [];
    const known = e.kind === 'met' ? meetings : agreements;
    if (entities(e.source) && entities(e.target) && fine(items, (id) => known.has(id))) continue;
    const at = `edges[${i}]`;
    if (!entities(e.source) && add(`${at}.source: unknown entity "${e.source}"`)) return problems;
    if (!entities(e.target) && add(`${at}.target: unknown entity "${e.target}"`)) return problems;
    if (
      e.kind === 'met' &&
      e.meetings.some((m, j) => !meetings.has(m) && add(`${at}.meetings[${j}]: unknown meeting "${m}"`))
    )
      return problems;
    if (
      e.kind === 'agreement' &&
      e.agreements.some((a, j) => !agreements.has(a) && add(`${at}.agreements[${j}]: unknown agreement "${a}"`))
    )
      return problems;
  }
  return problems;
}
