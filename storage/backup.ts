/**
 * Backup export and import (DESIGN.md §3): the whole database as one versioned JSON file.
 *
 * Import validates the whole file first (shape, duplicates, references), then merges it
 * in one transaction: a bad file changes nothing. Merge rules:
 * - trips and clips: a new id is added; for an id already stored, the record with the
 *   newer `updatedAt` wins (a tie keeps the database's), so importing the same file twice
 *   adds nothing the second time;
 * - settings: the file's value is taken only for keys the database does not have (the
 *   settings of this browser are the user's current choices; a backup only fills gaps).
 */
import { z } from 'zod';
import type { Table } from 'dexie';
import { clipSchema, isoDateTime, settingSchema, tripSchema } from '../model/schemas';
import type { Clip, Setting, Trip } from '../model/types';
import { db } from './db';
import { toStorageWriteError } from './errors';
import { check, summarizeProblems, type Problem } from './issues';
import { timeOf, withoutUndefined, withUtcTimes } from './records';
import { isJsonValue } from './settings';

export const BACKUP_FORMAT = 'talk-clipper-backup';
export const BACKUP_VERSION = 1;
/** Largest backup file accepted by default: 50 MB. */
export const DEFAULT_MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export interface BackupFile {
  format: 'talk-clipper-backup';
  version: 1;
  exportedAt: string;
  trips: Trip[];
  clips: Clip[];
  settings: Setting[];
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

/** Validator of a whole backup file, built from the model's schemas. */
export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoDateTime,
  trips: z.array(tripSchema),
  clips: z.array(clipSchema),
  settings: z.array(settingSchema),
});

export async function createBackup(now: Date = new Date()): Promise<BackupFile> {
  return db.transaction('r', db.trips, db.clips, db.settings, async () => {
    const [trips, clips, settings] = await Promise.all([db.trips.toArray(), db.clips.toArray(), db.settings.toArray()]);
    // Only JSON settings travel: a connected blog folder's handle belongs to this browser.
    const portable = settings.filter((setting) => isJsonValue(setting.value));
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), trips, clips, settings: portable };
  });
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `talk-clipper-backup-2026-11-21.json`, dated in the user's local time. */
export function backupFileName(now: Date): string {
  return `talk-clipper-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** UTF-8 size of `text`, stopping early once it exceeds `limit`. */
function utf8BytesExceed(text: string, limit: number): boolean {
  if (text.length > limit) return true; // every UTF-16 unit is at least one byte
  if (text.length * 3 <= limit) return false; // every UTF-16 unit is at most three bytes
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 4 : 3;
    if (code >= 0xd800 && code <= 0xdbff) i++;
    if (bytes > limit) return true;
  }
  return false;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${bytes} bytes`;
}

function fail(path: string, message: string): never {
  throw new BackupImportError([{ path, message }]);
}

/** Parses and validates the file; throws BackupImportError listing every problem found. */
export function parseBackup(text: string, maxBytes: number = DEFAULT_MAX_BACKUP_BYTES): BackupFile {
  if (typeof text !== 'string') fail('', 'the file is not text');
  if (utf8BytesExceed(text, maxBytes)) fail('', `the file is larger than ${megabytes(maxBytes)}`);
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
    fail('version', `is ${JSON.stringify(header.version) ?? 'missing'}, but this version of Talk Clipper can only read backup version ${BACKUP_VERSION}`);
  }
  const result = check(backupFileSchema, data);
  const problems: Problem[] = result.ok ? [] : [...result.problems];
  if (result.ok) {
    const file = result.value;
    problems.push(...duplicateProblems('trips', file.trips.map((trip) => trip.id), 'id'));
    problems.push(...duplicateProblems('clips', file.clips.map((clip) => clip.id), 'id'));
    problems.push(...duplicateProblems('settings', file.settings.map((setting) => setting.key), 'key'));
    file.settings.forEach((setting, index) => {
      if (!isJsonValue(setting.value)) problems.push({ path: `settings[${index}].value`, message: 'is missing' });
    });
  }
  if (problems.length > 0 || !result.ok) throw new BackupImportError(problems);
  const file = result.value;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: file.exportedAt,
    trips: file.trips.map((trip) => withUtcTimes(withoutUndefined(trip))),
    clips: file.clips.map((clip) => withUtcTimes(withoutUndefined(clip))),
    settings: file.settings.map((setting) => ({ key: setting.key, value: setting.value })),
  };
}

function duplicateProblems(list: string, ids: string[], field: string): Problem[] {
  const firstIndex = new Map<string, number>();
  const problems: Problem[] = [];
  ids.forEach((id, index) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else problems.push({ path: `${list}[${index}].${field}`, message: `repeats the ${field} of ${list}[${first}]` });
  });
  return problems;
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
): { write: T[]; added: number; updated: number; unchanged: number } {
  const write: T[] = [];
  let added = 0;
  let updated = 0;
  incoming.forEach((record, index) => {
    const existing = stored[index];
    if (existing === undefined) {
      added++;
      write.push(record);
    } else if (timeOf(record.updatedAt) > timeOf(existing.updatedAt)) {
      updated++;
      write.push(record);
    }
  });
  return { write, added, updated, unchanged: incoming.length - added - updated };
}

/**
 * Imports a backup file's text: validates everything, then merges it in one transaction.
 * Throws BackupImportError for a bad file and StorageWriteError when the browser refuses
 * the write; in both cases nothing was changed.
 */
export async function importBackup(text: string, options: { maxBytes?: number } = {}): Promise<ImportSummary> {
  const file = parseBackup(text, options.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES);
  try {
    return await db.transaction('rw', db.trips, db.clips, db.settings, async () => {
      const fileTripIds = new Set(file.trips.map((trip) => trip.id));
      const foreignTripIds = [...new Set(file.clips.map((clip) => clip.tripId).filter((id) => !fileTripIds.has(id)))];
      const foreignTrips = await db.trips.bulkGet(foreignTripIds);
      const missing = new Set(foreignTripIds.filter((_, index) => foreignTrips[index] === undefined));
      if (missing.size > 0) {
        const problems: Problem[] = [];
        file.clips.forEach((clip, index) => {
          if (missing.has(clip.tripId)) problems.push({ path: `clips[${index}].tripId`, message: 'points at no trip in the file or in the database' });
        });
        throw new BackupImportError(problems);
      }

      const trips = mergeRecords(file.trips, await storedVersions(db.trips, file.trips));
      const clips = mergeRecords(file.clips, await storedVersions(db.clips, file.clips));
      const storedSettings = await db.settings.bulkGet(file.settings.map((setting) => setting.key));
      const newSettings = file.settings.filter((_, index) => storedSettings[index] === undefined);

      await db.trips.bulkPut(trips.write);
      await db.clips.bulkPut(clips.write);
      await db.settings.bulkPut(newSettings);
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
