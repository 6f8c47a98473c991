/**
 * Migration test harness: builds a database exactly as an older release left it, with
 * raw Dexie and that release's exported schema constant (never the current class), so
 * that the current code can then open and upgrade it.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import type { StoreSchema } from '../../../storage/schema';

export interface OldRows {
  trips?: { id: string }[];
  clips?: { id: string }[];
  settings?: { key: string; value?: unknown }[];
  /** Only for versions that have the counts table (5 and later). */
  counts?: { tripId: string; clips: number }[];
}

/** Creates database `name` at `version` with `schema` and the given rows, then closes it. */
export async function createDatabaseAtVersion(name: string, version: number, schema: StoreSchema, rows: OldRows): Promise<void> {
  await Dexie.delete(name);
  const old = new Dexie(name);
  old.version(version).stores({ ...schema });
  await old.open();
  const tables = ['trips', 'clips', 'settings', ...(rows.counts === undefined ? [] : ['counts'])].map((table) => old.table(table));
  await old.transaction('rw', tables, async () => {
    await old.table('trips').bulkAdd(rows.trips ?? []);
    await old.table('clips').bulkAdd(rows.clips ?? []);
    await old.table('settings').bulkAdd(rows.settings ?? []);
    if (rows.counts !== undefined) await old.table('counts').bulkAdd(rows.counts);
  });
  old.close();
}

/** Native version number and index names of a database, read without Dexie's schema. */
export async function inspectDatabase(name: string): Promise<{ version: number; indexes: Record<string, string[]> }> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const indexes: Record<string, string[]> = {};
  const names = Array.from(database.objectStoreNames);
  const tx = database.transaction(names, 'readonly');
  for (const store of names) indexes[store] = Array.from(tx.objectStore(store).indexNames).sort();
  const version = database.version;
  database.close();
  return { version, indexes };
}
