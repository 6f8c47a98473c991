/**
 * Changing a trip's Conference time zone with a schedule stored (setConferenceTimeZone),
 * on the real FOSDEM 2021 Pentabarf schedule, whose times have no zone: the schedule
 * moves to the new zone and the trip's clips are matched again, in one transaction.
 */
import './helpers';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../schedule/parse';
import { getClip, saveCapturedClip } from '../../../storage/clips';
import { db } from '../../../storage/db';
import { StorageWriteError } from '../../../storage/errors';
import { saveSchedule, setConferenceTimeZone } from '../../../storage/schedules';
import { at, makeDraft, resetDatabase } from './helpers';

beforeEach(resetDatabase);

const FILE = 'pentabarf-fosdem2021.schedule.xml';

/** FOSDEM's K.fosdem stream of 6 February 2021, live from 08:55 UTC (09:55 in Brussels). */
const KEYNOTES = {
  videoId: 'KFosdemSat1',
  streamTitle: 'FOSDEM 2021 - K.fosdem - Saturday',
  title: 'FOSDEM 2021 - K.fosdem - Saturday',
  speakers: [],
  channel: 'FOSDEM',
  liveStatus: 'was_live' as const,
  streamStart: '2021-02-06T07:55:00.000Z',
  day: '2021-02-06',
};

function importIn(tripId: string, timeZone: string) {
  const schedule = parseSchedule({ text: readFileSync(`tests/fixtures/schedules/${FILE}`, 'utf8'), fileName: FILE }, { timeZone });
  return saveSchedule(tripId, schedule, { fileName: FILE }, at(10_000));
}

describe('the Conference time zone of a trip with a schedule that gives no zone', () => {
  it('moves the schedule to the new zone and names the clips by it', async () => {
    // 10 minutes in: 08:05 UTC, 09:05 in Brussels, during the 09:00 welcome.
    const { clip } = await saveCapturedClip(makeDraft({ ...KEYNOTES, seconds: 600 }), at(0));
    expect(await importIn(clip.tripId, 'UTC')).toMatchObject({ clips: 1, matched: 0 });
    expect((await getClip(clip.id))?.title).toBe(KEYNOTES.title);

    const change = await setConferenceTimeZone(clip.tripId, 'Europe/Brussels', at(20_000));
    expect(change).toMatchObject({ schedule: 'moved', summary: { clips: 1, matched: 1, changed: 1 } });
    expect((await getClip(clip.id))?.title).toBe('Welcome to FOSDEM 2021');
    expect((await db.trips.get(clip.tripId))?.timeZone).toBe('Europe/Brussels');
    const stored = await db.schedules.get(clip.tripId);
    expect(stored?.schedule).toMatchObject({ timeZone: 'Europe/Brussels', readInTimeZone: 'Europe/Brussels' });
    expect(stored?.schedule.talks.find((talk) => talk.title === 'Welcome to FOSDEM 2021')?.start).toBe('2021-02-06T08:00:00.000Z');
  });

  it('changes nothing for a trip that does not exist', async () => {
    await expect(setConferenceTimeZone('00000000-0000-4000-8000-000000000000', 'Europe/Brussels')).rejects.toBeInstanceOf(StorageWriteError);
  });

  it('sets the zone of a trip without a schedule, and says there was none', async () => {
    const { clip } = await saveCapturedClip(makeDraft({ ...KEYNOTES, seconds: 600 }), at(0));
    expect(await setConferenceTimeZone(clip.tripId, 'Europe/Brussels')).toEqual({ schedule: 'none' });
    expect((await db.trips.get(clip.tripId))?.timeZone).toBe('Europe/Brussels');
  });
});
