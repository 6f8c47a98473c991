/**
 * The capture's one-batch path (raw IndexedDB requests on Dexie's connection, used when
 * the trip the last capture went to is still current): it stores exactly what the
 * checked Dexie path stores, leaves nothing behind when its guess is wrong or the moment
 * is a duplicate, and Dexie's live queries see what it wrote.
 */
import './helpers';
import { Dexie, liveQuery, type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clip } from '../../../model/types';
import { countClipsOfTrip, deleteClips, listClipsOfTrip, saveCapturedClip } from '../../../storage/clips';
import { db, type TripClipCount } from '../../../storage/db';
import { getCurrentTripWithClips } from '../../../storage/queries';
import { createTrip, deleteTrip, getCurrentTripId, setCurrentTrip } from '../../../storage/trips';
import { changedParts } from '../../../storage/write-signal';
import { at, dumpDatabase, makeDraft, resetDatabase, type Dump } from './helpers';

beforeEach(resetDatabase);
afterEach(() => {
  vi.restoreAllMocks();
});

/** Every row, the counts included. */
async function everything(): Promise<Dump & { counts: TripClipCount[] }> {
  return { ...(await dumpDatabase()), counts: await db.counts.toArray() };
}

/** Counts the write transactions opened through Dexie from now on (reads, such as live queries', do not count). */
function dexieWrites() {
  const spy = vi.spyOn(db, 'transaction');
  return { count: () => spy.mock.calls.filter(([mode]) => mode === 'rw').length, stop: () => spy.mockRestore() };
}

/** The clip and counts rows a second capture leaves, first capture -> trip T, then `between`, then the second. */
async function secondCapture(between: (tripId: string) => Promise<unknown> = () => Promise.resolve()) {
  const first = await saveCapturedClip(makeDraft({ seconds: 100 }), at(0));
  await between(first.trip.id);
  const writes = dexieWrites();
  const second = await saveCapturedClip(makeDraft({ seconds: 200, title: 'Second talk', chapter: { title: 'Second talk', seconds: 190 } }), at(1));
  const viaDexie = writes.count() > 0;
  writes.stop();
  return { first, second, viaDexie, stored: await everything() };
}

