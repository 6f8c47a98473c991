/**
 * How many clips each trip has, kept in the `counts` table (schema v5) by every write
 * that adds, removes or moves clips, inside that write's own transaction: reading a
 * trip's count is then one key lookup, whatever its size.
 *
 * A trip without a counts row (rows written by something other than this code, such as
 * a test seeding IndexedDB directly) is counted from its index once, and the row is
 * written the next time one of its clips changes.
 */
import { Dexie } from 'dexie';
import { db } from './db';

/** The trip of each clip before and after a write (undefined: the clip did not / does not exist). */
export type TripOf = { tripId: string } | undefined;

/** Per-trip change in the number of clips, from the clips' trips before and after a write. */
export function countChanges(before: readonly TripOf[], after: readonly TripOf[]): Map<string, number> {
  const changes = new Map<string, number>();
  const add = (tripId: string, delta: number) => changes.set(tripId, (changes.get(tripId) ?? 0) + delta);
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const was = before[i]?.tripId;
    const is = after[i]?.tripId;
    if (was === is) continue;
    if (was !== undefined) add(was, -1);
    if (is !== undefined) add(is, 1);
  }
  for (const [tripId, delta] of changes) if (delta === 0) changes.delete(tripId);
  return changes;
}

/** Counts a trip's clips by walking its index (what the counts table spares every reader). */
export function countByIndex(tripId: string): Promise<number> {
  return db.clips.where('[tripId+capturedAt]').between([tripId, Dexie.minKey], [tripId, Dexie.maxKey], true, true).count();
}

/**
 * Applies `changes` to the counts table. Call it inside the write's transaction (which
 * must include db.counts) after the clip writes were issued: a trip without a row yet is
 * counted from its index, which then already sees those writes; trips in `newTrips`
 * (created in this same transaction, so without clips before it) start from 0 instead.
 */
export async function applyCountChanges(changes: ReadonlyMap<string, number>, newTrips: ReadonlySet<string> = new Set()): Promise<void> {
  if (changes.size === 0) return;
  const tripIds = [...changes.keys()];
  const rows = await db.counts.bulkGet(tripIds);
  const next = await Promise.all(
    tripIds.map(async (tripId, index) => {
      const delta = changes.get(tripId) ?? 0;
      const stored = rows[index]?.clips ?? (newTrips.has(tripId) ? 0 : undefined);
      const clips = stored === undefined ? await countByIndex(tripId) : Math.max(0, stored + delta);
      return { tripId, clips };
    }),
  );
  await db.counts.bulkPut(next);
}
