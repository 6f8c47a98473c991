/**
 * The PageSnapshot a content script sends to the background, as zod schemas: the types in
 * youtube/snapshot.ts are inferred from them, and the background checks every message with
 * them (it trusts nothing from a page). Unknown top-level keys are stripped; every known
 * key must have its type. The player part is carried as unknown values, which
 * youtube/player-facts.ts reads defensively.
 */
import { z } from 'zod';
import type { PageSnapshot } from './snapshot';

/** Largest serialized snapshot accepted (JSON characters); YouTube's initial data is far smaller. */
export const MAX_SNAPSHOT_JSON_LENGTH = 2_000_000;

const cappedText = z.string().max(1000).nullable();

export const rawPlayerSnapshotSchema = z.object({
  /** movie_player.getCurrentTime() */
  currentTime: z.unknown(),
  /** movie_player.getVideoData(): { video_id, title, author, isLive, ... } */
  videoData: z.unknown(),
  /** movie_player.getProgressState(): { current, seekableStart, seekableEnd, ingestionTime, isAtLiveHead, ... } */
  progress: z.unknown(),
  /** A copy of { videoDetails, microformat, playabilityStatus } from movie_player.getPlayerResponse(). */
  playerResponse: z.unknown(),
  /** A copy of { currentVideoEndpoint, playerOverlays, engagementPanels } from the latest initial data (chapters). */
  initialData: z.unknown(),
  /** Video id announced by the latest `yt-navigate-finish` event, if any. */
  navigationVideoId: z.unknown(),
  /** Whether the player shows an ad (`ad-showing` class on #movie_player). */
  adShowing: z.unknown(),
});

export const pageSnapshotSchema = z.object({
  /** location.href of the page */
  url: z.string().max(4096),
  /** ISO date-time of the click */
  capturedAt: z.iso.datetime({ offset: true }),
  /** The user's UTC offset at the click, minutes east of UTC (-new Date().getTimezoneOffset()). */
  utcOffsetMinutes: z.number().int().min(-840).max(840),
  /** `video-id` attribute of ytd-watch-flexy (what the page shows), if present. */
  pageVideoId: z.string().max(64).nullable(),
  /** Title shown under the player, if found. */
  domTitle: cappedText,
  /** Channel name shown under the player, if found. */
  domChannel: cappedText,
  /** currentTime of the main <video> (not a miniplayer or preview), if any. */
  videoElementTime: z.number().min(0).nullable(), // zod 4 numbers are finite
  /** Ad markers visible in the DOM. */
  adShowing: z.boolean(),
  /** Whatever the bridge answered, or null when it did not answer in time. */
  player: rawPlayerSnapshotSchema.nullable(),
});

function serializedLength(data: unknown): number {
  try {
    return JSON.stringify(data)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

/** The size guard first (oversize or unserializable -> one issue, nothing else checked), then the shape. */
export const boundedPageSnapshotSchema = z
  .unknown()
  .check(
    z.refine(
      (data) => serializedLength(data) <= MAX_SNAPSHOT_JSON_LENGTH,
      `page snapshot is larger than ${MAX_SNAPSHOT_JSON_LENGTH} characters of JSON`,
    ),
  )
  .pipe(pageSnapshotSchema);

export function parsePageSnapshot(data: unknown): z.ZodSafeParseResult<PageSnapshot> {
  return boundedPageSnapshotSchema.safeParse(data);
}
