// data/ as an editor would have it after recording the earlier reports of an event: one meeting per meeting.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusArticle } from './corpus';
import { withRecorded } from './recorded';

const FIXTURE = path.join(import.meta.dirname, '../../compiler/__fixtures__/minimal');

const report = (key: string, attendees: string[]): CorpusArticle => ({
  key,
  half: 'dev',
  url: `https://news.example/${key}`,
  outlet: '테스트일보',
  published: '2025-02-05',
  publishedOnPage: true,
  event: 'e',
  shapes: [],
  people: [
    { name: '최태원', id: 'chey-tae-won' },
    { name: '김하늘', org: '테스트전자', title: '회장' },
    ...attendees.map((name) => ({ name, org: '테스트전자', title: '사장' })),
  ],
  meetings: [{ date: '2025-02-04', principals: ['최태원', '김하늘'], attendees, place: '서울 테스트호텔' }],
  planned: [],
  earlier: [],
});

describe('the earlier reports of an event, recorded', () => {
  it('records a meeting told again with more people sitting in as the same meeting, with both sources', () => {
    const copy = withRecorded(FIXTURE, [
      { article: report('a-2025-02-05-first', []), text: '최태원 회장과 김하늘 회장이 4일 만났다.' },
      {
        article: report('b-2025-02-05-second', ['박바다', '이구름', '정바람']),
        text: '최태원 회장과 김하늘 회장이 4일 만났다. 박바다, 이구름, 정바람 사장이 배석했다.',
      },
    ]);
    try {
      expect(copy.meetings.map((m) => m.id)).toEqual(['a-2025-02-05-first-m1']);
      expect(copy.meetings[0].principals).toHaveLength(2);
      // With its place, as an editor records it: two meetings of one day are told apart by it.
      expect(readFileSync(path.join(copy.dir, 'meetings.yaml'), 'utf8')).toContain('ko: 서울 테스트호텔');
    } finally {
      copy.cleanup();
    }
  });

  it('records no one an earlier reading names only by surname and post ("김 대통령", or "김" titled 대통령)', () => {
    const article = report('a-2025-02-05-short', []);
    article.people = [
      { name: '김 대통령' },
      { name: '김', title: '대통령' },
      { name: '김하늘', org: '테스트전자', title: '회장' },
    ];
    article.meetings = [
      { date: '2025-02-04', principals: ['김 대통령', '김하늘'], attendees: [] },
      { date: '2025-02-03', principals: ['김', '김하늘'], attendees: [] },
    ];
    const copy = withRecorded(FIXTURE, [{ article, text: '김 대통령은 4일 김하늘 회장을 만났다.' }]);
    try {
      expect(copy.meetings).toEqual([]);
      expect(readFileSync(path.join(copy.dir, 'people.yaml'), 'utf8')).not.toMatch(/ko: 김( 대통령)?$/m);
    } finally {
      copy.cleanup();
    }
  });

  it('records one person for a foreign name two reports print with a dash and with a space ("알-칼리파", "알 칼리파")', () => {
    const visit = (key: string, name: string): CorpusArticle => ({
      ...report(key, []),
      people: [
        { name: '최태원', id: 'chey-tae-won' },
        { name, org: '테스트왕국', title: '왕세자' },
      ],
      meetings: [{ date: '2025-02-04', principals: ['최태원', name], attendees: [] }],
    });
    const copy = withRecorded(FIXTURE, [
      {
        article: visit('a-2025-02-05-dash', '살만 빈 하마드 알-칼리파'),
        text: '최태원 회장이 4일 살만 빈 하마드 알-칼리파 왕세자를 만났다.',
      },
      {
        article: visit('b-2025-02-05-space', '살만 빈 하마드 알 칼리파'),
        text: '최태원 회장이 4일 살만 빈 하마드 알 칼리파 왕세자를 만났다.',
      },
    ]);
    try {
      expect(readFileSync(path.join(copy.dir, 'people.yaml'), 'utf8').match(/^ {2}- id: salman/gm)).toHaveLength(1);
      expect(copy.meetings).toHaveLength(1);
    } finally {
      copy.cleanup();
    }
  });

  it('records one person for a long foreign name and its first word printed with no organisation ("칼둔")', () => {
    const visit = (key: string, name: string, org?: string): CorpusArticle => ({
      ...report(key, []),
      people: [
        { name: '최태원', id: 'chey-tae-won' },
        { name, ...(org ? { org } : {}), title: '청장' },
      ],
      meetings: [{ date: '2025-02-04', principals: ['최태원', name], attendees: [] }],
    });
    const copy = withRecorded(FIXTURE, [
      { article: visit('a-2025-02-05-full', '칼둔 칼리파 무바라크', '테스트청'), text: '칼둔 칼리파 무바라크 청장.' },
      { article: visit('b-2025-02-05-short', '칼둔'), text: '칼둔 청장.' },
    ]);
    try {
      expect(readFileSync(path.join(copy.dir, 'people.yaml'), 'utf8').match(/^ {2}- id: kal/gm)).toHaveLength(1);
    } finally {
      copy.cleanup();
    }
  });

  it('records one person for a foreign name spelt loosely alike by reports that give different organisations', () => {
    const visit = (key: string, name: string, org: string): CorpusArticle => ({
      ...report(key, []),
      people: [
        { name: '최태원', id: 'chey-tae-won' },
        { name, org, title: '총리' },
      ],
      meetings: [{ date: '2025-02-04', principals: ['최태원', name], attendees: [] }],
    });
    const copy = withRecorded(FIXTURE, [
      { article: visit('a-2025-02-05-soft', '가토 히로시코', '테스트국 정부'), text: '가토 히로시코 총리.' },
      { article: visit('b-2025-02-05-tense', '가토 히로시꼬', '테스트국'), text: '가토 히로시꼬 총리.' },
    ]);
    try {
      expect(readFileSync(path.join(copy.dir, 'people.yaml'), 'utf8').match(/^ {2}- id: gato/gm)).toHaveLength(1);
    } finally {
      copy.cleanup();
    }
  });
});
