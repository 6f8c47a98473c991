/**
 * Gathers the facts the page shows (DOM) plus the bridge's answer into a PageSnapshot.
 * Interpretation happens in youtube/draft.ts (in the background), not here.
 */
import type { PageSnapshot, RawPlayerSnapshot } from '../youtube/snapshot';

const BRIDGE_TIMEOUT_MS = 800;

function text(element: Element | null): string | null {
  const value = element?.textContent?.replace(/\s+/g, ' ').trim();
  return value ? value.slice(0, 1000) : null;
}

/** The main player's <video>, never the miniplayer's or a hover preview's. */
export function mainVideo(doc: Document): HTMLVideoElement | null {
  return doc.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video, #movie_player video');
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

export async function takePageSnapshot(
  doc: Document,
  readBridge: () => Promise<RawPlayerSnapshot>,
  now: Date = new Date(),
): Promise<PageSnapshot> {
  const player = await withTimeout(readBridge().catch(() => null), BRIDGE_TIMEOUT_MS);
  const video = mainVideo(doc);
  const time = video?.currentTime;
  return {
    url: doc.location.href,
    capturedAt: now.toISOString(),
    utcOffsetMinutes: -now.getTimezoneOffset(),
    pageVideoId: doc.querySelector('ytd-watch-flexy')?.getAttribute('video-id') ?? null,
    domTitle: text(doc.querySelector('ytd-watch-metadata h1, #title h1')),
    domChannel: text(doc.querySelector('ytd-watch-metadata ytd-channel-name a, #owner #channel-name a')),
    videoElementTime: typeof time === 'number' && Number.isFinite(time) && time >= 0 ? time : null,
    adShowing: doc.querySelector('#movie_player.ad-showing, .ytp-ad-player-overlay') !== null,
    player,
  };
}
