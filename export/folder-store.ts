/**
 * Remembering the connected blog folder between visits.
 *
 * A FileSystemDirectoryHandle survives IndexedDB's structured clone but is not JSON, and
 * storage/settings.ts `setSetting` accepts JSON values only (settings go into backup
 * files). So the handle is written with `db.settings.put` directly under
 * `BLOG_FOLDER_KEY`, and read back with a structural check: a backup restored into
 * another browser carries `{}` for it, which reads as "no folder connected".
 *
 * Test/dev affordance: an end-to-end test connects a folder without the picker by putting
 * an origin-private directory (`await navigator.storage.getDirectory()`) under this key in
 * the `settings` table of the `talk-clipper` database, from an extension page, then
 * reloading the report page. No URL switch or test-only code path exists in the panel.
 */
import { db } from '../storage/db';
import { isBlogDirectory } from './blog-folder';
import type { BlogDirectory } from './blog-folder';

export const BLOG_FOLDER_KEY = 'blogFolder';

export async function loadBlogFolder(): Promise<BlogDirectory | undefined> {
  const row = await db.settings.get(BLOG_FOLDER_KEY);
  return row !== undefined && isBlogDirectory(row.value) ? row.value : undefined;
}

export async function saveBlogFolder(handle: BlogDirectory): Promise<void> {
  await db.settings.put({ key: BLOG_FOLDER_KEY, value: handle });
}

export async function forgetBlogFolder(): Promise<void> {
  await db.settings.delete(BLOG_FOLDER_KEY);
}

/** The File System Access folder picker, when this browser has one (Chromium); undefined elsewhere (Firefox, Safari). */
export type DirectoryPicker = (options: { mode: 'readwrite'; id?: string }) => Promise<BlogDirectory>;

export function directoryPicker(scope: object = globalThis): DirectoryPicker | undefined {
  if (!('showDirectoryPicker' in scope)) return undefined;
  const picker: unknown = scope.showDirectoryPicker;
  if (typeof picker !== 'function') return undefined;
  return async (options) => {
    const handle: unknown = await Reflect.apply(picker, scope, [options]);
    if (!isBlogDirectory(handle)) throw new TypeError('The folder picker did not return a folder.');
    return handle;
  };
}
