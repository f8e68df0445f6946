// Generated link query strings: real and unknown ids, bad dates, repeats, long values, Unicode, HTML and
// percent-encoding junk. Shared by the unit fuzz test and the e2e spec that opens them in the app.
import fc from 'fast-check';
import type { Graph } from '../../core/schema/graph';

export const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '{{7*7}}',
  '__proto__',
];

/** Raw (unencoded) fragments that break `decodeURIComponent` or confuse a naive parser. */
export const PERCENT_JUNK = ['%E0%A4%A', '%', '%%', '%zz', '%C0%80', '%ED%A0%80', '%FF', '+%2B+', '%00', '%0A%0D'];

const PARAMS = ['meeting', 'person', 'from', 'to', 'org', 'lang'];
const ODD_PARAMS = ['utm_source', '', 'Meeting', 'org[]', '<b>x</b>', '%E0%A4%A', 'constructor'];

const BAD_DATES = [
  '2025-02-30',
  '2025-13',
  '2024-00',
  '2025-2-4',
  '20250204',
  '2025-02-04T00:00',
  '-2025-01',
  '0000-00',
];

export interface LinkPart {
  param: string;
  value: string;
  /** false: the value goes into the query as is, junk included. */
  encoded: boolean;
}

export function linkArb(graph: Graph): fc.Arbitrary<string> {
  const ids = [
    ...graph.meetings.map((m) => m.id),
    ...graph.entities.map((e) => e.id),
    ...graph.agreements.map((a) => a.id),
  ];
  const dates = [...new Set(graph.meetings.map((m) => m.date))];
  const value = fc.oneof(
    { arbitrary: fc.constantFrom(...ids), weight: 4 },
    { arbitrary: fc.constantFrom(...dates, '2020-01', '2030-12-31', '2024-06-15', '2025-10'), weight: 3 },
    { arbitrary: fc.constantFrom(...BAD_DATES), weight: 2 },
    { arbitrary: fc.constantFrom('ko', 'en', 'fr', 'KO', ' en '), weight: 1 },
    { arbitrary: fc.constantFrom(...HOSTILE), weight: 2 },
    { arbitrary: fc.constantFrom('', ' ', 'x'.repeat(201), 'y'.repeat(3000), 'nobody', 'ALTMAN'), weight: 1 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
  );
  const part = fc.record({
    param: fc.oneof({ arbitrary: fc.constantFrom(...PARAMS), weight: 9 }, fc.constantFrom(...ODD_PARAMS)),
    value: fc.oneof({ arbitrary: value, weight: 9 }, fc.constantFrom(...PERCENT_JUNK)),
    encoded: fc.boolean(),
  });
  return fc.array(part, { maxLength: 6 }).map((parts) => `?${parts.map(partText).join('&')}`);
}

function partText({ param, value, encoded }: LinkPart): string {
  if (PERCENT_JUNK.includes(value) || PERCENT_JUNK.includes(param)) return `${param}=${value}`;
  // Raw values still must not contain '&', '#' or '=' that would split the part.
  const raw = (s: string) => s.replace(/[&#=\s%]/g, (c) => encodeURIComponent(c));
  return encoded ? `${encode(param)}=${encode(value)}` : `${raw(param)}=${raw(value)}`;
}

/** encodeURIComponent, with lone surrogates (which it refuses) made well-formed first. */
const encode = (s: string) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));
