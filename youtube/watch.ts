/**
 * What a side panel shows about the video playing in a tab, read from the same page
 * snapshot a clip is taken from, by the same rules (draftFromSnapshot): which video,
 * its stream title, channel and live status, its chapters, and the talk covering a
 * moment. Pure.
 */
import type { ChapterRef, LiveStatus } from '../model/types';
import type { RefusalCode } from '../messaging/protocol';
import { chapterAt, splitTitleAndSpeakers } from './chapters';
import type { Chapter } from './chapters';
import { chaptersOf, draftFromSnapshot } from './draft';
import { readPlayerFacts } from './player-facts';
import type { PageSnapshot } from './snapshot';

export interface WatchedVideo {
  videoId: string;
  streamTitle: string;
  channel: string;
  liveStatus: LiveStatus;
  chapters: Chapter[];
}

export type WatchOutcome =
  | { ok: true; video: WatchedVideo; seconds: number }
  | { ok: false; code: RefusalCode; message: string };

/** The talk on at a moment: its proposed title and speakers, and the chapter it comes from. */
export interface TalkNow {
  title: string;
  speakers: string[];
  chapter?: ChapterRef;
}

export function watchFromSnapshot(snapshot: PageSnapshot): WatchOutcome {
  const outcome = draftFromSnapshot(snapshot);
  if (!outcome.ok) return outcome;
  const { videoId, streamTitle, channel, liveStatus, seconds } = outcome.draft;
  const chapters = chaptersOf(snapshot, readPlayerFacts(snapshot.player), videoId, liveStatus);
  return { ok: true, video: { videoId, streamTitle, channel, liveStatus, chapters }, seconds };
}

/** The chapter's talk at `seconds` (title split from its speakers); the stream title where no chapter covers it. */
export function chapterTalkAt(video: WatchedVideo, seconds: number): TalkNow {
  const chapter = chapterAt(video.chapters, seconds);
  if (chapter === null) return { title: video.streamTitle, speakers: [] };
  const { title, speakers } = splitTitleAndSpeakers(chapter.title);
  return { title, speakers, chapter: { title: chapter.title, seconds: chapter.seconds } };
}
