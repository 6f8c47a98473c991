import { describe, expect, it } from 'vitest';
import { chapterTalkAt, watchFromSnapshot } from '../../../youtube/watch';
import type { WatchedVideo } from '../../../youtube/watch';
import { CONFERENCE_STREAM, RECORDED_TALK, fakeVideo, snapshotFor } from './snapshot-factory';

const video: WatchedVideo = {
  videoId: 'Ch3Bs3K4Oeo',
  streamTitle: 'PyCon Italia 2023 — Sala Lampo, Day 2',
  channel: 'PyCon Italia',
  liveStatus: 'was_live',
  chapters: [
    { title: 'Opening', seconds: 0 },
    { title: 'Saving time with Google Slides — Anna Rossi', seconds: 1200 },
    { title: 'Rust is easy — Luca Barbato', seconds: 3300 },
  ],
};

describe('chapterTalkAt', () => {
  it('is the chapter covering the moment, title split from speakers', () => {
    expect(chapterTalkAt(video, 1500)).toEqual({
      title: 'Saving time with Google Slides',
      speakers: ['Anna Rossi'],
      chapter: { title: 'Saving time with Google Slides — Anna Rossi', seconds: 1200 },
    });
    expect(chapterTalkAt(video, 3300).title).toBe('Rust is easy');
  });

  it('is the stream title where no chapter covers the moment', () => {
    expect(chapterTalkAt({ ...video, chapters: [] }, 10)).toEqual({ title: video.streamTitle, speakers: [] });
  });
});

describe('watchFromSnapshot', () => {
  const watched = (video: Parameters<typeof snapshotFor>[0]) => {
    const outcome = watchFromSnapshot(snapshotFor(video, { currentTime: 60 }));
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.video;
  };

  it("carries the broadcast's start as a UTC instant, as a clip stores it; none for an upload or a start that is no date-time", () => {
    expect(watched(CONFERENCE_STREAM).streamStart).toBe('2024-09-10T13:58:12.000Z');
    expect(watched(fakeVideo(CONFERENCE_STREAM, { startTimestamp: '2024-09-10T15:58:12+02:00' })).streamStart).toBe('2024-09-10T13:58:12.000Z');
    expect(watched(RECORDED_TALK)).not.toHaveProperty('streamStart');
    expect(watched(fakeVideo(CONFERENCE_STREAM, { startTimestamp: 'yesterday at nine' }))).not.toHaveProperty('streamStart');
    expect(watched(fakeVideo(CONFERENCE_STREAM, { startTimestamp: `2024-09-10T13:58:12${'0'.repeat(100)}Z` }))).not.toHaveProperty('streamStart');
  });
});
