/**
 * The popup's first read with raw IndexedDB, before Dexie is loaded: the current trip,
 * its newest clips and its count, in one read-only transaction, the same answer as
 * getCurrentTripWithClips (storage/queries.ts) gives through Dexie.
 *
 * It only ever reads a database Dexie made: it opens without a version, and when that
 * open would create or upgrade the database (`upgradeneeded`: no database yet) it aborts
 * it, and when a store or the index it reads is missing (a database from before v5,
 * which Dexie is about to upgrade) it gives up. It then answers `undefined` and leaves
 * everything to the app. Its connection is closed once read, and at once when another
 * connection asks for a new version.
 *
 * Rows are returned as stored, like Dexie's reads: whoever shows them treats their text
 * as untrusted (textContent, never markup).
 */
import type { Clip, Trip } from '../model/types';
import { DATABASE_NAME } from './database-name';
import type { CurrentTripView } from './queries';
import { CURRENT_TRIP_KEY } from './setting-keys';

/** The stores read, and the index the clips are read by (Dexie's name for it, SCHEMA_V5 on). */
const STORES = ['settings', 'trips', 'clips', 'counts'] as const;
const BY_TRIP_NEWEST = '[tripId+capturedAt]';

/**
 * The current trip, its `limit` newest clips and its clip count; `undefined` when the
 * database is not there yet, not at a version with these stores, or the read failed.
 */
export function readCurrentTripRaw(factory: IDBFactory, limit: number): Promise<CurrentTripView | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DATABASE_NAME);
    } catch {
      resolve(undefined);
      return;
    }
    // Never create or upgrade the database: that is Dexie's job, with the schema.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      readView(db, limit).then(
        (view) => {
          db.close();
          resolve(view);
        },
        () => {
          db.close();
          resolve(undefined);
        },
      );
    };
  });
}

const EMPTY: CurrentTripView = { trip: undefined, clips: [], total: 0 };

function readView(db: IDBDatabase, limit: number): Promise<CurrentTripView | undefined> {
  return new Promise((resolve, reject) => {
    if (!STORES.every((name) => db.objectStoreNames.contains(name))) {
      resolve(undefined);
      return;
    }
    const tx = db.transaction([...STORES], 'readonly');
    tx.onabort = () => reject(tx.error ?? new Error('The first read was aborted'));
    // Answered as soon as the last request has, not at the transaction's commit (which can
    // come tens of milliseconds later on a busy machine); nothing here is written.
    let trip: Trip | undefined;
    let total = 0;
    const clips: Clip[] = [];
    let pending = 0;
    const started = () => {
      pending += 1;
    };
    const answered = () => {
      pending -= 1;
      if (pending === 0) resolve(trip === undefined ? EMPTY : { trip, clips, total });
    };

    const byTrip = tx.objectStore('clips').index(BY_TRIP_NEWEST);
    const setting = tx.objectStore('settings').get(CURRENT_TRIP_KEY);
    setting.onsuccess = () => {
      const value: unknown = (setting.result as { value?: unknown } | undefined)?.value;
      if (typeof value !== 'string' || value === '') {
        resolve(EMPTY);
        return;
      }
      const range = IDBKeyRange.bound([value], [value, []]);
      started();
      const tripRequest = tx.objectStore('trips').get(value);
      tripRequest.onsuccess = () => {
        trip = tripRequest.result as Trip | undefined;
        answered();
      };
      started();
      const countRequest = tx.objectStore('counts').get(value);
      countRequest.onsuccess = () => {
        const counted: unknown = (countRequest.result as { clips?: unknown } | undefined)?.clips;
        if (typeof counted === 'number') {
          total = counted;
          answered();
          return;
        }
        // A trip without a counts row is counted from its index (as countClipsOfTrip does).
        const counting = byTrip.count(range);
        counting.onsuccess = () => {
          total = counting.result;
          answered();
        };
      };
      if (limit <= 0) return;
      started();
      const cursor = byTrip.openCursor(range, 'prev');
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (at !== null) clips.push(at.value as Clip);
        if (at !== null && clips.length < limit) at.continue();
        else answered();
      };
    };
  });
}
