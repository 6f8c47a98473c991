/**
 * The report page's clips in memory (components/report/trip-clips-feed.ts), on
 * fake-indexeddb: first rows, then the whole trip; then each write applied by the keys it
 * changed (an edit, a delete, a move, Undo, a capture), the whole trip read again only
 * when Dexie cannot say which clips changed (a backup import, a bulk put of 50 or more);
 * after any mix of writes the list is what reading the trip again gives.
 */
import '../storage/helpers';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTripClipsFeed, type TripClipsFeed, type TripClipsSnapshot } from '../../../components/report/trip-clips-feed';
import type { Clip } from '../../../model/types';
import { createBackup, importBackup } from '../../../storage/backup';
import { deleteClips, restoreClips, saveCapturedClip, updateClip, updateClips } from '../../../storage/clips';
import { db } from '../../../storage/db';
import { listClipsOfTrip } from '../../../storage/queries';
import { startClipChangeLog } from '../../../storage/clip-change-log';
import { readReportViewRaw } from '../../../storage/first-read-raw';
import { createTrip, setCurrentTrip } from '../../../storage/trips';
import { at, makeClip, makeDraft, resetDatabase } from '../storage/helpers';

beforeEach(resetDatabase);

const feeds: TripClipsFeed[] = [];
afterEach(() => {
  for (const feed of feeds.splice(0)) feed.close();
  vi.restoreAllMocks();
});

/** A trip of `n` clips, captured a second apart. */
async function tripOf(n: number, name = 'Trip'): Promise<{ id: string; clips: Clip[] }> {
  const trip = await createTrip({ name });
  const clips = Array.from({ length: n }, (_, i) => makeClip(trip.id, { capturedAt: at(i).toISOString(), title: `Talk ${i}` }));
  await db.clips.bulkAdd(clips);
  await db.counts.put({ tripId: trip.id, clips: n });
  return { id: trip.id, clips };
}

/** Opens a feed; `latest()` is its last snapshot, `until()` waits for one that holds. */
function watch(tripId: string, options: { firstRows?: number; first?: Parameters<typeof openTripClipsFeed>[0]['first'] } = {}) {
  const snapshots: TripClipsSnapshot[] = [];
  const feed = openTripClipsFeed({ tripId, firstRows: options.firstRows ?? 10, first: options.first, onSnapshot: (snapshot) => snapshots.push(snapshot) });
  feeds.push(feed);
  const latest = () => snapshots[snapshots.length - 1];
  const until = (holds: (snapshot: TripClipsSnapshot) => boolean) =>
    vi.waitFor(() => {
      const snapshot = latest();
      if (snapshot === undefined || !holds(snapshot)) throw new Error(`not yet: ${snapshot?.total} clips, ${String(snapshot?.error)}`);
      return snapshot;
    });
  return { feed, snapshots, latest, until };
}

/** The feed's reads of a trip's rows by its index from now on (first rows or the whole trip; a read by key is not one). */
function tripReads() {
  const where = db.clips.where.bind(db.clips);
  let reads = 0;
  vi.spyOn(db.clips, 'where').mockImplementation(((index: string) => {
    if (new Error().stack?.includes('components/report/trip-clips-feed') === true) reads += 1;
    return where(index);
  }) as typeof db.clips.where);
  return () => reads;
}

const titles = (snapshot: TripClipsSnapshot) => snapshot.clips.map((clip) => clip.title);

