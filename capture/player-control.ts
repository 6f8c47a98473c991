/**
 * MAIN world, for a connected side panel: the player's position (two cheap calls, no
 * copies of page data) and a seek. Answers are plain values; the isolated side checks them.
 */
import { callPlayer } from './read-player';

export function readPosition(doc: Document): { currentTime: unknown; videoId: unknown } {
  const player = doc.getElementById('movie_player');
  const currentTime = callPlayer(player, 'getCurrentTime');
  const data = callPlayer(player, 'getVideoData');
  const videoId = typeof data === 'object' && data !== null ? Reflect.get(data, 'video_id') : null;
  return {
    currentTime: typeof currentTime === 'number' ? currentTime : null,
    videoId: typeof videoId === 'string' ? videoId : null,
  };
}

export function seekPlayer(doc: Document, seconds: unknown): boolean {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return false;
  const player = doc.getElementById('movie_player');
  if (player === null || typeof Reflect.get(player, 'seekTo') !== 'function') return false;
  callPlayer(player, 'seekTo', seconds, true);
  return true;
}
