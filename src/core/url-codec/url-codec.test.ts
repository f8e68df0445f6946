import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { altmanCheyGraph } from '../../testing/graphs';
import { buildIndex } from '../graph';
import { cleanNav } from './clean';
import { parseNav } from './parse';
import { serializeNav } from './serialize';
import { addressLink, meetingPagePath } from './address';
import { displayValue, groupNotices } from './utils';
import type { NavState } from './types';
import { STRINGS } from '../../i18n/tables';

const index = buildIndex(
  altmanCheyGraph([
    { id: 'june', date: '2024-06' },
    { id: 'feb', date: '2025-02-04' },
  ]),
);
const kinds = (search: string) => parseNav(search).notices.map((n) => n.kind);
const clean = (s: Partial<NavState>) => cleanNav({ orgs: [], ...s }, index);

describe('parseNav', () => {
  it('reads every parameter', () => {
    expect(parseNav('?meeting=june&person=chey&from=2024-06&to=2025-01-31&org=sk&org=openai&lang=en')).toEqual({
      state: { meeting: 'june', person: 'chey', from: '2024-06', to: '2025-01-31', orgs: ['sk', 'openai'], lang: 'en' },
      notices: [],
    });
    expect(parseNav('')).toEqual({ state: { orgs: [] }, notices: [] });
  });

  it('drops each malformed part with a notice', () => {
    expect(kinds('?from=2024-13&to=2024-02-30')).toEqual(['malformed-date', 'malformed-date']);
    expect(kinds('?meeting=a&meeting=b')).toEqual(['duplicate']);
    expect(parseNav('?meeting=a&meeting=b').state.meeting).toBe('a');
    expect(kinds('?org=sk&org=sk')).toEqual(['duplicate']);
    expect(kinds('?person=&org=')).toEqual(['empty', 'empty']);
    expect(kinds(`?meeting=${'x'.repeat(201)}`)).toEqual(['too-long']);
    expect(kinds('?lang=fr')).toEqual(['invalid-lang']);
    expect(kinds('?utm_source=x&lang=ko')).toEqual(['unknown-param']);
    expect(parseNav('?from=bad&from=2024-06').state.from).toBe('2024-06');
  });

  it('names the parameter and a truncated value in plain text', () => {
    const [n] = parseNav(`?meeting=${'<b>'.repeat(100)}`).notices;
    expect(n.param).toBe('meeting');
    expect(n.value.length).toBeLessThanOrEqual(40);
    expect(n.value.startsWith('<b><b>')).toBe(true);
    expect(STRINGS.en.notice[n.kind](n.param, n.value)).toBe('Ignored “meeting”: the value is too long.');
    const [date] = parseNav('?from=2024-13').notices;
    expect(STRINGS.en.notice[date.kind](date.param, date.value)).toBe(
      'Ignored “from=2024-13”: not a date (use YYYY-MM-DD or YYYY-MM).',
    );
  });
});

describe('grouping and organisations drawn as one node', () => {
  it('reads them, and says what cannot go together', () => {
    expect(parseNav('?grouped=1&collapsed=all&open=sk').state).toEqual({
      orgs: [],
      grouped: true,
      collapse: { base: 'all', ids: ['sk'] },
    });
    expect(parseNav('?collapsed=sk&collapsed=openai').state.collapse).toEqual({ base: 'none', ids: ['sk', 'openai'] });
    expect(parseNav('?collapsed=none').state.collapse).toEqual({ base: 'none', ids: [] });
    expect(kinds('?collapsed=all&collapsed=sk&open=openai')).toEqual(['conflict']);
    expect(kinds('?collapsed=sk&open=openai')).toEqual(['conflict']);
    expect(kinds('?grouped=yes')).toEqual(['invalid-value']);
  });

  it('drops organisations that are not drawn as one node, with a notice', () => {
    const { state, notices } = clean({ collapse: { base: 'none', ids: ['sk', 'chey', 'nowhere'] } });
    expect(state.collapse).toEqual({ base: 'none', ids: ['sk'] });
    expect(notices.map((n) => [n.kind, n.value])).toEqual([
      ['unknown-id', 'chey'],
      ['unknown-id', 'nowhere'],
    ]);
  });
});

