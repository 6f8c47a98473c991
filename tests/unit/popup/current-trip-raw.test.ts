/**
 * The popup's raw first read (storage/current-trip-raw.ts) against the Dexie read it
 * stands in for, on fake-indexeddb: the same answer, and it never creates or upgrades
 * the database.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { readCurrentTripRaw } from '../../../storage/current-trip-raw';
import { DATABASE_NAME, SCHEMA_V3, db } from '../../../storage/db';
import { getCurrentTripWithClips } from '../../../storage/queries';
import { CURRENT_TRIP_KEY } from '../../../storage/setting-keys';
import { createDatabaseAtVersion, inspectDatabase } from '../storage/migration-harness';
import { makeClip, makeTrip, resetDatabase } from '../storage/helpers';

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((info) => info.name ?? '');
}

/** A trip with `n` clips a minute apart (the newest last), made current, counted. */
async function storeTrip(n: number, counted = true) {
  const trip = makeTrip();
  const clips = Array.from({ length: n }, (_, i) =>
    makeClip(trip.id, { title: `Talk ${i}`, capturedAt: new Date(Date.UTC(2024, 4, 23, 9, i)).toISOString() }),
  );
  const other = makeTrip({ name: 'Another trip' });
  await db.transaction('rw', [db.trips, db.clips, db.settings, db.counts], async () => {
    await db.trips.bulkPut([trip, other]);
    await db.clips.bulkPut([...clips, makeClip(other.id, { capturedAt: '2030-01-01T00:00:00.000Z' })]);
    await db.settings.put({ key: CURRENT_TRIP_KEY, value: trip.id });
    if (counted) await db.counts.bulkPut([{ tripId: trip.id, clips: n }, { tripId: other.id, clips: 1 }]);
  });
  return { trip, clips };
}

describe('the popup first read, raw', () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it('answers what the Dexie read answers: the current trip, its 50 newest clips, its count', async () => {
    await storeTrip(60);
    const raw = await readCurrentTripRaw(indexedDB, 50);
    const dexie = await getCurrentTripWithClips({ offset: 0, limit: 50 });
    expect(raw).toEqual(dexie);
    expect(raw?.clips.map((clip) => clip.title).slice(0, 2)).toEqual(['Talk 59', 'Talk 58']);
    expect(raw?.clips).toHaveLength(50);
    expect(raw?.total).toBe(60);
  });

  it('counts a trip without a counts row from its index, as the Dexie read does', async () => {
    await storeTrip(7, false);
    const raw = await readCurrentTripRaw(indexedDB, 50);
    expect(raw?.total).toBe(7);
    expect(raw).toEqual(await getCurrentTripWithClips({ offset: 0, limit: 50 }));
  });

  it('answers no trip when none is current, or the current one is gone', async () => {
    expect(await readCurrentTripRaw(indexedDB, 50)).toEqual({ trip: undefined, clips: [], total: 0 });
    await db.settings.put({ key: CURRENT_TRIP_KEY, value: 'deleted-trip' });
    expect(await readCurrentTripRaw(indexedDB, 50)).toEqual({ trip: undefined, clips: [], total: 0 });
    expect(await getCurrentTripWithClips({ offset: 0, limit: 50 })).toEqual({ trip: undefined, clips: [], total: 0 });
  });

  it('leaves its connection closed, so Dexie can still upgrade the database', async () => {
    await storeTrip(3);
    db.close();
    await readCurrentTripRaw(indexedDB, 50);
    const next = new Dexie(DATABASE_NAME);
    next.version(7).stores({ extra: 'id' });
    await expect(next.open()).resolves.toBe(next);
    next.close();
  });

  it('never creates the database: with none there, it answers undefined and none is left behind', async () => {
    db.close();
    await db.delete();
    expect(await readCurrentTripRaw(indexedDB, 50)).toBeUndefined();
    expect(await databaseNames()).not.toContain(DATABASE_NAME);
    // The app then creates it at the current version, as on a first install.
    await db.open();
    expect((await inspectDatabase(DATABASE_NAME)).version).toBe(db.verno * 10);
  });

  it('never reads a database from before the counts table: Dexie upgrades it first', async () => {
    db.close();
    const trip = makeTrip();
    await createDatabaseAtVersion(DATABASE_NAME, 3, SCHEMA_V3, {
      trips: [trip],
      clips: [makeClip(trip.id)],
      settings: [{ key: CURRENT_TRIP_KEY, value: trip.id }],
    });
    expect(await readCurrentTripRaw(indexedDB, 50)).toBeUndefined();
    expect((await inspectDatabase(DATABASE_NAME)).version).toBe(30);
    await db.open();
    expect((await getCurrentTripWithClips({ limit: 50 })).total).toBe(1);
  });
});
