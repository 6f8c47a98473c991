/**
 * Which rows of a table a committed write changed, read from what Dexie announces for it
 * (its `storagemutated` event, and the same object on its BroadcastChannel: see
 * storage/write-signal.ts). Pure: no Dexie, no browser API.
 *
 * Dexie names each part `idb://<database>/<table>/<index>` and holds its keys in a range
 * tree (`{ from, to, l, r }` nodes; structured-cloned on the channel, so plain objects).
 * The primary-key part (`<index>` empty) and `:dels` hold the rows put or deleted. A put
 * or delete of some rows announces their keys one by one; a bulk put of 50 rows or more,
 * a range delete, a `clear()`, a database just created and a page restored from the
 * back/forward cache announce a range (or `all`): then every row may have changed.
 */

/** Dexie's channel for committed writes (`STORAGE_MUTATED_DOM_EVENT_NAME` in Dexie's source, since 3.2). */
export const DEXIE_WRITES_CHANNEL = 'x-storagemutated-1';

/** Rows changed: `all`, or exactly `keys` (possibly none). */
export interface ChangedKeys {
  all: boolean;
  keys: Set<string>;
}

export function noChangedKeys(): ChangedKeys {
  return { all: false, keys: new Set() };
}

/** Adds `more` into `into` (a union). */
export function addChangedKeys(into: ChangedKeys, more: ChangedKeys): void {
  if (more.all) into.all = true;
  for (const key of more.keys) into.keys.add(key);
}

/** Empties `changes` and answers what it held. */
export function takeChangedKeys(changes: ChangedKeys): ChangedKeys {
  const taken = { all: changes.all, keys: changes.keys };
  changes.all = false;
  changes.keys = new Set();
  return taken;
}

export function hasChangedKeys(changes: ChangedKeys): boolean {
  return changes.all || changes.keys.size > 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Adds the single string keys of a range tree to `keys`; false when it holds a range or anything else. */
function collectKeys(tree: unknown, keys: Set<string>): boolean {
  const pending: unknown[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === undefined || node === null) continue;
    if (!isRecord(node)) return false;
    if (!('from' in node)) continue; // an empty set
    const { from, to } = node;
    if (typeof from !== 'string' || from !== to) return false;
    keys.add(from);
    pending.push(node.l, node.r);
  }
  return true;
}

/** The rows of `table` in `database` that the announced `parts` changed. */
export function changedKeysOf(parts: unknown, database: string, table: string): ChangedKeys {
  const changed = noChangedKeys();
  if (!isRecord(parts)) return changed;
  if ('all' in parts) return { all: true, keys: changed.keys };
  const prefix = `idb://${database}/${table}/`;
  const primary = parts[prefix];
  const deleted = parts[`${prefix}:dels`];
  if (primary === undefined && deleted === undefined) {
    // Dexie always names the primary-key part of a table it wrote; an index part alone is not its own shape.
    if (Object.keys(parts).some((name) => name.startsWith(prefix))) changed.all = true;
    return changed;
  }
  if (!collectKeys(primary, changed.keys) || !collectKeys(deleted, changed.keys)) changed.all = true;
  return changed;
}
