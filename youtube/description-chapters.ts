/**
 * Chapters from the timestamp lines of a video description, as real organisers write
 * them: `M:SS`, `MM:SS` or `H:MM:SS`, before the text (`12:30 Title`, `(12:30) Title`,
 * `12:30 - Title`, `12:30: Title`, a range `0:00 - 0:10: Title`) or after it
 * (`Title 12:30`, `Title - 12:30`); list markers `-`, `+`, `•`, `*` or `1.` before the
 * line; Markdown emphasis removed. A list whose times are all `H:MM`-looking and fit the
 * video only when read as hours:minutes (`+0:10 - 0:30` in a two-hour recording) is read
 * that way.
 */
import type { Chapter } from './chapters';
import { MAX_OFFSET_SECONDS, parseTimestamp } from './time';
import { readString } from './untrusted';

export const MAX_CHAPTER_TITLE_LENGTH = 300;
const MAX_CHAPTERS = 500;
/** Longer description lines are prose, not schedule entries. */
const MAX_CHAPTER_LINE_LENGTH = 300;
const MAX_LINES = 5000;

/**
 * Fewest timestamp lines that make a description schedule. One timestamp (say
 * "Doors open at 10:30") is prose, not a schedule; two talks in a stream already are.
 * (YouTube itself wants three chapters starting at 0:00 — a stream's schedule often
 * starts later and may list two talks, so we are more lenient.)
 */
export const MIN_DESCRIPTION_CHAPTERS = 2;

/** A clock time; not followed by more digits or by `:digit` (so `0:00:05:` still ends at `05`). */
const TS = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{2}(?!\d)(?!:\d)`;
const OPEN = String.raw`[(\[]?`;
const CLOSE = String.raw`[)\]]?`;
const SEP = String.raw`[-–—:|•·>~]`;
/** `1:02:03 Title`, `1:02:03 - Title`, `1:02:03: Title`, `(1:02:03) Title`, `0:00 - 0:10: Title`, `0:00-5:16: Title`. */
const LEADING = new RegExp(
  String.raw`^${OPEN}(${TS})${CLOSE}(?:\s*[-–—~]\s*${OPEN}${TS}${CLOSE})?(?:(?:\s*${SEP})+\s*|\s+)(.*)$`,
);
/** `Title 1:02:03`, `Title - 1:02:03`, `Title (1:02:03)`. */
const TRAILING = new RegExp(String.raw`^(.*?)(?:\s*${SEP})*\s+${OPEN}(${TS})${CLOSE}$`);
/** List markers before a line: `- `, `+`, `* `, `• `, `1. `. */
const BULLET = /^(?:[-+*•·▶►]+\s*(?=[\d([\p{L}"“*_])|\d{1,3}[.)]\s+)/u;
/** A run of three or more spaces separates columns (`00:00  Omer Sagi      Sugar cane yield`). */
const COLUMNS = / {3,}|\t+/g;

interface LineMatch {
  stamp: string;
  text: string;
}

function matchChapterLine(rawLine: string): LineMatch | null {
  const line = rawLine.trim().replace(BULLET, '');
  if (line === '' || line.length > MAX_CHAPTER_LINE_LENGTH) return null;
  const leading = LEADING.exec(line);
  if (leading?.[1] !== undefined && leading[2] !== undefined) return { stamp: leading[1], text: leading[2] };
  const trailing = TRAILING.exec(line);
  if (trailing?.[1] !== undefined && trailing[2] !== undefined) return { stamp: trailing[2], text: trailing[1] };
  return null;
}

/** `**Title**`, `__Title__`, `*Title*`, `_Title_` -> `Title` (emphasis around words only, not `a*b`). */
export function withoutEmphasis(text: string): string {
  return text
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(“"'‘])[*_](?=[^\s*_])(.+?)(?<=[^\s*_])[*_](?=$|[\s)”"'’.,:;!?—–-])/g, '$1$2');
}

export function cleanChapterText(text: string): string {
  const oneLine = withoutEmphasis(text.replace(COLUMNS, ' | '))
    .replace(/\s+/g, ' ')
    .replace(/^(?:\s*[-–—:|•·~]\s*)+|(?:\s*[-–—:|•·~]\s*)+$/g, '')
    .trim();
  return (readString(oneLine, MAX_CHAPTER_TITLE_LENGTH) ?? '').trim();
}

/** Sorted by start, one chapter per start second (the first listed wins), capped in count. */
export function normaliseChapters(chapters: readonly Chapter[]): Chapter[] {
  const seen = new Set<number>();
  const unique: Chapter[] = [];
  for (const chapter of chapters) {
    if (seen.has(chapter.seconds) || chapter.title === '') continue;
    seen.add(chapter.seconds);
    unique.push(chapter);
  }
  return unique.sort((a, b) => a.seconds - b.seconds).slice(0, MAX_CHAPTERS);
}

interface Stamped {
  title: string;
  seconds: number;
  hasHours: boolean;
}

/**
 * `0:10`, `0:30`, `1:45` in a two-hour recording are hours and minutes: read so when no
 * time has an hour part, every time fits the video only as H:MM (M:SS would crowd the
 * whole list into its first twentieth) and as H:MM they reach past half of it.
 */
function readsAsHoursAndMinutes(stamped: readonly Stamped[], duration: number): boolean {
  if (!Number.isFinite(duration) || stamped.length < MIN_DESCRIPTION_CHAPTERS || stamped.some((entry) => entry.hasHours)) {
    return false;
  }
  const latest = Math.max(...stamped.map((entry) => entry.seconds));
  return latest * 60 <= duration && latest * 60 >= duration / 2 && latest <= duration / 20;
}

/**
 * Chapters from description lines. Sorted by time; need not start at 0:00. When
 * `durationSeconds` is known (> 0), lines at or past it are dropped. Fewer than
 * MIN_DESCRIPTION_CHAPTERS lines -> [].
 */
export function parseDescriptionChapters(description: string, durationSeconds?: number): Chapter[] {
  if (typeof description !== 'string') return [];
  const limit =
    durationSeconds !== undefined && Number.isFinite(durationSeconds) && durationSeconds > 0 ? durationSeconds : Infinity;
  const stamped: Stamped[] = [];
  for (const line of description.split(/\r\n|\r|\n/, MAX_LINES)) {
    const match = matchChapterLine(line);
    if (!match) continue;
    const seconds = parseTimestamp(match.stamp);
    const title = cleanChapterText(match.text);
    if (seconds === null || title === '') continue;
    stamped.push({ title, seconds, hasHours: match.stamp.split(':').length === 3 });
  }
  const scale = readsAsHoursAndMinutes(stamped, limit) ? 60 : 1;
  const found = stamped
    .map((entry) => ({ title: entry.title, seconds: entry.seconds * scale }))
    .filter((entry) => entry.seconds < limit && entry.seconds <= MAX_OFFSET_SECONDS);
  const chapters = normaliseChapters(found);
  return chapters.length >= MIN_DESCRIPTION_CHAPTERS ? chapters : [];
}
