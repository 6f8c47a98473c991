/**
 * The order of talks in every layout (and within each section of a layout):
 *
 * 1. by day (`YYYY-MM-DD`), clips without a day last;
 * 2. then by stream (video): within one day, streams come in the order in which they were
 *    first clipped (the earliest `capturedAt` among that day's clips of the stream), ties
 *    by video id — offsets of different streams cannot be compared, but the order in which
 *    the user reached them can;
 * 3. then by `seconds` into the stream;
 * 4. ties (the same moment clipped twice) by `capturedAt`, then by `id`, so that the
 *    output never depends on the input order.
 *
 * Sorting is one O(n log n) pass over precomputed keys.
 */
import type { Clip } from '../model/types';

interface SortKey {
  clip: Clip;
  day: string;
  dated: boolean;
  streamFirstSeen: number;
  captured: number;
}

const NO_DAY = '';

function capturedTime(clip: Clip): number {
  const time = Date.parse(clip.capturedAt);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortTalks(clips: readonly Clip[]): Clip[] {
  const firstSeen = new Map<string, number>();
  const keys: SortKey[] = clips.map((clip) => {
    const day = clip.day ?? NO_DAY;
    const captured = capturedTime(clip);
    const stream = `${day}\u0000${clip.videoId}`;
    const seen = firstSeen.get(stream);
    if (seen === undefined || captured < seen) firstSeen.set(stream, captured);
    return { clip, day, dated: clip.day !== undefined, streamFirstSeen: 0, captured };
  });
  for (const key of keys) key.streamFirstSeen = firstSeen.get(`${key.day}\u0000${key.clip.videoId}`) ?? 0;
  keys.sort(
    (a, b) =>
      Number(b.dated) - Number(a.dated) ||
      compareText(a.day, b.day) ||
      a.streamFirstSeen - b.streamFirstSeen ||
      compareText(a.clip.videoId, b.clip.videoId) ||
      a.clip.seconds - b.clip.seconds ||
      a.captured - b.captured ||
      compareText(a.clip.id, b.clip.id),
  );
  return keys.map((key) => key.clip);
}
