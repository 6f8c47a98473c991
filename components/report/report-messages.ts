/**
 * Sentences of the trip-report page's status and alert areas, and the trip form's
 * text <-> field conversions. Pure, so they are unit-tested.
 */
import type { Trip } from '../../model/types';
import type { ImportSummary } from '../../storage/backup';
import type { TripChanges } from '../../storage/trips';
import { formatList, isHttpUrl, parseList, parseTags } from '../../ui/fields';

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

export function clipCount(n: number): string {
  return count(n, 'clip', 'clips');
}

/** "Imported 3 trips and 120 clips (0 unchanged)." — added and updated records count as imported. */
export function importSummaryMessage(summary: ImportSummary): string {
  const trips = summary.tripsAdded + summary.tripsUpdated;
  const clips = summary.clipsAdded + summary.clipsUpdated;
  return `Imported ${count(trips, 'trip', 'trips')} and ${clipCount(clips)} (${summary.unchanged.toLocaleString('en-US')} unchanged).`;
}

export function backupDownloadedMessage(fileName: string, trips: number, clips: number): string {
  return `Backup downloaded as ${fileName} (${count(trips, 'trip', 'trips')}, ${clipCount(clips)}).`;
}

export function movedMessage(n: number, tripName: string): string {
  return `Moved ${clipCount(n)} to “${tripName}”.`;
}

export function deletedClipsMessage(n: number): string {
  return `Deleted ${clipCount(n)}.`;
}

export function restoredClipsMessage(n: number): string {
  return `Restored ${clipCount(n)}.`;
}

export function deletedTripMessage(name: string, clips: number): string {
  return `Deleted trip “${name}” and its ${clipCount(clips)}.`;
}

export function ratedMessage(n: number, ratingLabel: string): string {
  return `Set rating ${ratingLabel} on ${clipCount(n)}.`;
}

export function kindMessage(n: number, kindLabel: string): string {
  return `Set kind ${kindLabel} on ${clipCount(n)}.`;
}

/** "Showing 101–200 of 5,000 clips" / "12 clips" / "3 of 5,000 clips match". */
export function listCountMessage(start: number, shown: number, matching: number, total: number): string {
  const f = (n: number) => n.toLocaleString('en-US');
  if (total === 0) return 'No clips in this trip yet.';
  if (matching === 0) return `No clips match (${clipCount(total)} in this trip).`;
  const of = matching === total ? clipCount(total) : `${f(matching)} matching (of ${clipCount(total)})`;
  if (shown >= matching) return matching === total ? clipCount(total) : `${of}`;
  return `Showing ${f(start + 1)}–${f(start + shown)} of ${of}`;
}

/** The count line while only the first rows of a trip are read. */
export function partialCountMessage(shown: number, total: number): string {
  if (total === 0) return 'Loading clips…';
  return `Showing ${shown.toLocaleString('en-US')} of ${clipCount(total)}; reading the rest…`;
}

/** The hint beside Make current. */
export function currentTripHint(isCurrent: boolean, hasCurrent: boolean): string {
  if (isCurrent) return 'This is the current trip: new clips go here.';
  return hasCurrent ? 'New clips go to another trip.' : 'No trip is current: the next clip starts a new trip.';
}

/** The trip fields other than the name, as typed in the form. */
export interface TripFormState {
  place: string;
  startDate: string;
  endDate: string;
  url: string;
  tags: string;
  categories: string;
  intro: string;
  outro: string;
}

