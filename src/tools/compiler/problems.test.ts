// One case per kind of problem: the message and the exact file:line:column an editor should jump to.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from './index';
import { FIXTURES, problemsOf, replace } from './test-helpers';

const M = 'meeting "2025-02-04-altman-chey"';
const A = 'agreement "2025-02-openai-sk"';

describe('problems', () => {
  it('accepts the minimal fixture', async () => {
    expect(await problemsOf({})).toEqual([]);
  });

  it('reports a missing data directory instead of throwing', async () => {
    const r = await compile({ dataDir: path.join(FIXTURES, 'no-such-dir') });
    expect(r.graph).toBeNull();
    expect(r.problems.map((p) => [p.file.endsWith('__fixtures__/no-such-dir'), p.message])).toEqual([
      [true, 'data directory not found'],
    ]);
  });

  it('reports every problem of a record: an impossible date and a quote not in its article', async () => {
    const problems = await problemsOf({
      'meetings.yaml': (t) => t.replace('date: 2025-02-04', 'date: 2024-13').replace('약 1시간', '약 2시간'),
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /meetings\.yaml:3:11: meeting "2025-02-04-altman-chey": date: "2024-13" has no month 13$/,
    );
    expect(problems[1]).toMatch(/meetings\.yaml:\d+:\d+: meeting "2025-02-04-altman-chey": quote not found in article/);
  });

  it('rejects quotes with no words and names with no letters or with bidirectional controls', async () => {
    const problems = await problemsOf({
      'meetings.yaml': (t) =>
        t
          .replace('- 회동은 약 1시간 동안 이어졌다.', "- '\u200b'")
          .replace('- 4일 오전', "- '.'\n          - 4일 오전"),
      'people.yaml': (t) =>
        t.replace('ko: 최태원', "ko: '\u200b\u200b'").replace('en: Chey Tae-won', "en: 'Chey \u202eTae-won'"),
    });
    expect(problems).toEqual([
      `<data>/meetings.yaml:17:13: ${M}: sources[0].quotes[0]: has no letters or digits: quote the words of the article`,
      `<data>/meetings.yaml:19:13: ${M}: sources[0].quotes[2]: has no letters or digits: quote the words of the article`,
      '<data>/people.yaml:13:11: person "chey-tae-won": name.ko: has no letters or digits (only spaces, punctuation or invisible characters)',
      '<data>/people.yaml:14:11: person "chey-tae-won": name.en: contains a bidirectional control character (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F or U+061C): remove it',
    ]);
  });

  it('reports a missing required field at its record', async () => {
    expect(await problemsOf({ 'meetings.yaml': replace('    kind: meeting\n', '') })).toEqual([
      `<data>/meetings.yaml:2:5: ${M}: missing required field "kind"`,
    ]);
  });

  it('reports a wrong type at the value', async () => {
    expect(
      await problemsOf({ 'meetings.yaml': replace('    attendees:\n      - aide\n', '    attendees: aide\n') }),
    ).toEqual([`<data>/meetings.yaml:10:16: ${M}: attendees: expected a list, got text "aide"`]);
  });

  it('reports an unknown field at its key', async () => {
    expect(
      await problemsOf({ 'meetings.yaml': replace('    kind: meeting\n', '    kind: meeting\n    venue: x\n') }),
    ).toEqual([`<data>/meetings.yaml:5:5: ${M}: unknown field "venue"`]);
  });

  it('reports an id shared by a person and an organisation', async () => {
    const org = '  - id: altman\n    name:\n      ko: 가\n      en: A\n    kind: company\n';
    expect(await problemsOf({ 'organizations.yaml': (t) => t + org })).toEqual([
      `<data>/organizations.yaml:18:9: organization "altman": duplicate id (used by person "altman"); first defined at <data>/people.yaml:2:9`,
    ]);
  });

  it('reports a duplicate meeting id', async () => {
    const again = (t: string) => t + t.slice('meetings:\n'.length);
    expect(await problemsOf({ 'meetings.yaml': again })).toEqual([
      `<data>/meetings.yaml:19:9: ${M}: duplicate id; first defined at <data>/meetings.yaml:2:9`,
    ]);
  });

  it('reports an unknown person', async () => {
    expect(await problemsOf({ 'meetings.yaml': replace('      - aide\n', '      - nobody\n') })).toEqual([
      `<data>/meetings.yaml:11:9: ${M}: unknown person "nobody"`,
    ]);
  });

  it('reports an organisation where a person is expected', async () => {
    expect(await problemsOf({ 'meetings.yaml': replace('      - aide\n', '      - openai\n') })).toEqual([
      `<data>/meetings.yaml:11:9: ${M}: "openai" is an organization, not a person`,
    ]);
  });

  it('reports an unknown organisation', async () => {
    expect(await problemsOf({ 'agreements.yaml': replace('      - sk-group\n', '      - sk-grp\n') })).toEqual([
      `<data>/agreements.yaml:9:9: ${A}: unknown organization "sk-grp"`,
    ]);
  });

  it('reports an unknown article', async () => {
    expect(await problemsOf({ 'meetings.yaml': replace('article: news-one', 'article: news-two') })).toEqual([
      `<data>/meetings.yaml:15:18: ${M}: unknown article "news-two"`,
    ]);
  });

  it('reports a malformed date with the schema reason', async () => {
    expect(await problemsOf({ 'meetings.yaml': replace('date: 2025-02-04', 'date: 2025-2-4') })).toEqual([
      `<data>/meetings.yaml:3:11: ${M}: date: "2025-2-4" is not a date in the form YYYY-MM-DD or YYYY-MM`,
    ]);
  });

  it('reports impossible dates', async () => {
    expect(
      await problemsOf({
        'meetings.yaml': replace('date: 2025-02-04', 'date: 2025-02-29'),
        'agreements.yaml': replace('date: 2025-02', 'date: 2025-13'),
      }),
    ).toEqual([
      `<data>/agreements.yaml:3:11: ${A}: date: "2025-13" has no month 13`,
      `<data>/meetings.yaml:3:11: ${M}: date: "2025-02-29" is impossible: 2025-02 has 28 days`,
    ]);
  });

  it('reports a quote not in its article, with its first characters', async () => {
    expect(await problemsOf({ 'meetings.yaml': replace('약 1시간', '약 2시간') })).toEqual([
      `<data>/meetings.yaml:18:13: ${M}: quote not found in article "news-one": "회동은 약 2시간 동안 이어졌다."`,
    ]);
    expect(await problemsOf({ 'meetings.yaml': replace('4일 오전 서울 중구에서', '4일 오후 서울 중구에서') })).toEqual([
      `<data>/meetings.yaml:17:13: ${M}: quote not found in article "news-one": "4일 오후 서울 중구에서 최태원 SK그룹 회…"`,
    ]);
  });

  it('reports a YAML syntax error where it is', async () => {
    expect(await problemsOf({ 'people.yaml': replace('      en: Chey Tae-won', '      en: Chey: Tae-won') })).toEqual([
      '<data>/people.yaml:14:11: YAML syntax error: Nested mappings are not allowed in compact mappings',
    ]);
  });

  it('reports an alias to no anchor at the alias, without crashing', async () => {
    expect(await problemsOf({ 'people.yaml': replace('      en: Chey Tae-won', '      en: *nothing') })).toEqual([
      '<data>/people.yaml:14:11: YAML error: Unresolved alias (the anchor must be set before the alias): nothing',
    ]);
  });

  it('reports a list used as a key at the key, instead of turning it into text', async () => {
    expect(await problemsOf({ 'people.yaml': replace('      en: Chey Tae-won', '      ? [a, b]: Chey') })).toEqual([
      '<data>/people.yaml:14:9: YAML error: a key must be plain text, not a list or a map',
    ]);
  });

  it('reports a missing article text, without cascading quote problems', async () => {
    expect(await problemsOf({ 'articles/news-one.txt': () => null })).toEqual([
      `<data>/articles/news-one.yaml:1:5: article "news-one": its text is missing: add articles/news-one.txt beside this file`,
    ]);
  });

  it('reports invalid UTF-8 at the line of the bad byte', async () => {
    const latin1 = (t: string) => {
      const [head, tail] = t.split('업계');
      return Buffer.concat([Buffer.from(head), Buffer.from([0x51, 0xe9]), Buffer.from(tail)]);
    };
    const byte =
      Buffer.byteLength(readFileSync(path.join(FIXTURES, 'minimal/articles/news-one.txt'), 'utf8').split('업계')[0]) +
      1;
    expect(await problemsOf({ 'articles/news-one.txt': latin1 })).toEqual([
      `<data>/articles/news-one.txt:6:2: article "news-one": text is not valid UTF-8 (byte ${byte}): save the file as UTF-8`,
    ]);
  });

  it('reports a non-YAML file in a collection folder and an article whose id is not its name', async () => {
    expect(
      await problemsOf({
        'meetings/notes.md': () => '# notes\n',
        'articles/news-one.yaml': replace('id: news-one', 'id: news-1'),
      }),
    ).toEqual([
      '<data>/articles/news-one.yaml:1:5: article "news-one": id "news-1" must equal the file name "news-one"',
      '<data>/meetings/notes.md:1:1: not a YAML file: only meetings/*.yaml files are read',
    ]);
  });

  it('reports roles, parent cycles and every problem of a run at once', async () => {
    expect(
      await problemsOf({
        'meetings.yaml': (t) => t.replace('      - aide\n', '      - altman\n').replace('news-one\n', 'news-two\n'),
        'organizations.yaml': (t) => t.replace('    kind: group\n', '    kind: group\n    parent: sk-hynix\n'),
        'agreements.yaml': replace('양사가', '양측이'),
      }),
    ).toEqual([
      `<data>/agreements.yaml:15:13: ${A}: quote not found in article "news-one": "양측이 협약을 맺을 것으로 본다."`,
      `<data>/meetings.yaml:11:9: ${M}: "altman" is listed both as participant and attendee`,
      `<data>/meetings.yaml:15:18: ${M}: unknown article "news-two"`,
      '<data>/organizations.yaml:12:13: organization "sk-group": parent chain loops: sk-group → sk-hynix → sk-group',
    ]);
  });
});
