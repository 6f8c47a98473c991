/**
 * Row upgrades run by Dexie version upgrades. Pure functions over plain objects: they
 * only fill in what is missing and never drop a row, even one that would not pass the
 * current schema (deleting a user's data on upgrade is never the right answer).
 */
import { TALK_KINDS } from '../model/types';

type Row = Record<string, unknown>;

function fillString(row: Row, key: string, fallback: string): void {
  if (typeof row[key] !== 'string') row[key] = fallback;
}

function fillList(row: Row, key: string): void {
  if (!Array.isArray(row[key])) row[key] = [];
}

/** v1 -> v2 trip: lists and Markdown sections always present. Mutates and returns the row. */
export function upgradeTripToV2(row: Row): Row {
  fillList(row, 'tags');
  fillList(row, 'categories');
  fillString(row, 'intro', '');
  fillString(row, 'outro', '');
  return row;
}

/** v1 -> v2 clip: `rating: undefined` becomes null (unrated), defaults for the other editable fields. */
export function upgradeClipToV2(row: Row): Row {
  if (row.rating === undefined) row.rating = null;
  if (typeof row.kind !== 'string' || !(TALK_KINDS as readonly string[]).includes(row.kind)) row.kind = 'talk';
  fillList(row, 'speakers');
  fillList(row, 'tags');
  fillList(row, 'links');
  fillString(row, 'notes', '');
  fillString(row, 'streamTitle', '');
  fillString(row, 'channel', '');
  fillString(row, 'title', typeof row.streamTitle === 'string' ? row.streamTitle : '');
  if (typeof row.seconds === 'number' && Number.isFinite(row.seconds) && !Number.isInteger(row.seconds)) {
    row.seconds = Math.max(0, Math.floor(row.seconds));
  }
  if (typeof row.updatedAt !== 'string' && typeof row.capturedAt === 'string') row.updatedAt = row.capturedAt;
  return row;
}
