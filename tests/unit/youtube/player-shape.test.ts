/**
 * The bridge copies only what the readers read (youtube/player-shape.ts). Every real page
 * capture is drafted twice, at several moments: from the bridge's shaped copy, and from
 * the whole of YouTube's objects under the same top-level keys (what the bridge copied
 * before); the drafts and the side panel's facts must be the same, and the shaped copy a
 * fifth of the whole at most (0.6-7 KB against 28-217 KB).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlayer } from '../../../capture/read-player';
import { copyShaped, MAX_SHAPED_ITEMS, VIDEO_DATA_SHAPE } from '../../../youtube/player-shape';
import { draftFromSnapshot } from '../../../youtube/draft';
import type { PageSnapshot, RawPlayerSnapshot } from '../../../youtube/snapshot';
import { watchFromSnapshot } from '../../../youtube/watch';

const CAPTURES = new URL('../../fixtures/real-youtube/captures/', import.meta.url);

interface Capture {
  playerResponse: { videoDetails: { videoId: string } };
  initialData: unknown;
}

const whole = (value: unknown, keys: readonly string[]): unknown =>
  JSON.parse(JSON.stringify(Object.fromEntries(keys.map((key) => [key, (value as Record<string, unknown>)[key]])))) as unknown;

function bothCopies(capture: Capture, currentTime: number): { shaped: RawPlayerSnapshot; full: RawPlayerSnapshot } {
  const videoData = { video_id: capture.playerResponse.videoDetails.videoId, isLive: false, extra: { deep: [1, 2, 3] } };
  const progress = { current: currentTime, seekableEnd: currentTime + 30, isAtLiveHead: false, loaded: 0.5 };
  const player = {
    getCurrentTime: () => currentTime,
    getVideoData: () => videoData,
    getProgressState: () => progress,
    getPlayerResponse: () => capture.playerResponse,
    classList: { contains: () => false },
  };
  const doc = { getElementById: () => player } as unknown as Document;
  const shaped = readPlayer(doc, null, capture.initialData);
  const full: RawPlayerSnapshot = {
    ...shaped,
    videoData,
    progress,
    playerResponse: whole(capture.playerResponse, ['videoDetails', 'microformat', 'playabilityStatus']),
    initialData: whole(capture.initialData, ['currentVideoEndpoint', 'playerOverlays', 'engagementPanels']),
  };
  return { shaped, full };
}

function snapshotWith(player: RawPlayerSnapshot, videoId: string): PageSnapshot {
  return {
    url: `https://www.youtube.com/watch?v=${videoId}`,
    capturedAt: '2026-06-08T10:00:00.000Z',
    utcOffsetMinutes: 120,
    pageVideoId: videoId,
    domTitle: null,
    domChannel: null,
    videoElementTime: null,
    adShowing: false,
    player,
  };
}

const files = readdirSync(CAPTURES).filter((file) => file.endsWith('.json'));

describe('the bridge copies only what the readers read', () => {
  it('has real captures to read', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s: the same draft and panel facts from the shaped copy as from the whole objects, in at most a fifth of the size', (file) => {
    const capture = JSON.parse(readFileSync(new URL(file, CAPTURES), 'utf8')) as Capture;
    const videoId = capture.playerResponse.videoDetails.videoId;
    for (const seconds of [0, 95, 500, 2400]) {
      const { shaped, full } = bothCopies(capture, seconds);
      expect(draftFromSnapshot(snapshotWith(shaped, videoId))).toEqual(draftFromSnapshot(snapshotWith(full, videoId)));
      expect(watchFromSnapshot(snapshotWith(shaped, videoId))).toEqual(watchFromSnapshot(snapshotWith(full, videoId)));
      expect(JSON.stringify(shaped).length).toBeLessThan(JSON.stringify(full).length / 5);
    }
  });

  it('keeps strings, finite numbers and booleans at the leaves, and nothing else', () => {
    const copy = copyShaped(
      { video_id: 'abc', title: { toString: () => 'x' }, author: Infinity, isLive: true, isUpcoming: null, isPremiere: 0, other: 'dropped' },
      VIDEO_DATA_SHAPE,
    );
    expect(copy).toEqual({ video_id: 'abc', isLive: true, isPremiere: 0 });
  });

  it('copies own keys only, survives a getter that throws, and bounds arrays', () => {
    const inherited = Object.create({ video_id: 'inherited' }) as object;
    expect(copyShaped(inherited, VIDEO_DATA_SHAPE)).toEqual({});
    const hostile = Object.defineProperty({}, 'video_id', { enumerable: true, get: () => { throw new Error('page'); } });
    expect(copyShaped(hostile, VIDEO_DATA_SHAPE)).toBeNull();
    const long = copyShaped(Array.from({ length: MAX_SHAPED_ITEMS + 5 }, (_, index) => ({ text: String(index) })), [{ text: true }]);
    expect(long).toHaveLength(MAX_SHAPED_ITEMS);
  });
});
