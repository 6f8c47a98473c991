import './helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importBackup, createBackup } from '../../../storage/backup';
import { saveCapturedClip, updateClip, updateClips } from '../../../storage/clips';
import { db } from '../../../storage/db';
import { StorageWriteError, toStorageWriteError } from '../../../storage/errors';
import { deleteTrip } from '../../../storage/trips';
import { at, dumpDatabase, makeDraft, resetDatabase } from './helpers';

beforeEach(resetDatabase);
afterEach(() => {
  vi.restoreAllMocks();
});

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

async function failure(promise: Promise<unknown>): Promise<StorageWriteError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof StorageWriteError)) throw new Error(`expected a StorageWriteError, got ${String(error)}`);
  return error;
}

describe('a failed write leaves the previous data intact', () => {
  it('capture: the new trip is rolled back when a later step of the transaction fails', async () => {
    vi.spyOn(db.clips, 'add').mockImplementation(() => {
      throw new Error('disk on fire');
    });
    const error = await failure(saveCapturedClip(makeDraft(), at(0)));
    expect(error.code).toBe('unknown');
    expect(error.userMessage).toMatch(/nothing was changed/i);
    expect(await dumpDatabase()).toEqual({ trips: [], clips: [], settings: [], schedules: [], streams: [] });
  });

  it('capture: a quota error says the disk is full', async () => {
    await saveCapturedClip(makeDraft({ seconds: 10 }), at(0));
    const before = await dumpDatabase();
    // Under Dexie and under the capture's raw one-batch path alike.
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quotaError();
    });
    const error = await failure(saveCapturedClip(makeDraft({ seconds: 500 }), at(1)));
    expect(error.code).toBe('quota');
    expect(error.userMessage).toMatch(/no storage space left/);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('deleteTrip: a failure after the clips were deleted rolls everything back', async () => {
    const { trip } = await saveCapturedClip(makeDraft({ seconds: 10 }), at(0));
    await saveCapturedClip(makeDraft({ seconds: 500 }), at(1));
    const before = await dumpDatabase();
    vi.spyOn(db.trips, 'delete').mockRejectedValue(new DOMException('aborted', 'AbortError'));
    const error = await failure(deleteTrip(trip.id));
    expect(error.code).toBe('aborted');
    expect(await dumpDatabase()).toEqual(before);
  });

  it('bulk update: one invalid row aborts the whole update', async () => {
    const a = await saveCapturedClip(makeDraft({ seconds: 10 }), at(0));
    const b = await saveCapturedClip(makeDraft({ seconds: 500 }), at(1));
    // b is made too long to accept one more tag; a would accept it
    await updateClip(b.clip.id, { tags: Array.from({ length: 500 }, (_, i) => `t${i}`) }, at(2));
    const before = await dumpDatabase();
    const error = await failure(updateClips([a.clip.id, b.clip.id], { tags: Array.from({ length: 501 }, (_, i) => `t${i}`) }, at(3)));
    expect(error).toMatchObject({ code: 'validation', field: 'tags' });
    expect(error.userMessage).toMatch(/^The clip was not saved: tags: must have at most 500 items\. Your previous data is unchanged\.$/);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('bulk update: a storage failure mid-way keeps every row', async () => {
    const a = await saveCapturedClip(makeDraft({ seconds: 10 }), at(0));
    const b = await saveCapturedClip(makeDraft({ seconds: 500 }), at(1));
    const before = await dumpDatabase();
    vi.spyOn(db.clips, 'bulkPut').mockRejectedValue(quotaError());
    await failure(updateClips([a.clip.id, b.clip.id], { rating: 'awesome' }, at(2)));
    expect(await dumpDatabase()).toEqual(before);
  });

  it('import: a failure after the trips were written rolls them back', async () => {
    await saveCapturedClip(makeDraft({ seconds: 10 }), at(0));
    const text = JSON.stringify(await createBackup());
    await resetDatabase();
    vi.spyOn(db.clips, 'bulkPut').mockRejectedValue(quotaError());
    const error = await failure(importBackup(text));
    expect(error.code).toBe('quota');
    expect(await dumpDatabase()).toEqual({ trips: [], clips: [], settings: [], schedules: [], streams: [] });
  });
});

describe('toStorageWriteError', () => {
  it('finds a quota error wrapped by Dexie', () => {
    const wrapped = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quotaError() });
    expect(toStorageWriteError(wrapped).code).toBe('quota');
  });

  it('keeps a StorageWriteError as is', () => {
    const original = new StorageWriteError('validation', 'The clip was not saved.');
    expect(toStorageWriteError(original)).toBe(original);
  });
});
