/**
 * The one Dexie database of Talk Clipper (docs/architecture.md §1, §4): tables, versions and
 * upgrades. Repositories (trips.ts, clips.ts, settings.ts, backup.ts) are the only code
 * that writes to it; pages may read it directly with live queries.
 */
import { Dexie, type Table, type Transaction } from 'dexie';
import type { Clip, Setting, Trip } from '../model/types';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './schema';
import { upgradeClipToV2, upgradeTripToV2 } from './upgrades';

export { DATABASE_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMAS_BY_VERSION } from './schema';

export const DATABASE_NAME = 'talk-clipper';

/** v1 -> v2: keeps every row, filling in fields that older code left out. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table('trips').toCollection().modify((row: Record<string, unknown>) => {
    upgradeTripToV2(row);
  });
  await tx.table('clips').toCollection().modify((row: Record<string, unknown>) => {
    upgradeClipToV2(row);
  });
}

export class TalkClipperDatabase extends Dexie {
  trips!: Table<Trip, string>;
  clips!: Table<Clip, string>;
  settings!: Table<Setting, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    // v2 -> v3 only drops indexes no query reads; rows are untouched.
    this.version(3).stores(SCHEMA_V3);
  }
}

/** The one shared instance. */
export const db = new TalkClipperDatabase();
