// --apply: accepted proposals land in data/ as edits that leave everything else byte for byte; a draft that does
// not compile leaves data/ exactly as it was.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE, drafted as draftedCopy, type Drafted } from '../../../testing/drafts';
import { applyDraft } from './apply';

const made: Drafted[] = [];
afterAll(() => made.forEach((d) => d.cleanup()));

function drafted(): Drafted {
  const d = draftedCopy();
  made.push(d);
  return d;
}

const files = (data: string) =>
  Object.fromEntries(
    ['people.yaml', 'organizations.yaml', 'meetings.yaml'].map((f) => [f, readFileSync(path.join(data, f), 'utf8')]),
  );

describe('applying a draft', () => {
  it('adds the new meeting, person and article, leaving the rest of each file as it was, then removes the draft', async () => {
    const { data, file, draft } = drafted();
    const before = files(data);
    const result = await applyDraft(file, { dataDir: data });
    expect(result.problems).toEqual([]);
    const after = files(data);
    for (const f of Object.keys(before)) expect(after[f].startsWith(before[f].trimEnd()), f).toBe(true);
    const id = draft.article.record.id;
    expect(readFileSync(path.join(data, 'articles', `${id}.txt`), 'utf8')).toBe(ARTICLE);
    const meetings = parse(after['meetings.yaml']).meetings as {
      date: string;
      participants: string[];
      attendees?: string[];
    }[];
    expect(meetings.find((m) => m.date === '2025-03-05')).toMatchObject({
      participants: ['chey-tae-won', 'altman'],
      attendees: ['gwak-no-jeong'],
    });
    expect(existsSync(file)).toBe(false);
  });

  it('restores data/ byte for byte and keeps the draft when the result does not compile', async () => {
    const { data, file } = drafted();
    const before = files(data);
    // An editor's slip: a participant nobody records.
    writeFileSync(file, readFileSync(file, 'utf8').replace('- chey-tae-won', '- no-such-person'));
    const result = await applyDraft(file, { dataDir: data });
    expect(result.applied).toBeNull();
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(
      /unknown person "no-such-person".*data\/ is unchanged/,
    );
    expect(files(data)).toEqual(before);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(path.join(data, 'articles', 'news-one.txt'), 'utf8')).toContain('올트먼');
  });

  it('names the draft field each problem is in, and checks without changing anything', async () => {
    const { data, file } = drafted();
    const before = files(data);
    expect(await applyDraft(file, { dataDir: data, checkOnly: true })).toMatchObject({ problems: [], checked: true });
    expect(files(data)).toEqual(before);
    writeFileSync(file, readFileSync(file, 'utf8').replace('- chey-tae-won', '- no-such-person'));
    const result = await applyDraft(file, { dataDir: data, checkOnly: true });
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        field: 'meetings[0].record.participants[0]',
        message: expect.stringMatching(/no-such-person/),
      }),
    );
    expect(files(data)).toEqual(before);
    expect(existsSync(file)).toBe(true);
  });

  it('waits for the editor where the draft has no answer yet, and names a broken draft line', async () => {
    const { data, file } = drafted();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/title: .*\n/, 'title: (untitled)\n'));
    expect((await applyDraft(file, { dataDir: data })).problems[0].message).toMatch(/answer the draft's questions/);
    writeFileSync(file, readFileSync(file, 'utf8').replace('accept: true', 'accept: maybe'));
    const broken = await applyDraft(file, { dataDir: data });
    expect(broken.problems[0]).toMatchObject({ file, line: expect.any(Number) });
  });
});
