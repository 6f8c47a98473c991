/**
 * Calendar days in the user's time zone, computed purely from a UTC offset (never from
 * the machine's time zone, so the background and tests agree with the user's clock).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` of an instant (epoch ms) at `utcOffsetMinutes` east of UTC; null when out of range. */
export function localDay(epochMillis: number, utcOffsetMinutes: number): string | null {
  if (!Number.isFinite(epochMillis) || !Number.isFinite(utcOffsetMinutes)) return null;
  const shifted = new Date(epochMillis + utcOffsetMinutes * 60_000);
  if (Number.isNaN(shifted.getTime())) return null;
  const year = shifted.getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  const month = String(shifted.getUTCMonth() + 1).padStart(2, '0');
  const day = String(shifted.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
