/**
 * The reads a page needs to show the current trip and its clips, without zod: the popup
 * loads this (with Dexie) before its first render, while validation and writes
 * (trips.ts, clips.ts, which re-export these) are loaded only when something is written.
 */
import { Dexie } from 'dexie';
import { compareTripsNewestFirst } from '../model/trip-order';
import type { Clip, Trip } from '../model/types';
import { countByIndex } from './clip-counts';
import { db } from './db';

import { CURRENT_TRIP_KEY } from './setting-keys';

export { CURRENT_TRIP_KEY } from './setting-keys';

/** The stored current-trip id, if it is one (a non-empty string); whether that trip exists is not checked. */
async function storedCurrentTripId(): Promise<string | undefined> {
  const row = await db.settings.get(CURRENT_TRIP_KEY);
  const value: unknown = row?.value;
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The current trip's id, only if that trip exists. */
export async function getCurrentTripId(): Promise<string | undefined> {
  return db.transaction('r', db.trips, db.settings, async () => {
    const id = await storedCurrentTripId();
    if (id === undefined) return undefined;
    return (await db.trips.get(id)) === undefined ? undefined : id;
  });
}

export async function getCurrentTrip(): Promise<Trip | undefined> {
  return db.transaction('r', db.trips, db.settings, async () => {
    const id = await storedCurrentTripId();
    return id === undefined ? undefined : db.trips.get(id);
  });
}

/** Every trip, newest first (compareTripsNewestFirst). */
export async function listTrips(): Promise<Trip[]> {
  const trips = await db.trips.toArray();
  return trips.sort(compareTripsNewestFirst);
}

/** The current trip, its newest clips (see listClipsOfTrip) and how many clips it has. */
export interface CurrentTripView {
  trip: Trip | undefined;
  clips: Clip[];
  /** The trip's clip count (0 without a trip). */
  total: number;
}

/**
 * The current trip, its newest clips and its clip count, in one read-only transaction and
 * two round trips: the trip, its clips and its count (one key lookup, see
 * countClipsOfTrip) are read side by side once the current trip's id is known.
 */
export async function getCurrentTripWithClips(options: { offset?: number; limit?: number } = {}): Promise<CurrentTripView> {
  return db.transaction('r', [db.trips, db.settings, db.clips, db.counts], async () => {
    const id = await storedCurrentTripId();
    if (id === undefined) return { trip: undefined, clips: [], total: 0 };
    const [trip, clips, total] = await Promise.all([db.trips.get(id), listClipsOfTrip(id, options), countClipsOfTrip(id)]);
    return trip === undefined ? { trip, clips: [], total: 0 } : { trip, clips, total };
  });
}

export async function getClip(id: string): Promise<Clip | undefined> {
  return db.clips.get(id);
}

/** The clips of these ids, in the same order; undefined for an id not stored. */
export async function getClips(ids: readonly string[]): Promise<(Clip | undefined)[]> {
  return db.clips.bulkGet([...ids]);
}

/**
 * Newest capturedAt first (`oldestFirst`: oldest first), read from the [tripId+capturedAt]
 * index (no table scan).
 */
export async function listClipsOfTrip(tripId: string, options: { offset?: number; limit?: number; oldestFirst?: boolean } = {}): Promise<Clip[]> {
  let collection = db.clips.where('[tripId+capturedAt]').between([tripId, Dexie.minKey], [tripId, Dexie.maxKey], true, true);
  if (options.oldestFirst !== true) collection = collection.reverse();
  if (options.offset !== undefined && options.offset > 0) collection = collection.offset(options.offset);
  if (options.limit !== undefined) collection = collection.limit(Math.max(0, options.limit));
  return collection.toArray();
}

/**
 * How many clips the trip has: one key lookup in the counts table (storage/clip-counts.ts),
 * whatever the trip's size; a trip without a counts row is counted from its index.
 */
export async function countClipsOfTrip(tripId: string): Promise<number> {
  const row = await db.counts.get(tripId);
  return row !== undefined ? row.clips : countByIndex(tripId);
}

/** A trip's clips of one video, by offset, read from the [tripId+videoId+seconds] index. */
export async function listClipsOfVideo(tripId: string, videoId: string): Promise<Clip[]> {
  return db.clips
    .where('[tripId+videoId+seconds]')
    .between([tripId, videoId, Dexie.minKey], [tripId, videoId, Dexie.maxKey], true, true)
    .toArray();
}
