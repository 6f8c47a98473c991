/**
 * The bounds a backup file must keep before anything validates it: size (checked on the
 * text, before JSON.parse), then one walk over the parsed JSON for nesting depth, list
 * lengths, object sizes and text lengths. The walk stops at the first bound broken and
 * names it, so a hostile file (150,000 nulls, a key repeated 200,000 times, a 20 MB
 * string) costs one pass and one sentence, and the validators after it only ever see
 * small, shallow records.
 */
import type { Problem } from './problems';

export const BACKUP_LIMITS = {
  /** Largest file accepted: 50 MB of UTF-8. */
  maxBytes: 50 * 1024 * 1024,
  /** Levels of nesting; the file's own object is level 1 (a clip's link object is at level 5). */
  maxDepth: 16,
  /** Records per top-level list. */
  maxRecords: { trips: 10_000, clips: 100_000, settings: 20_000, schedules: 10_000, streams: 100_000 } as Readonly<Record<string, number>>,
  /** Items of any list inside a record (tags, speakers, links; the schemas allow far fewer). */
  maxListItems: 10_000,
  /** Keys of any object (a clip has about twenty). */
  maxObjectKeys: 1_000,
  /** Characters of any text, keys included (a note may hold up to a million). */
  maxTextLength: 1_000_000,
} as const;

export type BackupLimits = typeof BACKUP_LIMITS;

const count = (value: number): string => value.toLocaleString('en-US');

/** UTF-8 size of `text`, stopping early once it exceeds `limit`. */
export function utf8BytesExceed(text: string, limit: number): boolean {
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

export function sizeWords(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${count(bytes)} bytes`;
}

/** A file over `maxBytes`: the one sentence for it, from the importer and from the page that refuses it unread. */
export function fileTooLargeProblem(maxBytes: number): Problem {
  return { path: '', message: `the file is larger than ${sizeWords(maxBytes)}` };
}

function pathOf(parts: readonly (string | number)[]): string {
  let out = '';
  for (const part of parts) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

/**
 * The first bound `data` breaks, as a problem naming the limit, or undefined when it
 * keeps them all. Recursion is bounded by `maxDepth`; nothing is copied.
 *
 * `recordsLater` names a top-level list whose length is checked here but whose records
 * are not walked: the importer walks each of them with recordBoundsProblem just before it
 * validates that record (storage/backup.ts), so the walk overlaps the writes.
 */
export function backupBoundsProblem(data: unknown, limits: BackupLimits = BACKUP_LIMITS, recordsLater?: string): Problem | undefined {
  return walk(data, [], 1, limits, recordsLater);
}

/** The first bound record `index` of top-level list `list` breaks (the same bounds, at its depth). */
export function recordBoundsProblem(record: unknown, list: string, index: number, limits: BackupLimits = BACKUP_LIMITS): Problem | undefined {
  return walk(record, [list, index], 3, limits);
}

function walk(data: unknown, parts: (string | number)[], startDepth: number, limits: BackupLimits, recordsLater?: string): Problem | undefined {
  const problem = (message: string): Problem => ({ path: pathOf(parts), message });

  const visit = (value: unknown, depth: number): Problem | undefined => {
    if (typeof value === 'string') {
      return value.length > limits.maxTextLength
        ? problem(`is ${count(value.length)} characters long, more than the ${count(limits.maxTextLength)} a text in a backup may have`)
        : undefined;
    }
    if (typeof value !== 'object' || value === null) return undefined;
    if (depth > limits.maxDepth) return problem(`is nested more than ${limits.maxDepth} levels deep, deeper than a backup ever is`);
    if (Array.isArray(value)) {
      const top = depth === 2 ? limits.maxRecords[String(parts[0])] : undefined;
      const max = top ?? limits.maxListItems;
      if (value.length > max) {
        return problem(
          top !== undefined
            ? `has ${count(value.length)} records, more than the ${count(max)} ${String(parts[0])} a backup may hold`
            : `has ${count(value.length)} items, more than the ${count(max)} a list in a backup may have`,
        );
      }
      if (depth === 2 && recordsLater !== undefined && parts[0] === recordsLater) return undefined;
      for (let index = 0; index < value.length; index++) {
        parts.push(index);
        const found = visit(value[index], depth + 1);
        parts.pop();
        if (found) return found;
      }
      return undefined;
    }
    const keys = Object.keys(value);
    if (keys.length > limits.maxObjectKeys) {
      return problem(`has ${count(keys.length)} keys, more than the ${count(limits.maxObjectKeys)} an object in a backup may have`);
    }
    for (const key of keys) {
      parts.push(key);
      const found =
        key.length > limits.maxTextLength
          ? problem(`is a key ${count(key.length)} characters long, more than the ${count(limits.maxTextLength)} a text in a backup may have`)
          : visit((value as Record<string, unknown>)[key], depth + 1);
      parts.pop();
      if (found) return found;
    }
    return undefined;
  };

  return visit(data, startDepth);
}
