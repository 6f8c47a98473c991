/**
 * One trip's clips, kept in memory and brought up to date by what each write changed
 * (docs/architecture.md §15): the report page's source of clips.
 *
 * First the trip's first rows (its oldest clips) and count: from the page's first read
 * when it was of this trip, else read here. Then, once asked (after those rows are on
 * screen), the whole trip, newest first. From then on a write costs what it changed:
 * Dexie announces every committed write, in this page or any other context (popup,
 * background, another tab; raw captures through storage/write-signal.ts), with the keys
 * it wrote (`Dexie.on('storagemutated')`, read by storage/changed-keys.ts); those clips
 * are read again by key and merged into the list (merge-clips.ts): an edit replaces its
 * row, a delete or a move to another trip takes it out, a capture or a move into the trip
 * puts it in. Where Dexie announces a range instead (a bulk put of 50 rows or more, a
 * backup import, a cleared table), or most of the trip changed, the whole trip is read
 * again.
 *
 * Reads run one at a time. Each one takes the changes heard so far: it starts after they
 * committed, so it sees them; a change heard while it runs is read after it; a read that
 * fails leaves its changes owed, read with the next write's. So the list never misses a
 * write, whatever the order in which writes and reads finish.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import type { Clip } from '../../model/types';
import { addChangedKeys, changedKeysOf, hasChangedKeys, noChangedKeys, takeChangedKeys, type ChangedKeys } from '../../storage/changed-keys';
import { db } from '../../storage/db';
import { countClipsOfTrip, getClips, listClipsOfTrip } from '../../storage/queries';
import type { ReportFirstRead } from '../../storage/report-view';
import { layoutChange, mergeChangedClips, replacedInPlace, type ClipsShape } from './merge-clips';

/** More changed clips than this (and than half the trip) are read as the whole trip. */
const REREAD_BY_KEY_LIMIT = 2_000;

/** The first rows of a trip (oldest first) and its count as the page's first read gave them, with the clip writes other contexts made since it began. */
export type FirstRowsRead = Pick<ReportFirstRead, 'tripId' | 'clips' | 'total' | 'changes'>;

function freshShape(): ClipsShape {
  return { layout: {}, ratings: {}, replaced: new Map() };
}

export interface TripClipsSnapshot {
  tripId: string;
  /** True once the first rows (or more) are read. */
  read: boolean;
  /** `whole`: every clip of the trip, newest first; else its first rows, oldest first. */
  clips: Clip[];
  whole: boolean;
  /** The trip's clip count. */
  total: number;
  shape: ClipsShape;
  /** The last read's failure, cleared by the next read that succeeds. */
  error: unknown;
}

export interface TripClipsFeed {
  /** Reads the whole trip (once; the first rows come first). */
  readWhole(): void;
  /** Stops listening; no snapshot is sent after this. */
  close(): void;
}

interface Held {
  clips: Clip[];
  whole: boolean;
  total: number;
  shape: ClipsShape;
}

function fromFirstRows(clips: Clip[], total: number): Held {
  // A trip its first rows hold whole is whole, newest first as the whole read gives it.
  return clips.length >= total
    ? { clips: [...clips].reverse(), whole: true, total: clips.length, shape: freshShape() }
    : { clips, whole: false, total, shape: freshShape() };
}

/** What a feed sends for a trip's first rows as the page's first read gave them (its first render's state). */
export function firstRowsSnapshot(tripId: string, clips: Clip[], total: number): TripClipsSnapshot {
  return { tripId, read: true, ...fromFirstRows(clips, total), error: undefined };
}

async function readFirstRows(tripId: string, limit: number): Promise<Held> {
  const [clips, total] = await Promise.all([listClipsOfTrip(tripId, { limit, oldestFirst: true }), countClipsOfTrip(tripId)]);
  return fromFirstRows(clips, total);
}

async function readWholeTrip(tripId: string): Promise<Held> {
  const clips = await listClipsOfTrip(tripId);
  return { clips, whole: true, total: clips.length, shape: freshShape() };
}

/** The shape after `rows` (by `keys`) replaced what `held` had of them (`before`, by id; else found by a pass). */
function nextShape(held: Held, tripId: string, keys: readonly string[], rows: readonly (Clip | undefined)[], before?: ReadonlyMap<string, Clip>): ClipsShape {
  let was = before;
  if (was === undefined) {
    const changed = new Set(keys);
    const found = new Map<string, Clip>();
    for (const clip of held.clips) if (changed.has(clip.id)) found.set(clip.id, clip);
    was = found;
  }
  const { layoutKept, ratingsKept } = layoutChange(was, keys, rows, tripId);
  if (!layoutKept) return freshShape();
  const replaced = new Map(held.shape.replaced);
  for (const row of rows) if (row !== undefined && was.has(row.id)) replaced.set(row.id, row);
  return { layout: held.shape.layout, ratings: ratingsKept ? held.shape.ratings : {}, replaced };
}

