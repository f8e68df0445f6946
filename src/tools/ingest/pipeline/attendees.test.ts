// Those who sat in: who joins a meeting as an attendee, and who, as a guest of a gathering, is one who met.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../compiler/index';
import { knownFrom } from '../helpers/known';
import { readSentences } from '../index';
import type { Sentence } from './types';

const FIXTURE = path.join(import.meta.dirname, '../../compiler/__fixtures__/minimal');

const sentence = (text: string, i: number): Sentence => ({
  i,
  start: 0,
  end: text.length,
  text,
  line: i + 1,
  role: 'body',
});

/** The proposals for sentences of the body: each meeting's principals and attendees by name. */
function meetings(texts: string[], published = '2025-02-04') {
  const known = knownFrom(checkSources(FIXTURE).validated);
  const r = readSentences(
    texts.map((t, i) => sentence(t, i)),
    known,
    published,
    'test.txt',
  );
  const name = (id: string) =>
    known.entities.get(id)?.ko ?? [...r.mentions.context.people.values()].find((p) => p.id === id)?.name.ko ?? id;
  return r.proposals.meetings.map((m) => ({
    principals: m.principals.map(name).sort(),
    attendees: m.attendees.map(name).sort(),
  }));
}

describe('guests of a gathering one person hosts', () => {
  it('are principals, in every sentence that lists them', () => {
    expect(
      meetings([
        '김하늘 테스트전자 회장 주재로 4일 열린 간담회는 두 시간 동안 진행됐다.',
        '김 회장 옆에는 최태원 SK그룹 회장이 자리했다.',
        '박바다 샘플화학 회장, 이구름 샘플물산 사장 등도 참석했다.',
      ]),
    ).toEqual([{ principals: ['김하늘', '박바다', '이구름', '최태원'], attendees: [] }]);
  });

  it('are the group a host is said to have met ("총수들을 만났다"), named in the next sentence', () => {
    expect(
      meetings([
        '샘 올트먼은 4일 호텔로 돌아와 국내 기업 총수들을 만났다.',
        '이 자리에는 최태원 SK그룹 회장, 박바다 샘플화학 회장 등이 함께했다.',
      ]),
    ).toEqual([{ principals: ['박바다', '샘 올트먼', '최태원'], attendees: [] }]);
  });
});
