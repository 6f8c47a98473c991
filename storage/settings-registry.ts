/**
 * The typed registry of settings: for every key Talk Clipper stores (setting-keys.ts),
 * the schema its value must pass and whether it travels in backups. The settings
 * repository (settings.ts) writes and reads through it, and the backup importer accepts
 * only the keys it knows, each checked with its own schema.
 */
import { z } from 'zod';
import { exportChoicesSchema } from '../markdown/export-options';
import { BLOG_FOLDER_KEY, CURRENT_TRIP_KEY, EXPORT_CHOICES_PREFIX } from './setting-keys';
import type { ExportChoicesKey, SettingKey } from './setting-keys';

/** The export choices as stored per trip: the chosen options plus the blog-folder subfolder. */
export const storedExportChoicesSchema = exportChoicesSchema.extend({
  /** Folder inside the connected blog folder; absent or blank: the detected one. */
  subfolder: z.string().max(300).optional(),
});

/** A File System Access directory handle, as IndexedDB hands it back (checked structurally by its reader). */
const folderHandleSchema = z.custom<object>((value) => typeof value === 'object' && value !== null, 'must be a folder handle');

export interface SettingValues {
  [CURRENT_TRIP_KEY]: string;
  [BLOG_FOLDER_KEY]: object;
  [key: ExportChoicesKey]: z.infer<typeof storedExportChoicesSchema>;
}

export type SettingValue<K extends SettingKey> = K extends typeof CURRENT_TRIP_KEY
  ? SettingValues[typeof CURRENT_TRIP_KEY]
  : K extends typeof BLOG_FOLDER_KEY
    ? SettingValues[typeof BLOG_FOLDER_KEY]
    : SettingValues[ExportChoicesKey];

export interface SettingDefinition<T> {
  /** What the setting is, for sentences: "the current trip". */
  what: string;
  schema: z.ZodType<T>;
  /** JSON that a backup carries; a non-portable value belongs to this browser only. */
  portable: boolean;
}

const DEFINITIONS = {
  currentTrip: { what: 'the current trip', schema: z.uuid(), portable: true } satisfies SettingDefinition<string>,
  blogFolder: { what: 'the connected blog folder', schema: folderHandleSchema, portable: false } satisfies SettingDefinition<object>,
  exportChoices: {
    what: 'the export choices of a trip',
    schema: storedExportChoicesSchema,
    portable: true,
  } satisfies SettingDefinition<z.infer<typeof storedExportChoicesSchema>>,
};

const tripIdSchema = z.uuid();

/** The definition of `key`, or undefined for a key Talk Clipper does not know. */
export function settingDefinition<K extends SettingKey>(key: K): SettingDefinition<SettingValue<K>>;
export function settingDefinition(key: string): SettingDefinition<unknown> | undefined;
export function settingDefinition(key: string): SettingDefinition<unknown> | undefined {
  if (key === CURRENT_TRIP_KEY) return DEFINITIONS.currentTrip;
  if (key === BLOG_FOLDER_KEY) return DEFINITIONS.blogFolder;
  if (key.startsWith(EXPORT_CHOICES_PREFIX) && tripIdSchema.safeParse(key.slice(EXPORT_CHOICES_PREFIX.length)).success) {
    return DEFINITIONS.exportChoices;
  }
  return undefined;
}

export function isSettingKey(key: string): key is SettingKey {
  return settingDefinition(key) !== undefined;
}
