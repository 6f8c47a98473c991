import { describe, expect, it } from 'vitest';
import { timeZoneChoices } from '../../../components/report/schedule-view';
import { browserTimeZone, ianaTimeZone, isValidTimeZone, offsetAt, wallClockToInstant } from '../../../model/time-zone';
import { canonicalTimeZone, timeZoneNameChoices } from '../../../model/time-zone-names';

const supported = Intl.supportedValuesOf('timeZone');

describe('current IANA names of time zones', () => {
  it('renames the zones Chromium lists by older names, and leaves the others alone', () => {
    expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(canonicalTimeZone('Asia/Saigon')).toBe('Asia/Ho_Chi_Minh');
    expect(canonicalTimeZone('America/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(canonicalTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('toString')).toBe('toString');
  });

  it('keeps the older name where the platform does not know the current one', () => {
    expect(canonicalTimeZone('Asia/Calcutta', (name) => name !== 'Asia/Kolkata')).toBe('Asia/Calcutta');
  });

  it('a renamed zone keeps its clock: the same offsets, winter and summer, old and new', () => {
    const renamed = supported.filter((name) => canonicalTimeZone(name) !== name);
    // Node's V8 lists them as Chromium does, so this runs the table on a real list.
    expect(renamed).toContain('Asia/Calcutta');
    for (const name of renamed) {
      const current = canonicalTimeZone(name);
      expect(isValidTimeZone(current), current).toBe(true);
      for (const at of [Date.UTC(2024, 0, 15), Date.UTC(2024, 6, 15), Date.UTC(2021, 6, 15)]) {
        expect(offsetAt(at, current), `${name} -> ${current}`).toBe(offsetAt(at, name));
      }
    }
  });

  it('a zone stored under its older name is read by its current one, at the same instants', () => {
    expect(ianaTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(ianaTimeZone('Mars/Olympus')).toBe('Mars/Olympus');
    const wall = { year: 2023, month: 9, day: 10, hour: 10, minute: 30 };
    expect(wallClockToInstant(wall, ianaTimeZone('Asia/Calcutta')).toISOString()).toBe(wallClockToInstant(wall, 'Asia/Calcutta').toISOString());
    expect(canonicalTimeZone(browserTimeZone())).toBe(browserTimeZone());
  });
});

describe('the Conference time zone choices', () => {
  it('lists every zone this platform knows once, by its current name, with UTC', () => {
    const choices = timeZoneChoices('Europe/Berlin');
    expect(choices).toContain('Asia/Kolkata');
    expect(choices).toContain('Europe/Kyiv');
    expect(choices).not.toContain('Asia/Calcutta');
    expect(choices).not.toContain('Europe/Kiev');
    expect(choices).toContain('UTC');
    expect(new Set(choices).size).toBe(choices.length);
    expect(choices.length).toBe(new Set([...supported, 'UTC']).size);
    expect(choices.every((name) => isValidTimeZone(name))).toBe(true);
    expect([...choices].sort((a, b) => a.localeCompare(b))).toEqual(choices);
  });

  it('shows a stored older name as the current one it selects', () => {
    const choices = timeZoneChoices(ianaTimeZone('Asia/Calcutta'));
    expect(choices.filter((name) => name.startsWith('Asia/K'))).toContain('Asia/Kolkata');
    expect(choices).not.toContain('Asia/Calcutta');
  });

  it('from a given list: renamed, each once, the current zone kept', () => {
    expect(timeZoneNameChoices(['Europe/Kiev', 'Asia/Calcutta', 'Asia/Kolkata', 'Europe/Berlin'], 'Asia/Saigon')).toEqual([
      'Asia/Ho_Chi_Minh',
      'Asia/Kolkata',
      'Europe/Berlin',
      'Europe/Kyiv',
      'UTC',
    ]);
  });
});
