// Stage 3b: checks across records: ids, references, roles, parent cycles and verbatim quotes.
import type { AgreementSource, MeetingSource } from '../../../core/schema/source';
import { QuoteTable, quotePreview } from '../../common/quotes';
import type { Located, Problem, SchemaChecked, ValuePath, Validated } from './types';

type Entry = { kind: 'person' | 'organization'; at: Located<unknown> };

export function crossCheck(checked: SchemaChecked): { validated: Validated; quotes: QuoteTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const { failedIds } = checked;
  const report = (rec: Located<unknown>, sub: ValuePath, message: string, atKey = false) =>
    problems.push({ file: rec.locator.file, ...rec.locator.locate([...rec.path, ...sub], atKey), message });
  const where = (rec: Located<unknown>) => {
    const { line, column } = rec.locator.locate([...rec.path, 'id']);
    return `${rec.locator.file}:${line}:${column}`;
  };

  // People and organisations share one id namespace: an id names exactly one entity.
  const entities = new Map<string, Entry>();
  for (const [kind, list] of [
    ['person', checked.people],
    ['organization', checked.organizations],
  ] as const) {
    for (const rec of list) {
      const first = entities.get(rec.value.id);
      if (first) {
        const what = first.kind === kind ? '' : ` (used by ${first.kind} "${rec.value.id}")`;
        report(rec, ['id'], `${kind} "${rec.value.id}": duplicate id${what}; first defined at ${where(first.at)}`);
      } else entities.set(rec.value.id, { kind, at: rec });
    }
  }
  const unique = <T extends { id: string }>(list: Located<T>[], kind: string): Located<T>[] => {
    const seen = new Map<string, Located<T>>();
    for (const rec of list) {
      const first = seen.get(rec.value.id);
      if (first) report(rec, ['id'], `${kind} "${rec.value.id}": duplicate id; first defined at ${where(first)}`);
      else seen.set(rec.value.id, rec);
    }
    return [...seen.values()];
  };
  const people = unique(checked.people, 'person');
  const organizations = unique(checked.organizations, 'organization');
  const meetings = unique(checked.meetings, 'meeting');
  const agreements = unique(checked.agreements, 'agreement');

  const articles: Validated['articles'] = new Map();
  for (const a of checked.articles) if (a.text !== null) articles.set(a.id, { meta: a.meta, text: a.text });
  const unreadable = new Set(checked.articles.filter((a) => a.text === null).map((a) => a.id));

  const ref = (rec: Located<unknown>, sub: ValuePath, who: string, id: string, want: 'person' | 'organization') => {
    const found = entities.get(id);
    if (found?.kind === want || (!found && (failedIds.has(id) || checked.entitiesIncomplete))) return;
    const message = found
      ? `"${id}" is ${found.kind === 'person' ? 'a person' : 'an organization'}, not ${want === 'person' ? 'a person' : 'an organization'}`
      : `unknown ${want} "${id}"`;
    report(rec, sub, `${who}: ${message}`);
  };
  const twice = (rec: Located<unknown>, sub: string, who: string, ids: string[], seen = new Set<string>()) =>
    ids.forEach((id, i) => {
      if (seen.has(id)) report(rec, [sub, i], `${who}: "${id}" is listed twice in ${sub}`);
      seen.add(id);
    });

  for (const rec of people) {
    const who = `person "${rec.value.id}"`;
    const orgs = new Set<string>();
    rec.value.affiliations.forEach((a, i) => {
      ref(rec, ['affiliations', i, 'org'], who, a.org, 'organization');
      if (orgs.has(a.org)) report(rec, ['affiliations', i, 'org'], `${who}: affiliated with "${a.org}" twice`);
      orgs.add(a.org);
    });
  }

  const parentOf = new Map<string, string>();
  for (const rec of organizations) {
    if (rec.value.parent === undefined) continue;
    ref(rec, ['parent'], `organization "${rec.value.id}"`, rec.value.parent, 'organization');
    parentOf.set(rec.value.id, rec.value.parent);
  }
  for (const rec of organizations) {
    const chain = [rec.value.id];
    for (let p = parentOf.get(rec.value.id); p !== undefined && chain.length <= parentOf.size; p = parentOf.get(p)) {
      if (p === rec.value.id) {
        // Report a loop once, at its smallest id.
        if (chain.every((id) => id >= rec.value.id))
          report(rec, ['parent'], `organization "${rec.value.id}": parent chain loops: ${[...chain, p].join(' → ')}`);
        break;
      }
      if (chain.includes(p)) break;
      chain.push(p);
    }
  }

  /** False when the article is unknown (reported here) or unreadable (reported when loading). */
  const knownArticle = (rec: Located<unknown>, sub: ValuePath, who: string, article: string) => {
    if (articles.has(article)) return true;
    if (!unreadable.has(article) && !failedIds.has(article)) report(rec, sub, `${who}: unknown article "${article}"`);
    return false;
  };
  // Quotes are searched for after all records are seen, one article at a time.
  const quotes = new QuoteTable();
  const cited: { rec: Located<unknown>; sub: ValuePath; who: string; article: string; quote: string }[] = [];
  const checkQuote = (rec: Located<unknown>, sub: ValuePath, who: string, article: string, quote: string) => {
    quotes.request(article, quote);
    cited.push({ rec, sub, who, article, quote });
  };
  const checkSources = (
    rec: Located<Pick<MeetingSource | AgreementSource, 'sources' | 'disagreements'>>,
    who: string,
  ) => {
    rec.value.sources.forEach((s, i) => {
      if (!knownArticle(rec, ['sources', i, 'article'], who, s.article)) return;
      s.quotes.forEach((q, k) => checkQuote(rec, ['sources', i, 'quotes', k], who, s.article, q));
    });
    rec.value.disagreements.forEach((d, i) =>
      d.versions.forEach((v, k) => {
        const sub = ['disagreements', i, 'versions', k];
        if (knownArticle(rec, [...sub, 'article'], who, v.article))
          checkQuote(rec, [...sub, 'quote'], who, v.article, v.quote);
      }),
    );
  };

  for (const rec of meetings) {
    const m = rec.value;
    const who = `meeting "${m.id}"`;
    m.participants.forEach((id, i) => ref(rec, ['participants', i], who, id, 'person'));
    m.attendees.forEach((id, i) => ref(rec, ['attendees', i], who, id, 'person'));
    twice(rec, 'participants', who, m.participants);
    twice(rec, 'attendees', who, m.attendees);
    const principals = new Set(m.participants);
    m.attendees.forEach((id, i) => {
      if (principals.has(id))
        report(rec, ['attendees', i], `${who}: "${id}" is listed both as participant and attendee`);
    });
    checkSources(rec, who);
  }
  for (const rec of agreements) {
    const who = `agreement "${rec.value.id}"`;
    rec.value.parties.forEach((id, i) => ref(rec, ['parties', i], who, id, 'organization'));
    twice(rec, 'parties', who, rec.value.parties);
    checkSources(rec, who);
  }

  for (const rec of checked.evidenceOfFailed) {
    const who = `${rec.path[0] === 'meetings' ? 'meeting' : 'agreement'} "${rec.value.id}"`;
    checkSources(rec, who);
  }

  quotes.resolve((id) => articles.get(id)!.text);
  for (const { rec, sub, who, article, quote } of cited)
    if (!quotes.get(article, quote))
      report(rec, sub, `${who}: quote not found in article "${article}": "${quotePreview(quote)}"`);

  return { validated: { articles, people, organizations, meetings, agreements }, quotes, problems };
}
