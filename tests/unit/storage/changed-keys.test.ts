/**
 * Which clips a write changed, read from what Dexie itself announces for it (its
 * `storagemutated` event, and the same object structured-cloned on its channel). Fails if
 * a Dexie upgrade changes that shape.
 */
import './helpers';
import { Dexie, type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEXIE_WRITES_CHANNEL, changedKeysOf } from '../../../storage/changed-keys';
import { startClipChangeLog } from '../../../storage/clip-change-log';
import { deleteClips, restoreClips, updateClip, updateClips } from '../../../storage/clips';
import { db } from '../../../storage/db';
import { createTrip } from '../../../storage/trips';
import { signalWrites } from '../../../storage/write-signal';
import { makeClip, resetDatabase } from './helpers';

beforeEach(resetDatabase);

let heard: ObservabilitySet[] = [];
const listener = (parts: ObservabilitySet) => heard.push(parts);
beforeEach(() => {
  heard = [];
  Dexie.on('storagemutated', listener);
});
afterEach(() => Dexie.on('storagemutated').unsubscribe(listener));

/** What the write `work` announced about clips, as this page's Dexie and as another context's get it. */
async function announced(work: () => Promise<unknown>) {
  heard = [];
  await work();
  const parts = heard.reduce<ObservabilitySet>((all, one) => ({ ...all, ...one }), {});
  const here = changedKeysOf(parts, db.name, 'clips');
  const there = changedKeysOf(structuredClone(parts), db.name, 'clips');
  expect(there).toEqual(here);
  return { all: here.all, keys: [...here.keys].sort() };
}

describe('the clips a write changed, from what Dexie announces', () => {
  it('names the clips edited, moved or deleted one by one, and none for a write elsewhere', async () => {
    const trip = await createTrip({ name: 'A' });
    const other = await createTrip({ name: 'B' });
    const clips = [makeClip(trip.id), makeClip(trip.id), makeClip(trip.id)];
    await db.clips.bulkAdd(clips);
    const [a, b, c] = clips.map((clip) => clip.id) as [string, string, string];
    expect(await announced(() => updateClip(a, { title: 'Renamed' }))).toEqual({ all: false, keys: [a] });
    expect(await announced(() => updateClips([a, b], { tripId: other.id }))).toEqual({ all: false, keys: [a, b].sort() });
    expect(await announced(() => deleteClips([c]))).toEqual({ all: false, keys: [c] });
    expect(await announced(() => db.trips.update(trip.id, { name: 'A2' }))).toEqual({ all: false, keys: [] });
  });

  it('names each clip of a bulk action on many clips, and of its Undo (storage/keyed-puts.ts)', async () => {
    const trip = await createTrip({ name: 'A' });
    const other = await createTrip({ name: 'B' });
    const many = Array.from({ length: 120 }, () => makeClip(trip.id));
    await db.clips.bulkAdd(many);
    const ids = many.map((clip) => clip.id).sort();
    expect(await announced(() => updateClips(ids, { tripId: other.id }))).toEqual({ all: false, keys: ids });
    const deleted = await deleteClips(ids);
    expect(await announced(() => restoreClips(deleted))).toEqual({ all: false, keys: ids });
  });

  it('says every clip may have changed for a bulk put of 50 or more and for a cleared table', async () => {
    const trip = await createTrip({ name: 'A' });
    const many = Array.from({ length: 50 }, () => makeClip(trip.id));
    expect(await announced(() => db.clips.bulkPut(many))).toEqual({ all: true, keys: [] });
    expect(await announced(() => db.clips.clear())).toEqual({ all: true, keys: [] });
    expect(changedKeysOf({ all: { d: 1, from: -Infinity, to: [[]] } }, db.name, 'clips').all).toBe(true);
  });

  it('hears on the channel what another context writes with raw requests (storage/write-signal.ts)', async () => {
    const trip = await createTrip({ name: 'A' });
    const clip = makeClip(trip.id);
    const log = startClipChangeLog(db.name);
    // A second listener on the channel, opened after the log's: once it has the message, so has the log.
    const probe = new BroadcastChannel(DEXIE_WRITES_CHANNEL);
    const arrived = new Promise((resolve) => (probe.onmessage = resolve));
    signalWrites(db.name, [{ table: db.clips, rows: [clip] }]);
    await arrived;
    probe.close();
    expect([...log.close().keys]).toEqual([clip.id]);
    expect([...log.close().keys]).toEqual([]);
  });
});
