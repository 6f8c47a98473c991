/**
 * A capture as one batch of raw IndexedDB requests on Dexie's own open connection
 * (docs/architecture.md §15): in one transaction, the reads that check the guess about
 * the trip (the current-trip setting, the trip, the duplicate range, the count) and the
 * writes that assume it (the clip, the count + 1), all issued at once. A wrong guess or a
 * duplicate aborts the transaction, so nothing it wrote stays. Once it committed, and
 * the answer is on its way, Dexie's live queries are told, in every context (write-signal.ts).
 */
import type { Clip, Setting, Trip } from '../model/types';
import { db, type TripClipCount } from './db';
import { CURRENT_TRIP_KEY } from './setting-keys';
import { signalWrites, canSignalWrites } from './write-signal';

/** Two captures of the same video within this many seconds are the same talk. */
export const DUPLICATE_WINDOW_SECONDS = 10;

/** The clips index the duplicate check reads (one range). */
export const DUPLICATE_INDEX = '[tripId+videoId+seconds]';

/** The trip the previous capture went to, and that trip's clip count after it. */
export interface CaptureGuess {
  tripId: string;
  clips: number;
}

export type BatchAnswer =
  | { kind: 'saved'; trip: Trip }
  | { kind: 'duplicate'; clip: Clip; trip: Trip }
  /** The guess was wrong, or the connection cannot be used: nothing was written, capture the checked way. */
  | { kind: 'missed' };

/** The clip among `near` nearest to `seconds` (the first of equals); `exceptId` never counts. */
export function nearestClip(near: readonly Clip[], seconds: number, exceptId?: string): Clip | undefined {
  let best: Clip | undefined;
  for (const clip of near) {
    if (clip.id === exceptId) continue;
    if (best === undefined || Math.abs(clip.seconds - seconds) < Math.abs(best.seconds - seconds)) best = clip;
  }
  return best;
}

const MISSED: BatchAnswer = { kind: 'missed' };

/**
 * Adds `clip` (validated, its tripId the guessed trip) and sets the trip's count to
 * guess.clips + 1, if the guess holds and the moment is no duplicate; resolves once the
 * transaction completed or was aborted. Rejects (nothing written) when IndexedDB fails.
 */
export function captureInOneBatch(clip: Clip, guess: CaptureGuess): Promise<BatchAnswer> {
  const idb = db.isOpen() && canSignalWrites() ? db.backendDB() : undefined;
  if (idb === undefined) return Promise.resolve(MISSED);
  const counted: TripClipCount = { tripId: guess.tripId, clips: guess.clips + 1 };
  let tx: IDBTransaction;
  try {
    tx = idb.transaction([db.settings.name, db.trips.name, db.clips.name, db.counts.name], 'readwrite');
  } catch {
    // The connection is closing (another context upgrades or deletes the database): Dexie reopens it.
    return Promise.resolve(MISSED);
  }
  return new Promise<BatchAnswer>((resolve, reject) => {
    let answer: BatchAnswer | undefined;
    tx.oncomplete = () => {
      resolve(answer ?? MISSED);
      // After the answer has gone out (the promise's reactions run before any task): the
      // live queries re-read a moment later, the person's status does not wait for them.
      setTimeout(() => {
        signalWrites(db.name, [
          { table: db.clips, rows: [clip] },
          { table: db.counts, rows: [counted] },
        ]);
      }, 0);
    };
    tx.onabort = () => {
      if (answer !== undefined && answer.kind !== 'saved') resolve(answer);
      else reject(tx.error ?? new DOMException('The capture was aborted.', 'AbortError'));
    };
    try {
      const clips = tx.objectStore(db.clips.name);
      const counts = tx.objectStore(db.counts.name);
      // Requests run in the order issued: the reads see the database as it was before the writes.
      const current: IDBRequest<Setting | undefined> = tx.objectStore(db.settings.name).get(CURRENT_TRIP_KEY);
      const trip: IDBRequest<Trip | undefined> = tx.objectStore(db.trips.name).get(guess.tripId);
      const near: IDBRequest<Clip[]> = clips
        .index(DUPLICATE_INDEX)
        .getAll(
          IDBKeyRange.bound(
            [guess.tripId, clip.videoId, clip.seconds - DUPLICATE_WINDOW_SECONDS],
            [guess.tripId, clip.videoId, clip.seconds + DUPLICATE_WINDOW_SECONDS],
          ),
        );
      const count: IDBRequest<TripClipCount | undefined> = counts.get(guess.tripId);
      clips.add(clip);
      counts.put(counted);
      // The last read: every read has its answer now, and the transaction cannot have committed.
      count.onsuccess = () => {
        const found = trip.result;
        if (current.result?.value !== guess.tripId || found === undefined || count.result?.clips !== guess.clips) answer = MISSED;
        else {
          const duplicate = nearestClip(near.result, clip.seconds, clip.id);
          answer = duplicate !== undefined ? { kind: 'duplicate', clip: duplicate, trip: found } : { kind: 'saved', trip: found };
        }
        if (answer.kind !== 'saved') tx.abort();
      };
    } catch (error) {
      answer = undefined;
      try {
        tx.abort();
      } catch {
        // already aborting
      }
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
