import { describe, expect, it } from 'vitest';
import { dayInTimeZone, instantToWallClock, isValidTimeZone, wallClockToInstant } from '../../../model/time-zone';

describe('wallClockToInstant', () => {
  it('reads a wall clock in zones with and without daylight saving', () => {
    expect(wallClockToInstant({ year: 2023, month: 9, day: 10, hour: 10, minute: 30 }, 'Asia/Kolkata').toISOString()).toBe('2023-09-10T05:00:00.000Z');
    expect(wallClockToInstant({ year: 2020, month: 1, day: 14, hour: 9, minute: 0 }, 'Australia/Brisbane').toISOString()).toBe('2020-01-13T23:00:00.000Z');
    expect(wallClockToInstant({ year: 2024, month: 7, day: 1, hour: 9, minute: 0 }, 'Europe/Berlin').toISOString()).toBe('2024-07-01T07:00:00.000Z');
    expect(wallClockToInstant({ year: 2024, month: 1, day: 1, hour: 9, minute: 0 }, 'Europe/Berlin').toISOString()).toBe('2024-01-01T08:00:00.000Z');
    expect(wallClockToInstant({ year: 2024, month: 3, day: 10, hour: 12, minute: 0, second: 30 }, 'America/New_York').toISOString()).toBe('2024-03-10T16:00:30.000Z');
    expect(wallClockToInstant({ year: 2024, month: 3, day: 10, hour: 12, minute: 0 }, 'UTC').toISOString()).toBe('2024-03-10T12:00:00.000Z');
  });

  it('a wall time that happens twice (clocks go back) is the first of the two', () => {
    // Berlin, 27 October 2024: 03:00 CEST becomes 02:00 CET, so 02:30 happens at 00:30 and at 01:30 UTC.
    expect(wallClockToInstant({ year: 2024, month: 10, day: 27, hour: 2, minute: 30 }, 'Europe/Berlin').toISOString()).toBe('2024-10-27T00:30:00.000Z');
    expect(wallClockToInstant({ year: 2024, month: 10, day: 27, hour: 3, minute: 30 }, 'Europe/Berlin').toISOString()).toBe('2024-10-27T02:30:00.000Z');
  });

  it('a wall time that never happens (clocks go forward) moves on by the jump', () => {
    // Berlin, 31 March 2024: 02:00 CET becomes 03:00 CEST; 02:30 is read as 03:30 CEST.
    expect(wallClockToInstant({ year: 2024, month: 3, day: 31, hour: 2, minute: 30 }, 'Europe/Berlin').toISOString()).toBe('2024-03-31T01:30:00.000Z');
    expect(wallClockToInstant({ year: 2024, month: 3, day: 31, hour: 3, minute: 30 }, 'Europe/Berlin').toISOString()).toBe('2024-03-31T01:30:00.000Z');
  });

  it('round-trips through instantToWallClock, and knows valid zone names', () => {
    const wall = { year: 2020, month: 12, day: 27, hour: 23, minute: 55, second: 0 };
    expect(instantToWallClock(wallClockToInstant(wall, 'Pacific/Chatham'), 'Pacific/Chatham')).toEqual(wall);
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(() => wallClockToInstant(wall, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('dayInTimeZone', () => {
  it('takes the day where the conference is', () => {
    // 23:30 UTC on the 14th is already the 15th in Brisbane, still the 14th in New York.
    expect(dayInTimeZone('2020-12-14T23:30:00.000Z', 'Australia/Brisbane')).toBe('2020-12-15');
    expect(dayInTimeZone('2020-12-14T23:30:00.000Z', 'America/New_York')).toBe('2020-12-14');
    expect(dayInTimeZone('2020-12-14T23:30:00.000Z', 'Not/A_Zone')).toBeUndefined();
  });
});
