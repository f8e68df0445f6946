import { resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  embedHeaders,
  headersFile,
  headersFor,
  nginxSnippet,
  parseEmbedOrigins,
  readEmbedOrigins,
  SECURITY_HEADERS,
} from './headers';

const NEWS = ['https://news.example.com', 'http://localhost:*'];

describe('MG_EMBED_ORIGINS', () => {
  it('reads origins as CSP writes them', () => {
    expect(parseEmbedOrigins(undefined)).toEqual({ origins: [], problems: [] });
    expect(parseEmbedOrigins(' , ')).toEqual({ origins: [], problems: [] });
    expect(
      parseEmbedOrigins(
        'https://News.Example.com/, http://localhost:*,https://*.example.org:8443, https://news.example.com,http://[::1]:3000',
      ),
    ).toEqual({
      origins: ['https://news.example.com', 'http://localhost:*', 'https://*.example.org:8443', 'http://[::1]:3000'],
      problems: [],
    });
  });

  it.each([
    ['https://news.example.com/articles/1', 'without a path'],
    ['news.example.com', 'scheme://host'],
    ["'self'", 'scheme://host'],
    ['*', 'scheme://host'],
    ['ftp://news.example.com', 'scheme://host'],
    ['https://news.example.com;script-src:*', 'scheme://host'],
    ['https://news.example.com; script-src *', 'commas'],
    ['https://a.com https://b.com', 'commas'],
    ['https://news.example.com:70000', 'port'],
    ['https://user@news.example.com', 'scheme://host'],
  ])('refuses %s, naming it', (value, why) => {
    const { origins, problems } = parseEmbedOrigins(`https://ok.example.com,${value}`);
    expect(origins).toEqual(['https://ok.example.com']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`"${value}"`);
    expect(problems[0]).toContain(why);
    expect(() => readEmbedOrigins(value)).toThrow(/^MG_EMBED_ORIGINS[\s\S]*"/);
  });

  it('stops the build with the bad value named, and builds the embed page beside the app', async () => {
    const before = process.env.MG_EMBED_ORIGINS;
    try {
      process.env.MG_EMBED_ORIGINS = 'https://news.example.com/story';
      await expect(
        resolveConfig({ configFile: 'vite.config.ts', configLoader: 'runner', logLevel: 'silent' }, 'build'),
      ).rejects.toThrow('"https://news.example.com/story" is not an origin');
      delete process.env.MG_EMBED_ORIGINS;
      const config = await resolveConfig({ configFile: 'vite.config.ts', configLoader: 'runner' }, 'build');
      const input = config.build.rolldownOptions.input as Record<string, string>;
      expect(Object.keys(input).sort()).toEqual(['embed', 'main']);
      expect(input.embed).toMatch(/[\\/]embed[\\/]index\.html$/);
    } finally {
      if (before === undefined) delete process.env.MG_EMBED_ORIGINS;
      else process.env.MG_EMBED_ORIGINS = before;
    }
  });
});

describe('headers, page by page', () => {
  it('lets the listed sites frame the embed, and no other page', () => {
    for (const [path, base] of [
      ['/embed/', '/'],
      ['/embed/index.html', '/'],
      ['/embed', '/'],
      ['/g/embed/', '/g/'],
    ]) {
      const h = headersFor(path, base, NEWS);
      expect(h['Content-Security-Policy'], path).toMatch(
        /; frame-ancestors https:\/\/news\.example\.com http:\/\/localhost:\*$/,
      );
      expect(h['X-Frame-Options'], path).toBeUndefined();
      expect(h['X-Content-Type-Options']).toBe('nosniff');
      expect(h['Content-Security-Policy']).toContain("script-src 'self'");
    }
    for (const [path, base] of [
      ['/', '/'],
      ['/index.html', '/'],
      ['/embed/other.html', '/'],
      ['/embedded/', '/'],
      ['/m/x/', '/'],
      ['/embed/', '/g/'],
      ['/assets/index.js', '/'],
    ])
      expect(headersFor(path, base, NEWS), `${path} under ${base}`).toBe(SECURITY_HEADERS);
  });

  it('with no origins listed, the embed is as unframeable as every page', () => {
    expect(embedHeaders([])).toBe(SECURITY_HEADERS);
    expect(headersFor('/embed/', '/', [])['X-Frame-Options']).toBe('DENY');
  });
});

/** `_headers` as Cloudflare Pages reads it: rules in order; a `! Name` line drops what a broader rule set. */
function headersOn(file: string, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  let applies = false;
  for (const line of file.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      applies = line === path || (line.endsWith('*') && path.startsWith(line.slice(0, -1)));
      continue;
    }
    if (!applies) continue;
    const detach = /^\s+!\s*(\S+)$/.exec(line);
    if (detach) delete out[detach[1]];
    else {
      const [, k, v] = /^\s+([^:]+):\s(.*)$/.exec(line)!;
      out[k] = out[k] ? `${out[k]}, ${v}` : v;
    }
  }
  return out;
}

describe('headers for static hosts', () => {
  it('_headers: every path unframeable, the embed framed by its sites only', () => {
    const file = headersFile('/g/', NEWS);
    expect(headersOn(file, '/g/')).toEqual(SECURITY_HEADERS);
    expect(headersOn(file, '/g/m/x/')).toEqual(SECURITY_HEADERS);
    expect(headersOn(file, '/g/embed/')).toEqual(embedHeaders(NEWS));
    expect(headersOn(file, '/g/embed/index.html')).toEqual(embedHeaders(NEWS));
    expect(headersOn(headersFile('/', []), '/embed/')).toEqual(SECURITY_HEADERS);
  });

  it('nginx: the embed’s framing chosen by its path, the rest as before', () => {
    expect(nginxSnippet('/', [])).toContain(`add_header X-Frame-Options "DENY" always;`);
    const snippet = nginxSnippet('/g.1/', NEWS);
    const quoted = /^if \(\$uri ~ "((?:[^"\\]|\\.)*)"\) \{$/m.exec(snippet)![1];
    const page = new RegExp(quoted.replace(/\\(["\\])/g, '$1'));
    for (const p of ['/g.1/embed/', '/g.1/embed/index.html']) expect(p).toMatch(page);
    for (const p of ['/g.1/', '/g.1/embed/x.js', '/gx1/embed/', '/g.1/embed/index.html/']) expect(p).not.toMatch(page);
    expect(snippet).toContain(`set $mg_frame_ancestors "https://news.example.com http://localhost:*";`);
    expect(snippet).toContain(`frame-ancestors $mg_frame_ancestors" always;`);
    expect(snippet).toContain('add_header X-Frame-Options $mg_frame_options always;');
    expect(snippet).toContain('large_client_header_buffers 4 64k;');
  });
});
