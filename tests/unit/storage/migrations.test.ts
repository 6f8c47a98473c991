import './helpers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { clipSchema, tripSchema } from '../../../model/schemas';
import { listClipsOfTrip, saveCapturedClip } from '../../../storage/clips';
import { DATABASE_NAME, DATABASE_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V5, SCHEMAS_BY_VERSION, TalkClipperDatabase, db } from '../../../storage/db';
import { getCurrentTrip } from '../../../storage/trips';
import { upgradeClipToV2 } from '../../../storage/upgrades';
import { createDatabaseAtVersion, inspectDatabase, type OldRows } from './migration-harness';
import { at, makeClip, makeDraft, makeTrip, uuid } from './helpers';

const TEST_DB = 'talk-clipper-migration-test';

/** Rows as version 1 wrote them: `rating` left out when unrated, one clip missing several fields. */
function version1Rows(): { rows: OldRows; tripId: string; ids: string[] } {
  const trip = makeTrip({ startDate: '2024-05-22' });
  const rated = makeClip(trip.id, { seconds: 100, capturedAt: '2024-05-23T09:00:00.000Z' });
  const { rating: _r, ...unrated } = makeClip(trip.id, { seconds: 200, capturedAt: '2024-05-23T10:00:00.000Z' });
  const { tags: _t, links: _l, notes: _n, rating: _r2, ...sparse } = makeClip(trip.id, {
    seconds: 300,
    capturedAt: '2024-05-23T11:00:00.000Z',
  });
  const { tags: _tt, intro: _i, ...oldTrip } = makeTrip({ name: 'Old trip', startDate: '2023-05-25' });
  return {
    rows: {
      trips: [trip, oldTrip],
      clips: [rated, unrated, sparse],
      settings: [
        { key: 'currentTripId', value: trip.id },
        { key: 'exportOptions', value: { frontMatter: 'jekyll' } },
      ],
    },
    tripId: trip.id,
    ids: [rated.id, unrated.id, sparse.id],
  };
}

afterEach(async () => {
  await Dexie.delete(TEST_DB);
});

describe('migration harness', () => {
  it('builds a database at version 1 with the v1 schema', async () => {
    await createDatabaseAtVersion(TEST_DB, 1, SCHEMA_V1, version1Rows().rows);
    const { version, indexes } = await inspectDatabase(TEST_DB);
    expect(version).toBe(10); // Dexie stores version * 10
    expect(indexes.clips).toEqual(['[tripId+capturedAt]', '[videoId+seconds]', 'tripId'].sort());
  });
});

