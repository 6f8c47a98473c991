/**
 * The raw first reads of the popup and the report page (storage/first-read-raw.ts)
 * against the Dexie reads they stand in for, on fake-indexeddb: the same answers, and
 * they never create or upgrade the database.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { CLIPS_BY_TRIP_INDEX, RAW_READ_STORES, readCurrentTripRaw, readReportViewRaw } from '../../../storage/first-read-raw';
import { pickShownTrip } from '../../../components/report/shown-trip';
import type { Trip } from '../../../model/types';
import { DATABASE_NAME, SCHEMA_V3, db } from '../../../storage/db';
import { countClipsOfTrip, getCurrentTripId, getCurrentTripWithClips, listClipsOfTrip, listTrips } from '../../../storage/queries';
import { CURRENT_TRIP_KEY } from '../../../storage/setting-keys';
import { createDatabaseAtVersion, inspectDatabase } from './migration-harness';
import { at, makeClip, makeTrip, resetDatabase } from './helpers';
import { createTrip, setCurrentTrip } from '../../../storage/trips';

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

const wanted = (id: string | undefined) => (trips: readonly Trip[], currentId: string | undefined) => pickShownTrip(trips, id, currentId);

describe('the report page first read, raw', () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it('gives the trips as listTrips, the current trip, and the shown trip oldest clips first with its whole count', async () => {
    const trip = await createTrip({ name: 'Big', startDate: '2024-05-01' });
    const other = await createTrip({ name: 'Other', startDate: '2025-05-01' });
    await createTrip({ name: 'No date' });
    await setCurrentTrip(other.id);
    const clips = Array.from({ length: 30 }, (_, i) => makeClip(trip.id, { capturedAt: at(i).toISOString(), updatedAt: at(i).toISOString() }));
    // Stored in a shuffled order: the first read goes by capture time, not by insertion.
    await db.clips.bulkAdd([...clips.slice(15), ...clips.slice(0, 15), makeClip(other.id)]);
    await db.counts.put({ tripId: trip.id, clips: 30 });

    const view = await readReportViewRaw(indexedDB, wanted(trip.id), 10);
    expect(view?.trips).toEqual(await listTrips());
    expect(view?.currentId).toBe(other.id);
    expect(view?.tripId).toBe(trip.id);
    expect(view?.clips).toEqual(await listClipsOfTrip(trip.id, { limit: 10, oldestFirst: true }));
    expect(view?.clips.map((clip) => clip.id)).toEqual(clips.slice(0, 10).map((clip) => clip.id));
    expect(view?.total).toBe(30);
  });

  it('counts a trip without a counts row from its index, and shows the current trip when none is asked for', async () => {
    const trip = await createTrip({ name: 'Current' });
    await createTrip({ name: 'Not current' });
    await setCurrentTrip(trip.id);
    await db.clips.bulkAdd(Array.from({ length: 12 }, (_, i) => makeClip(trip.id, { capturedAt: at(i).toISOString() })));
    await db.counts.clear();

    const view = await readReportViewRaw(indexedDB, wanted(undefined), 5);
    expect(view?.tripId).toBe(trip.id);
    expect(view?.clips).toHaveLength(5);
    expect(view?.total).toBe(12);
    expect(view?.total).toBe(await countClipsOfTrip(trip.id));
  });

  it('shows the newest trip for an unknown ?trip= id, and no current trip when the stored one is gone', async () => {
    const old = await createTrip({ name: 'Old', startDate: '2020-01-01' });
    const newest = await createTrip({ name: 'Newest', startDate: '2026-01-01' });
    await db.settings.put({ key: CURRENT_TRIP_KEY, value: 'deleted-trip' });
    const view = await readReportViewRaw(indexedDB, wanted('no-such-trip'), 5);
    expect(view?.currentId).toBeUndefined();
    expect(view?.currentId).toBe(await getCurrentTripId());
    expect(view?.tripId).toBe(newest.id);
    expect(view?.trips.map((t) => t.id)).toEqual([newest.id, old.id]);
    expect(view?.total).toBe(0);
  });

  it('shows no trip and no clips in an empty database', async () => {
    expect(await readReportViewRaw(indexedDB, wanted(undefined), 5)).toEqual({ trips: [], currentId: undefined, tripId: undefined, clips: [], total: 0 });
  });

  it('never creates the database: with none there, it answers undefined and Dexie then creates it at its version', async () => {
    db.close();
    await db.delete();
    expect(await readReportViewRaw(indexedDB, wanted(undefined), 5)).toBeUndefined();
    expect(await databaseNames()).not.toContain(DATABASE_NAME);
    await db.open();
    expect((await inspectDatabase(DATABASE_NAME)).version).toBe(db.verno * 10);
  });

  it('never reads a database from before the counts table', async () => {
    db.close();
    const trip = makeTrip();
    await createDatabaseAtVersion(DATABASE_NAME, 3, SCHEMA_V3, { trips: [trip], clips: [makeClip(trip.id)], settings: [] });
    expect(await readReportViewRaw(indexedDB, wanted(undefined), 5)).toBeUndefined();
    expect((await inspectDatabase(DATABASE_NAME)).version).toBe(30);
  });
});

describe('the raw reads name what Dexie made', () => {
  it('reads stores and an index of the latest schema', async () => {
    await resetDatabase();
    const names = db.tables.map((table) => table.name);
    for (const store of RAW_READ_STORES) expect(names).toContain(store);
    expect(db.table('clips').schema.indexes.map((index) => index.name)).toContain(CLIPS_BY_TRIP_INDEX);
  });
});
