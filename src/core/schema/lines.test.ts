import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { finish } from './steps';
import { graphFileText, parseGraphText } from './lines';
import type { GraphFile } from './columns';

const shipped = readFileSync('public/data/graph.json', 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string) => finish(parseGraphText(bytes(text)));

/** How many times the parse paused: once per line of the compiler's layout, never for a file parsed whole. */
function pauses(text: string): number {
  const steps = parseGraphText(bytes(text));
  let n = 0;
  while (!steps.next().done) n++;
  return n;
}

describe("graph.json's lines", () => {
  it('writes one column per line, and reads back what JSON.parse reads, a line at a time', () => {
    const file = JSON.parse(shipped) as GraphFile;
    expect(graphFileText(file)).toBe(shipped);
    expect(parse(shipped)).toEqual(file);
    const columns = Object.values(file).filter((v) => typeof v === 'object' && !Array.isArray(v));
    expect(pauses(shipped)).toBe(shipped.trim().split('\n').length - 2 - columns.length);
  });

  it('parses a file laid out otherwise whole, and throws on one that is not JSON', () => {
    const file = JSON.parse(shipped) as unknown;
    for (const text of [JSON.stringify(file), JSON.stringify(file, null, 2), shipped.replace(/\n/g, '\r\n')])
      expect(parse(text)).toEqual(file);
    expect(() => parse(shipped.slice(0, shipped.length / 2))).toThrow(SyntaxError);
    expect(() => parse('<!doctype html>\n<html>')).toThrow(SyntaxError);
    expect(() => parse(shipped.replace('"people":{', '"people":{"x":{'))).toThrow(SyntaxError);
  });

  it('reads keys as JSON.parse does', () => {
    const text = '{\n"__proto__":1,\n"a":{\n"constructor":[2],\n"a":[3]\n},\n"b":"x\\ny"\n}\n';
    const value = parse(text) as Record<string, unknown>;
    expect(value).toEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'a', 'b']);
  });
});