describe('version 1 -> current', () => {
  it('keeps every row and upgrades it as designed', async () => {
    const { rows } = version1Rows();
    await createDatabaseAtVersion(TEST_DB, 1, SCHEMA_V1, rows);

    const current = new TalkClipperDatabase(TEST_DB);
    await current.open();
    expect(current.verno).toBe(DATABASE_VERSION);
    const trips = await current.trips.toArray();
    const clips = await current.clips.toArray();
    const settings = await current.settings.toArray();
    current.close();

    expect(trips).toHaveLength(rows.trips?.length ?? -1);
    expect(clips).toHaveLength(rows.clips?.length ?? -1);
    expect(settings).toEqual(expect.arrayContaining(rows.settings ?? []));
    expect(settings).toHaveLength(rows.settings?.length ?? -1);
    // every upgraded row now passes the current schema, and kept all its old values
    for (const trip of trips) expect(tripSchema.safeParse(trip).success).toBe(true);
    for (const clip of clips) expect(clipSchema.safeParse(clip).success).toBe(true);
    for (const old of rows.clips ?? []) {
      const now = clips.find((clip) => clip.id === old.id);
      expect(now).toMatchObject(old);
    }
    for (const old of rows.trips ?? []) expect(trips.find((trip) => trip.id === old.id)).toMatchObject(old);
    expect(clips.map((clip) => clip.rating).sort()).toEqual(['liked', null, null]);
    const sparse = clips.find((clip) => clip.seconds === 300);
    expect(sparse).toMatchObject({ tags: [], links: [], notes: '', rating: null });

    const { indexes } = await inspectDatabase(TEST_DB);
    expect(indexes.clips).toEqual(['[tripId+capturedAt]', '[tripId+videoId+seconds]']);
  });

  it('keeps rows the current schema would reject (never deletes user data)', async () => {
    const trip = makeTrip();
    const odd = { id: uuid(), tripId: trip.id, videoId: 'short', seconds: 12.7, capturedAt: 'yesterday' };
    await createDatabaseAtVersion(TEST_DB, 1, SCHEMA_V1, { trips: [trip], clips: [odd] });
    const current = new TalkClipperDatabase(TEST_DB);
    const clips = await current.clips.toArray();
    current.close();
    expect(clips).toEqual([expect.objectContaining({ id: odd.id, videoId: 'short', seconds: 12, capturedAt: 'yesterday', rating: null })]);
  });

  it('the repositories work on the shared database after the upgrade', async () => {
    const { rows, tripId, ids } = version1Rows();
    db.close();
    await createDatabaseAtVersion(DATABASE_NAME, 1, SCHEMA_V1, rows);
    await db.open();
    expect((await getCurrentTrip())?.id).toBe(tripId);
    expect((await listClipsOfTrip(tripId)).map((clip) => clip.id)).toEqual([...ids].reverse());
    // the new [tripId+videoId+seconds] index finds the old clip at 100 s
    const again = await saveCapturedClip(makeDraft({ videoId: 'dQw4w9WgXcQ', seconds: 105 }), at(0));
    expect(again).toMatchObject({ duplicate: true, clip: { id: ids[0] } });
  });

  it('every older version opens with the current code and keeps every row', async () => {
    const older = Object.keys(SCHEMAS_BY_VERSION).map(Number).filter((version) => version < DATABASE_VERSION);
    expect(older.length).toBeGreaterThanOrEqual(3);
    for (const version of older) {
      const schema = SCHEMAS_BY_VERSION[version];
      if (schema === undefined) throw new Error(`no schema for version ${version}`);
      const { rows } = version1Rows();
      await createDatabaseAtVersion(TEST_DB, version, schema, rows);
      const current = new TalkClipperDatabase(TEST_DB);
      expect(await current.trips.count()).toBe(rows.trips?.length);
      expect(await current.clips.count()).toBe(rows.clips?.length);
      expect(await current.settings.count()).toBe(rows.settings?.length);
      current.close();
    }
  });
});

describe('version 2 -> 3', () => {
  it('keeps every row unchanged and only the indexes a query reads', async () => {
    const trip = makeTrip();
    const clips = [makeClip(trip.id, { seconds: 10, tags: ['a', 'b'] }), makeClip(trip.id, { seconds: 20, rating: null })];
    const settings = [{ key: 'currentTripId', value: trip.id }];
    await createDatabaseAtVersion(TEST_DB, 2, SCHEMA_V2, { trips: [trip], clips, settings });
    expect((await inspectDatabase(TEST_DB)).indexes.clips).toEqual(expect.arrayContaining(['tags', '[tripId+day]', 'tripId']));

    const current = new TalkClipperDatabase(TEST_DB);
    await current.open();
    expect(await current.trips.toArray()).toEqual([trip]);
    expect(await current.clips.orderBy('id').toArray()).toEqual([...clips].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await current.settings.toArray()).toEqual(settings);
    // `where('tripId')` still works, through the [tripId+capturedAt] index.
    expect(await current.clips.where('tripId').equals(trip.id).count()).toBe(2);
    current.close();

    const { version, indexes } = await inspectDatabase(TEST_DB);
    expect(version).toBe(DATABASE_VERSION * 10);
    expect(indexes.clips).toEqual(['[tripId+capturedAt]', '[tripId+videoId+seconds]']);
  });
});

