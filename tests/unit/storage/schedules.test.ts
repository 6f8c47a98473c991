import './helpers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Schedule, ScheduleTalk } from '../../../schedule/model';
import { getClip, saveCapturedClip, updateClip, updateClips } from '../../../storage/clips';
import { db } from '../../../storage/db';
import { StorageWriteError } from '../../../storage/errors';
import { getSchedule, listStreamRooms, matchClipToSchedule, matchTripClips, saveSchedule, setStreamRoom } from '../../../storage/schedules';
import { deleteTrip, restoreTrip } from '../../../storage/trips';
import { at, dumpDatabase, makeDraft, resetDatabase } from './helpers';

beforeEach(resetDatabase);

function talk(code: string, room: string, start: string, minutes: number, extra: Partial<ScheduleTalk> = {}): ScheduleTalk {
  const end = new Date(Date.parse(start) + minutes * 60_000).toISOString();
  return { code, title: `Talk ${code}`, speakers: [`Speaker ${code}`], room, start, end, slides: [], url: `https://conf.example/talk/${code}/`, ...extra };
}

/** Two rooms on 14 Dec 2020 (UTC): Gray Room 09:00-09:30, 09:30-10:00; Tan Room a workshop 09:00-10:30. */
const SCHEDULE: Schedule = {
  title: 'DemoCon',
  timeZone: 'Europe/Berlin',
  rooms: ['Gray Room', 'Tan Room'],
  format: 'pretalx-json',
  talks: [
    talk('A1', 'Gray Room', '2020-12-14T09:00:00.000Z', 30),
    talk('A2', 'Gray Room', '2020-12-14T09:30:00.000Z', 30, { speakers: ['Jordan Parks', 'Maria Williams'] }),
    talk('W1', 'Tan Room', '2020-12-14T09:00:00.000Z', 90, { type: 'Workshop' }),
  ],
};

const GRAY = { videoId: 'GrayRoom001', streamTitle: 'DemoCon 2020 — Gray Room, Day 1', streamStart: '2020-12-14T09:00:00.000Z', title: 'DemoCon 2020 — Gray Room, Day 1', speakers: [], day: '2020-12-14' };

async function clipGray(seconds: number) {
  return (await saveCapturedClip(makeDraft({ ...GRAY, seconds }), at(seconds))).clip;
}

describe('saveSchedule', () => {
  it('stores the schedule and names every clip of the trip from it', async () => {
    const first = await clipGray(600); // 09:10 -> A1
    const second = await clipGray(2400); // 09:40 -> A2
    const summary = await saveSchedule(first.tripId, SCHEDULE, { fileName: 'schedule.json' }, at(5000));
    expect(summary).toEqual({ clips: 2, matched: 2, changed: 2 });
    expect(await getClip(first.id)).toMatchObject({
      title: 'Talk A1',
      speakers: ['Speaker A1'],
      kind: 'talk',
      talkCode: 'A1',
      links: [{ label: 'talk page', url: 'https://conf.example/talk/A1/' }],
    });
    expect(await getClip(second.id)).toMatchObject({ title: 'Talk A2', speakers: ['Jordan Parks', 'Maria Williams'], talkCode: 'A2' });
    expect((await getSchedule(first.tripId))?.source).toEqual({ fileName: 'schedule.json' });
    expect(await listStreamRooms(first.tripId)).toEqual([expect.objectContaining({ videoId: 'GrayRoom001', room: 'Gray Room', roomSource: 'title' })]);
  });

  it('importing again replaces the schedule and matches again', async () => {
    const clip = await clipGray(600);
    await saveSchedule(clip.tripId, SCHEDULE, { fileName: 'old.json' }, at(5000));
    const renamed = { ...SCHEDULE, talks: SCHEDULE.talks.map((t) => ({ ...t, title: `${t.title} (final)` })) };
    await saveSchedule(clip.tripId, renamed, { url: 'https://conf.example/schedule.json' }, at(6000));
    expect((await getClip(clip.id))?.title).toBe('Talk A1 (final)');
    expect(await db.schedules.count()).toBe(1);
    expect((await getSchedule(clip.tripId))?.source).toEqual({ url: 'https://conf.example/schedule.json' });
  });

  it('never overwrites what the user edited', async () => {
    const clip = await clipGray(600);
    await updateClip(clip.id, { title: 'My title for it', notes: 'notes are not matched' });
    await updateClips([clip.id], { kind: 'keynote' });
    await saveSchedule(clip.tripId, SCHEDULE, {}, at(5000));
    const stored = await getClip(clip.id);
    expect(stored).toMatchObject({ title: 'My title for it', kind: 'keynote', speakers: ['Speaker A1'], talkCode: 'A1', editedFields: ['title', 'kind'] });
  });

  it('refuses an invalid schedule and stores nothing', async () => {
    const clip = await clipGray(600);
    const before = await dumpDatabase();
    const broken = { ...SCHEDULE, talks: [{ ...SCHEDULE.talks[0]!, start: 'at nine' }] };
    await expect(saveSchedule(clip.tripId, broken, {}, at(5000))).rejects.toBeInstanceOf(StorageWriteError);
    expect(await dumpDatabase()).toEqual(before);
    expect(await db.schedules.count()).toBe(0);
  });

  it('matches nothing without a stream start (a clip from before this version)', async () => {
    const { streamStart: _s, ...noStart } = GRAY;
    const clip = (await saveCapturedClip(makeDraft({ ...noStart, seconds: 600 }), at(0))).clip;
    expect(await saveSchedule(clip.tripId, SCHEDULE, {}, at(5000))).toEqual({ clips: 1, matched: 0, changed: 0 });
  });
});

