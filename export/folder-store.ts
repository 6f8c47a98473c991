/**
 * Remembering the connected blog folder between visits.
 *
 * A FileSystemDirectoryHandle survives IndexedDB's structured clone but is not JSON: the
 * settings registry (storage/settings-registry.ts) marks `BLOG_FOLDER_KEY` as not
 * portable, so it never goes into a backup and a backup's value for it is ignored. It is
 * read back with a structural check (isBlogDirectory).
 *
 * Test/dev affordance: an end-to-end test connects a folder without the picker by putting
 * an origin-private directory (`await navigator.storage.getDirectory()`) under this key in
 * the `settings` table of the `talk-clipper` database, from an extension page, then
 * reloading the report page. No URL switch or test-only code path exists in the panel.
 */
import { BLOG_FOLDER_KEY, getStoredValue, setSetting } from '../storage/settings';
import { isBlogDirectory } from './blog-folder';
import type { BlogDirectory } from './blog-folder';

export { BLOG_FOLDER_KEY };

export async function loadBlogFolder(): Promise<BlogDirectory | undefined> {
  const value = await getStoredValue(BLOG_FOLDER_KEY);
  return isBlogDirectory(value) ? value : undefined;
}

export async function saveBlogFolder(handle: BlogDirectory): Promise<void> {
  await setSetting(BLOG_FOLDER_KEY, handle);
}

export async function forgetBlogFolder(): Promise<void> {
  await setSetting(BLOG_FOLDER_KEY, undefined);
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
