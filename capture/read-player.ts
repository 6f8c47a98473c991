/**
 * Runs in the page's own JavaScript world (MAIN): copies plain data out of YouTube's
 * player so the isolated content script can read it: only the keys the readers in youtube/
 * read (youtube/player-shape.ts), as plain values. Nothing here interprets the data.
 */
import type { RawPlayerSnapshot } from '../youtube/snapshot';
import { copyShaped, INITIAL_DATA_SHAPE, PLAYER_RESPONSE_SHAPE, PROGRESS_SHAPE, VIDEO_DATA_SHAPE } from '../youtube/player-shape';

type PlayerMethod = 'getCurrentTime' | 'getVideoData' | 'getProgressState' | 'getPlayerResponse' | 'seekTo';

export interface NavigationFacts {
  videoId: unknown;
  initialData: unknown;
}

export function callPlayer(player: HTMLElement | null, method: PlayerMethod, ...args: unknown[]): unknown {
  const fn: unknown = player ? Reflect.get(player, method) : undefined;
  if (typeof fn !== 'function') return null;
  try {
    return (fn as (...parameters: unknown[]) => unknown).apply(player, args);
  } catch {
    return null;
  }
}

export function readPlayer(doc: Document, latestNavigation: NavigationFacts | null, pageInitialData: unknown): RawPlayerSnapshot {
  const player = doc.getElementById('movie_player');
  return {
    currentTime: copyShaped(callPlayer(player, 'getCurrentTime'), true),
    videoData: copyShaped(callPlayer(player, 'getVideoData'), VIDEO_DATA_SHAPE),
    progress: copyShaped(callPlayer(player, 'getProgressState'), PROGRESS_SHAPE),
    playerResponse: copyShaped(callPlayer(player, 'getPlayerResponse'), PLAYER_RESPONSE_SHAPE),
    initialData: copyShaped(latestNavigation?.initialData ?? pageInitialData, INITIAL_DATA_SHAPE),
    navigationVideoId: copyShaped(latestNavigation?.videoId, true),
    adShowing: player?.classList.contains('ad-showing') ?? false,
  };
}

/** Reads what a `yt-navigate-finish` event says about the video navigated to. */
export function navigationFacts(event: Event): NavigationFacts | null {
  const detail: unknown = (event as CustomEvent<unknown>).detail;
  if (typeof detail !== 'object' || detail === null) return null;
  const record = detail as { endpoint?: { watchEndpoint?: { videoId?: unknown } }; response?: { response?: unknown } };
  return { videoId: record.endpoint?.watchEndpoint?.videoId ?? null, initialData: record.response?.response ?? null };
}
