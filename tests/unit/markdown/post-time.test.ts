/** Post time: the front matter's date becomes an RFC 3339 date-time with the writer's UTC offset on that date. */
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { resolveExportOptions } from '../../../markdown/export-options';
import { formatUtcOffset, postDateTime, utcOffsetMinutes } from '../../../markdown/post-time';
import { renderReport } from '../../../markdown/render-report';
import { makeTrip } from '../../fixtures/reports/build-fixture';

describe('the UTC offset on the post date', () => {
  it('is summer time in July and winter time in December (Madrid)', () => {
    expect(postDateTime('2024-07-01', '21:54', 'Europe/Madrid')).toBe('2024-07-01T21:54:00+02:00');
    expect(postDateTime('2024-12-01', '21:54:45', 'Europe/Madrid')).toBe('2024-12-01T21:54:45+01:00');
  });

  it('is negative west of Greenwich, summer and winter (New York), and may have minutes (Kolkata)', () => {
    expect(utcOffsetMinutes('2024-08-15', '09:00:00', 'America/New_York')).toBe(-240);
    expect(utcOffsetMinutes('2024-01-15', '09:00:00', 'America/New_York')).toBe(-300);
    expect(postDateTime('2024-01-15', '09:00', 'Asia/Kolkata')).toBe('2024-01-15T09:00:00+05:30');
  });

  it('follows the day the clocks change (Europe/Rome, 31 March 2024 at 02:00 -> 03:00)', () => {
    expect(postDateTime('2024-03-31', '01:30', 'Europe/Rome')).toBe('2024-03-31T01:30:00+01:00');
    expect(postDateTime('2024-03-31', '12:00', 'Europe/Rome')).toBe('2024-03-31T12:00:00+02:00');
  });

  it('writes +00:00 for UTC and pads hours and minutes', () => {
    expect(postDateTime('2024-05-25', '23:58:22', 'UTC')).toBe('2024-05-25T23:58:22+00:00');
    expect(formatUtcOffset(-570)).toBe('-09:30');
  });
});

describe('post time in the export', () => {
  const trip = makeTrip({ name: 'Trip' });

  it('writes the date-time in YAML and TOML, and the file name keeps the day', () => {
    const jekyll = renderReport(trip, [], resolveExportOptions({ frontMatter: 'jekyll', time: '08:05' }, '2024-01-20', 'Europe/Lisbon'));
    expect(jekyll.markdown).toContain('\ndate: 2024-01-20T08:05:00+00:00\n');
    expect(jekyll.filename).toBe('2024-01-20-trip.md');
    const hugo = renderReport(trip, [], resolveExportOptions({ frontMatter: 'hugo-toml', time: '08:05:09' }, '2024-07-20', 'Europe/Lisbon'));
    const toml = parseToml(/^\+\+\+\n([\s\S]*?)\n\+\+\+/.exec(hugo.markdown)?.[1] ?? '');
    expect((toml.date as Date).toISOString()).toBe('2024-07-20T08:05:09.000+01:00');
  });

  it('without a time keeps the plain date', () => {
    expect(renderReport(trip, [], resolveExportOptions({ frontMatter: 'hugo-yaml' }, '2024-07-20', 'Europe/Lisbon')).markdown).toContain('\ndate: 2024-07-20\n');
  });

  it('refuses a time that is not HH:MM or HH:MM:SS, and an unknown time zone', () => {
    expect(() => resolveExportOptions({ time: '25:00' }, '2024-07-20')).toThrow();
    expect(() => resolveExportOptions({ time: '9:00' }, '2024-07-20')).toThrow();
    expect(() => resolveExportOptions({}, '2024-07-20', 'Mars/Olympus')).toThrow();
  });
});
