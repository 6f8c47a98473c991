/**
 * Clips repository: capture, listing, editing, bulk edits, delete and undo.
 */
import { z } from 'zod';
import { clipDraftSchema, clipSchema } from '../model/schemas';
import type { Clip, ClipDraft, Trip } from '../model/types';
import { editedFieldsAfter } from '../schedule/apply-match';
import { db } from './db';
import { putAnnounced } from './keyed-puts';
import { guardWrite, notFoundError, StorageWriteError, validationError } from './errors';
import { isoNow, mergeChanges, validateRecord, withoutUndefined } from './records';
import { CURRENT_TRIP_KEY } from './settings';
import { buildTrip } from './trips';
import { applyCountChanges, countChanges } from './clip-counts';
import { captureInOneBatch, DUPLICATE_INDEX, DUPLICATE_WINDOW_SECONDS, nearestClip, type CaptureGuess } from './capture-batch';

// The reads live in queries.ts (no zod, for the popup's first render).
export { countClipsOfTrip, getClip, listClipsOfTrip } from './queries';

export type ClipChanges = Partial<Omit<Clip, 'id' | 'capturedAt' | 'updatedAt'>>;

const TRIP_NAME_MAX = 300;

/**
 * Name of a trip created by a capture: `${channel} ${year}` ("PyCon Italia 2024"), the
 * year of the talk's day, else of `now`. Without a channel, the stream title. The year
 * is not repeated when the channel already contains it ("EuroPython 2024").
 */
export function tripNameForDraft(draft: ClipDraft, now: Date): string {
  const year = draft.day?.slice(0, 4) ?? String(now.getFullYear());
  const channel = draft.channel.trim();
  let name: string;
  if (channel !== '') name = new RegExp(`(^|\\D)${year}(\\D|$)`).test(channel) ? channel : `${channel} ${year}`;
  else name = draft.streamTitle.trim() || `Trip ${year}`;
  return name.slice(0, TRIP_NAME_MAX);
}

/** Clip of `tripId` on the same video within DUPLICATE_WINDOW_SECONDS of `seconds` (the nearest), if any. */
async function findDuplicate(tripId: string, videoId: string, seconds: number): Promise<Clip | undefined> {
  const near = await db.clips
    .where(DUPLICATE_INDEX)
    .between([tripId, videoId, seconds - DUPLICATE_WINDOW_SECONDS], [tripId, videoId, seconds + DUPLICATE_WINDOW_SECONDS], true, true)
    .toArray();
  return nearestClip(near, seconds);
}

/**
 * What the previous capture in this context left: the trip it went to and that trip's
 * clip count after it. A guess, checked inside the next capture's own transaction: when
 * it holds (nearly always: a person clips talk after talk into the current trip), the
 * capture is one batch of requests, the reads that check it and the writes that assume
 * it, so the transaction commits after one round trip (docs/architecture.md §15).
 */
let lastCapture: CaptureGuess | undefined;

/** What a capture needs to know about a trip before writing into it. */
async function readTripForCapture(tripId: string | undefined, videoId: string, seconds: number) {
  if (tripId === undefined) return { trip: undefined, duplicate: undefined, count: undefined };
  const [trip, duplicate, count] = await Promise.all([db.trips.get(tripId), findDuplicate(tripId, videoId, seconds), db.counts.get(tripId)]);
  return { trip, duplicate, count };
}

type CaptureOutcome = { clip: Clip; trip: Trip; duplicate: boolean };

/** The stored row of a new capture in `tripId`, validated (the draft's fields with the rest). */
function capturedClipRow(valid: ClipDraft, tripId: string, stamp: string): Clip {
  return withoutUndefined(
    validateRecord(
      clipSchema,
      {
        ...valid,
        id: crypto.randomUUID(),
        tripId,
        kind: 'talk',
        rating: null,
        tags: [],
        notes: '',
        links: [],
        capturedAt: stamp,
        updatedAt: stamp,
      },
      'clip',
    ),
  );
}

/**
 * The capture as one batch of raw requests, assuming `guess` (capture-batch.ts). A wrong
 * guess (another trip became current, the trip is gone, its count moved) leaves nothing
 * written; undefined then means: capture with the checked path.
 */
async function oneBatchCapture(draft: ClipDraft, guess: CaptureGuess, stamp: string): Promise<CaptureOutcome | undefined> {
  const clip = capturedClipRow(draft, guess.tripId, stamp);
  const answer = await captureInOneBatch(clip, guess);
  switch (answer.kind) {
    case 'missed':
      lastCapture = undefined;
      return undefined;
    case 'duplicate':
      return { clip: answer.clip, trip: answer.trip, duplicate: true };
    case 'saved':
      lastCapture = { tripId: guess.tripId, clips: guess.clips + 1 };
      return { clip, trip: answer.trip, duplicate: false };
  }
}

