/**
 * The post's date-time (RFC 3339, with the UTC offset the writer's time zone has on that
 * date): `2024-10-06` + `21:54:45` in Europe/Lisbon -> `2024-10-06T21:54:45+01:00`.
 * Pure: the time zone is an input (the panel passes the browser's); its offsets come from
 * model/time-zone.ts, the one place that reads time zones through Intl.
 */
import { offsetAt, wallClockToInstant } from '../model/time-zone';

/** `HH:MM` or `HH:MM:SS`, 24-hour. */
export const POST_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;

/**
 * The UTC offset, in minutes east, of the wall-clock time `date` `time` in `timeZone`
 * (`Europe/Madrid`: 120 on 2024-07-01, 60 on 2024-12-01).
 */
export function utcOffsetMinutes(date: string, time: string, timeZone: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0, second = 0] = time.split(':').map(Number);
  const instant = wallClockToInstant({ year, month, day, hour, minute, second }, timeZone);
  return Math.round(offsetAt(instant.getTime(), timeZone) / 60_000);
}

/** `+01:00`, `-05:30`, `+00:00`. */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.abs(minutes);
  return `${sign}${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

/** `2024-10-06T21:54:45+01:00` (seconds `:00` when the time has none). */
export function postDateTime(date: string, time: string, timeZone: string): string {
  const seconds = time.length === 5 ? `${time}:00` : time;
  return `${date}T${seconds}${formatUtcOffset(utcOffsetMinutes(date, seconds, timeZone))}`;
}
