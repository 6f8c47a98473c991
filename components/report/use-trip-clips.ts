/**
 * The shown trip's clips, live; none (rather than another trip's) while they load.
 *
 * Paged for the first rows (docs/architecture.md §15): the trip's first FIRST_ROWS clips
 * (its oldest captures, as a rule the top of the list in stream order) and its clip count
 * (one key lookup) come first, from the page's first read (storage/report-view.ts,
 * painted before the app loaded, and shown from the first render; another trip chosen
 * later reads its own). The whole
 * trip, which search, filters, paging, the stream order, bulk actions and the export
 * need, is read only once those rows are on screen, and then replaces them. A trip of at
 * most FIRST_ROWS clips is whole from the first read.
 *
 * The clips are kept by a feed (trip-clips-feed.ts) that applies each write to them by
 * the keys it changed, so an edit at 50,000 clips costs one row read, not the trip.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '../../model/types';
import type { ReportFirstRead } from '../../storage/report-view';
import type { ClipsShape } from './merge-clips';
import { FIRST_ROWS } from './report-paging';
import { firstRowsSnapshot, openTripClipsFeed, type TripClipsFeed, type TripClipsSnapshot } from './trip-clips-feed';

export interface TripClips {
  /** Every clip of the trip (newest first) once read; none before. */
  clips: Clip[];
  /** What the list shows: every clip once read, before that the first FIRST_ROWS. */
  shown: Clip[];
  /** How many clips the trip has (known before the whole trip is read). */
  total: number;
  /** True once every clip of the shown trip is read. */
  ready: boolean;
  /** Once ready: what views derived from `clips` may keep (see ClipsShape). */
  shape?: ClipsShape;
  error: unknown;
}

const NO_CLIPS: Clip[] = [];

interface Opened {
  tripId: string | undefined;
  feed: TripClipsFeed | undefined;
}

/** `first`: the page's first read (storage/report-view.ts), shown from the first render. */
export function useTripClips(tripId: string | undefined, first?: ReportFirstRead): TripClips {
  // The rows the first paint showed are the first render's: the app renders over the same nodes.
  const [snapshot, setSnapshot] = useState<TripClipsSnapshot | undefined>(() =>
    first !== undefined && first.tripId !== undefined && first.tripId === tripId ? firstRowsSnapshot(first.tripId, first.clips, first.total) : undefined,
  );
  // The page's first read goes to the first feed opened (or is let go when no trip is shown).
  const firstLeft = useRef(first);
  const opened = useRef<Opened | undefined>(undefined);

  // Opened during the render, not in an effect: effects run after the first paint.
  if (opened.current === undefined || opened.current.tripId !== tripId) {
    opened.current?.feed?.close();
    const given = firstLeft.current;
    firstLeft.current = undefined;
    if (tripId === undefined) {
      given?.changes.close();
      opened.current = { tripId, feed: undefined };
    } else {
      opened.current = { tripId, feed: openTripClipsFeed({ tripId, firstRows: FIRST_ROWS, first: given, onSnapshot: setSnapshot }) };
    }
  }
  // Closed on unmount by a layout effect: Preact sets it at the commit, in the same render
  // call; a plain effect runs after the paint, so a page let go of before then kept its feed.
  useLayoutEffect(() => () => opened.current?.feed?.close(), []);

  const current = snapshot !== undefined && snapshot.tripId === tripId ? snapshot : undefined;
  // The whole trip is read once the first rows are shown (effects run after the paint).
  const firstDone = current !== undefined && (current.read || current.error !== undefined);
  useEffect(() => {
    if (firstDone) opened.current?.feed?.readWhole();
  }, [tripId, firstDone]);

  if (tripId === undefined) return { clips: NO_CLIPS, shown: NO_CLIPS, total: 0, ready: true, error: undefined };
  if (current?.whole === true) return { clips: current.clips, shown: current.clips, total: current.total, ready: true, shape: current.shape, error: current.error };
  return { clips: NO_CLIPS, shown: current?.clips ?? NO_CLIPS, total: current?.total ?? 0, ready: false, error: current?.error };
}
