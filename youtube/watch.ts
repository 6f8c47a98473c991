/**
 * What a side panel shows about the video playing in a tab, read from the same page
 * snapshot a clip is taken from, by the same rules (draftFromSnapshot): which video,
 * its stream title, channel and live status, its chapters, the broadcast's start (what a
 * schedule's talk is matched by), and the chapter's talk covering a moment. Pure.
 */
import type { ChapterRef, LiveStatus } from '../model/types';
import type { RefusalCode } from '../messaging/protocol';
import type { Chapter } from './chapters';
import { chaptersOf, draftFromSnapshot, streamStartOf } from './draft';
import { readPlayerFacts } from './player-facts';
import type { PageSnapshot } from './snapshot';
import { proposeTalk } from './talk-proposal';

export interface WatchedVideo {
  videoId: string;
  streamTitle: string;
  channel: string;
  liveStatus: LiveStatus;
  chapters: Chapter[];
  /** Length of the recording; undefined while live or when unknown. */
  durationSeconds?: number;
  /** The broadcast's actual start as a UTC instant, as a clip of it stores (`streamStart`); undefined for uploads. */
  streamStart?: string;
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
  const facts = readPlayerFacts(snapshot.player);
  const chapters = chaptersOf(snapshot, facts, videoId, liveStatus);
  const video: WatchedVideo = { videoId, streamTitle, channel, liveStatus, chapters };
  if (liveStatus !== 'live' && facts.lengthSeconds !== undefined && facts.lengthSeconds > 0) video.durationSeconds = facts.lengthSeconds;
  const streamStart = streamStartOf(facts);
  if (streamStart !== undefined) video.streamStart = streamStart;
  return { ok: true, video, seconds };
}

/** The talk at `seconds` by the rules a clip uses (youtube/talk-proposal.ts); the stream title where no chapter covers it. */
export function chapterTalkAt(video: WatchedVideo, seconds: number): TalkNow {
  const { title, speakers, chapter } = proposeTalk(video.chapters, seconds, {
    videoTitle: video.streamTitle,
    durationSeconds: video.durationSeconds,
  });
  return chapter === null ? { title, speakers } : { title, speakers, chapter: { title: chapter.title, seconds: chapter.seconds } };
}
