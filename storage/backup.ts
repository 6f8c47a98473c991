/**
 * Backup export and import (docs/architecture.md §4): the whole database as one versioned JSON file.
 *
 * Import is all or nothing: everything but the clips is validated first; then, in one write
 * transaction, the clips are validated a chunk at a time while the chunks before them are
 * being written (docs/architecture.md §15), and any problem (shape, bounds, duplicates,
 * references) aborts that transaction, so a bad file changes nothing. parseBackup checks a
 * whole file without writing, and names the problems of every refused file. Merge rules:
 * - trips and clips: a new id is added; for an id already stored, the record with the
 *   newer `updatedAt` wins (a tie keeps the database's), so importing the same file twice
 *   adds nothing the second time;
 * - settings: the file's value is taken only for keys the database does not have (the
 *   settings of this browser are the user's current choices; a backup only fills gaps).
 * - schedules (one per trip) and stream rooms (one per trip and video) travel with their
 *   trip: the newer `importedAt` / `updatedAt` wins, like trips and clips. Files written
 *   before schedules existed simply have none. They are not counted in the summary.
 */
import { z } from 'zod';
import type { Table } from 'dexie';
import { clipSchema, isoDateTime, settingSchema, storedScheduleSchema, streamRoomSchema, tripSchema } from '../model/schemas';
import type { Clip, Setting, StoredSchedule, StreamRoom, Trip } from '../model/types';
import { db } from './db';
import { toStorageWriteError } from './errors';
import { BACKUP_LIMITS, backupBoundsProblem, fileTooLargeProblem, recordBoundsProblem, utf8BytesExceed } from './backup-bounds';
import { BackupImportError } from './backup-import-error';
import { check, type Problem } from './issues';
import { timeOf, withoutUndefined, withUtcTimes } from './records';
import { isJsonValue } from './settings';
import { settingDefinition } from './settings-registry';
import { applyCountChanges, countChanges } from './clip-counts';

export const BACKUP_FORMAT = 'talk-clipper-backup';
export const BACKUP_VERSION = 1;
/** Largest backup file accepted by default: 50 MB (the other bounds are in backup-bounds.ts). */
export const DEFAULT_MAX_BACKUP_BYTES = BACKUP_LIMITS.maxBytes;

export interface BackupFile {
  format: 'talk-clipper-backup';
  version: 1;
  exportedAt: string;
  trips: Trip[];
  clips: Clip[];
  settings: Setting[];
  /** Absent in files written before schedules existed. */
  schedules?: StoredSchedule[];
  streams?: StreamRoom[];
}

export interface ImportSummary {
  tripsAdded: number;
  tripsUpdated: number;
  clipsAdded: number;
  clipsUpdated: number;
  /** Settings whose key the database did not have yet. */
  settingsAdded: number;
  /** Records of the file (trips, clips, settings) left as the database has them. */
  unchanged: number;
}

export { BackupImportError } from './backup-import-error';