export function tripForm(trip: Trip): TripFormState {
  return {
    place: trip.place ?? '',
    startDate: trip.startDate ?? '',
    endDate: trip.endDate ?? '',
    url: trip.url ?? '',
    tags: formatList(trip.tags),
    categories: formatList(trip.categories),
    intro: trip.intro,
    outro: trip.outro,
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type TripFieldProblem = 'url' | 'startDate' | 'endDate';

export interface TripFormProblems {
  url?: string;
  startDate?: string;
  endDate?: string;
  /** Not blocking: shown, and the dates are saved anyway. */
  dateOrder?: string;
}

/** What is wrong with the typed fields. A field with a problem is not saved (the others are). */
export function tripFormProblems(form: TripFormState): TripFormProblems {
  const problems: TripFormProblems = {};
  const url = form.url.trim();
  if (url !== '' && !isHttpUrl(url)) problems.url = 'Trip URL must start with http:// or https://; it is not saved.';
  if (form.startDate !== '' && !DAY.test(form.startDate)) problems.startDate = 'Start date must be a date (YYYY-MM-DD); it is not saved.';
  if (form.endDate !== '' && !DAY.test(form.endDate)) problems.endDate = 'End date must be a date (YYYY-MM-DD); it is not saved.';
  if (problems.startDate === undefined && problems.endDate === undefined && form.startDate !== '' && form.endDate !== '' && form.endDate < form.startDate) {
    problems.dateOrder = 'The end date is before the start date.';
  }
  return problems;
}

/**
 * The changes to store for the typed form, against the stored trip: only fields that
 * differ and are valid. An emptied optional field is removed (`undefined`).
 */
export function tripChanges(form: TripFormState, stored: Trip): TripChanges {
  const problems = tripFormProblems(form);
  const changes: TripChanges = {};
  const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
  const place = optional(form.place);
  if (place !== stored.place) changes.place = place;
  if (problems.startDate === undefined && optional(form.startDate) !== stored.startDate) changes.startDate = optional(form.startDate);
  if (problems.endDate === undefined && optional(form.endDate) !== stored.endDate) changes.endDate = optional(form.endDate);
  if (problems.url === undefined && optional(form.url) !== stored.url) changes.url = optional(form.url);
  const tags = parseTags(form.tags);
  if (JSON.stringify(tags) !== JSON.stringify(stored.tags)) changes.tags = tags;
  const categories = parseList(form.categories);
  if (JSON.stringify(categories) !== JSON.stringify(stored.categories)) changes.categories = categories;
  if (form.intro !== stored.intro) changes.intro = form.intro;
  if (form.outro !== stored.outro) changes.outro = form.outro;
  return changes;
}

/** Whether the stored trip says the same as the typed form (so a live update need not replace it). */
export function sameTripForm(a: TripFormState, b: TripFormState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// Texts of the page that its plain-DOM first paint (first-paint.ts) shows too, before the
// app's components have loaded: one copy, so the two cannot drift apart.

export const NO_TRIPS_MESSAGE = 'No trips yet. Press New trip, or clip a talk on YouTube: your first clip starts a trip.';
export const INTRO_HINT = 'Markdown, placed before the talks.';
export const OUTRO_HINT = 'Markdown, placed after the talks.';
export const NO_SCHEDULE_HINT =
  'Import the conference schedule (pretalx or frab schedule.json, schedule.xml, iCal, Sessionize) and every clip is named after the talk it shows.';
/** Before TIME_ZONE_HINT while the trip has no time zone of its own. */
export const BROWSER_TIME_ZONE_NOTE = 'This browser’s time zone. ';
export const TIME_ZONE_HINT = 'For schedules that give no time zone.';
export const SCHEDULE_URL_PLACEHOLDER = 'https://pretalx.com/democon/schedule/export/schedule.json';
/** The `accept` of the schedule and backup file inputs. */
export const SCHEDULE_FILE_TYPES = '.json,.xml,.ics,application/json,text/xml,application/xml,text/calendar';
export const BACKUP_FILE_TYPES = '.json,application/json';
export const CLIP_SEARCH_PLACEHOLDER = 'Title, speaker, notes, stream…';
export const NO_OTHER_TRIP = 'No other trip';
export const EXPORT_LOADING = 'Loading the export…';
export const EXPORT_WAITS_FOR_TRIP = 'The export opens once every clip of the trip is read…';
