// The data folder as it may be found: files missing, misnamed, replaced by folders, links and pipes, or gone
// between listing and reading. Each is a problem naming the file; nothing is read that is not a plain file inside
// the data folder, and nothing hangs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compile, formatProblem } from './index';
import { collect, displayPath } from './pipeline/collect';
import { load } from './pipeline/load';
import { fixtureCopy } from './test-helpers';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function problemsIn(dir: string): Promise<string[]> {
  made.push(dir);
  const r = await compile({ dataDir: dir, layout: false });
  expect(r.graph).toBeNull();
  return r.problems.map((p) => formatProblem(p).replaceAll(displayPath(dir), '<data>'));
}

describe('the data folder', () => {
  it('empty: names every file it should hold', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mg-empty-'));
    expect(await problemsIn(dir)).toEqual([
      '<data>/agreements.yaml:1:1: agreements.yaml is missing: every data folder has agreements.yaml (write "agreements: []" when there are none)',
      '<data>/articles:1:1: articles/ is missing: every data folder has articles/ with <id>.yaml and <id>.txt for each article',
      '<data>/meetings.yaml:1:1: meetings.yaml is missing: every data folder has meetings.yaml (write "meetings: []" when there are none)',
      '<data>/organizations.yaml:1:1: organizations.yaml is missing: every data folder has organizations.yaml (write "organizations: []" when there are none)',
      '<data>/people.yaml:1:1: people.yaml is missing: every data folder has people.yaml (write "people: []" when there are none)',
    ]);
  });

  it('a file renamed by mistake: named, with the name it should have', async () => {
    const dir = fixtureCopy('minimal');
    renameSync(path.join(dir, 'meetings.yaml'), path.join(dir, 'meeting.yaml'));
    const problems = await problemsIn(dir);
    expect(problems).toContainEqual(
      expect.stringMatching(/^<data>\/meeting\.yaml:1:1: unexpected file .*did you mean meetings\.yaml\?/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^<data>\/meetings\.yaml:1:1: meetings\.yaml is missing/));
  });

  it('a folder named like a data file, a dangling link, a link outside, a pipe: each named, none read', async () => {
    const dir = fixtureCopy('minimal');
    const outside = mkdtempSync(path.join(tmpdir(), 'mg-outside-'));
    made.push(outside);
    writeFileSync(path.join(outside, 'secret.txt'), 'not for the graph');
    rmSync(path.join(dir, 'agreements.yaml'));
    mkdirSync(path.join(dir, 'agreements.yaml'));
    const articles = path.join(dir, 'articles');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(articles, 'stolen.txt'));
    writeFileSync(path.join(articles, 'stolen.yaml'), 'id: stolen\n');
    symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'people.yaml.link'));
    rmSync(path.join(dir, 'organizations.yaml'));
    execFileSync('mkfifo', [path.join(dir, 'organizations.yaml')]);
    const problems = await problemsIn(dir);
    expect(problems).toContainEqual(
      expect.stringMatching(/^<data>\/agreements\.yaml:1:1: agreements\.yaml is a folder, not a file/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^<data>\/articles\/stolen\.txt:1:1: stolen\.txt is a link to .*secret\.txt, outside the data folder/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^<data>\/organizations\.yaml:1:1: .*not a plain file \(a pipe/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^<data>\/people\.yaml\.link:1:1: unexpected file/));
    expect(problems.join('\n')).not.toContain('not for the graph');
  });

  it('a link to nowhere where a data file should be', async () => {
    const dir = fixtureCopy('minimal');
    rmSync(path.join(dir, 'people.yaml'));
    symlinkSync(path.join(dir, 'gone.yaml'), path.join(dir, 'people.yaml'));
    expect(await problemsIn(dir)).toContainEqual(
      expect.stringMatching(/^<data>\/people\.yaml:1:1: people\.yaml is a link to a file that does not exist/),
    );
  });

  it('a file that vanishes between listing and reading', () => {
    const dir = fixtureCopy('minimal');
    made.push(dir);
    const listed = collect(dir);
    rmSync(path.join(dir, 'people.yaml'));
    const loaded = load(listed);
    expect(loaded.problems.map((p) => p.message)).toEqual([
      'could not be read: it was removed or renamed while the compiler ran; run the compile again',
    ]);
  });
});
