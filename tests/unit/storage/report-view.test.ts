import './helpers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Trip } from '../../../model/types';
import { db } from '../../../storage/db';
import { readReportFirstView } from '../../../storage/report-view';
import { createTrip, setCurrentTrip } from '../../../storage/trips';
import { at, makeClip, resetDatabase } from './helpers';

beforeEach(resetDatabase);

const wanted = (id: string | undefined) => (trips: readonly Trip[], currentId: string | undefined) =>
  trips.find((trip) => trip.id === id) ?? trips.find((trip) => trip.id === currentId) ?? trips[0];

describe('the report page first read', () => {
  it('gives the trips, the current trip, and the shown trip oldest clips first with its whole count', async () => {
    const trip = await createTrip({ name: 'Big' });
    const other = await createTrip({ name: 'Other' });
    await setCurrentTrip(other.id);
    const clips = Array.from({ length: 30 }, (_, i) => makeClip(trip.id, { capturedAt: at(i).toISOString(), updatedAt: at(i).toISOString() }));
    // Stored in a shuffled order: the first read goes by capture time, not by insertion.
    await db.clips.bulkAdd([...clips.slice(15), ...clips.slice(0, 15), makeClip(other.id)]);
    await db.counts.put({ tripId: trip.id, clips: 30 });

    const view = await readReportFirstView(wanted(trip.id), 10);
    expect(view.trips.map((t) => t.name).sort()).toEqual(['Big', 'Other']);
    expect(view.currentId).toBe(other.id);
    expect(view.tripId).toBe(trip.id);
    expect(view.clips.map((clip) => clip.id)).toEqual(clips.slice(0, 10).map((clip) => clip.id));
    expect(view.total).toBe(30);
  });

  it('counts a trip without a counts row from its index, and shows the current trip when none is asked for', async () => {
    const trip = await createTrip({ name: 'Current' });
    await createTrip({ name: 'Not current' });
    await setCurrentTrip(trip.id);
    await db.clips.bulkAdd(Array.from({ length: 12 }, (_, i) => makeClip(trip.id, { capturedAt: at(i).toISOString() })));
    await db.counts.clear();

    const view = await readReportFirstView(wanted(undefined), 5);
    expect(view.tripId).toBe(trip.id);
    expect(view.clips).toHaveLength(5);
    expect(view.total).toBe(12);
  });

  it('shows no trip and no clips in an empty database', async () => {
    const { changes, ...view } = await readReportFirstView(wanted(undefined), 5);
    expect(changes.close()).toEqual({ all: false, keys: new Set() });
    expect(view).toEqual({ trips: [], currentId: undefined, tripId: undefined, clips: [], total: 0 });
  });
});
