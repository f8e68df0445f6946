import { describe, expect, it } from 'vitest';
import { fileName } from './download';

const WINDOW = { from: '2024-01-01', to: '2024-12-31' };

describe('an export’s file name', () => {
  it('carries the window, and what the view is about and filtered by', () => {
    expect(fileName(WINDOW, { orgs: [] }, 'csv')).toBe('meeting-graph_2024-01-01_2024-12-31.csv');
    expect(fileName(WINDOW, { orgs: ['sk-group'] }, 'png')).toBe(
      'meeting-graph_2024-01-01_2024-12-31_org-sk-group.png',
    );
    expect(fileName(WINDOW, { meeting: '2024-06-altman-chey', orgs: ['sk-group', 'openai'] }, 'svg')).toBe(
      'meeting-graph_2024-01-01_2024-12-31_meeting-2024-06-altman-chey_org-sk-group+openai.svg',
    );
    expect(fileName(WINDOW, { person: 'altman', with: 'chey-tae-won', orgs: [] }, 'png')).toBe(
      'meeting-graph_2024-01-01_2024-12-31_person-altman_with-chey-tae-won.png',
    );
  });

  it('names a few organisations and counts the rest, and stays short with the longest ids', () => {
    const orgs = ['a', 'b', 'c', 'd', 'e'];
    expect(fileName(WINDOW, { orgs }, 'png')).toBe('meeting-graph_2024-01-01_2024-12-31_org-a+b_and-3-more-orgs.png');
    const long = 'x'.repeat(200);
    const name = fileName(WINDOW, { person: long, with: long, orgs: [long, long, long, long] }, 'graphml');
    expect(name.length).toBeLessThan(255);
    expect(name).toMatch(/^meeting-graph_2024-01-01_2024-12-31_person-x+_with-x+_org-x+\+x+_and-2-more-orgs\.graphml$/);
  });
});
