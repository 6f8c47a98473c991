/** The order trips are listed in (the trip selector, the report page's fallback trip). Pure. */
import type { Trip } from './types';

/** The day a trip is sorted by: its start date, else the day it was created. */
function sortDay(trip: Trip): string {
  return trip.startDate ?? trip.createdAt.slice(0, 10);
}

/** Newest first: by start date (trips without one count from their creation day), then createdAt. */
export function compareTripsNewestFirst(a: Trip, b: Trip): number {
  const byDay = sortDay(b).localeCompare(sortDay(a));
  if (byDay !== 0) return byDay;
  const byCreated = b.createdAt.localeCompare(a.createdAt);
  return byCreated !== 0 ? byCreated : a.id.localeCompare(b.id);
}
