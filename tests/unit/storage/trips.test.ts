import './helpers';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../storage/db';
import { StorageWriteError } from '../../../storage/errors';
import { saveCapturedClip } from '../../../storage/clips';
import { getSetting, CURRENT_TRIP_KEY } from '../../../storage/settings';
import {
  createTrip,
  deleteTrip,
  getCurrentTrip,
  getCurrentTripId,
  getTrip,
  listTrips,
  restoreTrip,
  setCurrentTrip,
  updateTrip,
} from '../../../storage/trips';
import { at, dumpDatabase, makeDraft, resetDatabase } from './helpers';

beforeEach(resetDatabase);

describe('trips repository', () => {
  it('creates a trip with defaults, a uuid and timestamps', async () => {
    const trip = await createTrip({ name: 'PyCon US 2024', place: 'Pittsburgh' }, at(0));
    expect(trip).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'PyCon US 2024',
      place: 'Pittsburgh',
      tags: [],
      categories: [],
      intro: '',
      outro: '',
      createdAt: at(0).toISOString(),
      updatedAt: at(0).toISOString(),
    });
    expect(await getTrip(trip.id)).toEqual(trip);
  });

  it('rejects an invalid new trip and writes nothing', async () => {
    await expect(createTrip({ name: '' })).rejects.toMatchObject({ name: 'StorageWriteError', field: 'name' });
    await expect(createTrip({ name: 'x', startDate: '2024-02-30' })).rejects.toBeInstanceOf(StorageWriteError);
    expect(await db.trips.count()).toBe(0);
  });

  it('lists trips newest first by start date, then creation time', async () => {
    const old = await createTrip({ name: 'old', startDate: '2022-04-01' }, at(0));
    const newer = await createTrip({ name: 'newer', startDate: '2024-05-22' }, at(1));
    const sameDayLater = await createTrip({ name: 'same day, created later', startDate: '2024-05-22' }, at(2));
    const undated = await createTrip({ name: 'no dates' }, new Date('2023-01-01T00:00:00Z'));
    expect((await listTrips()).map((trip) => trip.name)).toEqual([sameDayLater.name, newer.name, undated.name, old.name]);
  });

  it('updates fields, bumps updatedAt, keeps id and createdAt, and clears optional fields given undefined', async () => {
    const trip = await createTrip({ name: 'EuroPython', place: 'Prague', url: 'https://ep2024.europython.eu' }, at(0));
    const updated = await updateTrip(trip.id, { name: 'EuroPython 2024', tags: ['python'], place: undefined }, at(60));
    expect(updated).toEqual({ ...trip, name: 'EuroPython 2024', tags: ['python'], place: undefined, updatedAt: at(60).toISOString() });
    expect('place' in updated).toBe(false);
    expect(await getTrip(trip.id)).toEqual(updated);
  });

  it('ignores attempts to change id, createdAt or updatedAt', async () => {
    const trip = await createTrip({ name: 'A' }, at(0));
    const sneaky = { name: 'B', id: 'other', createdAt: '2000-01-01T00:00:00Z' } as Parameters<typeof updateTrip>[1];
    const updated = await updateTrip(trip.id, sneaky, at(5));
    expect(updated.id).toBe(trip.id);
    expect(updated.createdAt).toBe(trip.createdAt);
  });

  it('rejects an invalid update with the field named and leaves the row unchanged', async () => {
    const trip = await createTrip({ name: 'A' }, at(0));
    const error = await updateTrip(trip.id, { url: 'javascript:alert(1)' }, at(5)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect(error).toMatchObject({ code: 'validation', field: 'url' });
    expect((error as StorageWriteError).userMessage).toMatch(/url: must be an http:\/\/ or https:\/\/ URL/);
    expect(await getTrip(trip.id)).toEqual(trip);
  });

  it('fails with not-found for a missing trip', async () => {
    await expect(updateTrip('00000000-0000-4000-8000-000000000000', { name: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(setCurrentTrip('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('deletes a trip with its clips, unsets it as current, and restores both for undo', async () => {
    const first = await saveCapturedClip(makeDraft({ seconds: 100 }), at(0));
    await saveCapturedClip(makeDraft({ seconds: 2000 }), at(1));
    const other = await createTrip({ name: 'Other' }, at(2));
    const otherClip = await db.clips.add({ ...first.clip, id: crypto.randomUUID(), tripId: other.id });
    const before = await dumpDatabase();

    const removed = await deleteTrip(first.trip.id);
    expect(removed.trip).toEqual(first.trip);
    expect(removed.clips.map((clip) => clip.seconds).sort()).toEqual([100, 2000]);
    expect(await getTrip(first.trip.id)).toBeUndefined();
    expect(await db.clips.toArray()).toHaveLength(1);
    expect(await db.clips.get(otherClip)).toBeDefined();
    expect(await getCurrentTripId()).toBeUndefined();
    expect(await getSetting(CURRENT_TRIP_KEY)).toBeUndefined();

    await restoreTrip(removed.trip, removed.clips);
    const after = await dumpDatabase();
    expect(after.trips).toEqual(before.trips);
    expect(after.clips).toEqual(before.clips);
  });

  it('does not unset the current trip when another trip is deleted', async () => {
    const a = await createTrip({ name: 'A' });
    const b = await createTrip({ name: 'B' });
    await setCurrentTrip(a.id);
    await deleteTrip(b.id);
    expect(await getCurrentTripId()).toBe(a.id);
    expect(await getCurrentTrip()).toEqual(a);
  });

  it('restoreTrip refuses clips of another trip', async () => {
    const a = await createTrip({ name: 'A' });
    const saved = await saveCapturedClip(makeDraft(), at(0));
    const removed = await deleteTrip(a.id);
    await expect(restoreTrip(removed.trip, [saved.clip])).rejects.toMatchObject({ field: 'clips[0].tripId' });
    expect(await getTrip(a.id)).toBeUndefined();
  });

  it('reports the current trip only while it exists', async () => {
    expect(await getCurrentTripId()).toBeUndefined();
    const trip = await createTrip({ name: 'A' });
    await setCurrentTrip(trip.id);
    expect(await getCurrentTripId()).toBe(trip.id);
    expect(await getCurrentTrip()).toEqual(trip);
    await db.trips.delete(trip.id); // e.g. removed behind the repository's back
    expect(await getCurrentTripId()).toBeUndefined();
    expect(await getCurrentTrip()).toBeUndefined();
  });
});
