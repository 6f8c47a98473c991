/**
 * Bringing a trip's clips in memory up to date with the clips a write changed: the list
 * is what reading the trip again would give, and rows that did not change keep their
 * objects (plain Node, no database).
 */
import { describe, expect, it } from 'vitest';
import { compareInOrder, layoutChange, mergeChangedClips, positionIn, replacedInPlace, withReplaced, type ClipOrder } from '../../../components/report/merge-clips';
import { makeClip } from '../storage/helpers';

interface Row {
  id: string;
  tripId: string;
  capturedAt: string;
  title: string;
}

const row = (id: string, minute: number, tripId = 'A', title = `talk ${id}`): Row => ({
  id,
  tripId,
  capturedAt: `2024-05-23T10:${String(minute).padStart(2, '0')}:00.000Z`,
  title,
});

/** What reading the trip again gives: its rows in index order. */
function reread(all: readonly Row[], tripId: string, order: ClipOrder): Row[] {
  return all.filter((clip) => clip.tripId === tripId).sort((a, b) => compareInOrder(a, b, order));
}

describe('merging changed clips into a trip held in memory', () => {
  const trip = [row('d', 40), row('c', 30), row('b', 20), row('a', 10)];

  it('replaces an edited clip in place and keeps every other row object', () => {
    const edited = { ...row('c', 30), title: 'Renamed' };
    const merged = mergeChangedClips(trip, { tripId: 'A', keys: ['c'], rows: [edited], order: 'newestFirst' });
    expect(merged.map((clip) => clip.title)).toEqual(['talk d', 'Renamed', 'talk b', 'talk a']);
    expect(merged[0]).toBe(trip[0]);
    expect(merged[2]).toBe(trip[2]);
    expect(trip[1]?.title).toBe('talk c');
  });

  it('takes out a deleted clip and one moved to another trip', () => {
    const merged = mergeChangedClips(trip, { tripId: 'A', keys: ['b', 'd'], rows: [undefined, row('d', 40, 'B')], order: 'newestFirst' });
    expect(merged.map((clip) => clip.id)).toEqual(['c', 'a']);
  });

  it('puts a capture and a clip moved into the trip where the index has them, ties by id', () => {
    const merged = mergeChangedClips(trip, { tripId: 'A', keys: ['e', 'bb'], rows: [row('e', 50), row('bb', 20)], order: 'newestFirst' });
    expect(merged.map((clip) => clip.id)).toEqual(['e', 'd', 'c', 'bb', 'b', 'a']);
  });

  it('answers the same list when the changed clips were never in it and are not of its trip', () => {
    const merged = mergeChangedClips(trip, { tripId: 'A', keys: ['x', 'y'], rows: [row('x', 5, 'B'), undefined], order: 'newestFirst' });
    expect(merged).toBe(trip);
  });

  it('leaves out of the first rows a clip that now comes after their last one', () => {
    const firstRows = [row('a', 10), row('b', 20)]; // oldest first, more clips after them
    const merged = mergeChangedClips(firstRows, { tripId: 'A', keys: ['late', 'early'], rows: [row('late', 59), row('early', 1)], order: 'oldestFirst', partial: true });
    expect(merged.map((clip) => clip.id)).toEqual(['early', 'a', 'b']);
  });

  it('gives what reading the trip again gives, over many random writes', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (const order of ['newestFirst', 'oldestFirst'] as const) {
      let stored = Array.from({ length: 200 }, (_, i) => row(`id${i}`, random(60), random(3) === 0 ? 'B' : 'A'));
      let held = reread(stored, 'A', order);
      for (let write = 0; write < 300; write++) {
        const keys = Array.from({ length: 1 + random(5) }, () => `id${random(260)}`);
        for (const key of keys) {
          const kind = random(4);
          stored = stored.filter((clip) => clip.id !== key);
          // 0: deleted; 1: in trip B; else in trip A (edited, captured or moved in), maybe at another time
          if (kind !== 0) stored.push({ ...row(key, random(60), kind === 1 ? 'B' : 'A'), title: `write ${write}` });
        }
        const rows = keys.map((key) => stored.find((clip) => clip.id === key));
        held = mergeChangedClips(held, { tripId: 'A', keys, rows, order });
        expect(held).toEqual(reread(stored, 'A', order));
      }
    }
  });
});