/** The capture that reads before it writes (no guess, or the guess missed). */
async function checkedCapture(valid: ClipDraft, now: Date): Promise<CaptureOutcome> {
  return db.transaction('rw', [db.trips, db.clips, db.settings, db.counts], async () => {
    const guess = lastCapture?.tripId;
    const [current, guessed] = await Promise.all([db.settings.get(CURRENT_TRIP_KEY), readTripForCapture(guess, valid.videoId, valid.seconds)]);
    const currentId = typeof current?.value === 'string' ? current.value : undefined;
    // The guess was wrong (another trip became current): read the right one now.
    let { trip, duplicate, count } = currentId === guess ? guessed : await readTripForCapture(currentId, valid.videoId, valid.seconds);
    if (trip === undefined) {
      trip = buildTrip({ name: tripNameForDraft(valid, now) }, now);
      duplicate = undefined;
      count = { tripId: trip.id, clips: 0 };
      await Promise.all([db.trips.add(trip), db.settings.put({ key: CURRENT_TRIP_KEY, value: trip.id })]);
    }
    if (duplicate !== undefined) {
      lastCapture = count !== undefined ? { tripId: trip.id, clips: count.clips } : undefined;
      return { clip: duplicate, trip, duplicate: true };
    }
    const clip = capturedClipRow(valid, trip.id, isoNow(now));
    // The writes are issued together; the transaction commits once all are done.
    const added = db.clips.add(clip);
    const counted = count !== undefined ? db.counts.put({ tripId: trip.id, clips: count.clips + 1 }) : applyCountChanges(new Map([[trip.id, 1]]));
    await Promise.all([added, counted]);
    // Without a counts row before, the count is not known here: the next capture reads it.
    lastCapture = count !== undefined ? { tripId: trip.id, clips: count.clips + 1 } : undefined;
    return { clip, trip, duplicate: false };
  });
}

/**
 * Writes a captured clip into the current trip (creating and selecting a trip when there
 * is none), in one transaction; resolves after it committed. A capture of the same video
 * within 10 s of a clip already in that trip writes nothing and returns that clip.
 */
export async function saveCapturedClip(draft: ClipDraft, now: Date = new Date()): Promise<CaptureOutcome> {
  return guardWrite(async () => {
    const guess = lastCapture;
    // The batch's row is validated whole (clipSchema extends clipDraftSchema): the draft is validated on its own only where it is used before the row.
    const fast = guess !== undefined ? await oneBatchCapture(draft, guess, isoNow(now)) : undefined;
    return fast ?? checkedCapture(withoutUndefined(validateRecord(clipDraftSchema, draft, 'clip')), now);
  });
}

/**
 * Applies a user's changes to a stored clip and validates the result (no write). The
 * fields a schedule match fills that this changes are recorded in `editedFields`, so a
 * later match leaves them as the user wrote them.
 */
function changedClip(current: Clip, changes: ClipChanges, stamp: string): Clip {
  const { editedFields: _ignored, ...userChanges } = changes;
  const editedFields = editedFieldsAfter(current, userChanges);
  const merged = { ...mergeChanges(current, userChanges, clipSchema), updatedAt: stamp, ...(editedFields ? { editedFields } : {}) };
  return withoutUndefined(validateRecord(clipSchema, merged, 'clip'));
}

async function assertTripExists(tripId: string | undefined): Promise<void> {
  if (tripId === undefined) return;
  if ((await db.trips.get(tripId)) === undefined) {
    throw validationError('clip', [{ path: 'tripId', message: 'must be the id of an existing trip' }]);
  }
}

/** Rejects invalid values (StorageWriteError naming the field); the stored row stays as it was. */
export async function updateClip(id: string, changes: ClipChanges, now: Date = new Date()): Promise<Clip> {
  return guardWrite(() =>
    db.transaction('rw', [db.trips, db.clips, db.counts], async () => {
      const current = await db.clips.get(id);
      if (current === undefined) throw notFoundError('clip', id);
      const clip = changedClip(current, changes, isoNow(now));
      if (clip.tripId !== current.tripId) await assertTripExists(clip.tripId);
      await db.clips.put(clip);
      await applyCountChanges(countChanges([current], [clip]));
      return clip;
    }),
  );
}

/**
 * The same changes (rating, kind, tripId to move...) on many clips, all or nothing.
 * Ids that no longer exist (deleted meanwhile) are skipped.
 */
export async function updateClips(ids: string[], changes: ClipChanges, now: Date = new Date()): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', [db.trips, db.clips, db.counts], async () => {
      const stamp = isoNow(now);
      const rows = (await db.clips.bulkGet(ids)).filter((row): row is Clip => row !== undefined);
      const updated = rows.map((row) => changedClip(row, changes, stamp));
      await assertTripExists(changes.tripId);
      await putAnnounced(db.clips, updated);
      await applyCountChanges(countChanges(rows, updated));
    }),
  );
}

/** Deletes the clips that exist among `ids`; returns them for undo. */
export async function deleteClips(ids: string[]): Promise<Clip[]> {
  return guardWrite(() =>
    db.transaction('rw', [db.clips, db.counts], async () => {
      const rows = (await db.clips.bulkGet(ids)).filter((row): row is Clip => row !== undefined);
      await db.clips.bulkDelete(rows.map((row) => row.id));
      await applyCountChanges(countChanges(rows, []));
      return rows;
    }),
  );
}

/** Undo of deleteClips: puts the rows back as they were (updatedAt kept). Their trips must exist. */
export async function restoreClips(clips: Clip[]): Promise<void> {
  await guardWrite(async () => {
    const rows = validateRecord(z.array(clipSchema), clips, 'clips').map((clip) => withoutUndefined(clip));
    await db.transaction('rw', [db.trips, db.clips, db.counts], async () => {
      const tripIds = [...new Set(rows.map((row) => row.tripId))];
      const trips = await db.trips.bulkGet(tripIds);
      const missing = tripIds.filter((_, index) => trips[index] === undefined);
      if (missing.length > 0) {
        throw new StorageWriteError(
          'not-found',
          'These clips cannot be restored because their trip has been deleted. Your previous data is unchanged.',
        );
      }
      const before = await db.clips.bulkGet(rows.map((row) => row.id));
      await putAnnounced(db.clips, rows);
      await applyCountChanges(countChanges(before, rows));
    });
  });
}
