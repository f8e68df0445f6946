// The README is for readers and editors: it starts with the two commands, then reading, adding, sharing, stopping
// and publishing, and stays short; what maintainers need is in docs/, and every link between them leads somewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const docs = readdirSync('docs')
  .filter((f) => f.endsWith('.md'))
  .map((f) => path.join('docs', f));
const headings = (text: string) => [...text.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]);
/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

describe('the README', () => {
  it('starts with the command that starts the app and the one that runs every test', () => {
    const first = readme.match(/^# Meeting Graph\n\n```sh\n([\s\S]*?)```/);
    expect(first?.[1].split('\n').map((l) => l.split('#')[0].trim())).toEqual([
      'npm install && npm start',
      'npm install && npm test',
      '',
    ]);
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
    expect(scripts.start).toMatch(/compile.*build.*preview/);
    expect(readFileSync('scripts/test.sh', 'utf8')).toContain('scripts/ensure-browser.sh');
  });

  it('is for readers and editors, in the order they need it', () => {
    const order = [
      'Reading the map',
      'Adding an article',
      "At the editor's desk",
      'Sharing',
      'Stopping and restarting',
      'How changes reach readers',
    ];
    const found = headings(readme);
    expect(order.map((h) => found.indexOf(h))).toEqual(order.map((h) => found.indexOf(h)).sort((a, b) => a - b));
    expect(order.filter((h) => !found.includes(h))).toEqual([]);
    expect(readme).toContain('npm run desk');
  });

  it('is short, and leaves serving, benchmarks and test internals to docs/', () => {
    // 8 KiB of reading, and the map-stability figures the README owes its editors.
    expect(Buffer.byteLength(readme)).toBeLessThan(9 * 1024);
    for (const maintainers of ['Serving', 'Tests', 'Performance', 'How it is built'])
      expect(headings(readme)).not.toContain(maintainers);
    const moved = docs.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const fact of ['Content-Security-Policy', 'npm run bench', 'layout:report', 'npm run ingest:eval'])
      expect(moved).toContain(fact);
  });

  it('links only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const file of ['README.md', ...docs]) {
      const text = readFileSync(file, 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [where, hash] = target.split('#');
        const linked = where ? path.join(path.dirname(file), where) : file;
        if (!existsSync(linked)) broken.push(`${file}: ${target}`);
        else if (hash && !headings(readFileSync(linked, 'utf8')).map(anchor).includes(hash))
          broken.push(`${file}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
