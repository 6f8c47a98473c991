/**
 * The popup's fixed words and accessible names, shared by the Preact popup and its
 * plain-DOM first paint (first-paint.ts), so that both say exactly the same.
 */

/** Rows read and shown per page (and in the first paint). */
export const PAGE_SIZE = 50;

export const TRIP_NAME_LABEL = 'Trip name';
export const NO_TRIP_MESSAGE = 'No trip yet: your first clip starts one.';
export const CLIP_TALK = 'Clip talk';
export const OPEN_TRIP_REPORT = 'Open trip report';
export const OPEN_SIDE_PANEL = 'Open side panel';
export const SHOW_MORE = 'Show more';

/** The list's accessible name: "Clips in JSConf EU 2025", or "Clips" without a trip. */
export function clipListLabel(tripName: string | undefined): string {
  return tripName !== undefined ? `Clips in ${tripName}` : 'Clips';
}
