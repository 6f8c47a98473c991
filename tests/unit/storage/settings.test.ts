import './helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../storage/db';
import { StorageWriteError } from '../../../storage/errors';
import { requestPersistentStorage } from '../../../storage/persistence';
import { CURRENT_TRIP_KEY, exportChoicesKey, getSetting, setSetting } from '../../../storage/settings';
import { resetDatabase } from './helpers';

beforeEach(resetDatabase);
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('settings', () => {
  const TRIP = '3f0c9a52-7d4e-4b1a-9c2e-5a6b7c8d9e0f';

  it('stores and reads back the value of a known key, checked with its schema', async () => {
    await setSetting(exportChoicesKey(TRIP), { frontMatter: 'jekyll', layout: 'rating' });
    expect(await getSetting(exportChoicesKey(TRIP))).toEqual({ frontMatter: 'jekyll', layout: 'rating' });
    await setSetting(CURRENT_TRIP_KEY, TRIP);
    expect(await getSetting(CURRENT_TRIP_KEY)).toBe(TRIP);
    expect(await getSetting(exportChoicesKey('9b1d2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e'))).toBeUndefined();
  });

  it('returns undefined for a stored value that does not match the schema', async () => {
    await db.settings.put({ key: exportChoicesKey(TRIP), value: { frontMatter: 'wordpress', layout: 'rating' } });
    expect(await getSetting(exportChoicesKey(TRIP))).toBeUndefined();
  });

  it('removes a setting given undefined', async () => {
    await setSetting(CURRENT_TRIP_KEY, TRIP);
    await setSetting(CURRENT_TRIP_KEY, undefined);
    expect(await db.settings.count()).toBe(0);
  });

  it('refuses keys the registry does not know, values their schema rejects, and values a backup could not carry', async () => {
    const write = setSetting as (key: string, value: unknown) => Promise<void>;
    await expect(write('a', 1)).rejects.toMatchObject({ field: 'key', userMessage: expect.stringContaining('is not a setting Talk Clipper knows') });
    await expect(write('', 1)).rejects.toMatchObject({ field: 'key' });
    await expect(write('export:not-a-trip-id', {})).rejects.toBeInstanceOf(StorageWriteError);
    await expect(write(CURRENT_TRIP_KEY, 'x'.repeat(5000))).rejects.toMatchObject({ field: CURRENT_TRIP_KEY });
    await expect(write(exportChoicesKey(TRIP), { tierLabels: { awesome: '<script>alert(1)</script>' } })).rejects.toBeInstanceOf(StorageWriteError);
    await expect(write(exportChoicesKey(TRIP), () => 1)).rejects.toBeInstanceOf(StorageWriteError);
    await expect(write(exportChoicesKey(TRIP), new Date())).rejects.toBeInstanceOf(StorageWriteError);
    expect(await db.settings.count()).toBe(0);
  });

  it('keeps only the keys a schema knows in a stored value', async () => {
    await setSetting(exportChoicesKey(TRIP), { layout: 'day', junk: 'x'.repeat(1000) } as never);
    expect(await db.settings.get(exportChoicesKey(TRIP))).toEqual({ key: exportChoicesKey(TRIP), value: { layout: 'day' } });
  });
});

describe('requestPersistentStorage', () => {
  it('is false without the StorageManager API', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestPersistentStorage()).toBe(false);
  });

  it('asks for persistence when not yet granted', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('is false when the browser throws', async () => {
    vi.stubGlobal('navigator', { storage: { persist: async () => Promise.reject(new Error('nope')) } });
    expect(await requestPersistentStorage()).toBe(false);
  });
});
