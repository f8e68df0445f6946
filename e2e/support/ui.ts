// Locators for the contract in e2e/README.md, in English and Korean, and the ways a date may be written.
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { test } from './fixtures';
import type { Meeting } from '../../src/core/schema';
import { people } from './data';

export type Lang = 'en' | 'ko';

export const T = {
  en: {
    loading: 'Loading meeting data',
    loadError: 'Could not load the meeting data',
    retry: 'Retry',
    timeline: 'Timeline',
    start: 'Range start',
    end: 'Range end',
    play: 'Play',
    pause: 'Pause',
    meetings: 'Meetings',
    details: 'Details',
    close: 'Close',
    disagree: 'Sources disagree',
    orgs: 'Organisations',
    clearFilters: 'Clear filters',
    legend: 'Legend',
    monthOnly: /month only|day not reported/i,
    filteredBy: 'Filtered by',
    search: 'Search people and organisations',
    copyLink: 'Copy link',
    copied: 'Link copied',
    reported: (n: number) => new RegExp(`Reported by ${n} articles?`),
  },
  ko: {
    loading: '회동 데이터를 불러오는 중',
    loadError: '회동 데이터를 불러오지 못했습니다',
    retry: '다시 시도',
    timeline: '타임라인',
    start: '시작',
    end: '끝',
    play: '재생',
    pause: '일시정지',
    meetings: '회동',
    details: '상세 정보',
    close: '닫기',
    disagree: '보도가 엇갈리는 부분',
    orgs: '기관',
    clearFilters: '필터 해제',
    filteredBy: '필터',
    legend: '범례',
    monthOnly: /월만 확인|날짜 미상/,
    search: '인물·기관 검색',
    copyLink: '링크 복사',
    reported: (n: number) => new RegExp(`기사 ${n}건 보도`),
  },
} as const;

export function ui(page: Page, lang: Lang = 'en') {
  const t = T[lang];
  const timeline = page.getByRole('group', { name: t.timeline, exact: true });
  const meetings = page.getByRole('region', { name: t.meetings, exact: true });
  const panel = page.getByRole('complementary', { name: t.details, exact: true });
  return {
    t,
    graph: page.getByTestId('graph'),
    timeline,
    start: timeline.getByRole('slider', { name: t.start, exact: true }),
    end: timeline.getByRole('slider', { name: t.end, exact: true }),
    meetings,
    meetingItems: meetings.getByRole('listitem'),
    panel,
    close: panel.getByRole('button', { name: t.close, exact: true }),
    orgs: page.getByRole('group', { name: t.orgs, exact: true }),
    clearFilters: page.getByRole('button', { name: t.clearFilters, exact: true }),
    search: page.getByRole('combobox', { name: t.search, exact: true }),
    notice: page.getByTestId('notice'),
    copyLink: page.getByRole('button', { name: t.copyLink, exact: true }),
  };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways a reader may see a date: ISO, English long or short month, or Korean. */
export function dateForms(date: string): string[] {
  const [y, m, d] = date.split('-').map(Number);
  const long = MONTHS[m - 1];
  const short = long.slice(0, 3);
  if (d === undefined) return [date, `${long} ${y}`, `${short} ${y}`, `${y}년 ${m}월`, `${y}. ${m}.`];
  return [
    date,
    `${long} ${d}, ${y}`,
    `${short} ${d}, ${y}`,
    `${d} ${long} ${y}`,
    `${d} ${short} ${y}`,
    `${y}년 ${m}월 ${d}일`,
    `${y}. ${m}. ${d}.`,
  ];
}

/** Matches text that contains the date in one of its forms. */
export function dateRe(date: string, anchored = false): RegExp {
  return new RegExp(`${anchored ? '^\\s*' : ''}(?:${dateForms(date).map(esc).join('|')})`);
}

/** The Meetings region's item for a meeting: its button's name starts with the date; it names the participants. */
export function meetingItem(page: Page, m: Meeting, lang: Lang = 'en'): Locator {
  let item = ui(page, lang).meetingItems.filter({ has: page.getByRole('button', { name: dateRe(m.date, true) }) });
  // Every participant named, and nobody else (two meetings on one day may share people).
  for (const p of people()) {
    const name = p.name[lang];
    item = m.participants.includes(p.id) ? item.filter({ hasText: name }) : item.filter({ hasNotText: name });
  }
  return item;
}

export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'page scrolls horizontally').toBeLessThanOrEqual(0);
}

/** Saves a screenshot to test-results/screens/<name>-<project>.png for a person to look at. */
export async function screen(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: `test-results/screens/${name}-${test.info().project.name}.png` });
}
