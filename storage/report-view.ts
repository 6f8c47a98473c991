/**
 * The report page's first view (docs/architecture.md §15): the trips, the current trip's
 * id, and the first rows and clip count of the trip the page shows, read with raw
 * IndexedDB before Dexie and Preact are loaded (readReportViewRaw in
 * storage/first-read-raw.ts), painted as plain DOM (components/report/first-paint.ts),
 * and the state the app starts from. The whole trip is read after those rows are on
 * screen (components/report/use-trip-clips.ts).
 */
import type { Clip, Trip } from '../model/types';
import type { ClipChangeLog } from './clip-change-log';

export interface ReportFirstView {
  /** Every trip, newest first (as listTrips). */
  trips: Trip[];
  /** The current trip's id, only if that trip exists. */
  currentId: string | undefined;
  /** The trip shown (see PickTrip); undefined without trips. */
  tripId: string | undefined;
  /** Its first clips by capture time, oldest first: the top of its stream-ordered list as a rule. */
  clips: Clip[];
  /** Its clip count. */
  total: number;
}

/** The first view as the app gets it: with the clip writes other contexts made since its read began. */
export interface ReportFirstRead extends ReportFirstView {
  /** Started before the read (entrypoints/report/main.ts); components/report/trip-clips-feed.ts closes it. */
  changes: ClipChangeLog;
}

/** Which trip the page shows, of `trips` (components/report/shown-trip.ts pickShownTrip). */
export type PickTrip = (trips: readonly Trip[], currentId: string | undefined) => Trip | undefined;
