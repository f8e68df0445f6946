// One meeting told several times in one article: folded into one proposal.
import { describe, expect, it } from 'vitest';
import { oneMeetingPerGathering, onePerRecorded } from './sameMeeting';
import type { Gathered } from '../pipeline/types';

const told = (principals: string[], text: string, date = '2015-11-19'): Gathered => ({
  happened: true,
  tenseCues: [],
  principals,
  attendees: [],
  date: { date, precision: 'day', cue: '19일' },
  kind: 'dinner',
  sentences: [{ i: 0, start: 0, end: text.length, text, line: 1, role: 'body' }],
  cues: ['만찬'],
});

describe('oneMeetingPerGathering', () => {
  it("folds a caption naming most of a gathering's guests, and one more, into the gathering", () => {
    const list = told(['a', 'b', 'c', 'd', 'e'], '만찬에는 A, B, C, D, E가 참석했다.');
    const caption = told(['a', 'b', 'c', 'f'], 'A, B, C, F가 건배하고 있다.');
    const out = oneMeetingPerGathering([list, caption]);
    expect(out.map((g) => [...g.principals].sort())).toEqual([['a', 'b', 'c', 'd', 'e', 'f']]);
  });

  it('takes the day of a report of the same people into a gathering told only by its month', () => {
    const month = {
      ...told(['a', 'b', 'c', 'd'], 'A, B, C, D가 지난달 회동했다.'),
      date: { date: '2015-10', precision: 'month' as const, cue: '지난달' },
    };
    const day = told(['a', 'b', 'c'], 'A, B, C는 지난달 31일 만났다.', '2015-10-31');
    const out = oneMeetingPerGathering([month, day]);
    expect(out.map((g) => [g.principals.length, g.date.date])).toEqual([[4, '2015-10-31']]);
  });

  it('keeps apart a meeting of fewer people the text sets apart, and one of another day', () => {
    const list = told(['a', 'b', 'c', 'd'], '만찬에는 A, B, C, D가 참석했다.');
    const aside = told(['a', 'b'], 'A는 B와 별도로 만났다.');
    const later = told(['a', 'b', 'c'], 'A, B, C가 다시 만났다.', '2015-11-20');
    expect(oneMeetingPerGathering([list, aside, later])).toHaveLength(3);
  });
});

describe('onePerRecorded', () => {
  const recorded = (g: Gathered) => (g.principals.includes('a') ? 'recorded-m1' : undefined);
  it('folds the reports one sentence tells of a meeting the archive records once ("A는 B, C를 만나")', () => {
    const both = told(['a', 'b'], 'A는 B 서기, C 성장을 만났다.');
    const second = { ...told(['a', 'c'], ''), sentences: both.sentences };
    const out = onePerRecorded([both, second], recorded);
    expect(out.map((g) => [...g.principals].sort())).toEqual([['a', 'b', 'c']]);
  });

  it('keeps apart meetings told in sentences of their own, or set apart ("각각")', () => {
    const first = told(['a', 'b'], 'A는 B를 만났다.');
    const second = told(['a', 'c'], 'A는 이어 C를 만났다.');
    expect(onePerRecorded([first, second], recorded)).toHaveLength(2);
    const each = told(['a', 'b'], 'A는 B, C와 각각 미팅을 했다.');
    expect(onePerRecorded([each, { ...told(['a', 'c'], ''), sentences: each.sentences }], recorded)).toHaveLength(2);
  });
});
