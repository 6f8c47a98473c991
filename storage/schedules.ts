/**
 * Schedules repository (issue #11): a trip's conference schedule, the room of each of
 * its streams, and matching its clips to the schedule's talks.
 *
 * - saveSchedule replaces the trip's schedule, reads each stream's room from its title
 *   again (rooms the user chose stay), and matches every clip of the trip, in one
 *   transaction: a failure changes nothing.
 * - setStreamRoom records the user's choice of room for a stream and matches its clips.
 * - setConferenceTimeZone changes the trip's zone and moves the schedule's zone-less times with it.
 * - matchTripClips (Match to schedule) and matchClipToSchedule (after a capture) match
 *   again with what is stored.
 *
 * What a match changes is decided by pure code (schedule/apply-match.ts); edited fields
 * are never touched.
 */
import { clipSchema, storedScheduleSchema, streamRoomSchema } from '../model/schemas';
import type { Clip, StoredSchedule, StreamRoom } from '../model/types';
import { matchChanges, roomOfStream, talkOfClip } from '../schedule/apply-match';
import type { Schedule } from '../schedule/model';
import { retimeSchedule } from '../schedule/retime';
import { db } from './db';
import { putAnnounced } from './keyed-puts';
import { guardWrite, notFoundError } from './errors';
import { isoNow, mergeChanges, validateRecord, withoutUndefined } from './records';
import { listStreamRooms } from './schedule-queries';
import { updateTrip } from './trips';

// The reads live in schedule-queries.ts (no zod, for the report page's first render).
export { getSchedule, getStreamRoom, listStreamRooms } from './schedule-queries';

export interface MatchSummary {
  /** Clips of the trip (or stream) looked at. */
  clips: number;
  /** Of those, the clips that are now matched to a talk. */
  matched: number;
  /** Clips whose stored fields changed. */
  changed: number;
}

function clipsOfTrip(tripId: string): Promise<Clip[]> {
  return db.clips.where('tripId').equals(tripId).toArray();
}

/**
 * Matches `clips` (all of one trip) to `schedule` inside the caller's transaction:
 * settles each stream's room (writing stream records that changed) and writes the
 * clips whose fields change.
 */
async function matchInTransaction(tripId: string, clips: Clip[], schedule: Schedule, now: Date): Promise<MatchSummary> {
  const stamp = isoNow(now);
  const stored = new Map((await listStreamRooms(tripId)).map((stream) => [stream.videoId, stream]));
  const rooms = new Map<string, string | undefined>();
  const streamWrites: StreamRoom[] = [];
  for (const clip of clips) {
    if (rooms.has(clip.videoId)) continue;
    const current = stored.get(clip.videoId);
    const settled = roomOfStream(current, schedule.rooms, clip.streamTitle);
    rooms.set(clip.videoId, settled.room);
    if (current === undefined || current.room !== settled.room || current.roomSource !== settled.roomSource) {
      const record = withoutUndefined({ tripId, videoId: clip.videoId, room: settled.room, roomSource: settled.roomSource, updatedAt: stamp });
      streamWrites.push(validateRecord(streamRoomSchema, record, 'stream'));
    }
  }

  let matched = 0;
  const clipWrites: Clip[] = [];
  for (const clip of clips) {
    const talk = talkOfClip(clip, schedule, rooms.get(clip.videoId));
    if (talk !== undefined) matched++;
    const changes = matchChanges(clip, talk, schedule.timeZone);
    if (changes === null) continue;
    const merged = { ...mergeChanges(clip, changes, clipSchema), updatedAt: stamp };
    clipWrites.push(withoutUndefined(validateRecord(clipSchema, merged, 'clip')));
  }
  if (streamWrites.length > 0) await db.streams.bulkPut(streamWrites.map((stream) => withoutUndefined(stream)));
  if (clipWrites.length > 0) await putAnnounced(db.clips, clipWrites);
  return { clips: clips.length, matched, changed: clipWrites.length };
}

/**
 * Stores `schedule` as the trip's schedule (replacing any earlier one) and matches every
 * clip of the trip to it, all or nothing. Throws StorageWriteError (nothing changed).
 */
export async function saveSchedule(
  tripId: string,
  schedule: Schedule,
  source: StoredSchedule['source'],
  now: Date = new Date(),
): Promise<MatchSummary> {
  return guardWrite(async () => {
    const row = validateRecord(storedScheduleSchema, { tripId, schedule, source: withoutUndefined(source), importedAt: isoNow(now) }, 'schedule');
    return db.transaction('rw', db.trips, db.clips, db.schedules, db.streams, async () => {
      if ((await db.trips.get(tripId)) === undefined) throw notFoundError('trip', tripId);
      await db.schedules.put(row);
      return matchInTransaction(tripId, await clipsOfTrip(tripId), row.schedule, now);
    });
  });
}

