/**
 * Runs in the page's own JavaScript world (MAIN): copies plain data out of YouTube's
 * player so the isolated content script can read it. Nothing here interprets the data.
 */
import type { RawPlayerSnapshot } from '../youtube/snapshot';

type PlayerMethod = 'getCurrentTime' | 'getVideoData' | 'getProgressState' | 'getPlayerResponse' | 'seekTo';

export interface NavigationFacts {
  videoId: unknown;
  initialData: unknown;
}

/** A JSON round trip: drops functions and DOM nodes, fails closed on cycles. */
function plain(value: unknown): unknown {
  if (value === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    return null;
  }
}

function pick(source: unknown, keys: readonly string[]): unknown {
  if (typeof source !== 'object' || source === null) return null;
  const record = source as Record<string, unknown>;
  return plain(Object.fromEntries(keys.map((key) => [key, record[key]])));
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
    currentTime: plain(callPlayer(player, 'getCurrentTime')),
    videoData: plain(callPlayer(player, 'getVideoData')),
    progress: plain(callPlayer(player, 'getProgressState')),
    playerResponse: pick(callPlayer(player, 'getPlayerResponse'), ['videoDetails', 'microformat', 'playabilityStatus']),
    initialData: pick(latestNavigation?.initialData ?? pageInitialData, ['currentVideoEndpoint', 'playerOverlays', 'engagementPanels']),
    navigationVideoId: plain(latestNavigation?.videoId),
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
