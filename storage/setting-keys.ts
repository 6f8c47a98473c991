/**
 * Every key of the settings table, in one place (zod-free, so the popup can read the
 * current trip without loading zod). What each key may hold is in settings-registry.ts.
 */

/** The current trip's id (the trip new clips go to). */
export const CURRENT_TRIP_KEY = 'currentTripId';

/** The connected blog folder's File System Access handle: not JSON, never in a backup. */
export const BLOG_FOLDER_KEY = 'blogFolder';

/** Prefix of the export choices remembered per trip: `export:<tripId>`. */
export const EXPORT_CHOICES_PREFIX = 'export:';

export type ExportChoicesKey = `${typeof EXPORT_CHOICES_PREFIX}${string}`;

export type SettingKey = typeof CURRENT_TRIP_KEY | typeof BLOG_FOLDER_KEY | ExportChoicesKey;

export function exportChoicesKey(tripId: string): ExportChoicesKey {
  return `${EXPORT_CHOICES_PREFIX}${tripId}`;
}
