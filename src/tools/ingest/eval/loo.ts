// Leave-one-out: a copy of data/ as it was before an article was added. Its sources are removed, and with them the
// meetings, agreements, people and organisations that only it reports.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';

interface Sourced {
  id: string;
  participants?: string[];
  attendees?: string[];
  parties?: string[];
  sources: { article: string }[];
  disagreements?: { versions: { article: string }[] }[];
}

interface Person {
  id: string;
  name: { ko: string };
  affiliations?: { org: string }[];
}

interface Org {
  id: string;
  parent?: string;
}

const read = <T>(dir: string, file: string, key: string): T[] =>
  ((parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, T[]>)[key] ?? []) as T[];

/** Drops what only `article` reports; returns the records it took away. */
function without<T extends Sourced>(records: T[], article: string): T[] {
  const kept: T[] = [];
  for (const r of records) {
    const sources = r.sources.filter((s) => s.article !== article);
    if (sources.length === 0) continue;
    const disagreements = (r.disagreements ?? [])
      .map((d) => ({ ...d, versions: d.versions.filter((v) => v.article !== article) }))
      .filter((d) => d.versions.length >= 2);
    kept.push({ ...r, sources, disagreements });
  }
  return kept;
}

export interface LeftOut {
  dir: string;
  /** People the data had only because of this article: the ones the ingest should propose anew (Korean names). */
  newPeople: string[];
  cleanup(): void;
}

export function leaveOut(dataDir: string, article: string): LeftOut {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-loo-'));
  cpSync(dataDir, dir, { recursive: true });
  for (const ext of ['yaml', 'txt']) rmSync(path.join(dir, 'articles', `${article}.${ext}`), { force: true });
  rmSync(path.join(dir, 'drafts'), { recursive: true, force: true });

  const meetings = without(read<Sourced>(dataDir, 'meetings.yaml', 'meetings'), article);
  const agreements = without(read<Sourced>(dataDir, 'agreements.yaml', 'agreements'), article);
  const people = read<Person>(dataDir, 'people.yaml', 'people');
  const orgs = read<Org>(dataDir, 'organizations.yaml', 'organizations');

  const peopleUsed = new Set(meetings.flatMap((m) => [...(m.participants ?? []), ...(m.attendees ?? [])]));
  const keptPeople = people.filter((p) => peopleUsed.has(p.id));
  const orgsUsed = new Set([
    ...keptPeople.flatMap((p) => (p.affiliations ?? []).map((a) => a.org)),
    ...agreements.flatMap((a) => a.parties ?? []),
  ]);
  // Groups stay while a company of theirs does.
  for (let grew = true; grew;) {
    grew = false;
    for (const o of orgs)
      if (orgsUsed.has(o.id) && o.parent && !orgsUsed.has(o.parent)) {
        orgsUsed.add(o.parent);
        grew = true;
      }
  }
  const write = (file: string, key: string, list: unknown[]) =>
    writeFileSync(path.join(dir, file), stringify({ [key]: list }, { lineWidth: 0 }));
  write('meetings.yaml', 'meetings', meetings);
  write('agreements.yaml', 'agreements', agreements);
  write('people.yaml', 'people', keptPeople);
  write(
    'organizations.yaml',
    'organizations',
    orgs.filter((o) => orgsUsed.has(o.id)),
  );
  return {
    dir,
    newPeople: people.filter((p) => !peopleUsed.has(p.id)).map((p) => p.name.ko),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
