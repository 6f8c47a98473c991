import './helpers';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clip, Trip } from '../../../model/types';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupImportError,
  backupFileName,
  createBackup,
  importBackup,
  type BackupFile,
} from '../../../storage/backup';
import { db } from '../../../storage/db';
import { StorageWriteError } from '../../../storage/errors';
import { setSetting, CURRENT_TRIP_KEY, exportChoicesKey } from '../../../storage/settings';
import { dumpDatabase, makeClip, makeTrip, resetDatabase, uuid } from './helpers';

beforeEach(resetDatabase);
afterEach(() => {
  vi.restoreAllMocks();
});

const OTHER_TRIP = '9b1d2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

function fileOf(trips: Trip[], clips: Clip[], settings: BackupFile['settings'] = []): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2024-06-01T00:00:00.000Z', trips, clips, settings };
}

async function seedDatabase(): Promise<{ trip: Trip; clips: Clip[] }> {
  const trip = makeTrip();
  const clips = [makeClip(trip.id, { seconds: 10 }), makeClip(trip.id, { seconds: 20, rating: null, day: undefined, chapter: undefined })];
  await db.trips.add(trip);
  await db.clips.bulkAdd(clips);
  await db.settings.bulkAdd([
    { key: CURRENT_TRIP_KEY, value: trip.id },
    { key: exportChoicesKey(trip.id), value: { frontMatter: 'jekyll', layout: 'rating' } },
  ]);
  return { trip, clips };
}

async function importError(text: string, options?: { maxBytes?: number }): Promise<BackupImportError> {
  const error = await importBackup(text, options).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof BackupImportError)) throw new Error(`expected a BackupImportError, got ${String(error)}`);
  return error;
}

describe('backup export', () => {
  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2026, 10, 21, 23, 59))).toBe('talk-clipper-backup-2026-11-21.json');
    expect(backupFileName(new Date(2026, 0, 2))).toBe('talk-clipper-backup-2026-01-02.json');
  });

  it('holds every row with the format header', async () => {
    await seedDatabase();
    const backup = await createBackup(new Date('2026-11-21T10:00:00Z'));
    const dump = await dumpDatabase();
    expect(backup).toEqual({ format: 'talk-clipper-backup', version: 1, exportedAt: '2026-11-21T10:00:00.000Z', ...dump });
  });

  it('leaves out settings that only mean something in this browser (a blog folder handle)', async () => {
    await seedDatabase();
    // A FileSystemDirectoryHandle survives IndexedDB's structured clone but is no JSON;
    // fake-indexeddb cannot hold one, so a Map (also cloneable, also not JSON) stands in.
    await db.settings.put({ key: 'blogFolder', value: new Map([['kind', 'directory']]) });
    const backup = await createBackup();
    expect(backup.settings.map((setting) => setting.key).sort()).toEqual([CURRENT_TRIP_KEY, exportChoicesKey((await db.trips.toArray())[0]?.id ?? '')].sort());
    // ...so the backup still imports cleanly.
    await resetDatabase();
    await expect(importBackup(JSON.stringify(backup))).resolves.toMatchObject({ clipsAdded: 2 });
  });
});

describe('backup round trip', () => {
  it('create, wipe, import gives back the same database', async () => {
    await seedDatabase();
    const before = await dumpDatabase();
    const text = JSON.stringify(await createBackup());
    await resetDatabase();
    const summary = await importBackup(text);
    expect(summary).toEqual({ tripsAdded: 1, tripsUpdated: 0, clipsAdded: 2, clipsUpdated: 0, settingsAdded: 2, unchanged: 0 });
    expect(await dumpDatabase()).toEqual(before);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    await seedDatabase();
    const text = JSON.stringify(await createBackup());
    await resetDatabase();
    await importBackup(text);
    const afterFirst = await dumpDatabase();
    expect(await importBackup(text)).toEqual({ tripsAdded: 0, tripsUpdated: 0, clipsAdded: 0, clipsUpdated: 0, settingsAdded: 0, unchanged: 5 });
    expect(await dumpDatabase()).toEqual(afterFirst);
  });

  it('importing into the database it came from changes nothing', async () => {
    await seedDatabase();
    const before = await dumpDatabase();
    const summary = await importBackup(JSON.stringify(await createBackup()));
    expect(summary).toMatchObject({ tripsAdded: 0, clipsAdded: 0, tripsUpdated: 0, clipsUpdated: 0, unchanged: 5 });
    expect(await dumpDatabase()).toEqual(before);
  });
});

