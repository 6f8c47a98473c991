/**
 * The clip count of a trip (counts table, schema v5) stays equal to the number of its
 * clips through every write that adds, removes or moves clips, and a capture always
 * goes to the trip that is current at that moment, even right after it changed.
 */
import './helpers';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, importBackup } from '../../../storage/backup';
import { countChanges } from '../../../storage/clip-counts';
import { countClipsOfTrip, deleteClips, restoreClips, saveCapturedClip, updateClip, updateClips } from '../../../storage/clips';
import { db } from '../../../storage/db';
import { getCurrentTripWithClips } from '../../../storage/queries';
import { createTrip, deleteTrip, restoreTrip, setCurrentTrip } from '../../../storage/trips';
import { at, makeClip, makeDraft, makeTrip, resetDatabase } from './helpers';

/** Every trip's stored count against the clips actually stored. */
async function expectCountsTrue(): Promise<void> {
  const clips = await db.clips.toArray();
  const truth = new Map<string, number>();
  for (const clip of clips) truth.set(clip.tripId, (truth.get(clip.tripId) ?? 0) + 1);
  const stored = new Map((await db.counts.toArray()).map((row) => [row.tripId, row.clips]));
  for (const [tripId, clipsOfTrip] of truth) expect(stored.get(tripId), `count of ${tripId}`).toBe(clipsOfTrip);
  for (const [tripId, clipsOfTrip] of stored) expect(clipsOfTrip, `count of ${tripId}`).toBe(truth.get(tripId) ?? 0);
}

beforeEach(async () => {
  await resetDatabase();
});

describe('the clip count of a trip', () => {
  it('follows captures, duplicates, edits, moves, deletes and restores', async () => {
    const first = await saveCapturedClip(makeDraft({ seconds: 100 }), at(0));
    await saveCapturedClip(makeDraft({ seconds: 200 }), at(1));
    await saveCapturedClip(makeDraft({ seconds: 205 }), at(2)); // duplicate: nothing added
    await saveCapturedClip(makeDraft({ seconds: 300 }), at(3));
    const tripId = first.trip.id;
    expect(await countClipsOfTrip(tripId)).toBe(3);
    await expectCountsTrue();

    const other = await createTrip({ name: 'Other' }, at(4));
    await updateClip(first.clip.id, { notes: 'an edit moves nothing' }, at(5));
    expect(await countClipsOfTrip(tripId)).toBe(3);
    await updateClip(first.clip.id, { tripId: other.id }, at(6));
    expect(await countClipsOfTrip(tripId)).toBe(2);
    expect(await countClipsOfTrip(other.id)).toBe(1);

    const all = (await db.clips.toArray()).map((clip) => clip.id);
    await updateClips(all, { tripId }, at(7));
    expect(await countClipsOfTrip(tripId)).toBe(3);
    expect(await countClipsOfTrip(other.id)).toBe(0);

    const deleted = await deleteClips(all.slice(0, 2));
    expect(await countClipsOfTrip(tripId)).toBe(1);
    await restoreClips(deleted);
    expect(await countClipsOfTrip(tripId)).toBe(3);
    await expectCountsTrue();

    const gone = await deleteTrip(tripId);
    expect(await countClipsOfTrip(tripId)).toBe(0);
    await restoreTrip(gone.trip, gone.clips);
    expect(await countClipsOfTrip(tripId)).toBe(3);
    await expectCountsTrue();
  });

  it('follows a backup import, including clips the file moves to another trip', async () => {
    const a = makeTrip({ name: 'A' });
    const b = makeTrip({ name: 'B' });
    const clips = [makeClip(a.id, { seconds: 1 }), makeClip(a.id, { seconds: 2 }), makeClip(b.id, { seconds: 3 })];
    const file = (rows: typeof clips) =>
      JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2024-06-01T12:00:00.000Z', trips: [a, b], clips: rows, settings: [] });
    await importBackup(file(clips));
    expect(await countClipsOfTrip(a.id)).toBe(2);
    expect(await countClipsOfTrip(b.id)).toBe(1);
    // The same file again adds nothing; a newer copy of a clip in trip B moves it there.
    await importBackup(file(clips));
    const moved = { ...clips[0], tripId: b.id, updatedAt: '2024-07-01T00:00:00.000Z' } as (typeof clips)[number];
    await importBackup(file([moved, clips[1] as (typeof clips)[number], clips[2] as (typeof clips)[number]]));
    expect(await countClipsOfTrip(a.id)).toBe(1);
    expect(await countClipsOfTrip(b.id)).toBe(2);
    await expectCountsTrue();
  });

  it('is read with the popup\'s first page, and counted from the index for a trip without a counts row', async () => {
    const saved = await saveCapturedClip(makeDraft({ seconds: 100 }), at(0));
    await saveCapturedClip(makeDraft({ seconds: 200 }), at(1));
    expect(await getCurrentTripWithClips({ limit: 1 })).toMatchObject({ trip: { id: saved.trip.id }, total: 2 });
    await db.counts.clear(); // rows written by other means than this code
    expect(await countClipsOfTrip(saved.trip.id)).toBe(2);
    await saveCapturedClip(makeDraft({ seconds: 300 }), at(2));
    expect(await countClipsOfTrip(saved.trip.id)).toBe(3);
    await expectCountsTrue();
  });
});

describe('countChanges', () => {
  it('adds, removes and moves, ignoring clips that stay', () => {
    const changes = countChanges([undefined, { tripId: 'a' }, { tripId: 'a' }, { tripId: 'b' }], [{ tripId: 'a' }, undefined, { tripId: 'b' }, { tripId: 'b' }]);
    expect(Object.fromEntries(changes)).toEqual({ a: -1, b: 1 });
    expect(countChanges([{ tripId: 'a' }], [{ tripId: 'a' }]).size).toBe(0);
  });
});

describe('a capture right after the current trip changed', () => {
  it('goes to the trip that is current now, and dedupes only within it', async () => {
    const first = await saveCapturedClip(makeDraft({ seconds: 100 }), at(0));
    const other = await createTrip({ name: 'Other' }, at(1));
    await setCurrentTrip(other.id);
    const next = await saveCapturedClip(makeDraft({ seconds: 105 }), at(2));
    expect(next).toMatchObject({ duplicate: false, trip: { id: other.id }, clip: { tripId: other.id } });
    const again = await saveCapturedClip(makeDraft({ seconds: 108 }), at(3));
    expect(again).toMatchObject({ duplicate: true, clip: { id: next.clip.id } });
    await setCurrentTrip(first.trip.id);
    const back = await saveCapturedClip(makeDraft({ seconds: 102 }), at(4));
    expect(back).toMatchObject({ duplicate: true, clip: { id: first.clip.id } });
    await expectCountsTrue();
  });
});