describe('version 3 -> 5', () => {
  it('keeps every row and counts each trip\'s clips into the counts table', async () => {
    const a = makeTrip({ name: 'A' });
    const b = makeTrip({ name: 'B' });
    const empty = makeTrip({ name: 'Empty' });
    const clips = [makeClip(a.id, { seconds: 10 }), makeClip(a.id, { seconds: 20 }), makeClip(a.id, { seconds: 30 }), makeClip(b.id, { seconds: 40 })];
    await createDatabaseAtVersion(TEST_DB, 3, SCHEMA_V3, { trips: [a, b, empty], clips, settings: [{ key: 'currentTripId', value: a.id }] });

    const current = new TalkClipperDatabase(TEST_DB);
    await current.open();
    expect(await current.clips.count()).toBe(4);
    expect(await current.trips.count()).toBe(3);
    const counts = await current.counts.orderBy('tripId').toArray();
    current.close();
    expect(counts).toEqual([{ tripId: a.id, clips: 3 }, { tripId: b.id, clips: 1 }].sort((x, y) => x.tripId.localeCompare(y.tripId)));
    expect((await inspectDatabase(TEST_DB)).indexes).toHaveProperty('counts', []);
  });
});

describe('version 5 -> 6', () => {
  it('keeps every row and every count unchanged and adds the schedules and streams tables', async () => {
    const trip = makeTrip();
    const clips = [makeClip(trip.id, { seconds: 10 }), makeClip(trip.id, { seconds: 20, rating: null })];
    const settings = [{ key: 'currentTripId', value: trip.id }];
    const counts = [{ tripId: trip.id, clips: 2 }];
    await createDatabaseAtVersion(TEST_DB, 5, SCHEMA_V5, { trips: [trip], clips, settings, counts });
    expect(Object.keys((await inspectDatabase(TEST_DB)).indexes).sort()).toEqual(['clips', 'counts', 'settings', 'trips']);

    const current = new TalkClipperDatabase(TEST_DB);
    await current.open();
    expect(await current.trips.toArray()).toEqual([trip]);
    expect(await current.clips.orderBy('id').toArray()).toEqual([...clips].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await current.settings.toArray()).toEqual(settings);
    expect(await current.counts.toArray()).toEqual(counts);
    expect(await current.schedules.count()).toBe(0);
    expect(await current.streams.count()).toBe(0);
    // The new tables take rows at once: a trip's stream by its compound key.
    await current.streams.put({ tripId: trip.id, videoId: 'dQw4w9WgXcQ', room: 'Gray Room', roomSource: 'title', updatedAt: trip.updatedAt });
    expect(await current.streams.get([trip.id, 'dQw4w9WgXcQ'])).toMatchObject({ room: 'Gray Room' });
    for (const clip of await current.clips.toArray()) expect(clipSchema.safeParse(clip).success).toBe(true);
    current.close();

    const { version, indexes } = await inspectDatabase(TEST_DB);
    expect(version).toBe(60);
    expect(Object.keys(indexes).sort()).toEqual(['clips', 'counts', 'schedules', 'settings', 'streams', 'trips']);
    expect(indexes.clips).toEqual(['[tripId+capturedAt]', '[tripId+videoId+seconds]']);
  });
});

describe('upgradeClipToV2', () => {
  it('normalises rating undefined to null and leaves set values alone', () => {
    expect(upgradeClipToV2({ rating: undefined }).rating).toBeNull();
    expect(upgradeClipToV2({}).rating).toBeNull();
    expect(upgradeClipToV2({ rating: 'awesome', kind: 'keynote', tags: ['a'] })).toMatchObject({ rating: 'awesome', kind: 'keynote', tags: ['a'] });
  });
});

describe('a fresh database', () => {
  beforeEach(async () => {
    await Dexie.delete(TEST_DB);
  });

  it('is created directly at the current version', async () => {
    const current = new TalkClipperDatabase(TEST_DB);
    await current.open();
    expect(current.verno).toBe(DATABASE_VERSION);
    current.close();
  });
});
