/**
 * Small helpers shared by the repositories: merging partial changes into a record and
 * validating the result.
 */
import { z } from 'zod';
import { validationError } from './errors';
import { check } from './issues';

/** Keys the caller may never change through an update. */
const PROTECTED_KEYS = new Set(['id', 'createdAt', 'capturedAt', 'updatedAt']);

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

/**
 * `{ ...current, ...changes }` with two rules for `undefined`: on an optional field
 * (`place`, `day`, `chapter`...) it removes the field; on a required field it means
 * "leave as is". `id`, `createdAt`, `capturedAt` and `updatedAt` are never taken from
 * `changes`.
 */
export function mergeChanges<T extends object>(current: T, changes: object, schema: ObjectSchema): Record<string, unknown> {
  const merged: Record<string, unknown> = Object.fromEntries(Object.entries(current));
  for (const [key, value] of Object.entries(changes)) {
    if (PROTECTED_KEYS.has(key)) continue;
    if (value === undefined) {
      const field = schema.shape[key];
      if (field !== undefined && z.safeParse(field, undefined).success) delete merged[key];
      continue;
    }
    merged[key] = value;
  }
  return merged;
}

/** Drops keys whose value is undefined, so rows survive a JSON round trip unchanged. */
export function withoutUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = item;
  return out as T;
}

/** Validates a record about to be written, or throws StorageWriteError naming the field. */
export function validateRecord<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = check(schema, value);
  if (!result.ok) throw validationError(what, result.problems);
  return result.value;
}

/** ISO date-time as written by this code (UTC, `Z`), so that string order is time order. */
export function isoNow(now: Date): string {
  return now.toISOString();
}

/** Milliseconds since the epoch of an ISO date-time (with any offset). */
export function timeOf(isoDateTime: string): number {
  return Date.parse(isoDateTime);
}

/** Rewrites an ISO date-time with an offset as UTC (`Z`); leaves it alone if it cannot be parsed. */
export function toUtcIso(isoDateTime: string): string {
  if (isoDateTime.endsWith('Z')) return isoDateTime;
  const time = Date.parse(isoDateTime);
  return Number.isNaN(time) ? isoDateTime : new Date(time).toISOString();
}

/** The row with its date-times rewritten in UTC (see toUtcIso); other fields untouched. */
export function withUtcTimes<T extends { updatedAt: string; createdAt?: string; capturedAt?: string }>(row: T): T {
  const out = { ...row, updatedAt: toUtcIso(row.updatedAt) };
  if (row.createdAt !== undefined) out.createdAt = toUtcIso(row.createdAt);
  if (row.capturedAt !== undefined) out.capturedAt = toUtcIso(row.capturedAt);
  return out;
}
