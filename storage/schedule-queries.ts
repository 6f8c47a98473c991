/**
 * The reads of a trip's schedule and its streams' rooms, without zod: the report page
 * shows them from its first render, while the writes (schedules.ts, which re-exports
 * these) load when something is imported, matched or chosen.
 */
import { Dexie } from 'dexie';
import type { StoredSchedule, StreamRoom } from '../model/types';
import { db } from './db';

export async function getSchedule(tripId: string): Promise<StoredSchedule | undefined> {
  return db.schedules.get(tripId);
}

/** The stored record of one stream of a trip (its room), if it was looked at yet. */
export async function getStreamRoom(tripId: string, videoId: string): Promise<StreamRoom | undefined> {
  return db.streams.get([tripId, videoId]);
}

/** The stored stream records of a trip (a stream without one has not been looked at yet). */
export async function listStreamRooms(tripId: string): Promise<StreamRoom[]> {
  return db.streams.where('[tripId+videoId]').between([tripId, Dexie.minKey], [tripId, Dexie.maxKey], true, true).toArray();
}