describe('cleanNav', () => {
  it('drops unknown ids', () => {
    const { state, notices } = clean({ meeting: 'x', person: 'y', orgs: ['sk', 'z'] });
    expect(state).toEqual({ orgs: ['sk'] });
    expect(notices.map((n) => [n.kind, n.param, n.value])).toEqual([
      ['unknown-id', 'meeting', 'x'],
      ['unknown-id', 'person', 'y'],
      ['unknown-id', 'org', 'z'],
    ]);
    expect(STRINGS.ko.notice[notices[0].kind](notices[0].param, notices[0].value)).toContain('meeting=x');
  });

  it('accepts an organisation as the selected entity', () => {
    expect(clean({ person: 'sk' })).toEqual({ state: { person: 'sk', orgs: [] }, notices: [] });
  });

  it('keeps the meeting when a person is also given', () => {
    const { state, notices } = clean({ meeting: 'feb', person: 'chey' });
    expect(state).toEqual({ meeting: 'feb', orgs: [] });
    expect(notices.map((n) => n.kind)).toEqual(['conflict']);
  });

  it('opens a pair only for two people who met', () => {
    expect(clean({ person: 'chey', with: 'altman' })).toEqual({
      state: { person: 'chey', with: 'altman', orgs: [] },
      notices: [],
    });
    const why = (s: Partial<NavState>) => clean(s).notices.map((n) => [n.kind, n.param]);
    expect(why({ with: 'altman' })).toEqual([['conflict', 'with']]);
    expect(why({ person: 'sk', with: 'altman' })).toEqual([['conflict', 'with']]);
    expect(why({ person: 'chey', with: 'nobody' })).toEqual([['unknown-id', 'with']]);
    expect(why({ person: 'chey', with: 'chey' })).toEqual([['never-met', 'with']]);
    expect(clean({ meeting: 'feb', person: 'chey', with: 'altman' }).state).toEqual({ meeting: 'feb', orgs: [] });
    expect(serializeNav({ person: 'altman', with: 'chey', orgs: [] })).toBe('?person=altman&with=chey');
  });

  it('swaps a reversed range and says so', () => {
    const { state, notices } = clean({ from: '2024-07', to: '2024-06' });
    expect(state).toEqual({ from: '2024-06', to: '2024-07', orgs: [] });
    expect(notices.map((n) => n.kind)).toEqual(['reversed-range']);
    expect(clean({ from: '2024-06-15', to: '2024-06' }).notices).toEqual([]);
  });

  it('shows everything when the range misses the data entirely', () => {
    for (const s of [{ from: '2020-01', to: '2020-02' }, { from: '2026-01' }, { to: '2023-12-31' }]) {
      const { state, notices } = clean(s);
      expect(state).toEqual({ orgs: [] });
      expect(notices.map((n) => n.kind)).toEqual(['out-of-range']);
    }
    expect(clean({ from: '2020-01', to: '2024-06-01' }).notices).toEqual([]);
  });

  it('widens the range to include the selected meeting', () => {
    const { state, notices } = clean({ meeting: 'june', from: '2024-08', to: '2024-12' });
    expect(state).toEqual({ meeting: 'june', from: '2024-06', to: '2024-12', orgs: [] });
    expect(notices.map((n) => n.kind)).toEqual(['out-of-range']);
    expect(clean({ meeting: 'feb', from: '2024-06', to: '2024-07' }).state.to).toBe('2025-02-04');
    expect(clean({ meeting: 'june', from: '2024-06-30' }).notices).toEqual([]);
  });
});

