import { describe, expect, it } from 'vitest';
import { dateEndDay, dateStartDay } from '../schema/dates';
import { parseTypedDay } from './typed';

describe('a date typed for the window', () => {
  it('reads a day in the usual forms', () => {
    for (const text of ['2025-02-04', '2025.2.4', '2025. 2. 4.', '2025/02/04', '2025년 2월 4일'])
      expect(parseTypedDay(text, 'from'), text).toEqual({ day: dateStartDay('2025-02-04') });
  });

  it('takes a month or a year as all its days: from its first as the start, to its last as the end', () => {
    expect(parseTypedDay('2024-02', 'from')).toEqual({ day: dateStartDay('2024-02-01') });
    expect(parseTypedDay('2024-02', 'to')).toEqual({ day: dateEndDay('2024-02') });
    expect(parseTypedDay('2024년 2월', 'to')).toEqual({ day: dateStartDay('2024-02-29') });
    expect(parseTypedDay('2024', 'from')).toEqual({ day: dateStartDay('2024-01-01') });
    expect(parseTypedDay('2024', 'to')).toEqual({ day: dateStartDay('2024-12-31') });
  });

  it('says what is wrong with anything else', () => {
    expect(parseTypedDay('Feb 4', 'from')).toEqual({ problem: 'format' });
    expect(parseTypedDay('', 'to')).toEqual({ problem: 'format' });
    expect(parseTypedDay('2025-02-30', 'from')).toEqual({ problem: 'no-such-day' });
    expect(parseTypedDay('2025-13', 'from')).toEqual({ problem: 'no-such-day' });
  });
});
