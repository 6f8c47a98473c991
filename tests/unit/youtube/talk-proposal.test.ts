import { describe, expect, it } from 'vitest';
import { proposeTalk } from '../../../youtube/talk-proposal';

const HOUR = 3600;

describe('proposeTalk: talks of a session versus sections of one talk', () => {
  it('takes the talk from a session of several speakers', () => {
    const chapters = [
      { title: 'Sameer Wagh - Data Science without Data?', seconds: 50 },
      { title: 'Cheuk Ting Ho - Cultural Shock - My 1st', seconds: 145 },
      { title: 'Łukasz Langa - COVARIANCE/CONTRAVARIANCE', seconds: 445 },
    ];
    expect(proposeTalk(chapters, 200, { videoTitle: 'Lightning Talks - Day 1', durationSeconds: 3314 })).toEqual({
      title: 'Cultural Shock - My 1st',
      speakers: ['Cheuk Ting Ho'],
      chapter: chapters[1],
    });
  });

  it("keeps the video's own title for the sections of one talk, and the section as its chapter", () => {
    const chapters = [
      { title: '00:00 Intro', seconds: 0 },
      { title: 'urllib', seconds: 342 },
      { title: 'Batching', seconds: 542 },
    ];
    expect(proposeTalk(chapters, 600, { videoTitle: 'HTTP in Python — Jane Doe', durationSeconds: 1800 })).toEqual({
      title: 'HTTP in Python — Jane Doe',
      speakers: [],
      chapter: chapters[2],
    });
  });

  it('reads a long video of talk-length chapters as talks even without speakers', () => {
    const chapters = [
      { title: 'Opening', seconds: 0 },
      { title: 'Fearless concurrency', seconds: HOUR },
      { title: 'Lunch', seconds: 3 * HOUR },
    ];
    expect(proposeTalk(chapters, HOUR + 60, { videoTitle: 'Day 1 — Main Hall', durationSeconds: 8 * HOUR }).title).toBe(
      'Fearless concurrency',
    );
  });

  it('gives the names-only line its speaker under the video title', () => {
    const chapters = [
      { title: 'Adam Fast', seconds: 0 },
      { title: 'Marshall Sutton', seconds: 264 },
    ];
    expect(proposeTalk(chapters, 300, { videoTitle: 'Lightning Talks Day 3' })).toEqual({
      title: 'Lightning Talks Day 3',
      speakers: ['Marshall Sutton'],
      chapter: chapters[1],
    });
  });

  it('proposes the video title before the first chapter', () => {
    expect(proposeTalk([{ title: 'Talk — Ann Lee', seconds: 60 }], 10, { videoTitle: 'Stream' })).toEqual({
      title: 'Stream',
      speakers: [],
      chapter: null,
    });
  });
});
