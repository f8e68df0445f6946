import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { missingFile } from './preview';

describe('the site address', () => {
  it('gives Vite its base path, so assets, data and meeting pages load under it', async () => {
    const before = process.env.MG_SITE_URL;
    try {
      for (const [site, base] of [
        ['https://example.org/meeting-graph/', '/meeting-graph/'],
        ['https://example.org/a/b', '/a/b/'],
        ['', '/'],
      ]) {
        process.env.MG_SITE_URL = site;
        const config = await resolveConfig({ configFile: 'vite.config.ts', configLoader: 'runner' }, 'build');
        expect(config.base, site).toBe(base);
      }
    } finally {
      if (before === undefined) delete process.env.MG_SITE_URL;
      else process.env.MG_SITE_URL = before;
    }
  });
});

describe('files the preview server does not have', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'mg-serve-'));
  mkdirSync(path.join(root, 'data'));
  writeFileSync(path.join(root, 'data/graph.json'), '{}');
  mkdirSync(path.join(root, 'data/folder.json'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ['/data/graph.json', '/', false],
    ['/g/data/graph.json', '/g/', false],
    ['/data/missing.json', '/', true],
    ['/data/folder.json', '/', true],
    ['/m/x/card.png', '/', true],
    ['/../../etc/hosts.txt', '/', true],
    ['/%E0%A4%A.json', '/', true],
    ['/meeting/abc', '/', false],
    ['/', '/', false],
  ])('%s under %s is missing: %s', (pathname, base, missing) => {
    expect(missingFile(root, base, pathname)).toBe(missing);
  });
});
