import { describe, expect, it } from 'vitest';
import { makeGraph } from '../../testing/graphs';
import { wrap } from './card';
import { describeMeeting } from './describe';
import { readGraph, sharePages, siteFrom } from './pages';
import { meetingHead, withHead } from './tags';

const graph = makeGraph({
  people: [
    { id: 'chey', ko: '최태원', en: 'Chey Tae-won' },
    { id: 'altman', ko: '샘 올트먼', en: 'Sam "the" Altman' },
  ],
  meetings: [{ id: 'jan', date: '2024-01', participants: ['altman', 'chey'], articles: ['a1', 'a2'] }],
});
const TEMPLATE = '<!doctype html><html lang="en"><head><title>Meeting Graph</title></head><body></body></html>';

describe('meeting pages', () => {
  it('tell the meeting in both languages, with absolute URLs for the page and its image', () => {
    const card = describeMeeting(graph, graph.meetings[0]);
    expect(card.date).toEqual({ ko: '2024년 1월 (날짜 미상)', en: 'January 2024 (day not reported)' });
    const head = meetingHead(card, { url: 'https://example.org/graph/' });
    expect(head).toContain('<link rel="canonical" href="https://example.org/graph/m/jan/" />');
    expect(head).toContain('<meta property="og:image" content="https://example.org/graph/m/jan/card.png" />');
    // Names go into attributes escaped: a quote in the data cannot end the attribute.
    expect(head).toContain('Sam &quot;the&quot; Altman');
    expect(head).toContain('기사 2건');
    expect(withHead(TEMPLATE, head)).toMatch(/^<!doctype html><html lang="ko"><head><title>jan · jan<\/title>/);
  });

  it('are written for every meeting, each with a 1200×630 PNG', () => {
    const pages = sharePages(graph, TEMPLATE, { url: 'http://127.0.0.1:4173/' });
    if (!Array.isArray(pages) || 'file' in pages[0]) throw new Error('expected pages');
    expect(pages.map((p) => ('html' in p ? p.html.path : ''))).toEqual(['m/jan/index.html']);
    const png = Buffer.from('image' in pages[0] ? pages[0].image.bytes : []);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('name what is wrong: the site address, graph.json, the page template', () => {
    expect(siteFrom('not a url')).toMatchObject({ file: 'MG_SITE_URL' });
    expect(siteFrom('ftp://x/')).toMatchObject({ file: 'MG_SITE_URL' });
    expect(siteFrom('https://example.org/a')).toEqual({ url: 'https://example.org/a/' });
    expect(readGraph('{', 'dist/data/graph.json')).toEqual([
      expect.objectContaining({ file: 'dist/data/graph.json', message: expect.stringMatching(/^not JSON/) }),
    ]);
    expect(readGraph('{"schemaVersion":3}', 'g.json')).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/^sourceDigest/) }),
    );
    expect(sharePages(graph, '<html></html>', { url: 'http://x/' })).toEqual([
      expect.objectContaining({ file: 'index.html' }),
    ]);
  });
});

describe('wrap', () => {
  const width = (s: string, size: number) => [...s].length * size * 0.5;
  it('breaks at spaces, cuts a word too long for a line, and ends a cut text with an ellipsis', () => {
    expect(wrap('가나 다라 마바', 10, 25, 3, width)).toEqual(['가나 다라', '마바']);
    expect(wrap('가나다라마바사아', 10, 20, 3, width)).toEqual(['가나다라', '마바사아']);
    expect(wrap('one two three four', 10, 40, 1, width)).toEqual(['one two…']);
  });
});