describe('a capture in one batch of raw requests', () => {
  it('stores the same clip row and count as the checked Dexie path', async () => {
    const raw = await secondCapture();
    expect(raw.viaDexie).toBe(false);
    await resetDatabase();
    // A counts row gone missing makes the guess wrong: that capture is checked, and counts from the index.
    const checked = await secondCapture((tripId) => db.counts.delete(tripId));
    expect(checked.viaDexie).toBe(true);

    const rowOf = (run: typeof raw) => run.stored.clips.find((clip) => clip.id === run.second.clip.id);
    expect(rowOf(raw)).toStrictEqual(raw.second.clip);
    expect(rowOf(raw)).toStrictEqual({ ...rowOf(checked), id: raw.second.clip.id, tripId: raw.first.trip.id });
    expect(raw.stored.counts).toStrictEqual([{ tripId: raw.first.trip.id, clips: 2 }]);
    expect(checked.stored.counts).toStrictEqual([{ tripId: checked.first.trip.id, clips: 2 }]);
    expect(raw.second).toStrictEqual({ clip: raw.second.clip, trip: raw.first.trip, duplicate: false });
  });

  it('announces the same changed parts as Dexie committing the same rows', async () => {
    const { trip, clip } = await saveCapturedClip(makeDraft(), at(0));
    const other: Clip = { ...clip, id: crypto.randomUUID(), seconds: 900 };
    const count = { tripId: trip.id, clips: 2 };
    const announced: ObservabilitySet[] = [];
    const listen = (parts: ObservabilitySet) => announced.push(parts);
    Dexie.on('storagemutated', listen);
    await db.transaction('rw', [db.clips, db.counts], () => Promise.all([db.clips.add(other), db.counts.put(count)]));
    Dexie.on('storagemutated').unsubscribe(listen);
    expect(announced).toHaveLength(1);
    const ours = changedParts(db.name, [
      { table: db.clips, rows: [other] },
      { table: db.counts, rows: [count] },
    ]);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(announced[0] ?? {}).sort());
    expect(JSON.parse(JSON.stringify(ours))).toEqual(JSON.parse(JSON.stringify(announced[0])));
  });

  it('goes to the trip made current meanwhile, writing nothing into the guessed one', async () => {
    const first = await saveCapturedClip(makeDraft({ seconds: 100 }), at(0));
    const other = await createTrip({ name: 'Other' });
    await setCurrentTrip(other.id);
    const second = await saveCapturedClip(makeDraft({ seconds: 200 }), at(1));
    expect(second.trip).toEqual(other);
    const stored = await everything();
    expect(stored.clips.map((clip) => [clip.tripId, clip.seconds]).sort()).toEqual(
      [
        [first.trip.id, 100],
        [other.id, 200],
      ].sort(),
    );
    expect(stored.counts.sort((a, b) => a.tripId.localeCompare(b.tripId))).toEqual(
      [
        { tripId: first.trip.id, clips: 1 },
        { tripId: other.id, clips: 1 },
      ].sort((a, b) => a.tripId.localeCompare(b.tripId)),
    );
  });

  it('starts a new trip when the guessed one was deleted, leaving no clip or count of it', async () => {
    const first = await saveCapturedClip(makeDraft({ seconds: 100 }), at(0));
    await deleteTrip(first.trip.id);
    const second = await saveCapturedClip(makeDraft({ seconds: 200 }), at(1));
    expect(second.trip.id).not.toBe(first.trip.id);
    expect(await getCurrentTripId()).toBe(second.trip.id);
    const stored = await everything();
    expect(stored.trips.map((trip) => trip.id)).toEqual([second.trip.id]);
    expect(stored.clips).toEqual([second.clip]);
    expect(stored.counts).toEqual([{ tripId: second.trip.id, clips: 1 }]);
  });

  it('counts right when another page deleted a clip of the trip (the count moved)', async () => {
    const first = await saveCapturedClip(makeDraft({ seconds: 100 }), at(0));
    const second = await saveCapturedClip(makeDraft({ seconds: 200 }), at(1));
    await deleteClips([first.clip.id]);
    const third = await saveCapturedClip(makeDraft({ seconds: 300 }), at(2));
    const stored = await everything();
    expect(stored.clips.map((clip) => clip.id).sort()).toEqual([second.clip.id, third.clip.id].sort());
    expect(stored.counts).toEqual([{ tripId: first.trip.id, clips: 2 }]);
  });

  it('answers a duplicate with the clip already taken and leaves every row as it was', async () => {
    const first = await saveCapturedClip(makeDraft({ seconds: 100 }), at(0));
    await saveCapturedClip(makeDraft({ seconds: 200 }), at(1));
    const before = await everything();
    const again = await saveCapturedClip(makeDraft({ seconds: 104 }), at(2));
    expect(again).toEqual({ clip: first.clip, trip: first.trip, duplicate: true });
    expect(await everything()).toEqual(before);
    // The guess still holds after a duplicate: the next new moment is stored and counted.
    await saveCapturedClip(makeDraft({ seconds: 300 }), at(3));
    expect(await countClipsOfTrip(first.trip.id)).toBe(3);
    expect(await db.clips.count()).toBe(3);
  });
});

/** A live query's answers as they come: the first, and the first that `wanted` accepts. */
function watch<T>(query: () => Promise<T>) {
  const values: T[] = [];
  const waiting: { wanted: (value: T) => boolean; resolve: (value: T) => void }[] = [];
  const subscription = liveQuery(query).subscribe({
    next: (value) => {
      values.push(value);
      for (const wait of waiting.filter((each) => each.wanted(value))) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve(value);
      }
    },
  });
  const until = (wanted: (value: T) => boolean) =>
    new Promise<T>((resolve) => {
      const seen = values.find(wanted);
      if (seen !== undefined) resolve(seen);
      else waiting.push({ wanted, resolve });
    });
  return { until, first: () => until(() => true), stop: () => subscription.unsubscribe() };
}

describe("Dexie's live queries after a capture in one batch", () => {
  it("re-run: the trip's clips, its count and the popup's view show the new clip", async () => {
    const first = await saveCapturedClip(makeDraft({ seconds: 100 }), at(0));
    const tripId = first.trip.id;
    const clips = watch(() => listClipsOfTrip(tripId));
    const count = watch(() => countClipsOfTrip(tripId));
    const popup = watch(() => getCurrentTripWithClips({ offset: 0, limit: 50 }));
    // Each has answered (one clip) before the capture.
    expect((await clips.first()).map((clip) => clip.id)).toEqual([first.clip.id]);
    expect(await count.first()).toBe(1);
    expect((await popup.first()).clips).toHaveLength(1);

    const writes = dexieWrites();
    const second = await saveCapturedClip(makeDraft({ seconds: 200 }), at(1));
    expect(writes.count()).toBe(0);
    writes.stop();
    expect((await clips.until((rows) => rows.length === 2)).map((clip) => clip.id)).toEqual([second.clip.id, first.clip.id]);
    expect(await count.until((n) => n === 2)).toBe(2);
    expect((await popup.until((view) => view.clips.length === 2)).clips[0]).toEqual(second.clip);
    for (const each of [clips, count, popup]) each.stop();
  });
});
