/**
 * Chapters of a video: from YouTube's initial data (the player bar and the chapters
 * panel) or parsed from timestamp lines in the description; the chapter covering a
 * moment; and `Title — Speaker` chapter titles split into talk title and speakers.
 */
import { MAX_OFFSET_SECONDS, parseTimestamp } from './time';
import { dig, readArray, readFiniteNumber, readString, readYouTubeText } from './untrusted';

export interface Chapter {
  title: string;
  /** Start, whole seconds from the start of the video. */
  seconds: number;
}

export const MAX_CHAPTER_TITLE_LENGTH = 300;
const MAX_CHAPTERS = 500;
/** Longer description lines are prose, not schedule entries. */
const MAX_CHAPTER_LINE_LENGTH = 300;

/**
 * Fewest timestamp lines that make a description schedule. One timestamp (say
 * "Doors open at 10:30") is prose, not a schedule; two talks in a stream already are.
 * (YouTube itself wants three chapters starting at 0:00 — a stream's schedule often
 * starts later and may list two talks, so we are more lenient.)
 */
export const MIN_DESCRIPTION_CHAPTERS = 2;

const TS = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{2}(?![:\d])`;
const SEP = String.raw`[-–—:|•·>]`;
/** `1:02:03 Title`, `1:02:03 - Title`, `(1:02:03) Title`, `[1:02:03] Title`, `1:02:03 - 1:30:00 Title`. */
const LEADING = new RegExp(String.raw`^[(\[]?(${TS})(?:\s*[-–—]\s*${TS})?[)\]]?(?:(?:\s*${SEP})+\s*|\s+)(.*)$`);
/** `Title 1:02:03`, `Title - 1:02:03`, `Title (1:02:03)`. */
const TRAILING = new RegExp(String.raw`^(.*?)(?:\s*${SEP})*\s+[(\[]?(${TS})[)\]]?$`);
/** List markers before a line: `- `, `* `, `• `, `1. `. */
const BULLET = /^(?:[-*•·▶►]\s+|\d{1,3}[.)]\s+)/;

interface LineMatch {
  stamp: string;
  title: string;
}

function matchChapterLine(rawLine: string): LineMatch | null {
  const line = rawLine.trim().replace(BULLET, '');
  if (line === '' || line.length > MAX_CHAPTER_LINE_LENGTH) return null;
  const leading = LEADING.exec(line);
  if (leading?.[1] !== undefined && leading[2] !== undefined) return { stamp: leading[1], title: leading[2] };
  const trailing = TRAILING.exec(line);
  if (trailing?.[1] !== undefined && trailing[2] !== undefined) return { stamp: trailing[2], title: trailing[1] };
  return null;
}

function cleanTitle(title: string): string {
  return (readString(title.replace(/\s+/g, ' ').trim(), MAX_CHAPTER_TITLE_LENGTH) ?? '').trim();
}

/** Sorted by start, one chapter per start second (the first listed wins), capped in count. */
function normalise(chapters: readonly Chapter[]): Chapter[] {
  const seen = new Set<number>();
  const unique: Chapter[] = [];
  for (const chapter of chapters) {
    if (seen.has(chapter.seconds) || chapter.title === '') continue;
    seen.add(chapter.seconds);
    unique.push(chapter);
  }
  return unique.sort((a, b) => a.seconds - b.seconds).slice(0, MAX_CHAPTERS);
}

/**
 * Chapters from description lines with a timestamp before (`1:02:03 Title`,
 * `1:02:03 - Title`, `(1:02:03) Title`) or after the title (`Title 1:02:03`,
 * `Title - 1:02:03`). Sorted by time; need not start at 0:00. When `durationSeconds`
 * is known (> 0), lines at or past it are dropped. Fewer than MIN_DESCRIPTION_CHAPTERS
 * lines -> [].
 */
export function parseDescriptionChapters(description: string, durationSeconds?: number): Chapter[] {
  if (typeof description !== 'string') return [];
  const limit =
    durationSeconds !== undefined && Number.isFinite(durationSeconds) && durationSeconds > 0 ? durationSeconds : Infinity;
  const found: Chapter[] = [];
  for (const line of description.split(/\r\n|\r|\n/)) {
    const match = matchChapterLine(line);
    if (!match) continue;
    const seconds = parseTimestamp(match.stamp);
    const title = cleanTitle(match.title);
    if (seconds === null || seconds >= limit || title === '') continue;
    found.push({ title, seconds });
  }
  const chapters = normalise(found);
  return chapters.length >= MIN_DESCRIPTION_CHAPTERS ? chapters : [];
}

function wholeSecondsFromMillis(value: unknown): number | undefined {
  const millis = readFiniteNumber(value);
  if (millis === undefined || millis < 0) return undefined;
  const seconds = Math.floor(millis / 1000);
  return seconds <= MAX_OFFSET_SECONDS ? seconds : undefined;
}

function playerBarChapters(initialData: unknown): Chapter[] {
  const markersMap = dig(
    initialData,
    'playerOverlays',
    'playerOverlayRenderer',
    'decoratedPlayerBarRenderer',
    'decoratedPlayerBarRenderer',
    'playerBar',
    'multiMarkersPlayerBarRenderer',
    'markersMap',
  );
  for (const entry of readArray(markersMap)) {
    const chapters: Chapter[] = [];
    for (const item of readArray(dig(entry, 'value', 'chapters'))) {
      const renderer = dig(item, 'chapterRenderer');
      const title = cleanTitle(readYouTubeText(dig(renderer, 'title'), MAX_CHAPTER_TITLE_LENGTH) ?? '');
      const seconds = wholeSecondsFromMillis(dig(renderer, 'timeRangeStartMillis'));
      if (title !== '' && seconds !== undefined) chapters.push({ title, seconds });
    }
    if (chapters.length > 0) return normalise(chapters);
  }
  return [];
}

function panelChapters(panel: unknown): Chapter[] {
  const chapters: Chapter[] = [];
  const contents = dig(panel, 'engagementPanelSectionListRenderer', 'content', 'macroMarkersListRenderer', 'contents');
  for (const item of readArray(contents)) {
    const renderer = dig(item, 'macroMarkersListItemRenderer');
    const title = cleanTitle(readYouTubeText(dig(renderer, 'title'), MAX_CHAPTER_TITLE_LENGTH) ?? '');
    const described = readYouTubeText(dig(renderer, 'timeDescription'), 32);
    const fromTap = readFiniteNumber(dig(renderer, 'onTap', 'watchEndpoint', 'startTimeSeconds'));
    const seconds =
      described !== undefined
        ? parseTimestamp(described)
        : fromTap !== undefined && Number.isSafeInteger(fromTap) && fromTap >= 0
          ? fromTap
          : null;
    if (title !== '' && seconds !== null) chapters.push({ title, seconds });
  }
  return normalise(chapters);
}

/** Chapter panels first (`engagement-panel-macro-markers-description-chapters`), then other marker lists. */
function engagementPanelChapters(initialData: unknown): Chapter[] {
  const panels = readArray(dig(initialData, 'engagementPanels'));
  const identifier = (panel: unknown): string =>
    readString(dig(panel, 'engagementPanelSectionListRenderer', 'panelIdentifier'), 200) ??
    readString(dig(panel, 'engagementPanelSectionListRenderer', 'targetId'), 200) ??
    '';
  const ordered = [
    ...panels.filter((panel) => identifier(panel).includes('chapters')),
    ...panels.filter((panel) => !identifier(panel).includes('chapters')),
  ];
  for (const panel of ordered) {
    const chapters = panelChapters(panel);
    if (chapters.length > 0) return chapters;
  }
  return [];
}

/**
 * Chapters from YouTube's initial data (the player bar's markers, else the chapters
 * engagement panel), only when `currentVideoEndpoint.watchEndpoint.videoId` is
 * `videoId`: after in-page navigation the initial data may still describe the
 * previous video, and then it is ignored ([]).
 */
export function chaptersFromInitialData(initialData: unknown, videoId: string): Chapter[] {
  if (dig(initialData, 'currentVideoEndpoint', 'watchEndpoint', 'videoId') !== videoId) return [];
  const fromPlayerBar = playerBarChapters(initialData);
  return fromPlayerBar.length > 0 ? fromPlayerBar : engagementPanelChapters(initialData);
}

/** The chapter covering `seconds`: the last one starting at or before it; null before the first. */
export function chapterAt(chapters: readonly Chapter[], seconds: number): Chapter | null {
  let best: Chapter | null = null;
  for (const chapter of chapters) {
    if (chapter.seconds <= seconds && (best === null || chapter.seconds >= best.seconds)) best = chapter;
  }
  return best;
}

export { splitTitleAndSpeakers } from './speakers';
export type { TitleAndSpeakers } from './speakers';
