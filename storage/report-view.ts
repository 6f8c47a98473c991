/**
 * The report page's first read (docs/architecture.md §15): the trips, the current trip's
 * id, and the first rows and clip count of the trip the page shows, in one read-only
 * transaction, started before the page's first render. The whole trip is read after
 * those rows are on screen (components/report/use-trip-clips.ts).
 */
import { Dexie } from 'dexie';
import type { Clip, Trip } from '../model/types';
import { startClipChangeLog, type ClipChangeLog } from './clip-change-log';
import { db } from './db';
import { countClipsOfTrip, getCurrentTripId, listClipsOfTrip, listTrips } from './queries';

export interface ReportFirstView {
  trips: Trip[];
  currentId: string | undefined;
  /** The trip shown (see `pick`); undefined without trips. */
  tripId: string | undefined;
  /** Its `limit` oldest clips (in capture order), the first of its stream-ordered list as a rule. */
  clips: Clip[];
  /** Its clip count. */
  total: number;
  /**
   * The clips other contexts write from just before this read began: what it read is
   * brought up to date with them (components/report/trip-clips-feed.ts closes it).
   */
  changes: ClipChangeLog;
}

export type PickTrip = (trips: readonly Trip[], currentId: string | undefined) => Trip | undefined;

/**
 * Answers as soon as its reads have: Dexie's own promise of an explicit transaction waits
 * for the commit too (15-90 ms on a loaded machine), which a read-only transaction does
 * not need to be consistent.
 */
export function readReportFirstView(pick: PickTrip, limit: number): Promise<ReportFirstView> {
  const changes = startClipChangeLog();
  return new Promise((resolve, reject) => {
    // Answered outside the transaction's zone: what awaits the answer reads in transactions of its own.
    const answer = (view: ReportFirstView) => Dexie.ignoreTransaction(() => resolve(view));
    db.transaction('r', [db.trips, db.settings, db.clips, db.counts], async () => {
      const [trips, currentId] = await Promise.all([listTrips(), getCurrentTripId()]);
      const tripId = pick(trips, currentId)?.id;
      if (tripId === undefined) {
        answer({ trips, currentId, tripId, clips: [], total: 0, changes });
        return;
      }
      const [clips, total] = await Promise.all([listClipsOfTrip(tripId, { limit, oldestFirst: true }), countClipsOfTrip(tripId)]);
      answer({ trips, currentId, tripId, clips, total, changes });
    }).catch((error: unknown) => {
      changes.close();
      reject(error);
    });
  });
}
