/**
 * What the content script gathers from a YouTube page when the user clips, before any
 * interpretation. Everything under `player` comes from the page's own JavaScript world
 * (through the MAIN-world bridge) and is untrusted: pure code in youtube/ reads it
 * defensively, never executes it.
 */

/** Plain data the MAIN-world bridge copies out of the page's player and initial data. */
export interface RawPlayerSnapshot {
  /** movie_player.getCurrentTime() */
  currentTime: unknown;
  /** movie_player.getVideoData(): { video_id, title, author, isLive, ... } */
  videoData: unknown;
  /** movie_player.getProgressState(): { current, seekableStart, seekableEnd, ingestionTime, isAtLiveHead, ... } */
  progress: unknown;
  /** A copy of { videoDetails, microformat, playabilityStatus } from movie_player.getPlayerResponse(). */
  playerResponse: unknown;
  /** A copy of { currentVideoEndpoint, playerOverlays, engagementPanels } from the latest initial data (chapters). */
  initialData: unknown;
  /** Video id announced by the latest `yt-navigate-finish` event, if any. */
  navigationVideoId: unknown;
  /** Whether the player shows an ad (`ad-showing` class on #movie_player). */
  adShowing: unknown;
}

export interface PageSnapshot {
  /** location.href of the page */
  url: string;
  /** ISO date-time of the click */
  capturedAt: string;
  /** The user's UTC offset at the click, minutes east of UTC (-new Date().getTimezoneOffset()). */
  utcOffsetMinutes: number;
  /** `video-id` attribute of ytd-watch-flexy (what the page shows), if present. */
  pageVideoId: string | null;
  /** Title shown under the player, if found. */
  domTitle: string | null;
  /** Channel name shown under the player, if found. */
  domChannel: string | null;
  /** currentTime of the main <video> (not a miniplayer or preview), if any. */
  videoElementTime: number | null;
  /** Ad markers visible in the DOM. */
  adShowing: boolean;
  /** Whatever the bridge answered, or null when it did not answer in time. */
  player: RawPlayerSnapshot | null;
}
