/**
 * The YouTube link of a clipped talk (docs/architecture.md §6).
 *
 * - `share` (default): what YouTube's own Share button gives —
 *   `https://www.youtube.com/live/ID?t=N` for a stream (live now or archived),
 *   `https://youtu.be/ID?t=N` for anything else.
 * - `watch`: `https://www.youtube.com/watch?v=ID&t=Ns`.
 */
import type { Clip } from '../model/types';
import type { LinkStyle } from './export-options';

export type TalkLinkSource = Pick<Clip, 'videoId' | 'seconds' | 'liveStatus'>;

export function talkUrl(clip: TalkLinkSource, style: LinkStyle = 'share'): string {
  const id = encodeURIComponent(clip.videoId);
  const seconds = Math.max(0, Math.floor(clip.seconds));
  if (style === 'watch') return `https://www.youtube.com/watch?v=${id}&t=${seconds}s`;
  if (clip.liveStatus === 'live' || clip.liveStatus === 'was_live') return `https://www.youtube.com/live/${id}?t=${seconds}`;
  return `https://youtu.be/${id}?t=${seconds}`;
}
