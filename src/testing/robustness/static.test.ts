// Source checks that keep data out of the HTML parser: nothing in src/ turns a string into markup, and links that
// open a new tab cannot reach back into the app.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const SRC = path.join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const abs = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === '__fixtures__' ? [] : sources(abs);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(d.name) && !/\.(test|spec|bench)\.[jt]sx?$/.test(d.name) ? [abs] : [];
  });
}

const files = sources(SRC).map((abs) => ({ file: path.relative(ROOT, abs), text: readFileSync(abs, 'utf8') }));

const SINKS = [
  /dangerouslySetInnerHTML/,
  /\binnerHTML\b/,
  /\bouterHTML\b/,
  /\binsertAdjacentHTML\b/,
  /document\.write/,
];

/** Every `<a …>` opening tag in JSX, attributes included: they may span lines and hold `{() => …}`. */
function anchors(text: string): string[] {
  return [...text.matchAll(/<a\b/g)].map((m) => {
    let depth = 0;
    for (let i = m.index; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
      else if (text[i] === '>' && depth === 0) return text.slice(m.index, i + 1);
    }
    return text.slice(m.index);
  });
}

describe('static checks of src/', () => {
  it('reads the app sources', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.file.endsWith('.tsx'))).toBe(true);
  });

  it.each(SINKS.map((re) => [re.source, re]))('never uses %s', (_name, re) => {
    const hits = files.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, i) => (re.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('gives every target="_blank" link rel="noopener noreferrer"', () => {
    const bad = files.flatMap(({ file, text }) =>
      anchors(text)
        .filter((tag) => /target=(\{\s*)?["'`]_blank["'`]/.test(tag))
        .filter((tag) => !/rel=(\{\s*)?["'`]noopener noreferrer["'`]/.test(tag))
        .map((tag) => `${file}: ${tag.replace(/\s+/g, ' ')}`),
    );
    expect(bad).toEqual([]);
  });

  it('the anchor check sees a bad link when there is one', () => {
    const tags = anchors('<a\n  onClick={() => go()}\n  target="_blank"\n>x</a> <a href="/">y</a>');
    expect(tags).toHaveLength(2);
    expect(tags.filter((t) => /target=(\{\s*)?["'`]_blank["'`]/.test(t))).toHaveLength(1);
  });
});
