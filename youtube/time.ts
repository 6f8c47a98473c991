/**
 * Offsets into a video, as people and YouTube write them: `t=` values, chapter
 * timestamps, and the `h:mm:ss` clock used in labels.
 */

/** Largest offset accepted anywhere (ten years), so arithmetic never leaves safe integers. */
export const MAX_OFFSET_SECONDS = 10 * 366 * 24 * 3600;

const DIGITS = /^\d{1,12}$/;
const UNITS = /^(?:(\d{1,9})h)?(?:(\d{1,9})m)?(?:(\d{1,12})s)?$/i;
const CLOCK = /^(?:(\d{1,6}):)?(\d{1,2}):(\d{2})$/;

/**
 * Whole seconds written as `90`, `90s`, `1h2m3s`, `2m`, `1:02:03` or `02:03`; null for
 * anything else (empty, negative, fractional, letters, `1:75`).
 * In clock form, minutes after hours and seconds must be below 60 (`75:00` is fine).
 */
export function parseTimestamp(text: string): number | null {
  const value = text.trim();
  if (value === '') return null;
  if (DIGITS.test(value)) return bounded(Number(value));

  const units = UNITS.exec(value);
  if (units) {
    const [, h, m, s] = units;
    if (h === undefined && m === undefined && s === undefined) return null;
    return bounded(Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0));
  }

  const clock = CLOCK.exec(value);
  if (clock) {
    const [, h, m, s] = clock;
    const minutes = Number(m);
    const seconds = Number(s);
    if (seconds >= 60) return null;
    if (h !== undefined && minutes >= 60) return null;
    return bounded(Number(h ?? 0) * 3600 + minutes * 60 + seconds);
  }
  return null;
}

function bounded(seconds: number): number | null {
  return Number.isSafeInteger(seconds) && seconds >= 0 && seconds <= MAX_OFFSET_SECONDS ? seconds : null;
}

/** `h:mm:ss` for a number of seconds (floored; negative or non-finite become 0): 3723 -> "1:02:03". */
export function formatClock(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
