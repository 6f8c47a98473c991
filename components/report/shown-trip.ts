/**
 * Which trip the report page shows (pure: the page's entry picks it for its first paint,
 * before Preact loads; use-shown-trip.ts keeps it in the URL): the one asked for in the
 * page's URL (`?trip=<id>`), else the current trip, else the newest.
 */
import type { Trip } from '../../model/types';

export function tripIdFromUrl(): string | undefined {
  return new URLSearchParams(location.search).get('trip') ?? undefined;
}

/** The trip shown: the one asked for, else the current trip, else the newest. */
export function pickShownTrip(trips: readonly Trip[], wantedId: string | undefined, currentId: string | undefined): Trip | undefined {
  return trips.find((t) => t.id === wantedId) ?? trips.find((t) => t.id === currentId) ?? trips[0];
}