describe('what a write changed in the list layout', () => {
  const was = makeClip('A', { id: 'c1', title: 'Old title', rating: 'liked' });
  const before = new Map([[was.id, was]]);
  const change = (now: typeof was | undefined, key = was.id) => layoutChange(before, [key], [now], 'A');

  it('keeps the layout for a new title, notes or kind, and the ratings too', () => {
    expect(change({ ...was, title: 'New title', notes: 'More', kind: 'keynote' })).toEqual({ layoutKept: true, ratingsKept: true });
  });

  it('keeps the layout but not the ratings for a new rating', () => {
    expect(change({ ...was, rating: 'awesome' })).toEqual({ layoutKept: true, ratingsKept: false });
  });

  it('changes the layout for a new time, stream, day or tags, a delete, a move out or a clip come in', () => {
    for (const now of [{ ...was, seconds: 1 }, { ...was, videoId: 'other' }, { ...was, day: '2024-05-24' }, { ...was, tags: ['new'] }, { ...was, streamTitle: 'Renamed' }, { ...was, tripId: 'B' }, undefined]) {
      expect(change(now).layoutKept).toBe(false);
    }
    expect(change(makeClip('A', { id: 'c2' }), 'c2').layoutKept).toBe(false);
  });

  it('keeps it for a clip that was never in the list and is not of its trip', () => {
    expect(change(makeClip('B', { id: 'c3' }), 'c3')).toEqual({ layoutKept: true, ratingsKept: true });
  });
});

describe('putting edited clips in place, without a pass over the list', () => {
  const trip = [row('d', 40), row('c', 30), row('bb', 20), row('b', 20), row('a', 10)]; // newest first, ties by id

  it('finds each clip where the order puts it, and answers -1 for one that is not there', () => {
    const compare = (a: Row, b: Row) => compareInOrder(a, b, 'newestFirst');
    trip.forEach((clip, index) => expect(positionIn(trip, clip, compare)).toBe(index));
    expect(positionIn(trip, row('e', 50), compare)).toBe(-1);
    expect(positionIn(trip, row('c', 31), compare)).toBe(-1);
    expect(positionIn([], row('a', 10), compare)).toBe(-1);
  });

  it('gives what the merge gives for edits, with the clips as they were', () => {
    const edits = [{ ...row('bb', 20), title: 'Renamed' }, { ...row('d', 40), title: 'Also' }];
    const placed = replacedInPlace(trip, { tripId: 'A', rows: edits, order: 'newestFirst' });
    expect(placed?.clips).toEqual(mergeChangedClips(trip, { tripId: 'A', keys: ['bb', 'd'], rows: edits, order: 'newestFirst' }));
    expect(placed?.clips[1]).toBe(trip[1]);
    expect(placed?.before.get('bb')).toBe(trip[2]);
    expect(trip[2]?.title).toBe('talk bb');
  });

  it('leaves to the merge a delete, a capture, a move out of the trip and a new capture time', () => {
    const cases: Array<Array<Row | undefined>> = [[undefined], [row('e', 50)], [row('c', 30, 'B')], [row('c', 35)]];
    for (const rows of cases) expect(replacedInPlace(trip, { tripId: 'A', rows, order: 'newestFirst' })).toBeUndefined();
  });

  it('puts the latest object of each replaced clip at its place in a derived order, or answers none when one is not there', () => {
    const byTitle = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const ordered = [...trip].sort(byTitle);
    const renamed = { ...row('c', 30), title: 'Renamed' };
    const swapped = withReplaced(ordered, byTitle, new Map([['c', renamed]]));
    expect(swapped?.map((clip) => clip.title)).toEqual(['talk a', 'talk b', 'talk bb', 'Renamed', 'talk d']);
    expect(swapped?.[0]).toBe(ordered[0]);
    expect(withReplaced(ordered, byTitle, new Map([['zz', row('zz', 1)]]))).toBeUndefined();
  });
});