describe('serializeNav', () => {
  it('writes parameters in canonical order', () => {
    const s: NavState = { lang: 'ko', orgs: ['sk', 'openai'], to: '2025-01', from: '2024-06-03', person: 'chey' };
    expect(serializeNav(s)).toBe('?person=chey&from=2024-06-03&to=2025-01&org=sk&org=openai&lang=ko');
    expect(serializeNav({ orgs: [] })).toBe('');
  });

  it('leaves out a range edge that is the data edge', () => {
    expect(serializeNav({ from: '2024-06', to: '2025-02', orgs: [] }, index.span)).toBe('');
    expect(serializeNav({ from: '2024-07', to: '2025-02', orgs: [] }, index.span)).toBe('?from=2024-07');
  });

  const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
  const org = id.filter((v) => v !== 'all' && v !== 'none');
  const date = fc
    .record({
      y: fc.integer({ min: 1900, max: 2100 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.option(fc.integer({ min: 1, max: 28 })),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}${d ? `-${String(d).padStart(2, '0')}` : ''}`);
  const state = fc.record(
    {
      meeting: id,
      person: id,
      from: date,
      to: date,
      orgs: fc.uniqueArray(id, { maxLength: 4 }),
      grouped: fc.constant(true as const),
      collapse: fc.oneof(
        fc.record({ base: fc.constant('all' as const), ids: fc.uniqueArray(org, { maxLength: 3 }) }),
        fc.record({ base: fc.constant('none' as const), ids: fc.uniqueArray(org, { maxLength: 3 }) }),
      ),
      lang: fc.constantFrom('ko' as const, 'en' as const),
    },
    { requiredKeys: ['orgs'] },
  );

  it('round-trips through parseNav', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(parseNav(serializeNav(s))).toEqual({ state: s, notices: [] });
      }),
    );
  });
});

describe('addressLink', () => {
  const link = (path: string, search = '', hash = '', base = '/') => addressLink(path, search, hash, base);
  it('follows a meeting page and the other forms of a link to the app’s own link', () => {
    expect(link('/m/2025-02-04-altman-chey/')).toEqual({ url: '/?meeting=2025-02-04-altman-chey' });
    expect(link('/m/x', '?lang=en')).toEqual({ url: '/?meeting=x&lang=en' });
    expect(link('/base/m/x/index.html', '?meeting=y&org=sk', '#g', '/base/')).toEqual({
      url: '/base/?meeting=x&org=sk#g',
    });
    expect(link(`/${meetingPagePath('a b')}`)).toEqual({ url: '/?meeting=a+b' });
    expect(link('/meeting/x')).toEqual({ url: '/?meeting=x' });
    expect(link('/person/chey/')).toEqual({ url: '/?person=chey' });
    expect(link('/', '', '#?meeting=x&lang=ko')).toEqual({ url: '/?meeting=x&lang=ko' });
    expect(link('/', '?lang=en', '#/?meeting=x&lang=ko')).toEqual({ url: '/?lang=en&meeting=x' });
    expect(link('/', '', '#/meeting/x')).toEqual({ url: '/?meeting=x' });
  });

  it('leaves the app’s own links alone, and names any other path', () => {
    for (const [path, search, hash] of [
      ['/', '?meeting=x', ''],
      ['/index.html', '', '#g'],
      ['/', '', '#section'],
    ])
      expect(link(path, search, hash)).toBeNull();
    expect(link('/m/', '?lang=en')).toEqual({ url: '/?lang=en', unknownPath: '/m/' });
    expect(link('/m/%E0%A4%A/')).toEqual({ url: '/', unknownPath: '/m/%E0%A4%A/' });
    expect(link('/other/m/x/')).toEqual({ url: '/', unknownPath: '/other/m/x/' });
  });
});

describe('groupNotices', () => {
  it('shows three of a kind and counts the rest, keeping other kinds', () => {
    const { notices } = parseNav(
      Array.from({ length: 1000 }, (_, i) => `p${i}=1`).join('&') + '&from=2025-13&from=2025-14',
    );
    const { shown, more } = groupNotices(notices);
    expect(shown.map((n) => n.kind)).toEqual([
      'unknown-param',
      'unknown-param',
      'unknown-param',
      'malformed-date',
      'malformed-date',
    ]);
    expect(more).toEqual([{ kind: 'unknown-param', count: 997 }]);
  });
});

describe('displayValue', () => {
  it('blanks bidirectional controls, so a pasted value cannot reverse the notice around it', () => {
    expect(displayValue('abc\u202edef\u2066g')).toBe('abc def g');
  });
});
