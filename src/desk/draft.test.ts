import { describe, expect, it } from 'vitest';
import type { DeskState, Draft } from './contract';
import { fieldOf, meetingId, missedMeeting, problemsAt, quotesOf, setAt, withQuotes } from './draft';
import { Names } from './names';

const draft = {
  draft: 1,
  article: {
    text: 'a-1.txt',
    record: { id: 'a-1', outlet: { ko: '일보', en: 'Ilbo' }, title: '제목', published: '2025-11-03', language: 'ko' },
  },
  people: [
    {
      accept: true,
      record: { id: 'kim-new', name: { ko: '김새인', en: 'Kim Sae-in' }, aliases: [], affiliations: [] },
    },
  ],
} as unknown as Draft;

const state: DeskState = {
  data: 'data',
  drafts: [],
  articles: [],
  organizations: [],
  people: [
    { id: 'chey-tae-won', ko: '최태원', en: 'Chey Tae-won', names: ['최태원', '최태원 회장'], orgs: [], titles: [] },
    { id: 'choi-x', ko: '최엑스', en: 'Choi X', names: ['최엑스'], orgs: [], titles: [] },
  ],
};

describe('editing a draft at the desk', () => {
  it('sets a value deep in the draft without touching the rest, and removes an emptied optional field', () => {
    const next = setAt(draft, ['people', 0, 'record', 'name', 'en'], 'Kim Saein');
    expect(next.people![0].record.name.en).toBe('Kim Saein');
    expect(draft.people![0].record.name.en).toBe('Kim Sae-in');
    expect(next.article).toBe(draft.article);
    expect('url' in setAt(draft, ['article', 'record', 'url'], undefined).article.record).toBe(false);
  });

  it('starts a missed meeting from the selected sentences, with a free id, quotes from this article', () => {
    const m = missedMeeting(draft, ['문장 하나.'], ['chey-tae-won'], new Set(['2025-11-03-chey-tae-won']));
    expect(m.record).toMatchObject({
      id: '2025-11-03-chey-tae-won-2',
      date: '2025-11-03',
      participants: ['chey-tae-won'],
    });
    expect(quotesOf(m)).toEqual(['문장 하나.']);
    expect(quotesOf(withQuotes(m, ['둘.'], 'a-1'))).toEqual(['둘.']);
    expect(meetingId('2025-11', [], new Set())).toBe('2025-11');
  });

  it('finds problems at a field and inside it', () => {
    const problems = [
      { field: 'meetings[0].record.participants[1]', message: 'a' },
      { field: 'meetings[0].record.date', message: 'b' },
      { message: 'c' },
    ];
    expect(problemsAt(problems, fieldOf(['meetings', 0, 'record', 'participants']))).toEqual(['a']);
    expect(problemsAt(problems, 'meetings[0]')).toEqual(['a', 'b']);
  });

  it('finds people as the app’s search does: Korean or English, the best match first, the draft’s own too', () => {
    const names = new Names(state, draft);
    expect(names.searchPeople('최').map((p) => p.id)).toEqual(['chey-tae-won', 'choi-x']);
    expect(names.searchPeople('cheytaewon').map((p) => p.id)).toEqual(['chey-tae-won']);
    expect(names.searchPeople('sae in').map((p) => p.id)).toEqual(['kim-new']);
    expect(names.mentionedIn('최태원 회장은 김새인 대표와 만났다.')).toEqual(['kim-new', 'chey-tae-won']);
  });
});
