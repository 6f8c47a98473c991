import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../schedule/model';
import { retimeSchedule } from '../../../schedule/retime';
import { parseFixture } from './fixtures';

/** Each talk's code with its start and end. */
const times = (schedule: Schedule) => schedule.talks.map((talk) => `${talk.code} ${talk.start} ${talk.end}`).sort();

describe('a stored schedule read again in another Conference time zone', () => {
  it.each([
    ['pentabarf-fosdem2021.schedule.xml', 'Europe/Brussels'],
    ['sessionize-orlando2020-all.json', 'America/New_York'],
  ])('%s: its wall-clock times move to the new zone exactly as importing the file again would', (file, zone) => {
    const wrong = parseFixture(file, 'Asia/Tokyo');
    const right = parseFixture(file, zone);
    expect(times(wrong)).not.toEqual(times(right));
    const outcome = retimeSchedule(wrong, zone);
    if (outcome.kind !== 'moved') throw new Error(`expected moved, got ${outcome.kind}`);
    expect(outcome.talks).toBe(right.talks.length);
    expect(times(outcome.schedule)).toEqual(times(right));
    expect(outcome.schedule.talks.map((talk) => talk.code)).toEqual(right.talks.map((talk) => talk.code));
    expect(outcome.schedule.timeZone).toBe(right.timeZone);
    expect(outcome.schedule.readInTimeZone).toBe(zone);
  });

  it.each(['frab-camp2019.schedule.json', 'pretalx-democon.schedule.json', 'kielux2020-utc.ics', 'lca2020-tzid.ics', 'wafer-debconf23.schedule.xml'])(
    '%s gives its own zone or offsets: nothing moves',
    (file) => {
      const schedule = parseFixture(file, 'Asia/Tokyo');
      expect(schedule.talks.some((talk) => talk.floating === true)).toBe(false);
      expect(retimeSchedule(schedule, 'Europe/Berlin')).toEqual({ kind: 'exact' });
    },
  );

  it('a schedule imported before the zone was kept cannot be moved without its file', () => {
    const { readInTimeZone: _kept, ...older } = parseFixture('pentabarf-fosdem2021.schedule.xml', 'Asia/Tokyo');
    expect(retimeSchedule(older, 'Europe/Brussels')).toEqual({ kind: 'unknown' });
  });

  it('keeps the wall clock across a daylight-saving change in the new zone', () => {
    const schedule: Schedule = {
      title: 'Night sessions',
      timeZone: 'UTC',
      readInTimeZone: 'UTC',
      rooms: ['A'],
      format: 'pentabarf-xml',
      // 10:00 on the last Sunday of March 2024, when Europe moved to summer time at 01:00 UTC.
      talks: [{ code: 'x', title: 'Morning', speakers: [], room: 'A', start: '2024-03-31T10:00:00.000Z', end: '2024-03-31T10:30:00.000Z', slides: [], floating: true }],
    };
    const outcome = retimeSchedule(schedule, 'Europe/Berlin');
    expect(outcome.kind === 'moved' && outcome.schedule.talks[0]).toMatchObject({ start: '2024-03-31T08:00:00.000Z', end: '2024-03-31T08:30:00.000Z' });
  });
});
