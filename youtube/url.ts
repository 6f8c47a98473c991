/**
 * Which YouTube video (and which offset) a URL points at. Pure: uses only the URL
 * parser, so it runs the same in the background, the content script and Node.
 */
import { YOUTUBE_HOSTS } from './hosts';
import { parseTimestamp } from './time';

export const VIDEO_ID_PATTERN = /^[A-Za-z0-9_-]{11}$/;

/**
 * Hosts serving youtube.com paths (`/watch`, `/live/ID`, `/embed/ID`, ...): the pages we
 * run on, plus the hosts a pasted or linked URL may name (bare youtube.com redirects to
 * www; youtube-nocookie serves embeds).
 */
const PATH_HOSTS = new Set<string>([...YOUTUBE_HOSTS, 'youtube.com', 'www.youtube-nocookie.com', 'youtube-nocookie.com']);
const SHORT_HOSTS = new Set(['youtu.be', 'www.youtu.be']);
/** First path segment followed by the id: `/live/ID`, `/embed/ID`, `/shorts/ID`, `/v/ID`. */
const ID_PATH_PREFIXES = new Set(['live', 'embed', 'shorts', 'v']);

export function isVideoId(value: unknown): value is string {
  return typeof value === 'string' && VIDEO_ID_PATTERN.test(value);
}

function toUrl(url: string): URL | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

/** The 11-character video id a YouTube URL shows, or null (other hosts, channel pages, junk). */
export function parseVideoId(url: string): string | null {
  const parsed = toUrl(url);
  if (!parsed) return null;
  const host = parsed.hostname.toLowerCase();
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');

  let candidate: string | null | undefined;
  if (SHORT_HOSTS.has(host)) {
    candidate = segments.length === 1 ? segments[0] : null;
  } else if (PATH_HOSTS.has(host)) {
    const [first, second] = segments;
    if (first === 'watch' && segments.length === 1) candidate = parsed.searchParams.get('v');
    else if (first !== undefined && ID_PATH_PREFIXES.has(first) && segments.length === 2) candidate = second;
  }
  return isVideoId(candidate) ? candidate : null;
}

/** True when the URL shows a single video (a watch, live, shorts or embed page). */
export function isVideoPage(url: string): boolean {
  return parseVideoId(url) !== null;
}

/** The start offset in a URL's `t=` or `start=` query, or its `#t=` hash; null when absent or unreadable. */
export function parseStartSeconds(url: string): number | null {
  const parsed = toUrl(url);
  if (!parsed) return null;
  const fromQuery = parsed.searchParams.get('t') ?? parsed.searchParams.get('start');
  if (fromQuery !== null) return parseTimestamp(fromQuery);
  const fromHash = new URLSearchParams(parsed.hash.replace(/^#/, '')).get('t');
  return fromHash === null ? null : parseTimestamp(fromHash);
}

const CHANNEL_LIVE_PATH = /^\/(?:@[^/]+|channel\/[^/]+|c\/[^/]+|user\/[^/]+)\/live\/?$/;

/**
 * A channel's `/live` page (`/@handle/live`, `/channel/UC…/live`): YouTube shows the
 * channel's current stream there without putting its id in the URL, so the id must come
 * from the page (ytd-watch-flexy's video-id).
 */
export function isChannelLivePage(url: string): boolean {
  const parsed = toUrl(url);
  return parsed !== null && PATH_HOSTS.has(parsed.hostname.toLowerCase()) && CHANNEL_LIVE_PATH.test(parsed.pathname);
}
