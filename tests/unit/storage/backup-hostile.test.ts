/**
 * Hostile backup files (issue #13): each is refused with a sentence naming the bound or
 * the field, as a BackupImportError, and the database is left exactly as it was.
 */
import './helpers';
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupImportError, importBackup, type BackupFile } from '../../../storage/backup';
import { BACKUP_LIMITS } from '../../../storage/backup-bounds';
import { db } from '../../../storage/db';
import { CURRENT_TRIP_KEY, exportChoicesKey } from '../../../storage/settings';
import { dumpDatabase, makeClip, makeTrip, resetDatabase } from './helpers';

beforeEach(resetDatabase);

function realBackup(): BackupFile {
  const trip = makeTrip({ name: 'PyCon Italia 2024', tags: ['python'] });
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2024-06-01T00:00:00.000Z',
    trips: [trip],
    clips: [makeClip(trip.id, { seconds: 10, links: [{ label: 'slides', url: 'https://example.com/s' }] }), makeClip(trip.id, { seconds: 20 })],
    settings: [
      { key: CURRENT_TRIP_KEY, value: trip.id },
      { key: exportChoicesKey(trip.id), value: { layout: 'day', tierLabels: { awesome: '⭐ Best talks' } } },
    ],
  };
}

async function seed(): Promise<void> {
  const trip = makeTrip({ name: 'Stored trip' });
  await db.trips.add(trip);
  await db.clips.add(makeClip(trip.id, { seconds: 5 }));
  await db.settings.add({ key: CURRENT_TRIP_KEY, value: trip.id });
}

async function refusal(text: string): Promise<string> {
  await resetDatabase();
  await seed();
  const before = await dumpDatabase();
  const error = await importBackup(text).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BackupImportError);
  expect(await dumpDatabase()).toEqual(before);
  return (error as BackupImportError).message;
}

describe('hostile backups change nothing and say why', () => {
  it('150,000 nulls as clips: the record limit, not a stack overflow', async () => {
    const text = JSON.stringify({ ...realBackup(), clips: Array.from({ length: 150_000 }, () => null) });
    expect(await refusal(text)).toBe(
      'This backup file cannot be imported, so nothing was changed. clips: has 150,000 records, more than the 100,000 clips a backup may hold.',
    );
  });

  it('just under the record limit, all nulls: named one by one, never an engine error', async () => {
    const text = JSON.stringify({ ...realBackup(), clips: Array.from({ length: BACKUP_LIMITS.maxRecords.clips ?? 0 }, () => null) });
    expect(await refusal(text)).toMatch(/clips\[0\]: must be an object.*and 90 more\.$/);
  });

  it('one settings key repeated 200,000 times', async () => {
    const backup = realBackup();
    const text = JSON.stringify({ ...backup, settings: Array.from({ length: 200_000 }, () => ({ key: CURRENT_TRIP_KEY, value: backup.trips[0]?.id })) });
    expect(await refusal(text)).toMatch(/settings: has 200,000 records, more than the 20,000 settings a backup may hold/);
  });

  it('a key repeated within the limit is named as a repeat', async () => {
    const backup = realBackup();
    const text = JSON.stringify({ ...backup, settings: Array.from({ length: 20_000 }, () => ({ key: CURRENT_TRIP_KEY, value: backup.trips[0]?.id })) });
    expect(await refusal(text)).toMatch(/settings\[1\]\.key: repeats the key of settings\[0\]/);
  });

  it('a date that would leave four-digit years', async () => {
    const backup = realBackup();
    const trips = [{ ...backup.trips[0], createdAt: '9999-12-31T23:30:00-01:00' }];
    expect(await refusal(JSON.stringify({ ...backup, trips }))).toMatch(/trips\[0\]\.createdAt: must be a date-time between the years 0000 and 9999 in UTC/);
  });

  it('an unknown setting of 1 MB, and one of a few bytes', async () => {
    const backup = realBackup();
    const big = { ...backup, settings: [...backup.settings, { key: 'tracking', value: 'x'.repeat(1024 * 1024) }] };
    expect(await refusal(JSON.stringify(big))).toMatch(/settings\[2\]\.value: is 1,048,576 characters long, more than the 1,000,000/);
    const small = { ...backup, settings: [...backup.settings, { key: 'tracking', value: 1 }] };
    expect(await refusal(JSON.stringify(small))).toMatch(/settings\[2\]\.key: "tracking" is not a setting Talk Clipper knows/);
  });

  it('export choices with <script> tier labels', async () => {
    const backup = realBackup();
    const tripId = backup.trips[0]?.id ?? '';
    const settings = [{ key: exportChoicesKey(tripId), value: { tierLabels: { awesome: '<script>alert(1)</script>' } } }];
    expect(await refusal(JSON.stringify({ ...backup, settings }))).toMatch(/settings\[0\]\.value\.tierLabels\.awesome: must be plain text/);
  });

  it('nesting deeper than a backup ever is', async () => {
    const backup = realBackup();
    const deep = `${'['.repeat(100_000)}"deep"${']'.repeat(100_000)}`;
    const settings = JSON.stringify([{ key: exportChoicesKey(backup.trips[0]?.id ?? ''), value: 'DEEP' }]).replace('"DEEP"', deep);
    const text = JSON.stringify({ ...backup, settings: 'SETTINGS' }).replace('"SETTINGS"', settings);
    expect(await refusal(text)).toMatch(/settings\[0\]\.value(\[0\])+: is nested more than 16 levels deep/);
  });

  it('a huge list inside one record', async () => {
    const backup = realBackup();
    const clips = [{ ...backup.clips[0], tags: Array.from({ length: 50_000 }, () => 7) }];
    expect(await refusal(JSON.stringify({ ...backup, clips }))).toMatch(/clips\[0\]\.tags: has 50,000 items, more than the 10,000 a list in a backup may have/);
  });

  it('a real backup still imports', async () => {
    const summary = await importBackup(JSON.stringify(realBackup()));
    expect(summary).toMatchObject({ tripsAdded: 1, clipsAdded: 2, settingsAdded: 2 });
  });
});

