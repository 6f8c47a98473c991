import './helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { db } from '../../../storage/db';
import { StorageWriteError } from '../../../storage/errors';
import { requestPersistentStorage } from '../../../storage/persistence';
import { getSetting, setSetting } from '../../../storage/settings';
import { resetDatabase } from './helpers';

beforeEach(resetDatabase);
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('settings', () => {
  const exportOptions = z.object({ frontMatter: z.enum(['jekyll', 'hugo-yaml']), layout: z.string() });

  it('stores and reads back JSON values', async () => {
    await setSetting('exportOptions', { frontMatter: 'jekyll', layout: 'rating' });
    expect(await getSetting('exportOptions', exportOptions)).toEqual({ frontMatter: 'jekyll', layout: 'rating' });
    expect(await getSetting('missing', z.string())).toBeUndefined();
  });

  it('returns undefined for a stored value that does not match the schema', async () => {
    await setSetting('exportOptions', { frontMatter: 'wordpress', layout: 'rating' });
    expect(await getSetting('exportOptions', exportOptions)).toBeUndefined();
  });

  it('removes a setting given undefined', async () => {
    await setSetting('a', 1);
    await setSetting('a', undefined);
    expect(await db.settings.count()).toBe(0);
  });

  it('rejects values a backup could not carry, and empty keys', async () => {
    await expect(setSetting('a', () => 1)).rejects.toBeInstanceOf(StorageWriteError);
    await expect(setSetting('a', new Date())).rejects.toBeInstanceOf(StorageWriteError);
    await expect(setSetting('a', Number.NaN)).rejects.toBeInstanceOf(StorageWriteError);
    await expect(setSetting('', 1)).rejects.toMatchObject({ field: 'key' });
    expect(await db.settings.count()).toBe(0);
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
