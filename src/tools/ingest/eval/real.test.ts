// One real article's draft scored against its reading: who counts as a new person.
import { describe, expect, it } from 'vitest';
import type { CorpusArticle } from './corpus';
import type { Draft } from '../../../core/schema/draft';
import { scoreArticle } from './real';

const article: CorpusArticle = {
  key: 'test-2025-02-05-jacobs',
  half: 'dev',
  url: 'https://news.example/jacobs',
  outlet: '테스트일보',
  published: '2025-02-05',
  publishedOnPage: true,
  event: 'e',
  shapes: [],
  people: [{ name: '폴 제이컵스', org: '퀄컴', title: '회장' }],
  meetings: [{ date: '2025-02-04', principals: ['최태원', '폴 제이컵스'], attendees: [] }],
  planned: [],
  earlier: [],
};
const known = { ids: new Set(['chey-tae-won', 'paul-jacobs']), orgName: () => undefined };

describe('a real article scored', () => {
  it('counts no one data/ records as a new person, under this spelling or another ("제이콥스", "제이컵스")', () => {
    const recordedAs = (name: string) =>
      scoreArticle(
        article,
        '',
        null,
        known,
        [],
        new Map([
          ['최태원', 'chey-tae-won'],
          [name, 'paul-jacobs'],
        ]),
      );
    expect(recordedAs('폴 제이콥스').newPeopleGold).toBe(0);
    expect(recordedAs('폴 제이컵스').newPeopleGold).toBe(0);
    expect(recordedAs('폴 사이먼').newPeopleGold).toBe(1);
    // A long name recorded in full, printed by a word inside it.
    const long = { ...article, people: [{ name: '사이', org: '퀄컴', title: '회장' }] };
    const inside = (recorded: string) =>
      scoreArticle(
        { ...long, meetings: [{ date: '2025-02-04', principals: ['최태원', '사이'], attendees: [] }] },
        '',
        null,
        known,
        [],
        new Map([
          ['최태원', 'chey-tae-won'],
          [recorded, 'paul-jacobs'],
        ]),
      ).newPeopleGold;
    expect(inside('폴 하늘 사이 다 제이컵스')).toBe(0);
    expect(inside('하늘 사이 구름')).toBe(1);
  });

  it('pairs a dated proposal with the meeting that happened before an undated one the article recalls', () => {
    const recalled = { ...article, earlier: [{ principals: ['최태원', '폴 제이컵스'], attendees: [] }] };
    recalled.meetings = [{ date: '2025-02-04', principals: ['최태원', '폴 제이컵스'], attendees: ['곽노정'] }];
    const draft = {
      meetings: [
        {
          accept: true,
          action: 'new',
          confidence: 0.95,
          because: [],
          record: { date: '2025-02-04', participants: ['chey-tae-won', 'paul-jacobs'], attendees: [], sources: [] },
        },
      ],
    } as unknown as Draft;
    const ids = new Map([
      ['최태원', 'chey-tae-won'],
      ['폴 제이컵스', 'paul-jacobs'],
    ]);
    const score = scoreArticle(recalled, '', draft, known, [], ids);
    expect([score.found, score.acceptedRight, score.missed]).toEqual([1, 1, []]);
  });

  it('takes a second report of a meeting that happened for no plan accepted, whatever plan the same people have', () => {
    const twice = {
      ...article,
      planned: [{ date: '2026', principals: ['최태원', '폴 제이컵스'], attendees: [] }],
    };
    const proposal = {
      accept: true,
      action: 'new',
      confidence: 0.95,
      because: [],
      record: { date: '2025-02-04', participants: ['chey-tae-won', 'paul-jacobs'], attendees: [], sources: [] },
    };
    const draft = { meetings: [proposal, proposal] } as unknown as Draft;
    const ids = new Map([
      ['최태원', 'chey-tae-won'],
      ['폴 제이컵스', 'paul-jacobs'],
    ]);
    const score = scoreArticle(twice, '', draft, known, [], ids);
    expect([score.acceptedRight, score.plannedAccepted, score.wrongBy.repeated]).toEqual([1, 0, 1]);
    // A plan taken as happened, on a day of no meeting that happened, is one, whatever date the draft gives it.
    const planAsDone = { ...proposal, record: { ...proposal.record, date: '2025-02-05' } };
    const planned = scoreArticle(twice, '', { meetings: [proposal, planAsDone] } as unknown as Draft, known, [], ids);
    expect([planned.acceptedRight, planned.plannedAccepted]).toEqual([1, 1]);
  });
});