/** Random mutations of a real backup: types, sizes, nesting, keys, dates. */
const hostileValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('9999-12-31T23:30:00-01:00', '0000-01-01T00:30:00+01:00', '2024-02-30T00:00:00Z', '<script>x</script>', ':star: **x**', '__proto__', 'export:1'),
  fc.integer({ min: 0, max: 40 }).map((depth) => {
    let value: unknown = 1;
    for (let level = 0; level < depth; level++) value = { a: [value] };
    return value;
  }),
  fc.integer({ min: 0, max: 30_000 }).map((length) => Array.from({ length }, () => null)),
  fc.integer({ min: 0, max: 1_100_000 }).map((length) => 'x'.repeat(length)),
  fc.anything({ maxDepth: 3 }),
);

const pathInto = (value: unknown, choices: readonly number[]): (string | number)[] => {
  const path: (string | number)[] = [];
  let current = value;
  for (const choice of choices) {
    if (Array.isArray(current) && current.length > 0) {
      const index = choice % current.length;
      path.push(index);
      current = current[index];
    } else if (typeof current === 'object' && current !== null && Object.keys(current).length > 0) {
      const keys = Object.keys(current);
      const key = keys[choice % keys.length] as string;
      path.push(key);
      current = (current as Record<string, unknown>)[key];
    } else break;
  }
  return path;
};

function mutate(file: unknown, path: readonly (string | number)[], kind: 'set' | 'delete' | 'add-key', value: unknown): unknown {
  const copy = structuredClone(file) as Record<string, unknown>;
  if (path.length === 0) return kind === 'set' ? value : copy;
  let parent: Record<string | number, unknown> = copy;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (kind === 'set') parent[last] = value;
  else if (kind === 'delete') delete parent[last];
  else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null) (target as Record<string, unknown>)[`k${String(last)}`] = value;
    else parent[last] = { [String(last)]: value };
  }
  return copy;
}

describe('property: mutated real backups', () => {
  it('never throw anything but BackupImportError, and never write part of a file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { minLength: 0, maxLength: 6 }),
        fc.constantFrom('set', 'delete', 'add-key' as const),
        hostileValue,
        async (choices, kind, value) => {
          await resetDatabase();
          await seed();
          const before = await dumpDatabase();
          const file = realBackup();
          const mutated = mutate(file, pathInto(file, choices), kind as 'set' | 'delete' | 'add-key', value);
          let text: string;
          try {
            text = JSON.stringify(mutated) ?? 'undefined';
          } catch {
            return; // not JSON at all (a BigInt): no file could hold it
          }
          const outcome = await importBackup(text).then(
            () => 'imported' as const,
            (caught: unknown) => caught,
          );
          if (outcome === 'imported') {
            // Then the whole file went in: every trip and clip of the file is stored.
            const after = await dumpDatabase();
            for (const clip of (JSON.parse(text) as BackupFile).clips) expect(after.clips.some((row) => row.id === clip.id)).toBe(true);
            return;
          }
          expect(outcome).toBeInstanceOf(BackupImportError);
          expect((outcome as BackupImportError).message).toMatch(/^This backup file cannot be imported, so nothing was changed\. .+\.$/s);
          expect(await dumpDatabase()).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  }, 240_000);
});