export async function createBackup(now: Date = new Date()): Promise<BackupFile> {
  return db.transaction('r', [db.trips, db.clips, db.settings, db.schedules, db.streams], async () => {
    const [trips, clips, settings, schedules, streams] = await Promise.all([
      db.trips.toArray(),
      db.clips.toArray(),
      db.settings.toArray(),
      db.schedules.toArray(),
      db.streams.toArray(),
    ]);
    // Only portable JSON settings travel: a connected blog folder's handle belongs to this browser.
    const portable = settings.filter((setting) => settingDefinition(setting.key)?.portable === true && isJsonValue(setting.value));
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), trips, clips, settings: portable, schedules, streams };
  });
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `talk-clipper-backup-2026-11-21.json`, dated in the user's local time. */
export function backupFileName(now: Date): string {
  return `talk-clipper-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

function fail(path: string, message: string): never {
  throw new BackupImportError([{ path, message }]);
}

/** At most this many problems are collected (the sentence lists the first ten and counts the rest). */
const MAX_PROBLEMS = 100;

/** Each top-level list of a backup and the schema of one of its records. */
const BACKUP_LISTS = { trips: tripSchema, clips: clipSchema, settings: settingSchema, schedules: storedScheduleSchema, streams: streamRoomSchema } as const;
/** Lists that files written before schedules existed do not have. */
const OPTIONAL_LISTS: ReadonlySet<string> = new Set(['schedules', 'streams']);
type BackupLists = { [K in keyof typeof BACKUP_LISTS]: z.output<(typeof BACKUP_LISTS)[K]>[] };
type BackupListName = keyof typeof BACKUP_LISTS;
const LIST_NAMES = Object.keys(BACKUP_LISTS) as BackupListName[];

/**
 * Validates every record of every list one record at a time (never a whole list at once:
 * a validator's problems for 100,000 records would not fit in one call), collecting at
 * most MAX_PROBLEMS problems with their paths.
 */
function validateLists(header: Record<string, unknown>, problems: Problem[], names: readonly BackupListName[] = LIST_NAMES): BackupLists {
  const lists: Record<string, unknown[]> = {};
  for (const name of names) {
    const schema = BACKUP_LISTS[name];
    const list = header[name];
    const valid: unknown[] = [];
    lists[name] = valid;
    if (list === undefined && OPTIONAL_LISTS.has(name)) continue;
    if (!Array.isArray(list)) {
      problems.push({ path: name, message: list === undefined ? 'is missing' : 'must be a list' });
      continue;
    }
    for (let index = 0; index < list.length && problems.length < MAX_PROBLEMS; index++) {
      // The plain parse is the fast path; only a failing record is parsed again for readable messages.
      const parsed = schema.safeParse(list[index]);
      if (parsed.success) {
        valid.push(parsed.data);
        continue;
      }
      const result = check(schema, list[index]);
      for (const problem of result.ok ? [] : result.problems) problems.push({ path: joinPath(`${name}[${index}]`, problem.path), message: problem.message });
    }
  }
  return lists as BackupLists;
}

function joinPath(prefix: string, path: string): string {
  return path === '' ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/**
 * The file's settings that this browser will take: known keys only (settings-registry.ts),
 * each value checked with its own schema; settings that belong to one browser (a blog
 * folder's handle) are left out.
 */
function portableSettings(settings: Setting[], problems: Problem[]): Setting[] {
  const kept: Setting[] = [];
  settings.forEach((setting, index) => {
    const definition = settingDefinition(setting.key);
    if (definition === undefined) {
      problems.push({ path: `settings[${index}].key`, message: `${JSON.stringify(setting.key.slice(0, 60))} is not a setting Talk Clipper knows` });
      return;
    }
    if (!definition.portable) return;
    const result = check(definition.schema, setting.value);
    if (result.ok) kept.push({ key: setting.key, value: result.value });
    else for (const problem of result.problems) problems.push({ path: joinPath(`settings[${index}].value`, problem.path), message: problem.message });
  });
  return kept;
}

/**
 * Parses and validates the file; throws BackupImportError listing the problems found.
 * Bounds first (size before parsing, then depth, list lengths and text lengths: see
 * backup-bounds.ts), then the header, then every record with its schema, then duplicates.
 */
export function parseBackup(text: string, maxBytes: number = DEFAULT_MAX_BACKUP_BYTES): BackupFile {
  try {
    return parseBoundedBackup(text, maxBytes);
  } catch (error) {
    if (error instanceof BackupImportError) throw error;
    // A validator or the engine failing on a file it was never meant to see: still a sentence.
    fail('', `the file could not be checked (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Size, JSON, the format and the version: the file's top-level object, or a BackupImportError. */
function parseHeader(text: string, maxBytes: number): Record<string, unknown> {
  if (typeof text !== 'string') fail('', 'the file is not text');
  if (utf8BytesExceed(text, maxBytes)) throw new BackupImportError([fileTooLargeProblem(maxBytes)]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail('', `the file is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('', 'the file does not hold a JSON object');
  const header = data as Record<string, unknown>;
  if (header.format !== BACKUP_FORMAT) fail('format', `must be "${BACKUP_FORMAT}": this is not a Talk Clipper backup`);
  if (header.version !== BACKUP_VERSION) {
    fail('version', `is ${JSON.stringify(header.version)?.slice(0, 40) ?? 'missing'}, but this version of Talk Clipper can only read backup version ${BACKUP_VERSION}`);
  }
  return header;
}

function parseBoundedBackup(text: string, maxBytes: number): BackupFile {
  const header = parseHeader(text, maxBytes);
  const outOfBounds = backupBoundsProblem(header);
  if (outOfBounds !== undefined) throw new BackupImportError([outOfBounds]);

  const problems: Problem[] = [];
  const exportedAt = check(isoDateTime, header.exportedAt);
  if (!exportedAt.ok) for (const problem of exportedAt.problems) problems.push({ path: joinPath('exportedAt', problem.path), message: problem.message });
  const lists = validateLists(header, problems);
  if (problems.length > 0) throw new BackupImportError(problems);

  const settings = portableSettings(lists.settings, problems);
  duplicateProblems(problems, 'trips', lists.trips.map((trip) => trip.id), 'id');
  duplicateProblems(problems, 'clips', lists.clips.map((clip) => clip.id), 'id');
  duplicateProblems(problems, 'settings', lists.settings.map((setting) => setting.key), 'key');
  duplicateProblems(problems, 'schedules', lists.schedules.map((row) => row.tripId), 'tripId');
  duplicateProblems(problems, 'streams', lists.streams.map((row) => `${row.tripId} ${row.videoId}`), 'videoId');
  if (problems.length > 0) throw new BackupImportError(problems);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.ok ? exportedAt.value : '',
    trips: lists.trips.map((trip) => withUtcTimes(withoutUndefined(trip))),
    clips: lists.clips.map((clip) => withUtcTimes(withoutUndefined(clip))),
    settings,
    schedules: lists.schedules.map((row) => withoutUndefined(row)),
    streams: lists.streams.map((row) => withoutUndefined(row)),
  };
}

/** Adds a problem for every id seen before in the list (up to MAX_PROBLEMS in all). */
function duplicateProblems(problems: Problem[], list: string, ids: readonly string[], field: string): void {
  const firstIndex = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else if (problems.length < MAX_PROBLEMS) problems.push({ path: `${list}[${index}].${field}`, message: `repeats the ${field} of ${list}[${first}]` });
  });
}

/**
 * The stored rows of those `ids` that `storedIds` (the table's keys, read with a keys-only
 * cursor) holds, by id: importing into an empty or unrelated database reads no rows at all.
 */
async function storedRows<T extends { id: string }>(table: Table<T, string>, ids: readonly string[], storedIds: ReadonlySet<string>): Promise<Map<string, T>> {
  const existing = ids.filter((id) => storedIds.has(id));
  const byId = new Map<string, T>();
  if (existing.length === 0) return byId;
  for (const row of await table.bulkGet(existing)) if (row !== undefined) byId.set(row.id, row);
  return byId;
}

/** Splits incoming records into added / updated / unchanged against the stored ones. */
function mergeRecords<T extends { updatedAt: string }>(
  incoming: T[],
  stored: (T | undefined)[],
): { write: T[]; written: boolean[]; added: number; updated: number; unchanged: number } {
  const write: T[] = [];
  const written: boolean[] = [];
  let added = 0;
  let updated = 0;
  incoming.forEach((record, index) => {
    const existing = stored[index];
    const isNew = existing === undefined;
    const isNewer = !isNew && timeOf(record.updatedAt) > timeOf(existing.updatedAt);
    if (isNew) added++;
    if (isNewer) updated++;
    if (isNew || isNewer) write.push(record);
    written.push(isNew || isNewer);
  });
  return { write, written, added, updated, unchanged: incoming.length - added - updated };
}

/** Schedules and stream rooms of the file: each kept where it is newer than the stored one. */
async function mergeTripExtras(schedules: StoredSchedule[], streams: StreamRoom[]): Promise<void> {
  if (schedules.length > 0) {
    const stored = await db.schedules.bulkGet(schedules.map((row) => row.tripId));
    const newer = schedules.filter((row, index) => {
      const existing = stored[index];
      return existing === undefined || timeOf(row.importedAt) > timeOf(existing.importedAt);
    });
    await db.schedules.bulkPut(newer);
  }
  if (streams.length > 0) {
    const stored = await db.streams.bulkGet(streams.map((row): [string, string] => [row.tripId, row.videoId]));
    const newer = streams.filter((row, index) => {
      const existing = stored[index];
      return existing === undefined || timeOf(row.updatedAt) > timeOf(existing.updatedAt);
    });
    await db.streams.bulkPut(newer);
  }
}

/**
 * A file checked except for its clips (bounds, header, trips, settings, schedules, stream
 * rooms, their duplicates); its clips as parsed, each checked just before it is written.
 */
interface StagedBackup {
  trips: Trip[];
  settings: Setting[];
  schedules: StoredSchedule[];
  streams: StreamRoom[];
  clips: readonly unknown[];
}

/** The lists checked before the write transaction opens: all but the clips. */
const STAGED_LISTS: readonly BackupListName[] = ['trips', 'settings', 'schedules', 'streams'];

/**
 * Thrown where the import's one pass finds a problem; importBackup turns it into the
 * BackupImportError parseBackup gives for the same file, so every way in says the same.
 * `knownTrips`: the trips of the file and of the database, once they have been read.
 */
class RefusedFile extends Error {
  constructor(readonly knownTrips?: ReadonlySet<string>) {
    super('The backup file has a problem.');
  }
}

/** The file's problems as parseBackup lists them, or the references to trips that are nowhere. */
function refusalOf(text: string, maxBytes: number, knownTrips: ReadonlySet<string> | undefined): BackupImportError {
  let file: BackupFile;
  try {
    file = parseBackup(text, maxBytes);
  } catch (error) {
    if (error instanceof BackupImportError) return error;
    throw error;
  }
  const problems: Problem[] = [];
  const orphans = (list: 'clips' | 'schedules' | 'streams', rows: readonly { tripId: string }[]) =>
    rows.forEach((row, index) => {
      if (knownTrips !== undefined && !knownTrips.has(row.tripId)) problems.push({ path: `${list}[${index}].tripId`, message: 'points at no trip in the file or in the database' });
    });
  orphans('clips', file.clips);
  orphans('schedules', file.schedules ?? []);
  orphans('streams', file.streams ?? []);
  return new BackupImportError(problems.length > 0 ? problems : [{ path: '', message: 'the file could not be checked' }]);
}

/** Checks everything but the clips (see StagedBackup); throws RefusedFile (or the header's BackupImportError). */
function stageBackup(text: string, maxBytes: number): StagedBackup {
  const header = parseHeader(text, maxBytes);
  try {
    if (backupBoundsProblem(header, BACKUP_LIMITS, 'clips') !== undefined || !Array.isArray(header.clips)) throw new RefusedFile();
    const problems: Problem[] = [];
    if (!check(isoDateTime, header.exportedAt).ok) throw new RefusedFile();
    const lists = validateLists(header, problems, STAGED_LISTS);
    if (problems.length > 0) throw new RefusedFile();
    const settings = portableSettings(lists.settings, problems);
    duplicateProblems(problems, 'trips', lists.trips.map((trip) => trip.id), 'id');
    duplicateProblems(problems, 'settings', lists.settings.map((setting) => setting.key), 'key');
    duplicateProblems(problems, 'schedules', lists.schedules.map((row) => row.tripId), 'tripId');
    duplicateProblems(problems, 'streams', lists.streams.map((row) => `${row.tripId} ${row.videoId}`), 'videoId');
    if (problems.length > 0) throw new RefusedFile();
    return {
      trips: lists.trips.map((trip) => withUtcTimes(withoutUndefined(trip))),
      settings,
      schedules: lists.schedules.map((row) => withoutUndefined(row)),
      streams: lists.streams.map((row) => withoutUndefined(row)),
      clips: header.clips,
    };
  } catch (error) {
    if (error instanceof RefusedFile) throw error;
    throw new RefusedFile(); // a validator failing on a file it was never meant to see
  }
}

/** Clips checked and put per chunk (see putClipsAsChecked). */
const CLIP_CHUNK = 500;

/** Clip `index` of the file checked as parseBackup checks it (bounds, then its schema), as it is stored; undefined when it fails. */
function checkedClip(record: unknown, index: number): Clip | undefined {
  if (recordBoundsProblem(record, 'clips', index) !== undefined) return undefined;
  const parsed = clipSchema.safeParse(record);
  return parsed.success ? withUtcTimes(withoutUndefined(parsed.data)) : undefined;
}

interface ClipWrites {
  /** The bulkPut of each chunk, in flight. */
  pending: Promise<unknown>[];
  /** Each clip of the file as stored before the import and after it (undefined: none). */
  before: (Clip | undefined)[];
  after: Clip[];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Checks the file's clips a chunk at a time and puts each chunk as soon as it is checked,
 * all in one synchronous run inside the write transaction: IndexedDB writes chunk n while
 * chunk n + 1 is checked, and nothing is awaited in between, so the transaction cannot
 * commit early. The first clip that fails (bounds, schema, a repeated id, a trip that is
 * nowhere) throws RefusedFile, which aborts the transaction with every put it issued.
 */
function putClipsAsChecked(records: readonly unknown[], knownTrips: ReadonlySet<string>, stored: ReadonlyMap<string, Clip>): ClipWrites {
  const out: ClipWrites = { pending: [], before: [], after: [], added: 0, updated: 0, unchanged: 0 };
  const seen = new Set<string>();
  for (let start = 0; start < records.length; start += CLIP_CHUNK) {
    const chunk: Clip[] = [];
    const storedChunk: (Clip | undefined)[] = [];
    for (let index = start; index < Math.min(records.length, start + CLIP_CHUNK); index++) {
      let clip: Clip | undefined;
      try {
        clip = checkedClip(records[index], index);
      } catch {
        clip = undefined; // the validator failing on a hostile record: refused like any bad one
      }
      if (clip === undefined || seen.has(clip.id) || !knownTrips.has(clip.tripId)) throw new RefusedFile(knownTrips);
      seen.add(clip.id);
      chunk.push(clip);
      storedChunk.push(stored.get(clip.id));
    }
    const merged = mergeRecords(chunk, storedChunk);
    if (merged.write.length > 0) {
      const put = db.clips.bulkPut(merged.write);
      put.catch(() => undefined); // awaited with the others; a put aborted by a later refusal is not an unhandled rejection
      out.pending.push(put);
    }
    chunk.forEach((clip, index) => {
      const existing = storedChunk[index];
      out.before.push(existing);
      out.after.push(merged.written[index] === true || existing === undefined ? clip : existing);
    });
    out.added += merged.added;
    out.updated += merged.updated;
    out.unchanged += merged.unchanged;
  }
  return out;
}

/** The string `id` of each parsed record that has one (the clips' ids before they are checked). */
function rawIds(records: readonly unknown[]): string[] {
  const ids: string[] = [];
  for (const record of records) {
    const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
    if (typeof id === 'string') ids.push(id);
  }
  return ids;
}

/**
 * Imports a backup file's text, all or nothing. Everything but the clips is checked first;
 * then, in one write transaction, the stored keys are read and the clips are checked a chunk
 * at a time while the chunks before are being written (putClipsAsChecked). A problem found
 * anywhere aborts that transaction, so nothing is changed, and is reported exactly as
 * parseBackup reports it. Throws BackupImportError for a bad file and StorageWriteError when
 * the browser refuses the write.
 */
export async function importBackup(text: string, options: { maxBytes?: number } = {}): Promise<ImportSummary> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES;
  try {
    const file = stageBackup(text, maxBytes);
    return await db.transaction('rw', [db.trips, db.clips, db.settings, db.counts, db.schedules, db.streams], async () => {
      const [tripKeys, clipKeys, storedSettings] = await Promise.all([
        db.trips.toCollection().primaryKeys(),
        db.clips.toCollection().primaryKeys(),
        db.settings.bulkGet(file.settings.map((setting) => setting.key)),
      ]);
      const storedTripIds = new Set(tripKeys);
      const knownTrips = new Set([...tripKeys, ...file.trips.map((trip) => trip.id)]);
      if ([...file.schedules, ...file.streams].some((row) => !knownTrips.has(row.tripId))) throw new RefusedFile(knownTrips);
      const [storedTrips, storedClips] = await Promise.all([
        storedRows(db.trips, file.trips.map((trip) => trip.id), storedTripIds),
        storedRows(db.clips, rawIds(file.clips), new Set(clipKeys)),
      ]);

      const trips = mergeRecords(file.trips, file.trips.map((trip) => storedTrips.get(trip.id)));
      const newTrips = new Set(file.trips.filter((trip) => !storedTripIds.has(trip.id)).map((trip) => trip.id));
      const newSettings = file.settings.filter((_, index) => storedSettings[index] === undefined);
      const tripsPut = db.trips.bulkPut(trips.write);
      tripsPut.catch(() => undefined); // awaited below; see putClipsAsChecked
      const clips = putClipsAsChecked(file.clips, knownTrips, storedClips);
      await Promise.all([tripsPut, ...clips.pending, db.settings.bulkPut(newSettings)]);
      // The clips' trips before and after the merge: a newer clip from the file may have moved.
      await applyCountChanges(countChanges(clips.before, clips.after), newTrips);
      await mergeTripExtras(file.schedules, file.streams);
      return {
        tripsAdded: trips.added,
        tripsUpdated: trips.updated,
        clipsAdded: clips.added,
        clipsUpdated: clips.updated,
        settingsAdded: newSettings.length,
        unchanged: trips.unchanged + clips.unchanged + (file.settings.length - newSettings.length),
      };
    });
  } catch (error) {
    if (error instanceof RefusedFile) throw refusalOf(text, maxBytes, error.knownTrips);
    if (error instanceof BackupImportError) throw error;
    throw toStorageWriteError(error);
  }
}
