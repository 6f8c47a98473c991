/**
 * Small readers shared by the schedule parsers: bounded text, safe links, clock times,
 * durations and date-times as the formats write them. Pure.
 */
import { ScheduleImportError } from './import-error';
import type { ScheduleLink, ScheduleTalk } from './model';
import { wallClockToInstant } from '../model/time-zone';

export const LIMITS = {
  /** Characters of a schedule file (about 20 MB). */
  fileChars: 20_000_000,
  /** Ten times FOSDEM's; also the most items a list in a backup may hold, so a stored schedule always restores. */
  talks: 10_000,
  rooms: 1000,
  title: 1000,
  name: 200,
  room: 300,
  label: 500,
  url: 4096,
  speakers: 50,
  links: 50,
} as const;

/** What every parser knows about the file it reads. */
export interface ParseContext {
  /** How messages name the file: its name, else the format ("The schedule"). */
  source: string;
  /** The trip's Conference time zone, for times written without one. */
  timeZone: string;
}

export function fail(context: ParseContext, where: string, what: string): never {
  throw new ScheduleImportError(`${context.source}: ${where} ${what}.`);
}

/** Trimmed text with runs of white space made one space, cut to `max` characters. */
export function cleanText(value: unknown, max: number): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
}

/** Text, or undefined when empty. */
export function optionalText(value: unknown, max: number): string | undefined {
  return cleanText(value, max) || undefined;
}

/** An absolute http(s) URL (relative ones resolved against `base`), else undefined. */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim() || value.length > LIMITS.url) return undefined;
  let url: URL;
  try {
    url = base ? new URL(value.trim(), base) : new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const href = url.href;
  return href.length <= LIMITS.url ? href : undefined;
}

const NOT_SLIDES = /feedback/i;

/** Links the schedule gives a talk (slides, recordings, papers); feedback forms left out. */
export function readLinks(raw: { url: unknown; label: unknown }[], base?: string): ScheduleLink[] {
  const links: ScheduleLink[] = [];
  const seen = new Set<string>();
  for (const { url: rawUrl, label: rawLabel } of raw) {
    const url = safeUrl(rawUrl, base);
    if (!url || seen.has(url)) continue;
    // No label: left empty, for the clip to name it by its address (schedule/link-label.ts).
    const label = cleanText(rawLabel, LIMITS.label);
    if (NOT_SLIDES.test(label)) continue;
    seen.add(url);
    links.push({ label, url });
    if (links.length === LIMITS.links) break;
  }
  return links;
}

export function readSpeakers(names: unknown[]): string[] {
  const speakers: string[] = [];
  for (const name of names) {
    const text = cleanText(name, LIMITS.name);
    if (text && !speakers.includes(text)) speakers.push(text);
    if (speakers.length === LIMITS.speakers) break;
  }
  return speakers;
}

/** "HH:MM" or "HH:MM:SS" → milliseconds since midnight (hours may exceed 23 in durations). */
export function clockToMs(value: unknown, maxHours = 23): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  if (hours > maxHours) return undefined;
  return ((hours * 60 + Number(match[2])) * 60 + Number(match[3] ?? 0)) * 1000;
}

/** A duration: "HH:MM", "HH:MM:SS" or frab's "D:HH:MM" (days). */
export function durationToMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const withDays = /^(\d{1,2}):(\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (withDays) {
    return (((Number(withDays[1]) * 24 + Number(withDays[2])) * 60 + Number(withDays[3])) * 60 + Number(withDays[4])) * 1000;
  }
  return clockToMs(value, 999);
}

/** "YYYY-MM-DD" → its parts, or undefined. */
export function readDate(value: unknown): { year: number; month: number; day: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { year, month, day };
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * An ISO date-time. With `Z` or an offset it is an instant; without one it is a wall
 * clock in `timeZone`. Undefined when it is not a date-time.
 */
export function readDateTime(value: unknown, timeZone: string): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((index) => Number(match[index] ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  const zone = match[7];
  if (zone === undefined) return wallClockToInstant({ year, month, day, hour, minute, second }, timeZone);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (/^z$/i.test(zone)) return new Date(utc);
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return new Date(utc - sign * offsetMinutes * 60_000);
}

/** Whether a date-time string carries its own offset (`Z` or `+01:00`). */
export function hasOffset(value: string): boolean {
  return /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value.trim());
}

/** Makes every talk's code unique within the schedule (a repeated one gets "~2", "~3"…). */
export function uniqueCodes(talks: ScheduleTalk[]): ScheduleTalk[] {
  const seen = new Map<string, number>();
  return talks.map((talk) => {
    const count = (seen.get(talk.code) ?? 0) + 1;
    seen.set(talk.code, count);
    return count === 1 ? talk : { ...talk, code: `${talk.code.slice(0, 190)}~${count}` };
  });
}