describe('the report page clip feed', () => {
  it('gives the first rows and count, then the whole trip newest first once asked', async () => {
    const trip = await tripOf(25);
    const { feed, until } = watch(trip.id);
    const first = await until((s) => s.read);
    expect(first).toMatchObject({ whole: false, total: 25 });
    expect(titles(first)).toEqual(Array.from({ length: 10 }, (_, i) => `Talk ${i}`));
    feed.readWhole();
    const whole = await until((s) => s.whole);
    expect(titles(whole)).toEqual(Array.from({ length: 25 }, (_, i) => `Talk ${24 - i}`));
    expect(whole.total).toBe(25);
  });

  it('reads the whole trip when asked while its last step was finding nothing to read', async () => {
    const trip = await tripOf(25);
    const snapshots: TripClipsSnapshot[] = [];
    // Asked in a microtask queued by the first snapshot: it lands while the feed's next step
    // is answering "nothing to read", as the report page's effect can once its first rows are painted.
    const feed: TripClipsFeed = openTripClipsFeed({
      tripId: trip.id,
      firstRows: 10,
      onSnapshot: (snapshot) => {
        snapshots.push(snapshot);
        if (snapshots.length === 1) queueMicrotask(() => feed.readWhole());
      },
    });
    feeds.push(feed);
    await vi.waitFor(() => {
      if (snapshots[snapshots.length - 1]?.whole !== true) throw new Error('the whole trip is not read');
    });
    expect(snapshots[snapshots.length - 1]?.total).toBe(25);
  });

  it('applies an edit, a delete, a move out and in, and Undo by key, without reading the trip again', async () => {
    const trip = await tripOf(30);
    const other = await tripOf(2, 'Other');
    const { feed, until, latest } = watch(trip.id);
    await until((s) => s.read);
    feed.readWhole();
    const whole = await until((s) => s.whole);
    const reads = tripReads();
    const [c0, c1, c2] = trip.clips as [Clip, Clip, Clip];

    await updateClip(c1.id, { title: 'Renamed talk' });
    const edited = await until((s) => s.clips.some((clip) => clip.title === 'Renamed talk'));
    expect(edited.clips).toHaveLength(30);
    // The rows that did not change are the same objects: not rendered again.
    expect(edited.clips.filter((clip) => clip.id !== c1.id).every((clip, i) => clip === whole.clips.filter((w) => w.id !== c1.id)[i])).toBe(true);

    // A new title keeps the list's layout (the derived views keep their work); the clip is named as replaced.
    expect(edited.shape.layout).toBe(whole.shape.layout);
    expect(edited.shape.replaced.get(c1.id)?.title).toBe('Renamed talk');

    const deleted = await deleteClips([c0.id]);
    const afterDelete = await until((s) => s.total === 29 && !s.clips.some((clip) => clip.id === c0.id));
    expect(afterDelete.shape.layout).not.toBe(whole.shape.layout);
    await updateClips([c2.id], { tripId: other.id });
    await until((s) => s.total === 28);
    await updateClips([other.clips[0]?.id ?? ''], { tripId: trip.id });
    await until((s) => s.total === 29 && s.clips.some((clip) => clip.id === other.clips[0]?.id));
    await restoreClips(deleted);
    const undone = await until((s) => s.total === 30);

    expect(undone.clips).toEqual(await listClipsOfTrip(trip.id));
    expect(reads()).toBe(0);
    expect(latest()?.error).toBeUndefined();
  });

  it('still shows an edit whose read failed once the next write is read', async () => {
    const trip = await tripOf(30);
    const { feed, until } = watch(trip.id);
    await until((s) => s.read);
    feed.readWhole();
    await until((s) => s.whole);
    const [c0, c1] = trip.clips as [Clip, Clip];

    // The read of the edited clip fails (the browser refused a read): the page says so.
    vi.spyOn(db.clips, 'bulkGet').mockImplementationOnce(() => Dexie.Promise.reject(new Error('read refused')));
    await updateClip(c1.id, { title: 'Renamed talk' });
    await until((s) => s.error !== undefined);

    // The next write is read, and the list is again what reading the trip gives, the first edit included.
    await updateClip(c0.id, { title: 'Second edit' });
    const after = await until((s) => s.error === undefined && s.clips.some((clip) => clip.title === 'Second edit'));
    expect(after.clips.find((clip) => clip.id === c1.id)?.title).toBe('Renamed talk');
    expect(after.clips).toEqual(await listClipsOfTrip(trip.id));
  });

  it('shows a capture, from the checked path and from the raw one-batch path (storage/write-signal.ts)', async () => {
    const first = await saveCapturedClip(makeDraft({ seconds: 100, title: 'First capture' }), at(0));
    await setCurrentTrip(first.trip.id);
    const { feed, until } = watch(first.trip.id);
    await until((s) => s.whole); // one clip: whole from its first rows
    feed.readWhole();
    const reads = tripReads();
    await saveCapturedClip(makeDraft({ seconds: 200, title: 'Second capture' }), at(1));
    await saveCapturedClip(makeDraft({ seconds: 300, title: 'Third capture' }), at(2));
    const shown = await until((s) => s.total === 3);
    expect(titles(shown)).toEqual(['Third capture', 'Second capture', 'First capture']);
    expect(reads()).toBe(0);
  });

  it('applies a bulk move of 60 clips by their keys, and reads the trip again after a backup import', async () => {
    const trip = await tripOf(120);
    const other = await createTrip({ name: 'Other' });
    const backup = JSON.stringify(await createBackup());
    const { feed, until } = watch(trip.id);
    await until((s) => s.read);
    feed.readWhole();
    await until((s) => s.whole);
    const reads = tripReads();
    const moved = trip.clips.slice(0, 60).map((clip) => clip.id);
    await updateClips(moved, { tripId: other.id });
    await until((s) => s.total === 60);
    await updateClips(moved, { tripId: trip.id });
    await until((s) => s.total === 120);
    await deleteClips(trip.clips.map((clip) => clip.id));
    await until((s) => s.total === 0);
    expect(reads()).toBe(0);
    await importBackup(backup);
    const back = await until((s) => s.total === 120);
    expect(back.clips).toEqual(await listClipsOfTrip(trip.id));
    expect(reads()).toBe(1);
  });

  it('starts from the page first read, brought up to date with what was written since it began', async () => {
    const trip = await tripOf(5);
    await setCurrentTrip(trip.id);
    const reads = tripReads();
    // As the page's entry does: the log started before the raw first read.
    const changes = startClipChangeLog();
    const view = readReportViewRaw(indexedDB, (trips) => trips[0], 10).then((read) => {
      if (read === undefined) throw new Error('the raw first read found no database');
      return { ...read, changes };
    });
    const [c0] = trip.clips as [Clip];
    const first = await view;
    // Another context's edit after the first read, before the feed opens (heard on Dexie's channel).
    const channel = new BroadcastChannel('x-storagemutated-1');
    await db.clips.put({ ...c0, title: 'Edited elsewhere' });
    channel.postMessage({ [`idb://${db.name}/clips/`]: { d: 1, from: c0.id, to: c0.id } });
    channel.close();
    const { until } = watch(trip.id, { first });
    await until((s) => s.whole && s.clips.some((clip) => clip.title === 'Edited elsewhere'));
    // The feed itself read neither first rows nor the whole trip: the page's first read held it whole.
    expect(reads()).toBe(0);
  });

  it('after any mix of writes while it reads, holds what reading the trip again gives', async () => {
    const trip = await tripOf(300);
    const other = await tripOf(20, 'Other');
    const { feed, until } = watch(trip.id);
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      const clip = trip.clips[(i * 37) % 300] as Clip;
      const kind = i % 4;
      if (kind === 0) writes.push(updateClip(clip.id, { title: `Edit ${i}` }).catch(() => undefined));
      else if (kind === 1) writes.push(deleteClips([clip.id]));
      else if (kind === 2) writes.push(updateClips([other.clips[i % 20]?.id ?? ''], { tripId: trip.id }));
      else writes.push(updateClips([clip.id], { tripId: other.id }));
      if (i === 10) feed.readWhole();
      if (i % 5 === 0) await writes[writes.length - 1];
    }
    await Promise.all(writes);
    const expected = await listClipsOfTrip(trip.id);
    const final = await until((s) => s.whole && s.total === expected.length && s.clips.every((clip, i) => clip.title === expected[i]?.title && clip.id === expected[i]?.id));
    expect(final.clips).toEqual(expected);
  });
});
