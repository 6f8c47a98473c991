/**
 * The first reads of the popup and the report page with raw IndexedDB, before Dexie is
 * loaded (docs/architecture.md §15), each in one read-only transaction:
 * - readCurrentTripRaw: the popup's current trip, its newest clips and its count, the
 *   same answer as getCurrentTripWithClips (storage/queries.ts) gives through Dexie;
 * - readReportViewRaw: the report page's trips (newest first, as listTrips), the current
 *   trip's id, and the shown trip's oldest clips and its count.
 *
 * They only ever read a database Dexie made: they open without a version, and when that
 * open would create or upgrade the database (`upgradeneeded`: no database yet) they abort
 * it, and when a store or the index they read is missing (a database from before v5,
 * which Dexie is about to upgrade) they give up. They then answer `undefined` and leave
 * everything to the app. The connection is closed once read, and at once when another
 * connection asks for a new version.
 *
 * Rows are returned as stored, like Dexie's reads: whoever shows them treats their text
 * as untrusted (textContent, never markup).
 */
import { compareTripsNewestFirst } from '../model/trip-order';
import type { Clip, Trip } from '../model/types';
import { DATABASE_NAME } from './database-name';
import type { CurrentTripView } from './queries';
import type { PickTrip, ReportFirstView } from './report-view';
import { CURRENT_TRIP_KEY } from './setting-keys';

/**
 * The stores read, and the index a trip's clips are read by: Dexie's names for them
 * (storage/schema.ts, SCHEMA_V5 on; a unit test holds them to the latest schema).
 */
export const RAW_READ_STORES = ['settings', 'trips', 'clips', 'counts'] as const;
export const CLIPS_BY_TRIP_INDEX = '[tripId+capturedAt]';

/** The popup's view: the current trip, its `limit` newest clips and its clip count. */
export function readCurrentTripRaw(factory: IDBFactory, limit: number): Promise<CurrentTripView | undefined> {
  return readRaw(factory, async (tx) => {
    const currentId = await storedCurrentTripId(tx);
    if (currentId === undefined) return NO_CURRENT_TRIP;
    const [trip, rows] = await Promise.all([request<Trip | undefined>(tx.objectStore('trips').get(currentId)), tripRows(tx, currentId, limit, 'prev')]);
    return trip === undefined ? NO_CURRENT_TRIP : { trip, ...rows };
  });
}

/**
 * The report page's view: every trip, the current trip's id (only if that trip exists),
 * and the trip `pick` chooses with its `limit` oldest clips (in capture order) and count.
 */
export function readReportViewRaw(factory: IDBFactory, pick: PickTrip, limit: number): Promise<ReportFirstView | undefined> {
  return readRaw(factory, async (tx) => {
    const [stored, storedId] = await Promise.all([request<Trip[]>(tx.objectStore('trips').getAll()), storedCurrentTripId(tx)]);
    const trips = stored.sort(compareTripsNewestFirst);
    const currentId = trips.some((trip) => trip.id === storedId) ? storedId : undefined;
    const tripId = pick(trips, currentId)?.id;
    if (tripId === undefined) return { trips, currentId, tripId, clips: [], total: 0 };
    return { trips, currentId, tripId, ...(await tripRows(tx, tripId, limit, 'next')) };
  });
}

const NO_CURRENT_TRIP: CurrentTripView = { trip: undefined, clips: [], total: 0 };

type Read<T> = (tx: IDBTransaction) => Promise<T>;

/**
 * Opens the database as it is (never creating or upgrading it), runs `read` in one
 * read-only transaction and closes it. Answered as soon as `read`'s last request has, not
 * at the transaction's commit (which can come tens of milliseconds later on a busy
 * machine); nothing is written.
 */
function readRaw<T>(factory: IDBFactory, read: Read<T>): Promise<T | undefined> {
  return new Promise((resolve) => {
    let opening: IDBOpenDBRequest;
    try {
      opening = factory.open(DATABASE_NAME);
    } catch {
      resolve(undefined);
      return;
    }
    // Never create or upgrade the database: that is Dexie's job, with the schema.
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    opening.onsuccess = () => {
      const db = opening.result;
      db.onversionchange = () => db.close();
      const done = (answer: T | undefined) => {
        db.close();
        resolve(answer);
      };
      if (!RAW_READ_STORES.every((name) => db.objectStoreNames.contains(name))) {
        done(undefined);
        return;
      }
      try {
        const tx = db.transaction([...RAW_READ_STORES], 'readonly');
        tx.onabort = () => done(undefined);
        read(tx).then(done, () => done(undefined));
      } catch {
        done(undefined); // the index is missing, or the database closed under us
      }
    };
  });
}

/** One request's answer; what follows it is issued while the transaction is still active. */
function request<T>(req: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = (event) => {
      event.preventDefault(); // reported by the read's answer, not as an abort
      reject(req.error ?? new Error('A first-read request failed'));
    };
  });
}

/** The stored current-trip id, if it is one (a non-empty string); whether that trip exists is not checked. */
async function storedCurrentTripId(tx: IDBTransaction): Promise<string | undefined> {
  const row = await request<{ value?: unknown } | undefined>(tx.objectStore('settings').get(CURRENT_TRIP_KEY));
  const value = row?.value;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A trip's `limit` first clips by capture time (`next`: oldest first, `prev`: newest
 * first) and its clip count: its counts row, or, without one, counted from its index (as
 * countClipsOfTrip does).
 */
async function tripRows(tx: IDBTransaction, tripId: string, limit: number, direction: 'next' | 'prev'): Promise<{ clips: Clip[]; total: number }> {
  const byTrip = tx.objectStore('clips').index(CLIPS_BY_TRIP_INDEX);
  const range = IDBKeyRange.bound([tripId], [tripId, []]);
  const counting = request<{ clips?: unknown } | undefined>(tx.objectStore('counts').get(tripId)).then((row) =>
    typeof row?.clips === 'number' ? row.clips : request<number>(byTrip.count(range)),
  );
  const [clips, total] = await Promise.all([firstRows(byTrip, range, limit, direction), counting]);
  return { clips, total };
}

function firstRows(byTrip: IDBIndex, range: IDBKeyRange, limit: number, direction: 'next' | 'prev'): Promise<Clip[]> {
  if (limit <= 0) return Promise.resolve([]);
  if (direction === 'next') return request<Clip[]>(byTrip.getAll(range, limit));
  return new Promise((resolve, reject) => {
    const clips: Clip[] = [];
    const cursor = byTrip.openCursor(range, direction);
    cursor.onerror = (event) => {
      event.preventDefault();
      reject(cursor.error ?? new Error('A first-read cursor failed'));
    };
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (at !== null) clips.push(at.value as Clip);
      if (at !== null && clips.length < limit) at.continue();
      else resolve(clips);
    };
  });
}
