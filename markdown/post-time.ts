/**
 * The post's date-time (RFC 3339, with the UTC offset the writer's time zone has on that
 * date): `2024-10-06` + `21:54:45` in Europe/Lisbon -> `2024-10-06T21:54:45+01:00`.
 * Pure: the time zone is an input (the panel passes the browser's).
 */

/** `HH:MM` or `HH:MM:SS`, 24-hour. */
export const POST_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;

/** Whether `timeZone` is an IANA zone (or `UTC`) this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC of `timeZone` at the instant `utcMillis`. */
function offsetAt(utcMillis: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(utcMillis));
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return Math.round((wall - Math.floor(utcMillis / 1000) * 1000) / 60_000);
}

/**
 * The UTC offset, in minutes east, of the wall-clock time `date` `time` in `timeZone`
 * (`Europe/Madrid`: 120 on 2024-07-01, 60 on 2024-12-01).
 */
export function utcOffsetMinutes(date: string, time: string, timeZone: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0, second = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // The offset at the wall time read as UTC, then at the instant that guess gives.
  const first = offsetAt(wall, timeZone);
  return offsetAt(wall - first * 60_000, timeZone);
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
