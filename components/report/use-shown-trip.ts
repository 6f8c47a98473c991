/**
 * Which trip the report page shows, kept in the page's URL (`?trip=<id>`) so that a
 * reload shows the same trip: the one asked for, else the current trip, else the newest.
 * Also names the browser tab after it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Trip } from '../../model/types';
import type { ReportFirstView } from '../../storage/report-view';
import { getCurrentTripId, listTrips } from '../../storage/queries';
import { useLiveQuery } from '../../ui/use-live-query';
import { pickShownTrip, tripIdFromUrl } from './shown-trip';

export interface ShownTrip {
  trips: Trip[];
  /** The current trip's id (new clips go there), if there is one. */
  currentId: string | undefined;
  trip: Trip | undefined;
  /** Shows the trip `id`; undefined falls back to the current trip, else the newest. */
  show: (id: string | undefined) => void;
  loading: boolean;
  error: unknown;
}

function rememberTripInUrl(id: string | undefined): void {
  const url = new URL(location.href);
  if (id === undefined) url.searchParams.delete('trip');
  else url.searchParams.set('trip', id);
  if (url.href !== location.href) history.replaceState(null, '', url);
}

/** `first`: the page's first read (storage/report-view.ts), shown from the first render. */
export function useShownTrip(first?: ReportFirstView): ShownTrip {
  const tripsQuery = useLiveQuery(() => listTrips(), [], first === undefined ? undefined : { value: first.trips });
  const currentQuery = useLiveQuery(() => getCurrentTripId(), [], first === undefined ? undefined : { value: first.currentId });
  const trips = tripsQuery.value ?? [];
  const currentId = currentQuery.value;
  const [wantedId, setWantedId] = useState<string | undefined>(tripIdFromUrl);
  const trip = pickShownTrip(trips, wantedId, currentId);
  const loading = tripsQuery.loading || currentQuery.loading;

  useEffect(() => {
    if (!loading) rememberTripInUrl(trip?.id);
  }, [trip?.id, loading]);

  useEffect(() => {
    document.title = trip !== undefined ? `${trip.name} — Trip report — Talk Clipper` : 'Trip report — Talk Clipper';
  }, [trip?.name]);

  return { trips, currentId, trip, show: setWantedId, loading, error: tripsQuery.error ?? currentQuery.error };
}
