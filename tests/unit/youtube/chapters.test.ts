import { describe, expect, it } from 'vitest';
import { chapterAt, chaptersFromInitialData, MIN_DESCRIPTION_CHAPTERS, parseDescriptionChapters } from '../../../youtube/chapters';
import { CONFERENCE_STREAM, fakeVideo, initialDataOf, RECORDED_TALK } from './snapshot-factory';

describe('parseDescriptionChapters', () => {
  it('reads timestamps before the title, with or without a separator or parentheses', () => {
    const description = [
      'RustConf 2024, Day 1, Main Hall.',
      '',
      '0:00 Stream starts',
      '12:30 - Opening keynote — Niko Matsakis',
      '(1:02:03) Async Rust in 2024 — Jane Doe',
      '[2:15:00] Lunch',
      '• 3:00:00 – Lightning talks',
    ].join('\n');
    expect(parseDescriptionChapters(description)).toEqual([
      { title: 'Stream starts', seconds: 0 },
      { title: 'Opening keynote — Niko Matsakis', seconds: 750 },
      { title: 'Async Rust in 2024 — Jane Doe', seconds: 3723 },
      { title: 'Lunch', seconds: 8100 },
      { title: 'Lightning talks', seconds: 10800 },
    ]);
  });

  it('reads timestamps after the title', () => {
    const description = 'Talks:\nOpening keynote 0:45:10\nBuilding a borrow checker - 1:30:00\nClosing (7:55:00)';
    expect(parseDescriptionChapters(description)).toEqual([
      { title: 'Opening keynote', seconds: 2710 },
      { title: 'Building a borrow checker', seconds: 5400 },
      { title: 'Closing', seconds: 28500 },
    ]);
  });

  it('sorts by time, keeps H:MM:SS and MM:SS apart, and does not require 0:00', () => {
    const description = '1:05:00 Second talk\n45:00 First talk\r\n2:10:30 Third talk';
    expect(parseDescriptionChapters(description)).toEqual([
      { title: 'First talk', seconds: 2700 },
      { title: 'Second talk', seconds: 3900 },
      { title: 'Third talk', seconds: 7830 },
    ]);
  });

  it('reads a start-end range as its start', () => {
    expect(parseDescriptionChapters('1:00:00 - 1:45:00 Talk A\n1:45:00 - 2:30:00 Talk B')).toEqual([
      { title: 'Talk A', seconds: 3600 },
      { title: 'Talk B', seconds: 6300 },
    ]);
  });

  it('drops lines at or past a known duration, and keeps them when the duration is unknown or 0', () => {
    const description = '0:00 Intro\n20:00 Talk\n59:59 Q&A\n1:00:00 Ghost\n2:00:00 Beyond';
    expect(parseDescriptionChapters(description, 3600)).toEqual([
      { title: 'Intro', seconds: 0 },
      { title: 'Talk', seconds: 1200 },
      { title: 'Q&A', seconds: 3599 },
    ]);
    expect(parseDescriptionChapters(description, 0)).toHaveLength(5);
    expect(parseDescriptionChapters(description)).toHaveLength(5);
  });

  it(`needs at least ${MIN_DESCRIPTION_CHAPTERS} timestamp lines: one timestamp in prose is not a schedule`, () => {
    expect(MIN_DESCRIPTION_CHAPTERS).toBe(2);
    expect(parseDescriptionChapters('Doors open at 10:30\nSee you there!')).toEqual([]);
    expect(parseDescriptionChapters('1:02:03 The only talk')).toEqual([]);
    expect(parseDescriptionChapters('0:00 Intro\n1:02:03 Talk')).toHaveLength(2);
  });

  it('falls below the minimum when lines past the duration are dropped', () => {
    expect(parseDescriptionChapters('0:00 Intro\n2:00:00 Too late', 3600)).toEqual([]);
  });

  it('ignores timestamps inside sentences, bare timestamps, and one chapter per second', () => {
    const description = [
      'We start at 9:00 sharp and break at 12:30 for lunch.',
      '1:00:00',
      '10:00 Talk A',
      '10:00 Duplicate of A',
      '20:00 Talk B',
    ].join('\n');
    expect(parseDescriptionChapters(description)).toEqual([
      { title: 'Talk A', seconds: 600 },
      { title: 'Talk B', seconds: 1200 },
    ]);
  });

  it('returns [] for an empty description', () => {
    expect(parseDescriptionChapters('')).toEqual([]);
  });

  it('reads the line forms organisers write: list markers, a colon after the time, ranges, emphasis', () => {
    const description = [
      '-  0:00:05: "Hello 6am" - Mylar Melodies',
      '+0:00 - 0:10: Welcoming',
      '• 0:01:10 – Second',
      '* 0:02:00 Third',
      '12. 0:03:00 Fourth',
      '04:31 *Czech wines* — Jacob Hallén',
      '0:05:16-11:16: Opening remarks',
      '- 1:15 - Evan Kohilas - What have they done!',
      '0:08:00 **Bold title** | Jane Doe',
      '0:09:00 ~ Tilde title',
    ].join('\n');
    expect(parseDescriptionChapters(description)).toEqual([
      { title: 'Welcoming', seconds: 0 },
      { title: '"Hello 6am" - Mylar Melodies', seconds: 5 },
      { title: 'Second', seconds: 70 },
      { title: 'Evan Kohilas - What have they done!', seconds: 75 },
      { title: 'Third', seconds: 120 },
      { title: 'Fourth', seconds: 180 },
      { title: 'Czech wines — Jacob Hallén', seconds: 271 },
      { title: 'Opening remarks', seconds: 316 },
      { title: 'Bold title | Jane Doe', seconds: 480 },
      { title: 'Tilde title', seconds: 540 },
    ]);
  });

  it('reads H:MM times as hours and minutes when only that fits the recording', () => {
    const description = '+0:00 - 0:10: Welcoming and setup\n+0:10 - 0:30: Keynote\n+1:45 - 1:50: Lightning talks:';
    expect(parseDescriptionChapters(description, 2 * 3600 + 11 * 60)).toEqual([
      { title: 'Welcoming and setup', seconds: 0 },
      { title: 'Keynote', seconds: 600 },
      { title: 'Lightning talks', seconds: 6300 },
    ]);
    // In a ten-minute video (or with no length known) the same times are minutes and seconds.
    expect(parseDescriptionChapters(description, 600).map((chapter) => chapter.seconds)).toEqual([0, 10, 105]);
    expect(parseDescriptionChapters(description).map((chapter) => chapter.seconds)).toEqual([0, 10, 105]);
  });

  it('splits aligned columns with a separator', () => {
    expect(parseDescriptionChapters('00:00  Omer Sagi            Sugar cane yield\n10:40  Amit Aronovitch      Shadows')).toEqual([
      { title: 'Omer Sagi | Sugar cane yield', seconds: 0 },
      { title: 'Amit Aronovitch | Shadows', seconds: 640 },
    ]);
  });
});

