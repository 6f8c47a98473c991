/**
 * The popup's data: the current trip, its newest clips (one page at first, a page more
 * at each Show more) and its count, as one live query (one transaction), re-run when any
 * of them changes. Another trip becoming current starts again at the first page; after
 * the last page came in (Show more is gone), focus goes to the first new row.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import type { Clip, Trip } from '../../model/types';
import { getCurrentTripWithClips } from '../../storage/queries';
import type { CurrentTripView } from '../../storage/queries';
import { useLiveQuery } from '../../ui/use-live-query';
import { PAGE_SIZE } from './popup-text';

export interface CurrentTripPage {
  trip: Trip | undefined;
  rows: Clip[];
  /** The trip's clip count once known; never less than the rows shown. */
  total: number | undefined;
  /** True until the first answer (or failure). */
  loading: boolean;
  error: unknown;
  showMore: () => void;
  /** The list, for focusing the first new row. */
  listRef: Ref<HTMLUListElement>;
}

export interface CurrentTripPageStart {
  /** The first page already read and shown (the plain-DOM first paint). */
  initial?: CurrentTripView;
  /** The first page, already being read. */
  first?: Promise<CurrentTripView>;
}

export function useCurrentTripPage({ initial, first }: CurrentTripPageStart): CurrentTripPage {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const query = useLiveQuery<CurrentTripView>(
    () => getCurrentTripWithClips({ offset: 0, limit }),
    [limit],
    initial !== undefined ? { value: initial } : first,
  );
  const trip = query.value?.trip;
  const tripId = trip?.id;
  const rows = query.value?.clips ?? [];
  const total = query.value === undefined ? undefined : Math.max(query.value.total, rows.length);
  const listRef = useRef<HTMLUListElement>(null);
  const focusRowAfterMore = useRef<number | null>(null);

  // Another trip became current (from the report page): start again at the first page.
  const shownTrip = useRef(tripId);
  useEffect(() => {
    if (shownTrip.current === tripId) return;
    shownTrip.current = tripId;
    setLimit(PAGE_SIZE);
  }, [tripId]);

  const showMore = () => {
    focusRowAfterMore.current = rows.length;
    setLimit((current) => current + PAGE_SIZE);
  };

  // When the last page came in, the Show more button is gone: focus the first new row.
  useEffect(() => {
    const firstNew = focusRowAfterMore.current;
    if (firstNew === null || rows.length <= firstNew) return;
    focusRowAfterMore.current = null;
    if (total === undefined || rows.length < total) return; // the button is still there and keeps focus
    listRef.current?.children[firstNew]?.querySelector<HTMLElement>('[data-row-focus]')?.focus();
  }, [rows.length, total]);

  return {
    trip,
    rows,
    total,
    loading: query.value === undefined && query.error === undefined,
    error: query.error,
    showMore,
    listRef,
  };
}
