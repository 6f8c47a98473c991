/**
 * A trip's clips in memory, brought up to date with the clips a write changed, re-read by
 * key (components/report/trip-clips-feed.ts), instead of reading the whole trip again.
 * Pure: no Dexie, no browser API.
 *
 * The list is in the order the [tripId+capturedAt] index gives (ties by id, as IndexedDB
 * orders equal index keys by primary key), newest or oldest first. A clip unchanged keeps
 * its object, so rows that did not change are not rendered again; when nothing in the
 * list changed, the same list is answered.
 */
import type { Clip } from '../../model/types';

export type ClipOrder = 'newestFirst' | 'oldestFirst';

/**
 * What the list's views derived from the clips may keep across snapshots
 * (components/report/use-clip-review.ts): an edit of a talk's text keeps the stream
 * order, the durations and the filter choices of 50,000 clips.
 */
export interface ClipsShape {
  /** The same object while no clip came or went and none changed stream, time, day or tags. */
  layout: object;
  /** The same object while, besides, no rating changed. */
  ratings: object;
  /** The clips replaced since `layout` was made, by id: their latest objects. */
  replaced: ReadonlyMap<string, Clip>;
}


type Sortable = Pick<Clip, 'id' | 'capturedAt'>;

/** Negative when `a` comes first in `order`. */
export function compareInOrder(a: Sortable, b: Sortable, order: ClipOrder): number {
  const ascending = a.capturedAt < b.capturedAt ? -1 : a.capturedAt > b.capturedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return order === 'oldestFirst' ? ascending : -ascending;
}

export interface ClipChanges<C extends Sortable & Pick<Clip, 'tripId'>> {
  tripId: string;
  /** The keys the write changed. */
  keys: Iterable<string>;
  /** Those clips as they are now (read after the write committed); a key not found was deleted. */
  rows: readonly (C | undefined)[];
  order: ClipOrder;
  /**
   * The list holds only the first of the trip's clips in `order` (the page's first rows):
   * a changed clip that now comes after its last one is left out, as it would be from
   * those first rows.
   */
  partial?: boolean;
}

/**
 * `clips` with every changed key taken out, and each re-read row of `tripId` put in its
 * place: an edit replaces the row, a move to another trip or a delete takes it out, a
 * capture or a move into the trip puts it in. O(n + k log k) for k changed rows.
 */
export function mergeChangedClips<C extends Sortable & Pick<Clip, 'tripId'>>(clips: C[], changes: ClipChanges<C>): C[] {
  const changed = new Set(changes.keys);
  const last = clips[clips.length - 1];
  const incoming = changes.rows
    .filter((row): row is C => row !== undefined && row.tripId === changes.tripId && changed.has(row.id))
    .filter((row) => !changes.partial || last === undefined || compareInOrder(row, last, changes.order) <= 0)
    .sort((a, b) => compareInOrder(a, b, changes.order));
  const touches = incoming.length > 0 || clips.some((clip) => changed.has(clip.id));
  if (!touches) return clips;
  const merged: C[] = [];
  let next = 0;
  for (const clip of clips) {
    if (changed.has(clip.id)) continue;
    while (next < incoming.length && compareInOrder(incoming[next] as C, clip, changes.order) < 0) merged.push(incoming[next++] as C);
    merged.push(clip);
  }
  while (next < incoming.length) merged.push(incoming[next++] as C);
  return merged;
}

/** The fields the list's derived views read besides the text: stream ranks, durations, filter choices, counts, the order. */
type Layout = Pick<Clip, 'id' | 'tripId' | 'videoId' | 'seconds' | 'day' | 'capturedAt' | 'streamTitle' | 'tags'>;

function sameLayout(a: Layout, b: Layout): boolean {
  return (
    a.tripId === b.tripId &&
    a.videoId === b.videoId &&
    a.seconds === b.seconds &&
    a.day === b.day &&
    a.capturedAt === b.capturedAt &&
    a.streamTitle === b.streamTitle &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, index) => tag === b.tags[index])
  );
}

export interface LayoutChange {
  /** The same clips, each with the same stream, time, day and tags: only their text (title, notes...), kind or rating changed. */
  layoutKept: boolean;
  /** No rating changed (with the layout kept). */
  ratingsKept: boolean;
}

/** What a write changed in a list, from the changed clips as the list held them (`before`) and as they are now (`rows`, by `keys`). */
export function layoutChange<C extends Layout & Pick<Clip, 'rating'>>(before: ReadonlyMap<string, C>, keys: readonly string[], rows: readonly (C | undefined)[], tripId: string): LayoutChange {
  let layoutKept = true;
  let ratingsKept = true;
  keys.forEach((key, index) => {
    const was = before.get(key);
    const now = rows[index];
    if (was === undefined && (now === undefined || now.tripId !== tripId)) return; // never in the list, not now either
    if (was === undefined || now === undefined || !sameLayout(was, now)) layoutKept = false;
    else if (was.rating !== now.rating) ratingsKept = false;
  });
  return { layoutKept, ratingsKept: layoutKept && ratingsKept };
}

/** Where `item` is in `sorted` (sorted by `compare`, no two items equal), or -1. O(log n). */
export function positionIn<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = compare(sorted[middle] as T, item);
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export interface ReplacedInPlace<C> {
  clips: C[];
  /** The changed clips as the list held them, by id. */
  before: Map<string, C>;
}

/**
 * `clips` (in `order`) with each re-read row put at its clip's place, when every changed
 * key is a clip of the list that stays in it at the same place (same trip, same capture
 * time): one copy of the list and a binary search per row, no pass over the clips.
 * Undefined when a key came, went or moved: merge instead (mergeChangedClips).
 */
export function replacedInPlace<C extends Sortable & Pick<Clip, 'tripId'>>(clips: readonly C[], changes: Pick<ClipChanges<C>, 'tripId' | 'rows' | 'order'>): ReplacedInPlace<C> | undefined {
  const { rows, tripId, order } = changes;
  const at: number[] = [];
  const before = new Map<string, C>();
  for (const row of rows) {
    if (row === undefined || row.tripId !== tripId) return undefined;
    const index = positionIn<Sortable>(clips, row, (a, b) => compareInOrder(a, b, order));
    const was = clips[index];
    if (was === undefined || was.id !== row.id) return undefined;
    at.push(index);
    before.set(row.id, was);
  }
  const next = clips.slice();
  rows.forEach((row, index) => {
    next[at[index] as number] = row as C;
  });
  return { clips: next, before };
}

/**
 * `ordered` (sorted by `compare`, as the clips were when it was made) with each clip of
 * `replaced` swapped in at its place: one copy of the list and a binary search per
 * replaced clip. Undefined when one is not found where `compare` puts it.
 */
export function withReplaced<C extends Pick<Clip, 'id'>>(ordered: readonly C[], compare: (a: C, b: C) => number, replaced: ReadonlyMap<string, C>): C[] | undefined {
  const next = ordered.slice();
  for (const clip of replaced.values()) {
    const at = positionIn(ordered, clip, compare);
    if (at < 0 || ordered[at]?.id !== clip.id) return undefined;
    next[at] = clip;
  }
  return next;
}
