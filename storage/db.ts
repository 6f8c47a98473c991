/**
 * The one Dexie database of Talk Clipper (docs/architecture.md §1, §4): tables, versions and
 * upgrades. Repositories (trips.ts, clips.ts, settings.ts, backup.ts) are the only code
 * that writes to it; pages may read it directly with live queries.
 */
import { Dexie, type Table, type Transaction } from 'dexie';
import type { Clip, Setting, StoredSchedule, StreamRoom, Trip } from '../model/types';
import { DATABASE_NAME } from './database-name';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V5, SCHEMA_V6 } from './schema';
import { upgradeClipToV2, upgradeTripToV2 } from './upgrades';

export { DATABASE_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V5, SCHEMA_V6, SCHEMAS_BY_VERSION } from './schema';

/** How many clips a trip has (table `counts`, kept by storage/clip-counts.ts). */
export interface TripClipCount {
  tripId: string;
  clips: number;
}

export { DATABASE_NAME } from './database-name';

/** v1 -> v2: keeps every row, filling in fields that older code left out. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table('trips').toCollection().modify((row: Record<string, unknown>) => {
    upgradeTripToV2(row);
  });
  await tx.table('clips').toCollection().modify((row: Record<string, unknown>) => {
    upgradeClipToV2(row);
  });
}

/** -> v5: counts every trip's clips once, from the keys of the [tripId+capturedAt] index (no row is read). */
async function upgradeToV5(tx: Transaction): Promise<void> {
  const keys = (await tx.table('clips').orderBy('[tripId+capturedAt]').keys()) as unknown as [string, string][];
  const counts = new Map<string, number>();
  for (const [tripId] of keys) counts.set(tripId, (counts.get(tripId) ?? 0) + 1);
  await tx.table('counts').bulkPut([...counts].map(([tripId, clips]) => ({ tripId, clips })));
}

export class TalkClipperDatabase extends Dexie {
  trips!: Table<Trip, string>;
  clips!: Table<Clip, string>;
  settings!: Table<Setting, string>;
  counts!: Table<TripClipCount, string>;
  schedules!: Table<StoredSchedule, string>;
  streams!: Table<StreamRoom, [string, string]>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    // v2 -> v3 only drops indexes no query reads; rows are untouched.
    this.version(3).stores(SCHEMA_V3);
    this.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
    // v5 -> v6 adds the empty schedules and streams tables. No row changes: the new trip and
    // clip fields are optional, and a clip captured before v6 has no stream start, so no
    // schedule ever matches it and there is nothing to fill in.
    this.version(6).stores(SCHEMA_V6);
  }
}

/** The one shared instance. */
export const db = new TalkClipperDatabase();