describe('backup merge', () => {
  it('the newer updatedAt wins, the older loses, a tie keeps the database', async () => {
    const { trip, clips } = await seedDatabase();
    const [c1, c2] = clips as [Clip, Clip];
    const newerTrip = { ...trip, name: 'Renamed', updatedAt: '2024-06-01T00:00:00.000Z' };
    const olderClip = { ...c1, title: 'old title', updatedAt: '2024-01-01T00:00:00.000Z' };
    const tiedClip = { ...c2, title: 'tied title' };
    const newClip = makeClip(trip.id, { seconds: 30 });
    const summary = await importBackup(JSON.stringify(fileOf([newerTrip], [olderClip, tiedClip, newClip])));
    expect(summary).toEqual({ tripsAdded: 0, tripsUpdated: 1, clipsAdded: 1, clipsUpdated: 0, settingsAdded: 0, unchanged: 2 });
    expect(await db.trips.get(trip.id)).toEqual(newerTrip);
    expect(await db.clips.get(c1.id)).toEqual(c1);
    expect(await db.clips.get(c2.id)).toEqual(c2);
    expect(await db.clips.get(newClip.id)).toEqual(newClip);
  });

  it('a newer clip in the file replaces the stored one; compares instants, not strings', async () => {
    const { clips } = await seedDatabase();
    const c1 = clips[0] as Clip;
    // 2024-05-23T12:30:00+02:00 is 10:30Z, newer than the stored 10:00Z
    const newer = { ...c1, title: 'new title', updatedAt: '2024-05-23T12:30:00+02:00' };
    const summary = await importBackup(JSON.stringify(fileOf([], [newer])));
    expect(summary.clipsUpdated).toBe(1);
    expect(await db.clips.get(c1.id)).toEqual({ ...newer, updatedAt: '2024-05-23T10:30:00.000Z' });
  });

  it('settings: the file fills in missing keys only', async () => {
    const { trip } = await seedDatabase();
    const summary = await importBackup(
      JSON.stringify(
        fileOf([], [], [
          { key: CURRENT_TRIP_KEY, value: uuid() },
          { key: exportChoicesKey(trip.id), value: { frontMatter: 'hugo-toml' } },
          { key: exportChoicesKey(OTHER_TRIP), value: { linkStyle: 'watch' } },
        ]),
      ),
    );
    expect(summary).toMatchObject({ settingsAdded: 1, unchanged: 2 });
    expect(await db.settings.get(CURRENT_TRIP_KEY)).toEqual({ key: CURRENT_TRIP_KEY, value: trip.id });
    expect(await db.settings.get(exportChoicesKey(trip.id))).toEqual({ key: exportChoicesKey(trip.id), value: { frontMatter: 'jekyll', layout: 'rating' } });
    expect(await db.settings.get(exportChoicesKey(OTHER_TRIP))).toEqual({ key: exportChoicesKey(OTHER_TRIP), value: { linkStyle: 'watch' } });
  });

  it('accepts clips whose trip is only in the database', async () => {
    const { trip } = await seedDatabase();
    const clip = makeClip(trip.id, { seconds: 999 });
    expect((await importBackup(JSON.stringify(fileOf([], [clip])))).clipsAdded).toBe(1);
  });

  it('imports 10,000 clips', async () => {
    const trip = makeTrip();
    const clips = Array.from({ length: 10_000 }, (_, i) => makeClip(trip.id, { seconds: i, title: `Talk ${i}` }));
    const text = JSON.stringify(fileOf([trip], clips));
    const started = performance.now();
    const summary = await importBackup(text);
    const elapsed = performance.now() - started;
    console.info(`imported 10,000 clips (${(text.length / 1e6).toFixed(1)} MB) in ${Math.round(elapsed)} ms`);
    expect(summary).toMatchObject({ tripsAdded: 1, clipsAdded: 10_000 });
    expect(await db.clips.count()).toBe(10_000);
    const again = performance.now();
    expect(await importBackup(text)).toMatchObject({ clipsAdded: 0, unchanged: 10_001 });
    console.info(`re-imported the same 10,000 clips in ${Math.round(performance.now() - again)} ms`);
  });
});

