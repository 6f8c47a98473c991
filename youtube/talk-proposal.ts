/**
 * The talk a clip proposes from a video's chapters: the chapter covering the moment, read
 * in the context of the whole list (speakers.ts), and whether the chapters are the talks
 * of a session or only the sections of one talk. Sections keep the video's own title
 * as the talk title; the section stays the clip's chapter.
 */
import { chapterAt } from './chapters';
import type { Chapter } from './chapters';
import { rememberLast } from './remember-last';
import { readChapterList } from './speakers';
import type { ListReading } from './speakers';

const readChapters = rememberLast(
  (titles: readonly string[]) => readChapterList(titles),
  (titles) => titles.join('\n'),
);

export interface TalkContext {
  /** The video's own title. */
  videoTitle: string;
  /** Length of the recording in seconds; undefined or 0 when unknown (a live stream). */
  durationSeconds?: number;
}

export interface TalkProposal {
  title: string;
  speakers: string[];
  chapter: Chapter | null;
}

const HOUR = 3600;
/** Without speakers on the lines, only a long video of talk-length chapters is a session. */
const SESSION_WITHOUT_SPEAKERS_SECONDS = 2 * HOUR;
const TALK_LENGTH_SECONDS = 10 * 60;

export type ChapterListKind = 'talks' | 'sections';

/**
 * Talks when the list looks like a session of several talks: several distinct speakers
 * (three, or two on most lines or in a long video), a list of who spoke when, or — with
 * no speakers named — a long video whose chapters are talk-length. Otherwise sections.
 */
export function chapterListKind(chapters: readonly Chapter[], reading: ListReading, durationSeconds?: number): ChapterListKind {
  if (reading.namesOnly) return 'talks';
  const distinct = new Set(reading.lines.flatMap((line) => line.speakers.map((speaker) => speaker.toLowerCase()))).size;
  const withSpeakers = reading.lines.filter((line) => line.speakers.length > 0).length;
  const known = durationSeconds !== undefined && Number.isFinite(durationSeconds) && durationSeconds > 0;
  const long = !known || durationSeconds >= HOUR;
  if (distinct >= 3) return 'talks';
  if (distinct >= 2 && (withSpeakers * 2 > reading.lines.length || long)) return 'talks';
  const first = chapters[0]?.seconds ?? 0;
  const last = chapters[chapters.length - 1]?.seconds ?? 0;
  const span = last - first;
  const meanGap = chapters.length > 1 ? span / (chapters.length - 1) : 0;
  const length = known ? durationSeconds : span;
  return length >= SESSION_WITHOUT_SPEAKERS_SECONDS && meanGap >= TALK_LENGTH_SECONDS ? 'talks' : 'sections';
}

export function proposeTalk(chapters: readonly Chapter[], seconds: number, context: TalkContext): TalkProposal {
  const chapter = chapterAt(chapters, seconds);
  if (chapter === null) return { title: context.videoTitle, speakers: [], chapter: null };
  const reading = readChapters(chapters.map((entry) => entry.title));
  const line = reading.lines[chapters.indexOf(chapter)];
  const speakers = line?.speakers ?? [];
  if (chapterListKind(chapters, reading, context.durationSeconds) === 'sections') {
    return { title: context.videoTitle, speakers, chapter };
  }
  return { title: line?.title ?? context.videoTitle, speakers, chapter };
}
