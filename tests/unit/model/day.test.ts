import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../model/day';

describe('formatDay', () => {
  it.each([
    ['2024-05-17', 'Friday, 17 May 2024'],
    ['2024-02-29', 'Thursday, 29 February 2024'],
    ['2021-01-03', 'Sunday, 3 January 2021'],
  ])('writes %s as the heading %s', (day, text) => {
    expect(formatDay(day)).toBe(text);
  });

  it('writes the short form the report page lists', () => {
    expect(formatDay('2024-05-24', 'short')).toBe('Fri 24 May 2024');
    expect(formatDay('2021-01-03', 'short')).toBe('Sun 3 Jan 2021');
  });

  it.each(['not a day', '2023-02-29', '2024-13-01', '2024-5-1', ''])('gives back %j, which is not a calendar date, as it is', (day) => {
    expect(formatDay(day)).toBe(day);
    expect(formatDay(day, 'short')).toBe(day);
  });
});
