/**
 * The reads a page needs to show the current trip and its clips, without zod: the popup
 * loads this (with Dexie) before its first render, while validation and writes
 * (trips.ts, clips.ts, which re-export these) are loaded only when something is written.
 */
import { Dexie } from 'dexie';
import type { Clip, Trip } from '../model/types';
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

/**
 * The current trip and its newest clips (see listClipsOfTrip), in one read-only
 * transaction and two round trips: the trip and its clips are read side by side once
 * the current trip's id is known. No trip: `{ trip: undefined, clips: [] }`.
 */
export async function getCurrentTripWithClips(options: { offset?: number; limit?: number } = {}): Promise<{ trip: Trip | undefined; clips: Clip[] }> {
  return db.transaction('r', db.trips, db.settings, db.clips, async () => {
    const id = await storedCurrentTripId();
    if (id === undefined) return { trip: undefined, clips: [] };
    const [trip, clips] = await Promise.all([db.trips.get(id), listClipsOfTrip(id, options)]);
    return trip === undefined ? { trip, clips: [] } : { trip, clips };
  });
}

export async function getClip(id: string): Promise<Clip | undefined> {
  return db.clips.get(id);
}

/** Newest capturedAt first, read from the [tripId+capturedAt] index (no table scan). */
export async function listClipsOfTrip(tripId: string, options: { offset?: number; limit?: number } = {}): Promise<Clip[]> {
  let collection = db.clips
    .where('[tripId+capturedAt]')
    .between([tripId, Dexie.minKey], [tripId, Dexie.maxKey], true, true)
    .reverse();
  if (options.offset !== undefined && options.offset > 0) collection = collection.offset(options.offset);
  if (options.limit !== undefined) collection = collection.limit(Math.max(0, options.limit));
  return collection.toArray();
}

/**
 * How many clips the trip has. An IndexedDB count over an index reads every entry
 * (~100 ms for 5,000 on a slow machine): never make a first render wait for it.
 */
export async function countClipsOfTrip(tripId: string): Promise<number> {
  return db.clips.where('tripId').equals(tripId).count();
}

/** A trip's clips of one video, by offset, read from the [tripId+videoId+seconds] index. */
export async function listClipsOfVideo(tripId: string, videoId: string): Promise<Clip[]> {
  return db.clips
    .where('[tripId+videoId+seconds]')
    .between([tripId, videoId, Dexie.minKey], [tripId, videoId, Dexie.maxKey], true, true)
    .toArray();
}
