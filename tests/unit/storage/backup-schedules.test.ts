import './helpers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Schedule } from '../../../schedule/model';
import { LIMITS } from '../../../schedule/read-values';
import { BackupImportError, createBackup, importBackup } from '../../../storage/backup';
import { saveCapturedClip } from '../../../storage/clips';
import { getSchedule, listStreamRooms, saveSchedule } from '../../../storage/schedules';
import { at, dumpDatabase, makeDraft, resetDatabase, uuid } from './helpers';

beforeEach(resetDatabase);

const SCHEDULE: Schedule = {
  title: 'DemoCon',
  timeZone: 'Europe/Berlin',
  rooms: ['Gray Room'],
  format: 'pretalx-json',
  talks: [
    {
      code: 'A1',
      title: 'Focused hardware',
      speakers: ['Brian Robinson'],
      room: 'Gray Room',
      start: '2020-12-14T08:00:00.000Z',
      end: '2020-12-14T08:30:00.000Z',
      slides: [],
    },
  ],
};

async function seedWithSchedule() {
  const { clip } = await saveCapturedClip(
    makeDraft({ videoId: 'GrayRoom001', streamTitle: 'DemoCon — Gray Room', streamStart: '2020-12-14T08:00:00.000Z', seconds: 60 }),
    at(0),
  );
  await saveSchedule(clip.tripId, SCHEDULE, { fileName: 'schedule.json' }, at(10));
  return clip;
}

async function refusal(text: string): Promise<BackupImportError> {
  const error: unknown = await importBackup(text).then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof BackupImportError)) throw new Error(`expected a BackupImportError, got ${String(error)}`);
  return error;
}

describe('schedules in backups', () => {
  it('a backup carries the schedule and stream rooms into a fresh database', async () => {
    const clip = await seedWithSchedule();
    const before = await dumpDatabase();
    const text = JSON.stringify(await createBackup(at(20)));
    await resetDatabase();
    await importBackup(text);
    expect(await dumpDatabase()).toEqual(before);
    expect((await getSchedule(clip.tripId))?.schedule.talks[0]?.title).toBe('Focused hardware');
    expect(await listStreamRooms(clip.tripId)).toEqual([expect.objectContaining({ room: 'Gray Room', roomSource: 'title' })]);
  });

  it('a file from before schedules (no schedules, no streams) still imports', async () => {
    await seedWithSchedule();
    const { schedules: _s, streams: _r, ...old } = await createBackup(at(20));
    await resetDatabase();
    await importBackup(JSON.stringify(old));
    expect((await dumpDatabase()).clips).toHaveLength(1);
  });

  it('a broken schedule in the file is refused with its path, and nothing changes', async () => {
    await seedWithSchedule();
    const backup = await createBackup(at(20));
    const broken = { ...backup, schedules: backup.schedules?.map((row) => ({ ...row, schedule: { ...row.schedule, talks: [{ ...row.schedule.talks[0], start: 'nine' }] } })) };
    const before = await dumpDatabase();
    const error = await refusal(JSON.stringify(broken));
    expect(error.message).toContain('schedules[0].schedule.talks[0].start');
    expect(await dumpDatabase()).toEqual(before);
  });

  it('a schedule of a trip that is nowhere is refused', async () => {
    await seedWithSchedule();
    const backup = await createBackup(at(20));
    const orphan = { ...backup, schedules: backup.schedules?.map((row) => ({ ...row, tripId: uuid() })) };
    const error = await refusal(JSON.stringify(orphan));
    expect(error.message).toContain('schedules[0].tripId');
  });

  it('the newer schedule wins when both have one', async () => {
    const clip = await seedWithSchedule();
    const older = JSON.stringify(await createBackup(at(20)));
    await saveSchedule(clip.tripId, { ...SCHEDULE, title: 'DemoCon (final)' }, {}, at(30));
    await importBackup(older);
    expect((await getSchedule(clip.tripId))?.schedule.title).toBe('DemoCon (final)');
  });

  it('the largest schedule an import accepts goes into a backup and back', async () => {
    const { clip } = await saveCapturedClip(makeDraft({ videoId: 'GrayRoom001', streamTitle: 'DemoCon — Gray Room', seconds: 60 }), at(0));
    const start = Date.parse('2020-12-14T08:00:00.000Z');
    const talks = Array.from({ length: LIMITS.talks }, (_, index) => ({
      code: `T${index}`,
      title: `Talk ${index}`,
      speakers: ['Brian Robinson'],
      room: 'Gray Room',
      start: new Date(start + index * 600_000).toISOString(),
      end: new Date(start + (index + 1) * 600_000).toISOString(),
      slides: [],
    }));
    await saveSchedule(clip.tripId, { ...SCHEDULE, talks }, { fileName: 'big.json' }, at(10));
    const text = JSON.stringify(await createBackup(at(20)));
    await resetDatabase();
    await importBackup(text);
    expect((await getSchedule(clip.tripId))?.schedule.talks).toHaveLength(LIMITS.talks);
  });

  it('more schedules or stream rooms than a backup may hold: one sentence, nothing changes', async () => {
    await seedWithSchedule();
    const backup = await createBackup(at(20));
    const before = await dumpDatabase();
    const schedules = await refusal(JSON.stringify({ ...backup, schedules: Array.from({ length: 10_001 }, () => ({})) }));
    expect(schedules.message).toContain('has 10,001 records, more than the 10,000 schedules a backup may hold');
    const streams = await refusal(JSON.stringify({ ...backup, streams: Array.from({ length: 100_001 }, () => ({})) }));
    expect(streams.message).toContain('has 100,001 records, more than the 100,000 streams a backup may hold');
    expect(await dumpDatabase()).toEqual(before);
  });
});