describe('chaptersFromInitialData', () => {
  it("never takes YouTube's auto-generated Key moments for the creator's chapters", () => {
    const video = fakeVideo(RECORDED_TALK, { chapters: [], keyMoments: [{ title: 'Speaker explains async', seconds: 60 }, { title: 'Demo', seconds: 300 }] });
    expect(chaptersFromInitialData(initialDataOf(video), video.id)).toEqual([]);
    const both = fakeVideo(RECORDED_TALK, {
      chapters: [{ title: 'Intro', seconds: 0 }, { title: 'Main part', seconds: 120 }],
      keyMoments: [{ title: 'Speaker explains async', seconds: 60 }],
    });
    expect(chaptersFromInitialData(initialDataOf(both, 'panel'), both.id)).toEqual([
      { title: 'Intro', seconds: 0 },
      { title: 'Main part', seconds: 120 },
    ]);
  });

  const video = fakeVideo(CONFERENCE_STREAM, {
    chapters: [
      { title: 'Welcome', seconds: 0 },
      { title: 'Opening keynote — Niko Matsakis', seconds: 750 },
      { title: 'Async Rust in 2024 — Jane Doe', seconds: 3723 },
    ],
  });

  it('reads the player bar markers', () => {
    expect(chaptersFromInitialData(initialDataOf(video, 'player-bar'), video.id)).toEqual([
      { title: 'Welcome', seconds: 0 },
      { title: 'Opening keynote — Niko Matsakis', seconds: 750 },
      { title: 'Async Rust in 2024 — Jane Doe', seconds: 3723 },
    ]);
  });

  it('reads the chapters engagement panel when the player bar has none', () => {
    expect(chaptersFromInitialData(initialDataOf(video, 'panel'), video.id)).toEqual([
      { title: 'Welcome', seconds: 0 },
      { title: 'Opening keynote — Niko Matsakis', seconds: 750 },
      { title: 'Async Rust in 2024 — Jane Doe', seconds: 3723 },
    ]);
  });

  it('floors millisecond starts and reads titles written as runs', () => {
    const data = {
      currentVideoEndpoint: { watchEndpoint: { videoId: video.id } },
      playerOverlays: {
        playerOverlayRenderer: {
          decoratedPlayerBarRenderer: {
            decoratedPlayerBarRenderer: {
              playerBar: {
                multiMarkersPlayerBarRenderer: {
                  markersMap: [
                    {
                      key: 'DESCRIPTION_CHAPTERS',
                      value: {
                        chapters: [
                          { chapterRenderer: { title: { runs: [{ text: 'Part ' }, { text: 'one' }] }, timeRangeStartMillis: 1999 } },
                          { chapterRenderer: { title: { simpleText: 'Broken' }, timeRangeStartMillis: 'soon' } },
                          { chapterRenderer: { title: { simpleText: 'Part two' }, timeRangeStartMillis: 61500 } },
                        ],
                      },
                    },
                  ],
                },
              },
            },
          },
        },
      },
    };
    expect(chaptersFromInitialData(data, video.id)).toEqual([
      { title: 'Part one', seconds: 1 },
      { title: 'Part two', seconds: 61 },
    ]);
  });

  it('ignores stale initial data that describes another video', () => {
    const previous = fakeVideo(RECORDED_TALK, { chapters: [{ title: 'Old chapter', seconds: 0 }, { title: 'Old two', seconds: 60 }] });
    expect(chaptersFromInitialData(initialDataOf(previous), video.id)).toEqual([]);
  });

  it('returns [] when the endpoint is missing or the data is junk', () => {
    const data = initialDataOf(video);
    delete data['currentVideoEndpoint'];
    expect(chaptersFromInitialData(data, video.id)).toEqual([]);
    expect(chaptersFromInitialData(null, video.id)).toEqual([]);
    expect(chaptersFromInitialData('chapters', video.id)).toEqual([]);
    expect(chaptersFromInitialData({ currentVideoEndpoint: { watchEndpoint: { videoId: video.id } }, engagementPanels: 'x' }, video.id)).toEqual([]);
  });

  it('returns [] for a video without chapters', () => {
    expect(chaptersFromInitialData(initialDataOf(fakeVideo(RECORDED_TALK)), RECORDED_TALK.id)).toEqual([]);
  });
});

describe('chapterAt', () => {
  const chapters = [
    { title: 'A', seconds: 600 },
    { title: 'B', seconds: 1200 },
    { title: 'C', seconds: 3600 },
  ];

  it('finds the chapter covering a moment, including its first second and after the last start', () => {
    expect(chapterAt(chapters, 600)).toEqual({ title: 'A', seconds: 600 });
    expect(chapterAt(chapters, 1199)).toEqual({ title: 'A', seconds: 600 });
    expect(chapterAt(chapters, 1200)).toEqual({ title: 'B', seconds: 1200 });
    expect(chapterAt(chapters, 99999)).toEqual({ title: 'C', seconds: 3600 });
  });

  it('returns null before the first chapter or without chapters', () => {
    expect(chapterAt(chapters, 599)).toBeNull();
    expect(chapterAt([], 10)).toBeNull();
  });
});