export interface TripClipsFeedOptions {
  tripId: string;
  /** How many first rows to read before the whole trip. */
  firstRows: number;
  /** The page's first read: its rows are used when it was of this trip. */
  first?: FirstRowsRead;
  onSnapshot: (snapshot: TripClipsSnapshot) => void;
}

export function openTripClipsFeed({ tripId, firstRows, first, onSnapshot }: TripClipsFeedOptions): TripClipsFeed {
  const dirty = noChangedKeys();
  let held: Held | undefined;
  let pendingFirst = first;
  let wantWhole = false;
  let running = false;
  let closed = false;

  const send = (error: unknown) => {
    if (closed) return;
    onSnapshot({ tripId, read: held !== undefined, clips: held?.clips ?? [], whole: held?.whole ?? false, total: held?.total ?? 0, shape: held?.shape ?? freshShape(), error });
  };

  /** The page's first read, if it was of this trip, with what was written since it began. */
  const takeFirst = (): Held | undefined => {
    const view = pendingFirst;
    pendingFirst = undefined;
    if (view === undefined) return undefined;
    const heard = view.changes.close();
    if (view.tripId !== tripId) return undefined;
    addChangedKeys(dirty, heard);
    return fromFirstRows(view.clips, view.total);
  };

  /** One read; false when there was nothing to read. */
  const step = async (): Promise<boolean> => {
    if (held === undefined) {
      held = takeFirst();
      if (held !== undefined) return true;
      takeChangedKeys(dirty); // this read starts after them
      held = await readFirstRows(tripId, firstRows);
      return true;
    }
    if (!held.whole && wantWhole) {
      takeChangedKeys(dirty);
      held = await readWholeTrip(tripId);
      return true;
    }
    if (!hasChangedKeys(dirty)) return false;
    const changes = takeChangedKeys(dirty);
    try {
      await applyChanges(held, changes);
    } catch (error) {
      // Still owed: the next write or request reads them with its own.
      addChangedKeys(dirty, changes);
      throw error;
    }
    return true;
  };

  /** Brings `from` (what is held) up to date with `changes`, read again by key or, for many, whole. */
  const applyChanges = async (from: Held, changes: ChangedKeys) => {
    if (changes.all || changes.keys.size > Math.max(REREAD_BY_KEY_LIMIT, from.clips.length / 2)) {
      held = from.whole ? await readWholeTrip(tripId) : await readFirstRows(tripId, firstRows);
      return;
    }
    const keys = [...changes.keys];
    const [rows, total] = await Promise.all([getClips(keys), from.whole ? undefined : countClipsOfTrip(tripId)]);
    // An edit that keeps every changed clip where it was (its text, kind, rating, tags...)
    // is put in place: one copy of the list; else merged in order (a pass comparing clips).
    const order = from.whole ? 'newestFirst' : 'oldestFirst';
    const inPlace = replacedInPlace(from.clips, { tripId, rows, order });
    const clips = inPlace?.clips ?? mergeChangedClips(from.clips, { tripId, keys, rows, order, partial: !from.whole });
    const count = total ?? clips.length;
    if (clips !== from.clips || count !== from.total) held = { clips, whole: from.whole, total: count, shape: nextShape(from, tripId, keys, rows, inPlace?.before) };
  };

  /** Whether a read is owed: the whole trip asked for and not read, or changes heard. */
  const owed = () => (wantWhole && held !== undefined && !held.whole) || hasChangedKeys(dirty);

  const run = async () => {
    running = true;
    let failed = false;
    try {
      for (;;) {
        const before = held;
        const more = await step();
        if (closed) return;
        if (held !== before) send(undefined);
        if (!more) break;
      }
    } catch (error) {
      failed = true;
      send(error);
    } finally {
      running = false;
    }
    // Asked for while the last step was answering "nothing to read" (kick saw this run still
    // going): read it now. Not after a failure, which the next write or request retries.
    if (!failed && !closed && owed()) kick();
  };

  const kick = () => {
    if (!running && !closed) void run();
  };

  const heardWrite = (parts: ObservabilitySet) => {
    const changed = changedKeysOf(parts, db.name, 'clips');
    if (!hasChangedKeys(changed)) return;
    addChangedKeys(dirty, changed);
    kick();
  };
  // Listening before the first read starts: no write after it goes unheard.
  Dexie.on('storagemutated', heardWrite);
  kick();

  return {
    readWhole() {
      wantWhole = true;
      kick();
    },
    close() {
      closed = true;
      Dexie.on('storagemutated').unsubscribe(heardWrite);
    },
  };
}
