/**
 * The Dexie schema of every database version, one constant per version, so that the
 * migration tests can build a database exactly as an older release left it.
 *
 * Never edit a published version's constant: add a new version instead (docs/architecture.md §4).
 */

/** Version 1: the first release. */
export const SCHEMA_V1 = {
  trips: 'id, updatedAt',
  clips: 'id, tripId, [tripId+capturedAt], [videoId+seconds]',
  settings: 'key',
} as const;

/**
 * Version 2: indexes for the report page's filters and sorts, and for capture.
 * - trips.startDate: trip selector sorted by date.
 * - clips [tripId+videoId+seconds]: duplicate check at capture (one range read).
 * - clips [tripId+day], [tripId+rating], [tripId+kind]: report filters and groupings
 *   (rows whose rating is null or day is missing are simply not in those indexes).
 * - clips *tags: filter by tag; clips updatedAt: "recently edited".
 */
export const SCHEMA_V2 = {
  trips: 'id, updatedAt, startDate',
  clips: 'id, tripId, [tripId+capturedAt], [videoId+seconds], [tripId+videoId+seconds], [tripId+day], [tripId+rating], [tripId+kind], *tags, updatedAt',
  settings: 'key',
} as const;

/**
 * Version 3: only the indexes a query uses. The report page filters and sorts a trip's
 * clips in memory (fast enough at 10,000), so v2's filter indexes were write cost with
 * no reader: every imported clip paid for nine index entries (benchmarked: a 10,000-clip
 * import spent ~0.5 s of its ~2.6 s IndexedDB floor on them). Kept:
 * - clips [tripId+capturedAt]: a trip's clips newest first (popup), and, as Dexie's
 *   virtual index on its first part, every `where('tripId')` (count, delete a trip).
 * - clips [tripId+videoId+seconds]: the duplicate check at capture.
 * - trips startDate/updatedAt stay: trips are few, and the trip list sorts by them.
 */
export const SCHEMA_V3 = {
  trips: 'id, updatedAt, startDate',
  clips: 'id, [tripId+capturedAt], [tripId+videoId+seconds]',
  settings: 'key',
} as const;

/**
 * Version 5: `counts`, one row per trip holding how many clips it has, written in the
 * same transaction as every clip write (storage/clip-counts.ts). Counting a trip by its
 * index reads every entry (about 1.2 s at 50,000 clips on a slow machine); reading this
 * row is one key lookup, whatever the trip's size. Derived data: not in backups, rebuilt
 * from the clips by the upgrade. (Version 4 was reserved for the schedule and never shipped.)
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V3,
  counts: 'tripId',
} as const;

/**
 * Version 6: conference schedules (issue #11). Declares every table; two are new, and the
 * rows of the old ones are untouched (the new clip and trip fields are optional):
 * - schedules, keyed by tripId: one schedule per trip, replaced on re-import.
 * - streams, keyed by [tripId+videoId]: the room each stream of a trip shows, read from
 *   its title or chosen by the user; a trip's streams are one range of that key.
 */
export const SCHEMA_V6 = {
  trips: 'id, updatedAt, startDate',
  clips: 'id, [tripId+capturedAt], [tripId+videoId+seconds]',
  settings: 'key',
  counts: 'tripId',
  schedules: 'tripId',
  streams: '[tripId+videoId]',
} as const;

export type StoreSchema = { readonly trips: string; readonly clips: string; readonly settings: string; readonly [table: string]: string };

/** The newest version the code knows. */
export const DATABASE_VERSION = 6;

/** Every version's schema by number, for the migration tests. */
export const SCHEMAS_BY_VERSION: Readonly<Record<number, StoreSchema>> = { 1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3, 5: SCHEMA_V5, 6: SCHEMA_V6 };
