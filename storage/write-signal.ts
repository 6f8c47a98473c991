/**
 * Tells Dexie's live queries about rows written with raw IndexedDB requests (outside
 * Dexie): in the background itself and in every open extension page (popup, report page,
 * side panel), as if Dexie had committed the write.
 *
 * Dexie 4 sends what each committed write changed (an ObservabilitySet: per table and
 * index, the keys touched) on a BroadcastChannel; every context's Dexie receives it,
 * drops the live-query cache entries it overlaps and re-runs their queries. The
 * documented trigger, `Dexie.on('storagemutated').fire(parts)`, reaches the other contexts
 * that way, but not a cached live query in the context that fires it (Dexie 4.4: its
 * cache is invalidated only on receipt, or by Dexie's own commit). So the parts are posted
 * on Dexie's channel instead, which reaches every context, this one included, through
 * Dexie's own receiving code. tests/unit/storage/capture-batch.test.ts fails if a Dexie
 * upgrade renames the channel or stops re-running a live query this way.
 */
import { Dexie, RangeSet, type IndexableType, type ObservabilitySet, type Table } from 'dexie';
import { DEXIE_WRITES_CHANNEL } from './changed-keys';

/** Rows put (added or replaced) into one table. */
export interface TableWrite {
  table: Table;
  rows: readonly object[];
}

/** The key a row has under `keyPath` (Dexie reads it the same way), or undefined when it has none: it is then not in that index. */
function keyOf(row: object, keyPath: string | string[] | undefined): IndexableType | undefined {
  if (keyPath === undefined) return undefined;
  const key: unknown = Dexie.getByKeyPath(row, keyPath);
  const valid = Array.isArray(keyPath) ? Array.isArray(key) && key.every((part) => part !== undefined && part !== null) : key !== undefined && key !== null;
  return valid ? (key as IndexableType) : undefined;
}

/**
 * What Dexie's own commit of these puts would announce: each row's primary key (also as
 * possibly replacing a row, which Dexie marks when it did not read the old one) and its
 * key in every index.
 */
export function changedParts(dbName: string, writes: readonly TableWrite[]): ObservabilitySet {
  const parts = new Map<string, RangeSet>();
  const part = (table: string, index: string): RangeSet => {
    const name = `idb://${dbName}/${table}/${index}`;
    const existing = parts.get(name);
    if (existing !== undefined) return existing;
    const created = new RangeSet();
    parts.set(name, created);
    return created;
  };
  for (const { table, rows } of writes) {
    const { primKey, indexes } = table.schema;
    for (const row of rows) {
      const key = keyOf(row, primKey.keyPath);
      if (key === undefined) continue;
      part(table.name, '').addKey(key);
      part(table.name, ':dels').addKey(key);
      for (const index of indexes) {
        const indexKey = keyOf(row, index.keyPath);
        if (indexKey === undefined) continue;
        // A multi-entry index holds each element of the array under its own key.
        const keys: readonly unknown[] = index.multi && Array.isArray(indexKey) ? indexKey : [indexKey];
        for (const each of keys) part(table.name, index.name).addKey(each as IndexableType);
      }
    }
  }
  return Object.fromEntries(parts);
}

let channel: BroadcastChannel | undefined;

/** False where there is no BroadcastChannel: writes must then go through Dexie. */
export function canSignalWrites(): boolean {
  return typeof BroadcastChannel !== 'undefined';
}

/** Announces committed raw writes to the live queries of every context (call once the transaction completed). */
export function signalWrites(dbName: string, writes: readonly TableWrite[]): void {
  if (channel === undefined) {
    channel = new BroadcastChannel(DEXIE_WRITES_CHANNEL);
    // Node (the unit tests): an open channel must not keep the process alive. Dexie does the same with its own.
    const unref: unknown = Reflect.get(channel, 'unref');
    if (typeof unref === 'function') unref.call(channel);
  }
  channel.postMessage(changedParts(dbName, writes));
}
