/**
 * The report page's first read (docs/architecture.md §15): the trips, the current trip's
 * id, and the first rows and clip count of the trip the page shows, in one read-only
 * transaction, started before the page's first render. The whole trip is read after
 * those rows are on screen (components/report/use-trip-clips.ts).
 */
import type { Clip, Trip } from '../model/types';
import { db } from './db';
import { countClipsOfTrip, getCurrentTripId, listClipsOfTrip } from './queries';
import { listTrips } from './trips';

export interface ReportFirstView {
  trips: Trip[];
  currentId: string | undefined;
  /** The trip shown (see `pick`); undefined without trips. */
  tripId: string | undefined;
  /** Its `limit` oldest clips (in capture order), the first of its stream-ordered list as a rule. */
  clips: Clip[];
  /** Its clip count. */
  total: number;
}

export type PickTrip = (trips: readonly Trip[], currentId: string | undefined) => Trip | undefined;

export async function readReportFirstView(pick: PickTrip, limit: number): Promise<ReportFirstView> {
  return db.transaction('r', [db.trips, db.settings, db.clips, db.counts], async () => {
    const [trips, currentId] = await Promise.all([listTrips(), getCurrentTripId()]);
    const tripId = pick(trips, currentId)?.id;
    if (tripId === undefined) return { trips, currentId, tripId, clips: [], total: 0 };
    const [clips, total] = await Promise.all([listClipsOfTrip(tripId, { limit, oldestFirst: true }), countClipsOfTrip(tripId)]);
    return { trips, currentId, tripId, clips, total };
  });
}
