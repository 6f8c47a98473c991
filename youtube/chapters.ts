/**
 * Chapters of a video from YouTube's initial data: the creator's chapters on the player
 * bar, else the creator's description-chapters panel. Never the auto-generated "Key
 * moments" (`AUTO_CHAPTERS` markers, `engagement-panel-macro-markers-auto-chapters`):
 * those are YouTube's guesses, not the creator's, and must not become talk titles.
 * (Description lines are read in description-chapters.ts.)
 */
import { cleanChapterText, MAX_CHAPTER_TITLE_LENGTH, normaliseChapters } from './description-chapters';
import { MAX_OFFSET_SECONDS, parseTimestamp } from './time';
import { dig, readArray, readFiniteNumber, readString, readYouTubeText } from './untrusted';

export { MAX_CHAPTER_TITLE_LENGTH, MIN_DESCRIPTION_CHAPTERS, parseDescriptionChapters } from './description-chapters';

export interface Chapter {
  title: string;
  /** Start, whole seconds from the start of the video. */
  seconds: number;
}

/** The creator's chapters: the player bar's `DESCRIPTION_CHAPTERS` markers and the panel of that name. */
const DESCRIPTION_CHAPTERS_MARKERS = 'DESCRIPTION_CHAPTERS';
export const DESCRIPTION_CHAPTERS_PANEL = 'engagement-panel-macro-markers-description-chapters';

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
    if (dig(entry, 'key') !== DESCRIPTION_CHAPTERS_MARKERS) continue;
    const chapters: Chapter[] = [];
    for (const item of readArray(dig(entry, 'value', 'chapters'))) {
      const renderer = dig(item, 'chapterRenderer');
      const title = cleanChapterText(readYouTubeText(dig(renderer, 'title'), MAX_CHAPTER_TITLE_LENGTH) ?? '');
      const seconds = wholeSecondsFromMillis(dig(renderer, 'timeRangeStartMillis'));
      if (title !== '' && seconds !== undefined) chapters.push({ title, seconds });
    }
    if (chapters.length > 0) return normaliseChapters(chapters);
  }
  return [];
}

function panelChapters(panel: unknown): Chapter[] {
  const chapters: Chapter[] = [];
  const contents = dig(panel, 'engagementPanelSectionListRenderer', 'content', 'macroMarkersListRenderer', 'contents');
  for (const item of readArray(contents)) {
    const renderer = dig(item, 'macroMarkersListItemRenderer');
    const title = cleanChapterText(readYouTubeText(dig(renderer, 'title'), MAX_CHAPTER_TITLE_LENGTH) ?? '');
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
  return normaliseChapters(chapters);
}

/** Only the creator's description-chapters panel. */
function engagementPanelChapters(initialData: unknown): Chapter[] {
  for (const panel of readArray(dig(initialData, 'engagementPanels'))) {
    const identifier =
      readString(dig(panel, 'engagementPanelSectionListRenderer', 'panelIdentifier'), 200) ??
      readString(dig(panel, 'engagementPanelSectionListRenderer', 'targetId'), 200);
    if (identifier !== DESCRIPTION_CHAPTERS_PANEL) continue;
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