describe('bad backup files change nothing and say what and where', () => {
  async function expectRejected(text: string, pattern: RegExp, options?: { maxBytes?: number }): Promise<BackupImportError> {
    await resetDatabase();
    await seedDatabase();
    const before = await dumpDatabase();
    const error = await importError(text, options);
    expect(error.message).toMatch(pattern);
    expect(error.message).toMatch(/nothing was changed/);
    expect(await dumpDatabase()).toEqual(before);
    return error;
  }

  function validFile(): BackupFile {
    const trip = makeTrip();
    return fileOf([trip], [makeClip(trip.id), makeClip(trip.id, { seconds: 500 })], [{ key: exportChoicesKey(trip.id), value: { layout: 'day' } }]);
  }

  it('not JSON', async () => {
    await expectRejected('{"format": "talk-clipper-backup",', /not valid JSON/);
    await expectRejected('', /not valid JSON/);
  });

  it('JSON that is not an object', async () => {
    await expectRejected('[1, 2]', /does not hold a JSON object/);
  });

  it('wrong format', async () => {
    const error = await expectRejected(JSON.stringify({ ...validFile(), format: 'other-app' }), /format: must be "talk-clipper-backup"/);
    expect(error.problems).toEqual([{ path: 'format', message: expect.any(String) }]);
  });

  it('wrong version names the supported one', async () => {
    await expectRejected(JSON.stringify({ ...validFile(), version: 2 }), /version: is 2, but .* can only read backup version 1/);
    await expectRejected(JSON.stringify({ ...validFile(), version: undefined }), /version: is missing/);
  });

  it('missing and mistyped fields, with JSON paths', async () => {
    const file = validFile();
    const clips = file.clips.map((clip) => ({ ...clip })) as Record<string, unknown>[];
    const bad = clips[1] as Record<string, unknown>;
    bad.seconds = -5;
    delete bad.videoId;
    bad.links = [{ label: 'x', url: 'javascript:alert(1)' }];
    const error = await expectRejected(JSON.stringify({ ...file, clips }), /clips\[1\]\.seconds: must be >= 0/);
    expect(error.problems).toEqual(
      expect.arrayContaining([
        { path: 'clips[1].videoId', message: 'is missing' },
        { path: 'clips[1].links[0].url', message: 'must be an http:// or https:// URL' },
      ]),
    );
  });

  it('a missing top-level list', async () => {
    const { settings: _settings, ...rest } = validFile();
    await expectRejected(JSON.stringify(rest), /settings: is missing/);
  });

  it('a clip pointing at no trip', async () => {
    const file = validFile();
    const orphan = makeClip(uuid(), { seconds: 42 });
    const error = await expectRejected(JSON.stringify({ ...file, clips: [...file.clips, orphan] }), /clips\[2\]\.tripId: points at no trip/);
    expect(error.problems).toHaveLength(1);
  });

  it('duplicate ids inside the file', async () => {
    const file = validFile();
    const first = file.clips[0] as Clip;
    await expectRejected(JSON.stringify({ ...file, clips: [...file.clips, { ...first }] }), /clips\[2\]\.id: repeats the id of clips\[0\]/);
    await expectRejected(JSON.stringify({ ...file, trips: [...file.trips, { ...file.trips[0] }] }), /trips\[1\]\.id: repeats/);
    await expectRejected(JSON.stringify({ ...file, settings: [{ key: CURRENT_TRIP_KEY, value: uuid() }, { key: CURRENT_TRIP_KEY, value: uuid() }] }), /settings\[1\]\.key: repeats/);
  });

  it('a file over maxBytes, checked before parsing', async () => {
    await expectRejected(JSON.stringify(validFile()), /larger than 100 bytes/, { maxBytes: 100 });
    await expectRejected('x'.repeat(2000), /larger than/, { maxBytes: 1000 }); // not JSON either: size wins
    // multi-byte characters count as bytes, not UTF-16 units
    await expectRejected('"' + 'é'.repeat(400) + '"', /larger than 500 bytes/, { maxBytes: 500 });
  });

  it('caps the listed problems at 10 and counts the rest', async () => {
    const file = validFile();
    const trip = file.trips[0] as Trip;
    const clips = Array.from({ length: 25 }, (_, i) => makeClip(trip.id, { seconds: -1 - i }));
    const error = await expectRejected(JSON.stringify({ ...file, clips }), /and 15 more\.$/);
    expect(error.problems).toHaveLength(25);
    expect(error.message).toContain('clips[9].seconds');
    expect(error.message).not.toContain('clips[10].seconds');
  });

  it('a valid file is still all or nothing after a bad one', async () => {
    await seedDatabase();
    const file = validFile();
    await setSetting(exportChoicesKey((file.trips[0] as Trip).id), { layout: 'kind' });
    const summary = await importBackup(JSON.stringify(file));
    expect(summary).toMatchObject({ tripsAdded: 1, clipsAdded: 2, settingsAdded: 0, unchanged: 1 });
  });
});

