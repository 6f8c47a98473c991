/**
 * The settings table: one value per key, every key and its schema in the typed registry
 * (settings-registry.ts). Writes refuse unknown keys and values their schema rejects;
 * portable settings (the ones a backup carries) must also be plain JSON.
 */
import { db } from './db';
import { guardWrite, validationError } from './errors';
import { check } from './issues';
import { settingDefinition } from './settings-registry';
import type { SettingValue } from './settings-registry';
import type { SettingKey } from './setting-keys';

export { BLOG_FOLDER_KEY, CURRENT_TRIP_KEY, exportChoicesKey } from './setting-keys';
export type { SettingKey } from './setting-keys';

/** The stored value as it is, unchecked (for readers that salvage what they can). */
export async function getStoredValue(key: SettingKey): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

/** The stored value, or undefined when there is none or it does not pass the key's schema. */
export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K> | undefined> {
  const definition = settingDefinition(key);
  const value = await getStoredValue(key);
  if (value === undefined) return undefined;
  const result = definition.schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** Largest nesting a JSON value may have here (a backup's bound is the same). */
export const MAX_JSON_DEPTH = 32;

/** True for values that JSON can carry unchanged (what a backup file can hold). */
export function isJsonValue(value: unknown, depth = 0): boolean {
  if (depth > MAX_JSON_DEPTH) return false;
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

/** Stores `value` under `key` once it passes the key's schema; `undefined` removes the setting. */
export async function setSetting<K extends SettingKey>(key: K, value: SettingValue<K> | undefined): Promise<void> {
  await guardWrite(async () => {
    const definition = settingDefinition(String(key));
    if (definition === undefined) throw validationError('setting', [{ path: 'key', message: `is not a setting Talk Clipper knows` }]);
    if (value === undefined) {
      await db.settings.delete(key);
      return;
    }
    if (definition.portable && !isJsonValue(value)) {
      throw validationError('setting', [{ path: key, message: 'must be a JSON value (text, number, true/false, null, list or object)' }]);
    }
    const result = check(definition.schema, value);
    if (!result.ok) throw validationError(definition.what, result.problems.map((problem) => ({ ...problem, path: problem.path === '' ? key : `${key}.${problem.path}` })));
    await db.settings.put({ key, value: result.value });
  });
}
