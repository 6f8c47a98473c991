import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BLOG_FOLDER_KEY, directoryPicker, forgetBlogFolder, loadBlogFolder } from '../../../export/folder-store';
import { db } from '../../../storage/db';
import { FakeDirectory } from './fake-directory';

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
});

describe('remembered blog folder', () => {
  it('reads no folder when nothing, or what a JSON backup leaves ({}), is stored', async () => {
    expect(await loadBlogFolder()).toBeUndefined();
    await db.settings.put({ key: BLOG_FOLDER_KEY, value: {} });
    expect(await loadBlogFolder()).toBeUndefined();
    await forgetBlogFolder();
    expect(await db.settings.get(BLOG_FOLDER_KEY)).toBeUndefined();
  });
});

describe('directoryPicker', () => {
  it('is undefined where the browser has no showDirectoryPicker (Firefox)', () => {
    expect(directoryPicker({})).toBeUndefined();
    expect(directoryPicker({ showDirectoryPicker: 'nope' })).toBeUndefined();
  });

  it('calls the picker on its window and checks what comes back', async () => {
    const folder = new FakeDirectory('blog');
    const scope = {
      calls: [] as unknown[],
      showDirectoryPicker(this: { calls: unknown[] }, options: unknown) {
        this.calls.push(options);
        return Promise.resolve(folder);
      },
    };
    const picker = directoryPicker(scope);
    expect(await picker?.({ mode: 'readwrite' })).toBe(folder);
    expect(scope.calls).toEqual([{ mode: 'readwrite' }]);
    const bad = directoryPicker({ showDirectoryPicker: () => Promise.resolve({}) });
    await expect(bad?.({ mode: 'readwrite' })).rejects.toThrow(/did not return a folder/);
  });
});
