/**
 * A bulk put whose every key Dexie announces. Dexie 4 names the rows of a put only below
 * 50 of them (its observability middleware); from 50 on it announces a range over the
 * whole table, and every live reader reads again all it holds: the report page would read
 * a 50,000-clip trip again for a bulk action on 50 clips (components/report/trip-clips-feed.ts).
 * So the rows go in chunks under that size, side by side in the caller's transaction: the
 * same write, all or nothing, each row's key announced.
 * tests/unit/storage/changed-keys.test.ts fails if Dexie moves that limit.
 */
import type { Table } from 'dexie';

/** Rows per bulkPut: under Dexie's 50. */
export const ANNOUNCED_PUT_CHUNK = 49;

/** Puts `rows` into `table` (inside the caller's transaction, as `bulkPut` would). */
export async function putAnnounced<T, K>(table: Table<T, K>, rows: readonly T[]): Promise<void> {
  const chunks: Promise<unknown>[] = [];
  for (let start = 0; start < rows.length; start += ANNOUNCED_PUT_CHUNK) chunks.push(table.bulkPut(rows.slice(start, start + ANNOUNCED_PUT_CHUNK)));
  await Promise.all(chunks);
}
