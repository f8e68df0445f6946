import { describe, expect, it } from 'vitest';
import { makeGraph } from '../../testing/graphs';
import { buildIndex } from '../graph';
import { orgFilterGroups, orgStats } from './utils';

const index = buildIndex(
  makeGraph({
    orgs: [
      { id: 'sk', en: 'SK Group' },
      { id: 'sk-hynix', parent: 'sk' },
      { id: 'sk-telecom', parent: 'sk' },
      { id: 'openai' },
      { id: 'kakao' },
      { id: 'naver' },
    ],
    people: [
      { id: 'chey', orgs: ['sk'] },
      { id: 'kwak', orgs: ['sk-hynix'] },
      { id: 'ryu', orgs: ['sk-telecom', 'sk-hynix'] },
      { id: 'altman', orgs: ['openai'] },
      { id: 'kim', orgs: ['kakao'] },
    ],
    meetings: [
      { id: 'm1', date: '2024-06', participants: ['altman', 'chey', 'kwak'] },
      { id: 'm2', date: '2025-02-04', participants: ['altman', 'kwak', 'ryu'] },
      { id: 'm3', date: '2025-02-04', participants: ['altman', 'kim'] },
    ],
  }),
);

describe('orgFilterGroups', () => {
  it('counts each meeting once per organisation, through sub-organisations', () => {
    const stats = orgStats(index);
    expect(stats.get('sk')).toEqual({ meetings: 2, people: 3 });
    expect(stats.get('sk-hynix')).toEqual({ meetings: 2, people: 2 });
    expect(stats.get('sk-telecom')).toEqual({ meetings: 1, people: 1 });
    expect(stats.get('naver')).toEqual({ meetings: 0, people: 0 });
  });

  it('lists top-level organisations with their members, most meetings first', () => {
    expect(orgFilterGroups(index)).toEqual([
      { org: 'openai', meetings: 3, people: 1, members: [] },
      { org: 'sk', meetings: 2, people: 3, members: ['sk-hynix', 'sk-telecom'] },
      { org: 'kakao', meetings: 1, people: 1, members: [] },
      { org: 'naver', meetings: 0, people: 0, members: [] },
    ]);
  });
});
