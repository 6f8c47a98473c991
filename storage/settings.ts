/**
 * The settings table: one JSON value per key.
 */
import type { z } from 'zod';
import { settingSchema } from '../model/schemas';
import { db } from './db';
import { guardWrite, validationError } from './errors';
import { validateRecord } from './records';

// Defined with the zod-free reads (queries.ts); re-exported here where it always lived.
export { CURRENT_TRIP_KEY } from './queries';

/** The stored value, or undefined when there is none or it does not match `schema`. */
export async function getSetting<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const row = await db.settings.get(key);
  if (row === undefined) return undefined;
  const result = schema.safeParse(row.value);
  return result.success ? result.data : undefined;
}

/** True for values that JSON can carry unchanged (what a backup file can hold). */
export function isJsonValue(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1));
  if (typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.values(value).every((item) => isJsonValue(item, depth + 1));
  }
  return false;
}

/** Stores a JSON value under `key`; `undefined` removes the setting. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await guardWrite(async () => {
    if (value === undefined) {
      validateRecord(settingSchema.shape.key, key, 'setting');
      await db.settings.delete(key);
      return;
    }
    if (!isJsonValue(value)) {
      throw validationError('setting', [{ path: key, message: 'must be a JSON value (text, number, true/false, null, list or object)' }]);
    }
    const row = validateRecord(settingSchema, { key, value }, 'setting');
    await db.settings.put({ key: row.key, value: row.value });
  });
}
