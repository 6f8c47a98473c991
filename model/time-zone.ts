/**
 * Wall-clock time in an IANA time zone → instant, with daylight-saving changes, using the
 * platform's own time-zone data through Intl (no time-zone table of our own). Pure.
 */
import { canonicalTimeZone } from './time-zone-names';

export interface WallClock {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the platform knows this IANA zone name (e.g. "Europe/Berlin", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 100) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
export function offsetAt(epochMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  const era = parts.find((part) => part.type === 'era')?.value;
  const year = era === 'BC' || era === 'B' ? 1 - get('year') : get('year');
  const asUtc = Date.UTC(year, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  // Intl drops milliseconds; compare whole seconds.
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant at which clocks in `timeZone` show `wall`. Where the wall time happens twice
 * (clocks go back) the earlier one is taken; where it never happens (clocks go forward)
 * the time is moved on by the size of the jump (02:30 on a spring-forward night is 03:30
 * summer time): the same choices as Temporal's "compatible" disambiguation.
 * Throws a RangeError for an unknown zone.
 */
export function wallClockToInstant(wall: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  // A schedule has few distinct start times, and Intl's formatToParts is slow: remember them.
  const key = `${timeZone} ${asUtc}`;
  const known = instants.get(key);
  if (known !== undefined) return new Date(known);
  const instant = instantFor(asUtc, timeZone);
  if (instants.size > 50_000) instants.clear();
  instants.set(key, instant);
  return new Date(instant);
}

const instants = new Map<string, number>();

function instantFor(asUtc: number, timeZone: string): number {
  const dayMs = 86_400_000;
  const before = offsetAt(asUtc - dayMs, timeZone);
  const after = offsetAt(asUtc + dayMs, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((instant) => asUtc - offsetAt(instant, timeZone) === instant)
    .sort((a, b) => a - b);
  // A wall time skipped by a forward jump is read with the offset in force before the jump.
  return candidates[0] ?? asUtc - before;
}

/** The wall clock in `timeZone` at an instant. */
export function instantToWallClock(at: Date, timeZone: string): WallClock {
  const local = new Date(at.getTime() + offsetAt(at.getTime(), timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** `YYYY-MM-DD` of an instant in an IANA time zone; undefined for a bad instant or zone. */
export function dayInTimeZone(instant: string, timeZone: string): string | undefined {
  const time = Date.parse(instant);
  if (!Number.isFinite(time) || !isValidTimeZone(timeZone)) return undefined;
  const { year, month, day } = instantToWallClock(new Date(time), timeZone);
  if (year < 1000 || year > 9999) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** `09:30`: the 24-hour clock in `timeZone` (UTC for a zone the platform does not know). */
export function clockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = clockFormatters.get(timeZone);
  if (formatter === undefined) {
    const options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
    try {
      formatter = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    } catch {
      formatter = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    }
    if (clockFormatters.size > 100) clockFormatters.clear();
    clockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** IANA's current name of a zone this platform knows (`Asia/Calcutta` -> `Asia/Kolkata`); others as given. */
export function ianaTimeZone(name: string): string {
  return canonicalTimeZone(name, isValidTimeZone);
}

/** The browser's own IANA time zone, by its current name (UTC where it names none). */
export function browserTimeZone(): string {
  return ianaTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}