/** What a change of the trip's Conference time zone did to its schedule. */
export type TimeZoneChange =
  /** The schedule's floating talks (times without a zone) now read in the new zone; the clips were matched again. */
  | { schedule: 'moved'; talks: number; summary: MatchSummary }
  /** No schedule; one whose file gives every zone or offset; or one imported before the zone it was read in was kept. */
  | { schedule: 'none' | 'exact' | 'unknown' };

/**
 * Sets the trip's Conference time zone and, in the same transaction, reads its schedule's
 * zone-less times in the new zone (schedule/retime.ts) and matches every clip again: all
 * or nothing. Throws StorageWriteError (nothing changed).
 */
export async function setConferenceTimeZone(tripId: string, timeZone: string, now: Date = new Date()): Promise<TimeZoneChange> {
  return guardWrite(() =>
    db.transaction('rw', db.trips, db.clips, db.schedules, db.streams, async (): Promise<TimeZoneChange> => {
      await updateTrip(tripId, { timeZone }, now);
      const stored = await db.schedules.get(tripId);
      if (stored === undefined) return { schedule: 'none' };
      const outcome = retimeSchedule(stored.schedule, timeZone);
      if (outcome.kind !== 'moved') return { schedule: outcome.kind };
      const row = validateRecord(storedScheduleSchema, { ...stored, schedule: outcome.schedule }, 'schedule');
      await db.schedules.put(row);
      const summary = await matchInTransaction(tripId, await clipsOfTrip(tripId), row.schedule, now);
      return { schedule: 'moved', talks: outcome.talks, summary };
    }),
  );
}

/** Matches every clip of the trip to its stored schedule (Match to schedule); nothing to do without one. */
export async function matchTripClips(tripId: string, now: Date = new Date()): Promise<MatchSummary | undefined> {
  return guardWrite(() =>
    db.transaction('rw', db.clips, db.schedules, db.streams, async () => {
      const stored = await db.schedules.get(tripId);
      if (stored === undefined) return undefined;
      return matchInTransaction(tripId, await clipsOfTrip(tripId), stored.schedule, now);
    }),
  );
}

/**
 * The user's choice of room for one stream of a trip (`undefined`: no room), then its
 * clips matched again. Throws StorageWriteError for a room the schedule does not have.
 */
export async function setStreamRoom(tripId: string, videoId: string, room: string | undefined, now: Date = new Date()): Promise<MatchSummary> {
  return guardWrite(async () => {
    const record = validateRecord(streamRoomSchema, withoutUndefined({ tripId, videoId, room, roomSource: 'user', updatedAt: isoNow(now) }), 'stream');
    return db.transaction('rw', db.trips, db.clips, db.schedules, db.streams, async () => {
      if ((await db.trips.get(tripId)) === undefined) throw notFoundError('trip', tripId);
      await db.streams.put(withoutUndefined(record));
      const stored = await db.schedules.get(tripId);
      if (stored === undefined) return { clips: 0, matched: 0, changed: 0 };
      const clips = (await clipsOfTrip(tripId)).filter((clip) => clip.videoId === videoId);
      return matchInTransaction(tripId, clips, stored.schedule, now);
    });
  });
}

/** What matching one clip did, and the clip as stored after it. */
export interface ClipMatch extends MatchSummary {
  clip: Clip;
}

/**
 * Matches one clip (just captured) to its trip's schedule, if the trip has one. Runs
 * after the capture was committed and answered, as a separate write; answers the clip as
 * the match left it (the background tells the tab its new name, §3).
 */
export async function matchClipToSchedule(clipId: string, now: Date = new Date()): Promise<ClipMatch | undefined> {
  return guardWrite(() =>
    db.transaction('rw', db.clips, db.schedules, db.streams, async () => {
      const clip = await db.clips.get(clipId);
      if (clip === undefined) return undefined;
      const stored = await db.schedules.get(clip.tripId);
      if (stored === undefined) return undefined;
      const summary = await matchInTransaction(clip.tripId, [clip], stored.schedule, now);
      const after = summary.changed > 0 ? await db.clips.get(clipId) : clip;
      return { ...summary, clip: after ?? clip };
    }),
  );
}
