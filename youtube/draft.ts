/**
 * Page snapshot -> clip draft, by the capture rules of docs/architecture.md §5. Pure: the
 * background calls it on the snapshot a content script sent, after schema validation.
 */
import type { ChapterRef, ClipDraft, LiveEdge, LiveStatus } from '../model/types';
import type { RefusalCode } from '../model/clip-result';
import type { PageSnapshot } from './snapshot';
import { chaptersFromInitialData, parseDescriptionChapters } from './chapters';
import type { Chapter } from './chapters';
import { isCalendarDate, localDay } from './local-day';
import { MAX_TITLE_LENGTH, readPlayerFacts } from './player-facts';
import type { PlayerFacts } from './player-facts';
import { rememberLast } from './remember-last';
import { proposeTalk } from './talk-proposal';
import { MAX_OFFSET_SECONDS } from './time';
import { isChannelLivePage, isVideoId, parseVideoId } from './url';
import { readString } from './untrusted';

export type DraftOutcome = { ok: true; draft: ClipDraft } | { ok: false; code: RefusalCode; message: string };

export const REFUSAL_MESSAGES = {
  notAVideo: 'Open a video to clip a talk.',
  ad: 'An ad is playing — clip again when the talk is back.',
  upcoming: 'This stream has not started yet — clip when the talk is on.',
  navigating: 'YouTube is still switching videos — try again in a moment.',
  noTime: 'Could not read the playback time — wait for the video to load and try again.',
} as const;

const MAX_SPEAKER_LENGTH = 200;

function refuse(code: RefusalCode, message: string): DraftOutcome {
  return { ok: false, code, message };
}

function pageVideoIdOf(snapshot: PageSnapshot): string | undefined {
  return isVideoId(snapshot.pageVideoId) ? snapshot.pageVideoId : undefined;
}

/** The id the URL shows; on a channel's `/live` page, the id the page element shows. */
function shownVideoId(snapshot: PageSnapshot): string | null {
  return parseVideoId(snapshot.url) ?? (isChannelLivePage(snapshot.url) ? (pageVideoIdOf(snapshot) ?? null) : null);
}

/**
 * The id to record, or null when the sources disagree (the player still holds the
 * previous video): player id, then navigation id, then the shown id; it must equal the id the
 * page shows (URL and ytd-watch-flexy's video-id) and the latest navigation's id.
 */
function confirmedVideoId(snapshot: PageSnapshot, facts: PlayerFacts, shownId: string): string | null {
  const pageId = pageVideoIdOf(snapshot);
  const chosen = facts.videoId ?? facts.navigationVideoId ?? shownId;
  const shown = [shownId, pageId, facts.navigationVideoId].filter((id): id is string => id !== undefined);
  return shown.every((id) => id === chosen) ? chosen : null;
}

function liveStatusOf(facts: PlayerFacts): LiveStatus {
  if (facts.isPremiere === true) return 'premiere';
  if (facts.isLive === true) return 'live';
  if (facts.isLiveContent === true || facts.isPostLiveDvr === true) return 'was_live';
  return 'vod';
}

function playbackSeconds(snapshot: PageSnapshot, facts: PlayerFacts): number | null {
  const element = snapshot.videoElementTime;
  const time =
    facts.currentTime ?? (typeof element === 'number' && Number.isFinite(element) && element >= 0 ? element : undefined);
  if (time === undefined) return null;
  const seconds = Math.floor(time);
  return seconds <= MAX_OFFSET_SECONDS ? seconds : null;
}

function liveEdgeOf(facts: PlayerFacts, seconds: number): LiveEdge | undefined {
  const end = facts.progress.seekableEnd;
  if (end === undefined || end > MAX_OFFSET_SECONDS) return undefined;
  const edgeSeconds = Math.floor(end);
  return { edgeSeconds, behindSeconds: Math.max(0, edgeSeconds - seconds) };
}

/**
 * The day the talk was given, in the user's time zone: broadcast start + clip offset,
 * else the publish date (a bare `YYYY-MM-DD` as given; a date-time converted), else the
 * capture date.
 */
