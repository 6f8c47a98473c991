import { describe, expect, it } from 'vitest';
import { chapterTalkAt } from '../../../youtube/watch';
import type { WatchedVideo } from '../../../youtube/watch';

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
