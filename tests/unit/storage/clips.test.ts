import './helpers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Clip } from '../../../model/types';
import {
  countClipsOfTrip,
  deleteClips,
  getClip,
  listClipsOfTrip,
  restoreClips,
  saveCapturedClip,
  tripNameForDraft,
  updateClip,
  updateClips,
} from '../../../storage/clips';
import { db } from '../../../storage/db';
import { StorageWriteError } from '../../../storage/errors';
import { createTrip, deleteTrip, getCurrentTripId, listTrips, setCurrentTrip } from '../../../storage/trips';
import { at, dumpDatabase, makeClip, makeDraft, makeTrip, resetDatabase } from './helpers';

beforeEach(resetDatabase);

describe('saveCapturedClip', () => {
  it('creates a trip named from the stream, makes it current, and stores a clip with defaults', async () => {
    const draft = makeDraft();
    const { clip, trip, duplicate } = await saveCapturedClip(draft, at(0));
    expect(duplicate).toBe(false);
    expect(trip.name).toBe('PyCon Italia 2024');
    expect(await getCurrentTripId()).toBe(trip.id);
    expect(clip).toEqual({
      ...draft,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      tripId: trip.id,
      kind: 'talk',
      rating: null,
      tags: [],
      notes: '',
      links: [],
      capturedAt: at(0).toISOString(),
      updatedAt: at(0).toISOString(),
    });
    expect(await getClip(clip.id)).toEqual(clip);
  });

  it('names the trip after the year of now without a day, and falls back to the stream title', () => {
    expect(tripNameForDraft(makeDraft({ day: undefined }), new Date('2026-06-01T12:00:00'))).toBe('PyCon Italia 2026');
    expect(tripNameForDraft(makeDraft({ channel: '  ' }), at(0))).toBe('PyCon Italia 2024 - Day 1 - Room Spaghetti');
    expect(tripNameForDraft(makeDraft({ channel: 'EuroPython 2024', day: '2024-07-10' }), at(0))).toBe('EuroPython 2024');
  });

  it('reuses the current trip', async () => {
    const trip = await createTrip({ name: 'My trip' });
    await setCurrentTrip(trip.id);
    const saved = await saveCapturedClip(makeDraft(), at(0));
    expect(saved.trip).toEqual(trip);
    expect(saved.clip.tripId).toBe(trip.id);
    expect(await listTrips()).toHaveLength(1);
  });

  it('creates a new trip when the current one was deleted', async () => {
    const first = await saveCapturedClip(makeDraft(), at(0));
    await deleteTrip(first.trip.id);
    const second = await saveCapturedClip(makeDraft(), at(1));
    expect(second.trip.id).not.toBe(first.trip.id);
    expect(second.duplicate).toBe(false);
    expect(await getCurrentTripId()).toBe(second.trip.id);
  });

  it('dedupes the same video within 10 s in the current trip, writing nothing', async () => {
    const first = await saveCapturedClip(makeDraft({ seconds: 3600 }), at(0));
    const before = await dumpDatabase();
    for (const seconds of [3590, 3600, 3605, 3610]) {
      const again = await saveCapturedClip(makeDraft({ seconds }), at(10));
      expect(again).toEqual({ clip: first.clip, trip: first.trip, duplicate: true });
    }
    expect(await dumpDatabase()).toEqual(before);
  });

  it('does not dedupe at 11 s, on another video, or in another trip', async () => {
    const first = await saveCapturedClip(makeDraft({ seconds: 3600 }), at(0));
    expect((await saveCapturedClip(makeDraft({ seconds: 3611 }), at(1))).duplicate).toBe(false);
    expect((await saveCapturedClip(makeDraft({ seconds: 3589 }), at(2))).duplicate).toBe(false);
    expect((await saveCapturedClip(makeDraft({ seconds: 3600, videoId: 'abcdefghijk' }), at(3))).duplicate).toBe(false);
    const other = await createTrip({ name: 'Other' });
    await setCurrentTrip(other.id);
    expect((await saveCapturedClip(makeDraft({ seconds: 3600 }), at(4))).duplicate).toBe(false);
    expect(await countClipsOfTrip(first.trip.id)).toBe(4);
    expect(await countClipsOfTrip(other.id)).toBe(1);
  });

  it('clips talk after talk into the current trip while other pages change it: right trip, right count, nothing lost', async () => {
    const first = await saveCapturedClip(makeDraft({ seconds: 100 }), at(0));
    const second = await saveCapturedClip(makeDraft({ seconds: 200 }), at(1));
    expect(second.trip.id).toBe(first.trip.id);
    expect(await countClipsOfTrip(first.trip.id)).toBe(2);
    // The report page deletes a clip of that trip: the next capture counts from what is stored.
    await deleteClips([first.clip.id]);
    await saveCapturedClip(makeDraft({ seconds: 300 }), at(2));
    expect(await countClipsOfTrip(first.trip.id)).toBe(2);
    // ... renames the trip: the answer names it as it is now.
    await db.trips.update(first.trip.id, { name: 'Renamed' });
    expect((await saveCapturedClip(makeDraft({ seconds: 400 }), at(3))).trip.name).toBe('Renamed');
    // ... makes another trip current: the next clip goes there.
    const other = await createTrip({ name: 'Other' });
    await setCurrentTrip(other.id);
    const moved = await saveCapturedClip(makeDraft({ seconds: 500 }), at(4));
    expect(moved.clip.tripId).toBe(other.id);
    expect(await countClipsOfTrip(first.trip.id)).toBe(3);
    expect(await countClipsOfTrip(other.id)).toBe(1);
    // A second click on the same moment: the clip already taken, nothing written.
    const before = await dumpDatabase();
    expect(await saveCapturedClip(makeDraft({ seconds: 505 }), at(5))).toEqual({ clip: moved.clip, trip: other, duplicate: true });
    expect(await dumpDatabase()).toEqual(before);
    expect((await listClipsOfTrip(first.trip.id)).map((clip) => clip.seconds).sort()).toEqual([200, 300, 400]);
  });

  it('rejects an invalid draft with StorageWriteError and writes nothing', async () => {
    const error = await saveCapturedClip(makeDraft({ videoId: 'nope' }), at(0)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect(error).toMatchObject({ code: 'validation', field: 'videoId' });
    expect(await dumpDatabase()).toEqual({ trips: [], clips: [], settings: [], schedules: [], streams: [] });
  });

  it('drops unknown fields of the draft', async () => {
    const draft = { ...makeDraft(), evil: '<script>' };
    const { clip } = await saveCapturedClip(draft, at(0));
    expect('evil' in clip).toBe(false);
    expect('evil' in ((await getClip(clip.id)) ?? {})).toBe(false);
  });
});

describe('listing clips', () => {
  it('lists newest capturedAt first, pages with offset and limit, and counts', async () => {
    const trip = await createTrip({ name: 'T' });
    const other = await createTrip({ name: 'O' });
    const clips: Clip[] = [];
    for (let i = 0; i < 25; i++) clips.push(makeClip(trip.id, { capturedAt: at(i).toISOString(), updatedAt: at(i).toISOString() }));
    await db.clips.bulkAdd([...clips, makeClip(other.id, { capturedAt: at(100).toISOString() })]);
    const newestFirst = [...clips].reverse().map((clip) => clip.id);

    expect((await listClipsOfTrip(trip.id)).map((clip) => clip.id)).toEqual(newestFirst);
    expect((await listClipsOfTrip(trip.id, { limit: 10 })).map((clip) => clip.id)).toEqual(newestFirst.slice(0, 10));
    expect((await listClipsOfTrip(trip.id, { offset: 10, limit: 10 })).map((clip) => clip.id)).toEqual(newestFirst.slice(10, 20));
    expect((await listClipsOfTrip(trip.id, { offset: 20, limit: 10 })).map((clip) => clip.id)).toEqual(newestFirst.slice(20));
    expect(await listClipsOfTrip(trip.id, { offset: 30 })).toEqual([]);
    expect(await countClipsOfTrip(trip.id)).toBe(25);
    expect(await listClipsOfTrip('00000000-0000-4000-8000-00000000ffff')).toEqual([]);
  });

  it('pages through 10,000 clips', async () => {
    const trip = makeTrip();
    await db.trips.add(trip);
    const clips = Array.from({ length: 10_000 }, (_, i) =>
      makeClip(trip.id, { capturedAt: new Date(Date.UTC(2024, 4, 23) + i * 1000).toISOString() }),
    );
    await db.clips.bulkAdd(clips);
    const page = await listClipsOfTrip(trip.id, { offset: 50, limit: 50 });
    expect(page.map((clip) => clip.id)).toEqual(clips.slice(-100, -50).reverse().map((clip) => clip.id));
    expect(await countClipsOfTrip(trip.id)).toBe(10_000);
  });
});

describe('updating, deleting and restoring clips', () => {
  async function seed(): Promise<Clip[]> {
    const a = await saveCapturedClip(makeDraft({ seconds: 100 }), at(0));
    const b = await saveCapturedClip(makeDraft({ seconds: 1000 }), at(1));
    const c = await saveCapturedClip(makeDraft({ seconds: 2000 }), at(2));
    return [a.clip, b.clip, c.clip];
  }

  it('updates a clip, bumps updatedAt, keeps capturedAt and clears optional fields given undefined', async () => {
    const [clip] = await seed();
    if (clip === undefined) throw new Error('no clip');
    const updated = await updateClip(
      clip.id,
      { title: 'Real title', rating: 'awesome', links: [{ label: 'slides', url: 'https://example.org/s' }], day: undefined },
      at(60),
    );
    expect(updated).toMatchObject({ title: 'Real title', rating: 'awesome', capturedAt: clip.capturedAt, updatedAt: at(60).toISOString() });
    expect('day' in updated).toBe(false);
    expect(await getClip(clip.id)).toEqual(updated);
    // undefined on a required field means "leave as is"
    expect((await updateClip(clip.id, { rating: undefined, title: undefined }, at(61))).rating).toBe('awesome');
  });

  it('rejects a javascript: link naming the field, and keeps the stored row', async () => {
    const [clip] = await seed();
    if (clip === undefined) throw new Error('no clip');
    const error = await updateClip(clip.id, { links: [{ label: 'x', url: 'javascript:alert(1)' }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect(error).toMatchObject({ code: 'validation', field: 'links[0].url' });
    expect((error as StorageWriteError).userMessage).toContain('links[0].url');
    expect(await getClip(clip.id)).toEqual(clip);
  });

  it('rejects other invalid values and moves to a trip that does not exist', async () => {
    const [clip] = await seed();
    if (clip === undefined) throw new Error('no clip');
    const before = await dumpDatabase();
    await expect(updateClip(clip.id, { seconds: -1 })).rejects.toMatchObject({ field: 'seconds' });
    await expect(updateClip(clip.id, { seconds: 1.5 })).rejects.toMatchObject({ field: 'seconds' });
    await expect(updateClip(clip.id, { kind: 'party' as Clip['kind'] })).rejects.toMatchObject({ field: 'kind' });
    await expect(updateClip(clip.id, { tripId: '00000000-0000-4000-8000-00000000abcd' })).rejects.toMatchObject({ field: 'tripId' });
    await expect(updateClip('00000000-0000-4000-8000-00000000abcd', { title: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    expect(await dumpDatabase()).toEqual(before);
  });

  it('bulk-updates rating, kind and trip in one go, skipping missing ids', async () => {
    const clips = await seed();
    const target = await createTrip({ name: 'Target' });
    const ids = clips.slice(0, 2).map((clip) => clip.id);
    await updateClips([...ids, '00000000-0000-4000-8000-00000000abcd'], { rating: 'good', kind: 'keynote', tripId: target.id }, at(99));
    const moved = await listClipsOfTrip(target.id);
    expect(moved.map((clip) => clip.id).sort()).toEqual([...ids].sort());
    for (const clip of moved) expect(clip).toMatchObject({ rating: 'good', kind: 'keynote', updatedAt: at(99).toISOString() });
    expect(await getClip(clips[2]?.id ?? '')).toEqual(clips[2]);
  });

  it('bulk update is all or nothing when a value is invalid or the target trip is missing', async () => {
    const clips = await seed();
    const before = await dumpDatabase();
    const ids = clips.map((clip) => clip.id);
    await expect(updateClips(ids, { rating: 'meh' as Clip['rating'] })).rejects.toBeInstanceOf(StorageWriteError);
    await expect(updateClips(ids, { tripId: '00000000-0000-4000-8000-00000000abcd' })).rejects.toMatchObject({ field: 'tripId' });
    expect(await dumpDatabase()).toEqual(before);
  });

  it('deletes clips, returns them, and restores them exactly', async () => {
    const clips = await seed();
    const before = await dumpDatabase();
    const removed = await deleteClips([clips[0]?.id ?? '', clips[2]?.id ?? '', '00000000-0000-4000-8000-00000000abcd']);
    expect(removed.map((clip) => clip.id).sort()).toEqual([clips[0]?.id, clips[2]?.id].sort());
    expect(await db.clips.count()).toBe(1);
    await restoreClips(removed);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('refuses to restore clips whose trip is gone', async () => {
    const clips = await seed();
    const removed = await deleteClips(clips.map((clip) => clip.id));
    const tripId = removed[0]?.tripId ?? '';
    await deleteTrip(tripId);
    await expect(restoreClips(removed)).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.clips.count()).toBe(0);
  });
});
