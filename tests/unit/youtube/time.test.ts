import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, parseTimestamp } from '../../../youtube/time';

describe('parseTimestamp', () => {
  it.each([
    ['90', 90],
    ['0', 0],
    ['90s', 90],
    ['2m', 120],
    ['1h', 3600],
    ['1h2m3s', 3723],
    ['1h3s', 3603],
    ['1H2M3S', 3723],
    ['1:02:03', 3723],
    ['01:02:03', 3723],
    ['02:03', 123],
    ['2:03', 123],
    ['75:00', 4500],
    ['10:00:00', 36000],
    ['  1:02:03 ', 3723],
  ])('%s -> %i', (text, seconds) => {
    expect(parseTimestamp(text)).toBe(seconds);
  });

  it.each([[''], ['-5'], ['-1:00'], ['1.5'], ['abc'], ['1:75'], ['1:60:00'], ['1:2:3'], ['h'], ['1m2h'], ['1:02:03:04'], ['12 34']])(
    'rejects %j',
    (text) => {
      expect(parseTimestamp(text)).toBeNull();
    },
  );
});

describe('formatClock', () => {
  it.each([
    [3723, '1:02:03'],
    [59, '0:00:59'],
    [0, '0:00:00'],
    [36000, '10:00:00'],
    [59.9, '0:00:59'],
    [-3, '0:00:00'],
    [Number.NaN, '0:00:00'],
  ])('%d -> %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });

  it('round-trips through parseTimestamp', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 * 3600 }), (seconds) => {
        expect(parseTimestamp(formatClock(seconds))).toBe(seconds);
      }),
    );
  });
});
