import { describe, expect, it } from 'vitest';
import { buildStylesheet, type StyleOptions } from './stylesheet';

const options: StyleOptions = {
  lang: 'en',
  maxEdge: 4,
  maxPerson: 9,
  maxMembers: 400,
  large: true,
  scale: 5,
  groupScale: 11,
  groupShrink: 1,
};

/** The style a rule gives, the last rule for a selector winning as in Cytoscape. */
function rule(sheet: ReturnType<typeof buildStylesheet>, selector: string): Record<string, unknown> {
  const rules = (sheet as { selector: string; style: Record<string, unknown> }[]).filter(
    (r) => r.selector === selector,
  );
  return Object.assign({}, ...rules.map((r) => r.style));
}

describe('the stylesheet at scale', () => {
  it('hides small labels when zoomed out, except for the neighbourhood in focus', () => {
    const sheet = buildStylesheet(options);
    expect(rule(sheet, 'node')['min-zoomed-font-size']).toBe(9);
    expect(rule(sheet, 'node.highlighted')['min-zoomed-font-size']).toBe(0);
    const order = (sheet as { selector: string }[]).map((r) => r.selector);
    expect(order.indexOf('node.highlighted')).toBeGreaterThan(order.indexOf('node'));
  });

  it('draws agreement and affiliation lines solid (dotted lines cost a software frame ten times more)', () => {
    const sheet = buildStylesheet(options);
    expect(rule(sheet, 'edge.agr')['line-style']).toBe('solid');
    expect(rule(sheet, 'edge.aff')['line-style']).toBeUndefined();
    const small = buildStylesheet({ ...options, large: false });
    expect(rule(small, 'edge.agr')['line-style']).toBe('dotted');
    expect(rule(small, 'edge.aff')['line-style']).toBe('dashed');
  });

  it('draws many collapsed organisations smaller, and their labels only once readable', () => {
    const few = rule(buildStylesheet(options), 'node.org.collapsed');
    const many = rule(buildStylesheet({ ...options, groupShrink: 0.5 }), 'node.org.collapsed');
    expect(many['font-size']).toBeCloseTo((few['font-size'] as number) / 2, 1);
    // Too small to read: no label, unless in focus.
    expect(rule(buildStylesheet(options), 'node.org.collapsed.quiet').label).toBe('');
    expect(rule(buildStylesheet(options), 'node.org.collapsed.quiet.highlighted').label).toBe('data(cen)');
  });

  it('labels a collapsed organisation with its people count, in the reader’s language', () => {
    expect(rule(buildStylesheet(options), 'node.org.collapsed').label).toBe('data(cen)');
    expect(rule(buildStylesheet({ ...options, lang: 'ko' }), 'node.org.collapsed').label).toBe('data(cko)');
  });
});

describe('motion', () => {
  it('fades elements in and out on a small graph, unless the reader asked for less motion', () => {
    const small = { ...options, large: false };
    expect(rule(buildStylesheet(small), 'node')['transition-property']).toBe('opacity');
    expect(rule(buildStylesheet({ ...small, reducedMotion: true }), 'node')['transition-property']).toBeUndefined();
  });
});