describe('a big file is checked while it is written, and is still all or nothing', () => {
  /** A trip and `count` clips in it, more than one chunk of puts. */
  function bigFile(count: number): BackupFile {
    const trip = makeTrip();
    const clips = Array.from({ length: count }, (_, i) => makeClip(trip.id, { seconds: i, title: `Talk ${i}` }));
    return fileOf([trip], clips, [{ key: exportChoicesKey(trip.id), value: { layout: 'day' } }]);
  }

  async function expectLastClipRefused(clips: unknown[], pattern: RegExp): Promise<void> {
    const { trip } = await seedDatabase();
    const before = await dumpDatabase();
    const countBefore = await db.counts.toArray();
    const file = bigFile(2_345);
    const bulkPut = vi.spyOn(db.clips, 'bulkPut');
    const error = await importError(JSON.stringify({ ...file, clips: [...file.clips, ...clips] }));
    // The clips before the last one were already being written when it was reached.
    expect(bulkPut).toHaveBeenCalled();
    expect(error.message).toMatch(/^This backup file cannot be imported, so nothing was changed\. /);
    expect(error.message).toMatch(pattern);
    expect(await dumpDatabase()).toEqual(before);
    expect(await db.counts.toArray()).toEqual(countBefore);
    expect((await db.trips.get(trip.id))?.name).toBe(trip.name);
  }

  it('a last clip that breaks its schema', async () => {
    const trip = makeTrip();
    await expectLastClipRefused([{ ...makeClip(trip.id), videoId: 'nope', tripId: undefined }], /clips\[2345\]\.videoId: .*clips\[2345\]\.tripId: is missing/);
  });

  it('a last clip that points at no trip', async () => {
    await expectLastClipRefused([makeClip(uuid(), { seconds: 42 })], /clips\[2345\]\.tripId: points at no trip in the file or in the database\.$/);
  });

  it('a last clip that repeats an id, or breaks a bound', async () => {
    const file = bigFile(1);
    const first = file.clips[0] as Clip;
    await resetDatabase();
    await expectLastClipRefused([null, { ...first }], /clips\[2345\]: must be an object/);
    await resetDatabase();
    await expectLastClipRefused([{ ...first, tags: Array.from({ length: 10_001 }, () => 'x') }], /clips\[2345\]\.tags: has 10,001 items/);
  });

  it('a write the browser refuses halfway leaves the database as it was, and says the write failed', async () => {
    await seedDatabase();
    const before = await dumpDatabase();
    const countBefore = await db.counts.toArray();
    const bulkPut = db.clips.bulkPut.bind(db.clips);
    let puts = 0;
    vi.spyOn(db.clips, 'bulkPut').mockImplementation(((rows: Clip[]) => {
      puts += 1;
      return puts === 3 ? Dexie.Promise.reject(new Dexie.QuotaExceededError('The quota has been exceeded.')) : bulkPut(rows);
    }) as typeof db.clips.bulkPut);
    const failure = await importBackup(JSON.stringify(bigFile(2_345))).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StorageWriteError);
    expect(failure instanceof StorageWriteError ? failure.userMessage : undefined).toMatch(/^The browser has no storage space left for Talk Clipper, so nothing was saved\./);
    expect(puts).toBeGreaterThanOrEqual(3);
    expect(await dumpDatabase()).toEqual(before);
    expect(await db.counts.toArray()).toEqual(countBefore);
  });

  it('a valid big file restores the database fully', async () => {
    const file = bigFile(5_001);
    const other = makeTrip({ name: 'Other trip' });
    const moved = file.clips.slice(0, 1_200).map((clip) => ({ ...clip, tripId: other.id }));
    const text = JSON.stringify({ ...file, trips: [...file.trips, other], clips: [...moved, ...file.clips.slice(1_200)] });
    const summary = await importBackup(text);
    expect(summary).toEqual({ tripsAdded: 2, tripsUpdated: 0, clipsAdded: 5_001, clipsUpdated: 0, settingsAdded: 1, unchanged: 0 });
    const written = await createBackup();
    await resetDatabase();
    expect(await importBackup(JSON.stringify(written))).toMatchObject({ clipsAdded: 5_001, tripsAdded: 2 });
    const restored = await dumpDatabase();
    expect(restored.clips).toHaveLength(5_001);
    expect(restored).toEqual(await dumpAfter(written));
    expect(await db.counts.toArray()).toEqual(
      expect.arrayContaining([
        { tripId: other.id, clips: 1_200 },
        { tripId: (file.trips[0] as Trip).id, clips: 3_801 },
      ]),
    );
  });
});

/** The dump a database holding exactly `backup` gives (rows in primary-key order). */
async function dumpAfter(backup: BackupFile): Promise<Awaited<ReturnType<typeof dumpDatabase>>> {
  const byKey = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    trips: byKey(backup.trips, (row) => row.id),
    clips: byKey(backup.clips, (row) => row.id),
    settings: byKey(backup.settings, (row) => row.key),
    schedules: [],
    streams: [],
  };
}
