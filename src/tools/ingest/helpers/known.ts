// What data/ already records, as the assistant reads it: people and organisations with every name they go by,
// the meetings (with their sources' texts, to match and compare against), and the outlets.
import { checkSources, type Validated } from '../../compiler/index';
import { TITLES } from '../korean/lexicon';
import { surnameOf } from '../korean/names';
import type { IngestProblem, Known, KnownEntity, KnownOutlet } from '../pipeline/types';

const SHORT_REF = new RegExp(`^[가-힣一-龥]{1,2}\\s(${TITLES.join('|')})$`);

export function knownFrom(v: Validated): Known {
  const entities = new Map<string, KnownEntity>();
  const parents = new Map(v.organizations.map((o) => [o.value.id, o.value.parent]));
  const withGroups = (org: string) => {
    const out = [org];
    for (let p = parents.get(org); p && !out.includes(p); p = parents.get(p)) out.push(p);
    return out;
  };
  for (const { value: o } of v.organizations)
    entities.set(o.id, {
      id: o.id,
      kind: 'organization',
      ko: o.name.ko,
      en: o.name.en,
      names: [o.name.ko, o.name.en, ...o.aliases],
      orgs: [],
      titles: [],
      ...(o.parent ? { parent: o.parent } : {}),
    });
  for (const { value: p } of v.people)
    entities.set(p.id, {
      id: p.id,
      kind: 'person',
      ko: p.name.ko,
      en: p.name.en,
      // "최 회장" is resolved in context, never as a fixed alias: another article's 최 회장 may be someone else.
      names: [p.name.ko, ...p.aliases.filter((a) => !SHORT_REF.test(a))],
      orgs: [...new Set(p.affiliations.flatMap((a) => withGroups(a.org)))],
      titles: p.affiliations.flatMap((a) => [a.title.ko]),
      surname: surnameOf(p.name.ko),
    });
  const outlets = new Map<string, KnownOutlet>();
  for (const [id, { meta }] of v.articles) {
    const m = /^([a-z0-9]+(?:-[a-z0-9]+)*?)-\d{4}-\d{2}-\d{2}/.exec(id);
    const { ko, en } = meta.value.outlet;
    if (!outlets.has(ko)) outlets.set(ko, { ko, en, slug: m ? m[1] : '' });
  }
  return { entities, meetings: v.meetings, articles: v.articles, outlets: [...outlets.values()] };
}

/** Reads data/ through the compiler: a data folder that does not compile is not one to add to. */
export function loadKnown(dataDir: string): { known: Known | null; problems: IngestProblem[] } {
  const { validated, problems } = checkSources(dataDir);
  if (problems.length > 0)
    return {
      known: null,
      problems: problems.map((p) => ({
        file: p.file,
        line: p.line,
        message: `${p.message} (data/ must compile before an article is added: run npm run compile)`,
      })),
    };
  return { known: knownFrom(validated), problems: [] };
}