function dayOf(snapshot: PageSnapshot, facts: PlayerFacts, seconds: number): string | undefined {
  const offset = snapshot.utcOffsetMinutes;
  const candidates: (() => string | null)[] = [
    () => (facts.startTimestamp === undefined ? null : localDay(Date.parse(facts.startTimestamp) + seconds * 1000, offset)),
    () => {
      const published = facts.publishDate;
      if (published === undefined) return null;
      return isCalendarDate(published) ? published : localDay(Date.parse(published), offset);
    },
    () => localDay(Date.parse(snapshot.capturedAt), offset),
  ];
  for (const candidate of candidates) {
    const day = candidate();
    if (day !== null && isCalendarDate(day)) return day;
  }
  return undefined;
}

const descriptionChapters = rememberLast(parseDescriptionChapters, (description, duration) => `${duration ?? ''}\n${description}`);

/** The broadcast's actual start as a UTC instant (schedule matching adds the clip's offset to it). */
export function streamStartOf(facts: PlayerFacts): string | undefined {
  if (facts.startTimestamp === undefined) return undefined;
  const time = Date.parse(facts.startTimestamp);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/** The video's chapters: from the initial data, else from the description's timestamp lines. */
export function chaptersOf(snapshot: PageSnapshot, facts: PlayerFacts, videoId: string, liveStatus: LiveStatus): Chapter[] {
  const fromInitialData = chaptersFromInitialData(snapshot.player?.initialData, videoId);
  if (fromInitialData.length > 0) return fromInitialData;
  if (facts.description === undefined) return [];
  const duration = liveStatus === 'live' ? undefined : facts.lengthSeconds;
  return descriptionChapters(facts.description, duration);
}

function capped(text: string, maxLength: number): string {
  return readString(text, maxLength) ?? '';
}

export function draftFromSnapshot(snapshot: PageSnapshot): DraftOutcome {
  const shownId = shownVideoId(snapshot);
  if (shownId === null) return refuse('not-a-video', REFUSAL_MESSAGES.notAVideo);

  const facts = readPlayerFacts(snapshot.player);
  if (snapshot.adShowing === true || facts.adShowing === true) return refuse('ad', REFUSAL_MESSAGES.ad);

  const videoId = confirmedVideoId(snapshot, facts, shownId);
  if (videoId === null) return refuse('navigating', REFUSAL_MESSAGES.navigating);

  if (facts.isUpcoming === true || facts.playabilityStatus === 'LIVE_STREAM_OFFLINE') {
    return refuse('upcoming', REFUSAL_MESSAGES.upcoming);
  }

  const seconds = playbackSeconds(snapshot, facts);
  if (seconds === null) return refuse('invalid', REFUSAL_MESSAGES.noTime);

  // Player facts only name this id (see readPlayerFacts); the DOM is the fallback.
  const domTitle = snapshot.domTitle?.trim() || undefined;
  const domChannel = snapshot.domChannel?.trim() || undefined;
  const streamTitle = capped(facts.title ?? domTitle ?? `YouTube video ${videoId}`, MAX_TITLE_LENGTH);
  const channel = capped(facts.author ?? domChannel ?? '', MAX_TITLE_LENGTH);

  const liveStatus = liveStatusOf(facts);
  const proposed = proposeTalk(chaptersOf(snapshot, facts, videoId, liveStatus), seconds, {
    videoTitle: streamTitle,
    durationSeconds: liveStatus === 'live' ? undefined : facts.lengthSeconds,
  });
  const chapter = proposed.chapter;

  const draft: ClipDraft = {
    videoId,
    seconds,
    liveStatus,
    streamTitle,
    channel,
    title: capped(proposed.title, MAX_TITLE_LENGTH),
    speakers: proposed.speakers.map((speaker) => capped(speaker, MAX_SPEAKER_LENGTH)),
  };
  const day = dayOf(snapshot, facts, seconds);
  if (day !== undefined) draft.day = day;
  if (chapter) {
    const ref: ChapterRef = { title: chapter.title, seconds: chapter.seconds };
    draft.chapter = ref;
  }
  const streamStart = streamStartOf(facts);
  if (streamStart !== undefined) draft.streamStart = streamStart;
  if (liveStatus === 'live') {
    const edge = liveEdgeOf(facts, seconds);
    if (edge !== undefined) draft.liveEdge = edge;
  }
  return { ok: true, draft };
}
