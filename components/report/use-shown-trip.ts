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

export function tripIdFromUrl(): string | undefined {
  return new URLSearchParams(location.search).get('trip') ?? undefined;
}

/** The trip shown: the one asked for, else the current trip, else the newest. */
export function pickShownTrip(trips: readonly Trip[], wantedId: string | undefined, currentId: string | undefined): Trip | undefined {
  return trips.find((t) => t.id === wantedId) ?? trips.find((t) => t.id === currentId) ?? trips[0];
}

function rememberTripInUrl(id: string | undefined): void {
  const url = new URL(location.href);
  if (id === undefined) url.searchParams.delete('trip');
  else url.searchParams.set('trip', id);
  if (url.href !== location.href) history.replaceState(null, '', url);
}

/** `first`: the page's first read, started before the first render (storage/report-view.ts). */
export function useShownTrip(first?: Promise<ReportFirstView>): ShownTrip {
  // Derived once (a lazy initial state): the live queries read their `first` on the first render only.
  const [firstTrips] = useState(() => first?.then((view) => view.trips));
  const [firstCurrent] = useState(() => first?.then((view) => view.currentId));
  const tripsQuery = useLiveQuery(() => listTrips(), [], firstTrips);
  const currentQuery = useLiveQuery(() => getCurrentTripId(), [], firstCurrent);
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