describe('setStreamRoom', () => {
  it('the room the user chooses is kept and its talks name the clips', async () => {
    const clip = await clipGray(600);
    await saveSchedule(clip.tripId, SCHEDULE, {}, at(5000));
    expect(await setStreamRoom(clip.tripId, 'GrayRoom001', 'Tan Room', at(6000))).toEqual({ clips: 1, matched: 1, changed: 1 });
    expect(await getClip(clip.id)).toMatchObject({ title: 'Talk W1', kind: 'workshop', talkCode: 'W1' });
    // A new import keeps the user's room.
    await saveSchedule(clip.tripId, SCHEDULE, {}, at(7000));
    expect(await listStreamRooms(clip.tripId)).toEqual([expect.objectContaining({ room: 'Tan Room', roomSource: 'user' })]);
    expect((await getClip(clip.id))?.talkCode).toBe('W1');
  });

  it('no room: the clips keep their names but no talk', async () => {
    const clip = await clipGray(600);
    await saveSchedule(clip.tripId, SCHEDULE, {}, at(5000));
    await setStreamRoom(clip.tripId, 'GrayRoom001', undefined, at(6000));
    const stored = await getClip(clip.id);
    expect(stored?.title).toBe('Talk A1');
    expect(stored).not.toHaveProperty('talkCode');
    expect(await listStreamRooms(clip.tripId)).toEqual([expect.objectContaining({ roomSource: 'user' })]);
    expect((await listStreamRooms(clip.tripId))[0]).not.toHaveProperty('room');
  });
});

describe('matching a new clip and Match to schedule', () => {
  it('names a clip taken after the import', async () => {
    const first = await clipGray(600);
    await saveSchedule(first.tripId, SCHEDULE, {}, at(5000));
    const later = await clipGray(2400);
    expect(later.title).toBe(GRAY.title);
    const match = await matchClipToSchedule(later.id, at(5001));
    expect(await getClip(later.id)).toMatchObject({ title: 'Talk A2', talkCode: 'A2' });
    // It answers the clip as the match left it (the background tells the tab its new name).
    expect(match).toMatchObject({ clips: 1, matched: 1, changed: 1, clip: { id: later.id, title: 'Talk A2' } });
  });

  it('Match to schedule matches every clip again; without a schedule it does nothing', async () => {
    const clip = await clipGray(600);
    expect(await matchTripClips(clip.tripId, at(1))).toBeUndefined();
    await saveSchedule(clip.tripId, SCHEDULE, {}, at(5000));
    await db.clips.update(clip.id, { title: 'stale', talkCode: undefined });
    expect(await matchTripClips(clip.tripId, at(6000))).toEqual({ clips: 1, matched: 1, changed: 1 });
    expect((await getClip(clip.id))?.title).toBe('Talk A1');
  });
});

describe('deleting a trip', () => {
  it('takes its schedule and stream rooms along, and Undo puts them back', async () => {
    const clip = await clipGray(600);
    await saveSchedule(clip.tripId, SCHEDULE, {}, at(5000));
    const removed = await deleteTrip(clip.tripId);
    expect(await db.schedules.count()).toBe(0);
    expect(await db.streams.count()).toBe(0);
    await restoreTrip(removed.trip, removed.clips, { schedule: removed.schedule, streams: removed.streams });
    expect((await getSchedule(clip.tripId))?.schedule.title).toBe('DemoCon');
    expect(await listStreamRooms(clip.tripId)).toHaveLength(1);
  });
});
