// Reading sentences: who is named, what meeting each clause reports, and how reports become proposals.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../compiler/index';
import { knownFrom } from '../helpers/known';
import { readSentences } from '../index';
import { matchRecorded } from './proposals';
import type { MeetingEvent, MentionContext, Sentence } from './types';

const FIXTURE = path.join(import.meta.dirname, '../../compiler/__fixtures__/minimal');
const known = () => knownFrom(checkSources(FIXTURE).validated);

const sentence = (text: string, i = 0): Sentence => ({
  i,
  start: 0,
  end: text.length,
  text,
  line: i + 1,
  role: 'body',
});

/** The stages from the sentences on, as readArticle runs them, over sentences of the body. */
function read(texts: string[], published = '2025-02-04') {
  const k = known();
  const r = readSentences(texts.map(sentence), k, published, 'test.txt');
  return { ctx: r.mentions.context, mentions: r.mentions.bySentence, found: r.events, proposals: r.proposals, k };
}

const names = (ctx: MentionContext) => [...ctx.people.values()].map((p) => [p.name.ko, p.org, p.title]);
const pairs = (events: MeetingEvent[]) =>
  events.map((e) => [
    e.tense,
    [...e.principals].sort().join('+'),
    e.attendees.join('+'),
    e.date && 'date' in e.date ? e.date.date : e.date,
  ]);

describe('names', () => {
  it('finds the people of data/ with particles attached, and their titles', () => {
    const { mentions } = read(['최태원 SK그룹 회장과 올트먼은 만났다.']);
    expect(mentions[0].map((m) => [m.id, m.particle, m.title ?? ''])).toEqual([['chey-tae-won', '과', '회장']]);
  });

  it('proposes new people introduced with an organisation and a title, in either order, never a journalist', () => {
    const { ctx } = read([
      '곽노정 SK하이닉스 사장과 SK하이닉스 김주선 사장이 참석했다.',
      '이규호 코오롱 부회장도 참석했다.',
      '홍길동 기자가 전했다. 사진=박사진 기자',
    ]);
    expect(names(ctx)).toEqual([
      ['곽노정', 'sk-hynix', '사장'],
      ['김주선', 'sk-hynix', '사장'],
      ['이규호', 'koorong', '부회장'],
    ]);
  });

  it('resolves a short reference to the one person it can mean, and to no one when it could be two', () => {
    const one = read(['최태원 SK그룹 회장이 왔다.', '최 회장은 만났다.']);
    expect(one.mentions[1][0].id).toBe('chey-tae-won');
    const two = read([
      '김경훈 오픈AI코리아 대표와 김민수 테스트전자 대표가 만났다.',
      '김 대표는 웃었다.',
      '테스트전자 김 대표는 떠났다.',
    ]);
    expect(two.mentions[1][0]).toMatchObject({ id: '', unresolved: expect.stringContaining(' or ') });
    expect(two.ctx.ambiguous).toHaveLength(1);
    expect(two.mentions[2].find((m) => m.via === 'short')?.id).toBe(two.ctx.people.get('김민수')!.id);
  });
});

describe('meetings', () => {
  it('reads who met whom, and who sat in', () => {
    const { found } = read([
      '샘 올트먼은 4일 최태원 SK그룹 회장과 회동했다.',
      '이 자리에는 곽노정 SK하이닉스 사장도 배석했다.',
    ]);
    expect(pairs(found)).toEqual([
      ['happened', 'altman+chey-tae-won', '', '2025-02-04'],
      ['happened', '', 'gwak-no-jeong', '2025-02-04'],
    ]);
  });

  it('tells what is planned or expected from what happened', () => {
    for (const text of [
      '샘 올트먼은 6일 최태원 회장과 만날 예정이다.',
      '샘 올트먼은 최태원 회장과 회동할 계획이다.',
      '샘 올트먼은 최태원 회장과 만날 것으로 알려졌다.',
    ])
      expect(pairs(read([text]).found)[0][0], text).toBe('planned');
    expect(pairs(read(['샘 올트먼은 최태원 회장과 만난 것으로 알려졌다.']).found)[0][0]).toBe('happened');
  });

  it('dates earlier meetings by what the text says, and never guesses "최근"', () => {
    const earlier = read([
      '샘 올트먼은 최태원 회장과 회동했다.',
      '양사의 만남은 지난해 1월과 같은 해 6월에 이어 세 번째다.',
    ]);
    expect(pairs(earlier.found).map((p) => p[3])).toEqual(['2025-02-04', '2024-01', '2024-06']);
    const recent = read(['샘 올트먼은 최근 최태원 회장과 만났다.']);
    expect(pairs(recent.found)[0][3]).toEqual({ unresolved: '최근' });
  });

  it('meets each in turn when the text says so, all together at a three-way meeting', () => {
    const turns = read(['샘 올트먼은 최태원 회장, 곽노정 SK하이닉스 사장을 연이어 만났다.']);
    expect(turns.proposals.meetings.map((m) => m.principals.length)).toEqual([2, 2]);
    const three = read(['샘 올트먼은 최태원 회장, 곽노정 SK하이닉스 사장과 3자 회동을 했다.']);
    expect(three.proposals.meetings.map((m) => m.principals.length)).toEqual([3]);
  });

  it('does not take meeting reporters for a meeting', () => {
    expect(read(['최태원 회장은 취재진과 만나 소감을 밝혔다.']).found).toEqual([]);
  });
});

describe('proposals', () => {
  it('gathers the sentences of one meeting, and matches it to the meeting data/ records', () => {
    const { proposals, k } = read([
      '샘 올트먼은 4일 최태원 SK그룹 회장과 만났다.',
      '최 회장과 올트먼은 회동 후 헤어졌다.',
    ]);
    const { meetings } = proposals;
    expect(meetings).toHaveLength(1);
    expect(meetings[0].sentences).toHaveLength(2);
    expect(matchRecorded(k, meetings[0])).toEqual({ id: '2025-02-04-altman-chey', refine: false });
    expect(matchRecorded(k, { ...meetings[0], date: { date: '2025-03-01', precision: 'day', cue: '' } })).toBeNull();
  });
});
