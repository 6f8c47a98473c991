/**
 * Trips repository: one conference attendance each, plus which trip is "current"
 * (the one new clips go to).
 */
import { z } from 'zod';
import { Dexie } from 'dexie';
import { clipSchema, storedScheduleSchema, streamRoomSchema, tripSchema } from '../model/schemas';
import type { Clip, StoredSchedule, StreamRoom, Trip } from '../model/types';
import { db } from './db';
import { guardWrite, notFoundError, validationError } from './errors';
import { isoNow, mergeChanges, validateRecord, withoutUndefined } from './records';
import { CURRENT_TRIP_KEY } from './settings';
import { applyCountChanges, countChanges } from './clip-counts';

// The reads live in queries.ts (no zod, for the popup's first render).
export { getCurrentTrip, getCurrentTripId, listTrips } from './queries';

export type NewTrip = { name: string } & Partial<Omit<Trip, 'id' | 'name' | 'createdAt' | 'updatedAt'>>;
export type TripChanges = Partial<Omit<Trip, 'id' | 'createdAt' | 'updatedAt'>>;

export async function getTrip(id: string): Promise<Trip | undefined> {
  return db.trips.get(id);
}

/** Builds a valid new trip row (no write). Throws StorageWriteError on invalid fields. */
export function buildTrip(fields: NewTrip, now: Date): Trip {
  const stamp = isoNow(now);
  const candidate = {
    tags: [],
    categories: [],
    intro: '',
    outro: '',
    ...withoutUndefined(fields),
    id: crypto.randomUUID(),
    createdAt: stamp,
    updatedAt: stamp,
  };
  return withoutUndefined(validateRecord(tripSchema, candidate, 'trip'));
}

export async function createTrip(fields: NewTrip, now: Date = new Date()): Promise<Trip> {
  return guardWrite(async () => {
    const trip = buildTrip(fields, now);
    await db.trips.add(trip);
    return trip;
  });
}

export async function updateTrip(id: string, changes: TripChanges, now: Date = new Date()): Promise<Trip> {
  return guardWrite(() =>
    db.transaction('rw', db.trips, async () => {
      const current = await db.trips.get(id);
      if (current === undefined) throw notFoundError('trip', id);
      const merged = { ...mergeChanges(current, changes, tripSchema), updatedAt: isoNow(now) };
      const trip = withoutUndefined(validateRecord(tripSchema, merged, 'trip'));
      await db.trips.put(trip);
      return trip;
    }),
  );
}

/** What goes with a trip besides its clips: its schedule and its streams' rooms. */
export interface TripExtras {
  schedule?: StoredSchedule;
  streams: StreamRoom[];
}

/** Deletes the trip, all its clips, its schedule and stream rooms; returns them so that the caller can undo. */
export async function deleteTrip(id: string): Promise<{ trip: Trip; clips: Clip[] } & TripExtras> {
  return guardWrite(() =>
    db.transaction('rw', [db.trips, db.clips, db.settings, db.counts, db.schedules, db.streams], async () => {
      const trip = await db.trips.get(id);
      if (trip === undefined) throw notFoundError('trip', id);
      const clips = await db.clips.where('tripId').equals(id).toArray();
      const schedule = await db.schedules.get(id);
      const streamRange = db.streams.where('[tripId+videoId]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true);
      const streams = await streamRange.toArray();
      await db.clips.bulkDelete(clips.map((clip) => clip.id));
      await streamRange.delete();
      await db.schedules.delete(id);
      await db.trips.delete(id);
      await db.counts.delete(id);
      const current = await db.settings.get(CURRENT_TRIP_KEY);
      if (current?.value === id) await db.settings.delete(CURRENT_TRIP_KEY);
      return { trip, clips, streams, ...(schedule ? { schedule } : {}) };
    }),
  );
}

/**
 * Undo of deleteTrip: puts the trip and its clips back exactly as they were (their
 * `updatedAt` is kept, so a later backup merge sees them as the same records). Does not
 * make the trip current again.
 */
export async function restoreTrip(trip: Trip, clips: Clip[], extras: TripExtras = { streams: [] }): Promise<void> {
  await guardWrite(async () => {
    const tripRow = withoutUndefined(validateRecord(tripSchema, trip, 'trip'));
    const clipRows = validateRecord(z.array(clipSchema), clips, 'clips').map((clip) => withoutUndefined(clip));
    const foreign = clipRows.findIndex((clip) => clip.tripId !== tripRow.id);
    if (foreign !== -1) {
      throw validationError('trip', [{ path: `clips[${foreign}].tripId`, message: 'must be the id of the restored trip' }]);
    }
    const schedule = extras.schedule === undefined ? undefined : validateRecord(storedScheduleSchema, extras.schedule, 'schedule');
    const streams = validateRecord(z.array(streamRoomSchema), extras.streams, 'streams').map((stream) => withoutUndefined(stream));
    if ((schedule !== undefined && schedule.tripId !== tripRow.id) || streams.some((stream) => stream.tripId !== tripRow.id)) {
      throw validationError('trip', [{ path: 'tripId', message: 'must be the id of the restored trip' }]);
    }
    await db.transaction('rw', [db.trips, db.clips, db.counts, db.schedules, db.streams], async () => {
      await db.trips.put(tripRow);
      const before = await db.clips.bulkGet(clipRows.map((clip) => clip.id));
      await db.clips.bulkPut(clipRows);
      await applyCountChanges(countChanges(before, clipRows));
      if (schedule !== undefined) await db.schedules.put(schedule);
      await db.streams.bulkPut(streams);
    });
  });
}

export async function setCurrentTrip(id: string): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.trips, db.settings, async () => {
      if ((await db.trips.get(id)) === undefined) throw notFoundError('trip', id);
      await db.settings.put({ key: CURRENT_TRIP_KEY, value: id });
    }),
  );
}
