import { describe, expect, it } from 'vitest';
import { embedUrl, iframeCode } from './embedCode';

/** The attributes of the one `<iframe>` in `html`, as a browser reads them (quoted values, entities decoded). */
function iframeAttributes(html: string): Record<string, string> {
  const m = /^<iframe((?:\s+[a-z]+="[^"]*")*)><\/iframe>$/.exec(html);
  if (!m) throw new Error(`not one iframe: ${html}`);
  const decode = (s: string) =>
    s.replace(/&(amp|quot|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>' })[e]!);
  return Object.fromEntries([...m[1].matchAll(/([a-z]+)="([^"]*)"/g)].map(([, k, v]) => [k, decode(v)]));
}

describe('the embed code', () => {
  it('frames the view’s embed under the app’s base path', () => {
    expect(embedUrl('https://example.org', '/meeting-graph/', '?meeting=a&lang=ko')).toBe(
      'https://example.org/meeting-graph/embed/?meeting=a&lang=ko',
    );
    expect(embedUrl('http://127.0.0.1:4173', '/', '')).toBe('http://127.0.0.1:4173/embed/');
  });

  it('is one iframe with a size and a title, whatever the title holds', () => {
    const code = iframeCode('https://example.org/embed/?meeting=a&org=b', 'Meeting Graph: "SK" & <Samsung>');
    const a = iframeAttributes(code);
    expect(a.src).toBe('https://example.org/embed/?meeting=a&org=b');
    expect(a.title).toBe('Meeting Graph: "SK" & <Samsung>');
    expect(a.width).toBe('100%');
    expect(Number(a.height)).toBeGreaterThanOrEqual(480);
  });
});
