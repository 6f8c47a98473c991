/**
 * The shown trip's clips, live; none (rather than another trip's) while they load.
 *
 * Paged for the first rows (docs/architecture.md §15): the trip's first FIRST_ROWS clips
 * (its oldest captures, as a rule the top of the list in stream order) and its clip count
 * (one key lookup) come first, from the page's first read (storage/report-view.ts,
 * started before the first render) and then from a small live query of their own. The
 * whole trip, which search, filters, paging, the stream order, bulk actions and the
 * export need, is read only once those rows are on screen, and then replaces them. A
 * trip of at most FIRST_ROWS clips is whole from the first read.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clip } from '../../model/types';
import { countClipsOfTrip, listClipsOfTrip } from '../../storage/queries';
import type { ReportFirstView } from '../../storage/report-view';
import { useLiveQuery } from '../../ui/use-live-query';
import { PAGE_SIZE } from './use-clip-review';

/** Clips read before the whole trip: one page of rows. */
export const FIRST_ROWS = PAGE_SIZE;

export interface TripClips {
  /** Every clip of the trip (newest first) once read; none before. */
  clips: Clip[];
  /** What the list shows: every clip once read, before that the first FIRST_ROWS. */
  shown: Clip[];
  /** How many clips the trip has (known before the whole trip is read). */
  total: number;
  /** True once every clip of the shown trip is read. */
  ready: boolean;
  error: unknown;
}

interface Answer {
  tripId: string | undefined;
  /** Oldest first for the first rows, newest first for the whole trip. */
  clips: Clip[];
  total: number;
}

const NO_CLIPS: Clip[] = [];

async function firstRowsOf(tripId: string | undefined): Promise<Answer> {
  if (tripId === undefined) return { tripId, clips: [], total: 0 };
  const [clips, total] = await Promise.all([listClipsOfTrip(tripId, { limit: FIRST_ROWS, oldestFirst: true }), countClipsOfTrip(tripId)]);
  return { tripId, clips, total };
}

async function wholeTripOf(tripId: string | undefined): Promise<Answer | null> {
  if (tripId === undefined) return null;
  const clips = await listClipsOfTrip(tripId);
  return { tripId, clips, total: clips.length };
}

/** `first`: the page's first read (storage/report-view.ts), already started. */
export function useTripClips(tripId: string | undefined, first?: Promise<ReportFirstView>): TripClips {
  // The page's first read, taken once: it answers before this hook's live queries start.
  const [early, setEarly] = useState<Answer | undefined>(undefined);
  const firstSeen = useRef(false);
  if (!firstSeen.current && first !== undefined) {
    firstSeen.current = true;
    first.then(
      (view) => setEarly({ tripId: view.tripId, clips: view.clips, total: view.total }),
      () => undefined, // the live query reports its own failure
    );
  }

  const rowsQuery = useLiveQuery(() => firstRowsOf(tripId), [tripId]);
  const firstRows = [rowsQuery.value, early].find((answer) => answer !== undefined && answer.tripId === tripId);

  // The whole trip is read once the first rows are shown (effects run after the paint).
  const [wholeFor, setWholeFor] = useState<string | undefined>(undefined);
  const firstDone = firstRows !== undefined || rowsQuery.error !== undefined;
  useEffect(() => {
    if (firstDone) setWholeFor(tripId);
  }, [tripId, firstDone]);
  const wholeQuery = useLiveQuery(() => wholeTripOf(wholeFor), [wholeFor]);

  // A trip the first rows already hold whole, newest first as the whole read gives it.
  const complete = firstRows !== undefined && firstRows.clips.length >= firstRows.total ? firstRows.clips : undefined;
  const completeNewestFirst = useMemo(() => (complete === undefined ? undefined : [...complete].reverse()), [complete]);

  const wholeValue = wholeQuery.value ?? undefined;
  const whole = wholeValue !== undefined && wholeValue.tripId === tripId ? wholeValue : undefined;
  if (whole !== undefined) return { clips: whole.clips, shown: whole.clips, total: whole.total, ready: true, error: wholeQuery.error ?? rowsQuery.error };
  if (tripId === undefined) return { clips: NO_CLIPS, shown: NO_CLIPS, total: 0, ready: true, error: undefined };
  if (completeNewestFirst !== undefined) {
    return { clips: completeNewestFirst, shown: completeNewestFirst, total: completeNewestFirst.length, ready: true, error: rowsQuery.error };
  }
  return {
    clips: NO_CLIPS,
    shown: firstRows?.clips ?? NO_CLIPS,
    total: firstRows?.total ?? 0,
    ready: false,
    error: wholeQuery.error ?? rowsQuery.error,
  };
}
