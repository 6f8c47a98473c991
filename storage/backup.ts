/**
 * Backup export and import (docs/architecture.md §4): the whole database as one versioned JSON file.
 *
 * Import validates the whole file first (shape, duplicates, references), then merges it
 * in one transaction: a bad file changes nothing. Merge rules:
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
import { BACKUP_LIMITS, backupBoundsProblem, sizeWords, utf8BytesExceed } from './backup-bounds';
import { check, summarizeProblems, type Problem } from './issues';
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

/** A file that cannot be imported; nothing was changed. `message` names what and where. */
export class BackupImportError extends Error {
  override readonly name = 'BackupImportError';
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(`This backup file cannot be imported, so nothing was changed. ${summarizeProblems(problems)}.`);
    this.problems = problems;
  }

  /** The same sentence as `message`, for symmetry with StorageWriteError. */
  get userMessage(): string {
    return this.message;
  }
}

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

/**
 * Validates every record of every list one record at a time (never a whole list at once:
 * a validator's problems for 100,000 records would not fit in one call), collecting at
 * most MAX_PROBLEMS problems with their paths.
 */
function validateLists(header: Record<string, unknown>, problems: Problem[]): BackupLists {
  const lists: Record<string, unknown[]> = {};
  for (const [name, schema] of Object.entries(BACKUP_LISTS)) {
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

function parseBoundedBackup(text: string, maxBytes: number): BackupFile {
  if (typeof text !== 'string') fail('', 'the file is not text');
  if (utf8BytesExceed(text, maxBytes)) fail('', `the file is larger than ${sizeWords(maxBytes)}`);
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
  const outOfBounds = backupBoundsProblem(data);
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
 * The stored row of each incoming record's id (undefined where there is none). Reads the
 * table's keys first (a keys-only cursor) and fetches whole rows only for ids that exist,
 * so importing into an empty or unrelated database reads no rows at all.
 */
async function storedVersions<T extends { id: string }>(table: Table<T, string>, incoming: T[]): Promise<(T | undefined)[]> {
  const storedIds = new Set(await table.toCollection().primaryKeys());
  const existing = incoming.filter((record) => storedIds.has(record.id));
  if (existing.length === 0) return incoming.map(() => undefined);
  const rows = await table.bulkGet(existing.map((record) => record.id));
  const byId = new Map<string, T>();
  rows.forEach((row) => {
    if (row !== undefined) byId.set(row.id, row);
  });
  return incoming.map((record) => byId.get(record.id));
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
 * Imports a backup file's text: validates everything, then merges it in one transaction.
 * Throws BackupImportError for a bad file and StorageWriteError when the browser refuses
 * the write; in both cases nothing was changed.
 */
export async function importBackup(text: string, options: { maxBytes?: number } = {}): Promise<ImportSummary> {
  const file = parseBackup(text, options.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES);
  try {
    return await db.transaction('rw', [db.trips, db.clips, db.settings, db.counts, db.schedules, db.streams], async () => {
      const fileTripIds = new Set(file.trips.map((trip) => trip.id));
      const schedules = file.schedules ?? [];
      const streams = file.streams ?? [];
      const referenced = [...file.clips, ...schedules, ...streams].map((row) => row.tripId);
      const foreignTripIds = [...new Set(referenced.filter((id) => !fileTripIds.has(id)))];
      const foreignTrips = await db.trips.bulkGet(foreignTripIds);
      const missing = new Set(foreignTripIds.filter((_, index) => foreignTrips[index] === undefined));
      if (missing.size > 0) {
        const problems: Problem[] = [];
        const check = (list: 'clips' | 'schedules' | 'streams', rows: { tripId: string }[]) =>
          rows.forEach((row, index) => {
            if (missing.has(row.tripId)) problems.push({ path: `${list}[${index}].tripId`, message: 'points at no trip in the file or in the database' });
          });
        check('clips', file.clips);
        check('schedules', schedules);
        check('streams', streams);
        throw new BackupImportError(problems);
      }

      const storedTrips = await storedVersions(db.trips, file.trips);
      const trips = mergeRecords(file.trips, storedTrips);
      const newTrips = new Set(file.trips.filter((_, index) => storedTrips[index] === undefined).map((trip) => trip.id));
      const storedClips = await storedVersions(db.clips, file.clips);
      const clips = mergeRecords(file.clips, storedClips);
      const storedSettings = await db.settings.bulkGet(file.settings.map((setting) => setting.key));
      const newSettings = file.settings.filter((_, index) => storedSettings[index] === undefined);

      await db.trips.bulkPut(trips.write);
      await db.clips.bulkPut(clips.write);
      await db.settings.bulkPut(newSettings);
      // The clips' trips before and after the merge: a newer clip from the file may have moved.
      await applyCountChanges(countChanges(storedClips, file.clips.map((clip, index) => (clips.written[index] === true ? clip : storedClips[index]))), newTrips);
      await mergeTripExtras(schedules, streams);
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
    if (error instanceof BackupImportError) throw error;
    throw toStorageWriteError(error);
  }
}
