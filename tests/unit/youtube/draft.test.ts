import { describe, expect, it } from 'vitest';
import { clipDraftSchema } from '../../../model/schemas';
import type { ClipDraft } from '../../../model/types';
import { draftFromSnapshot, REFUSAL_MESSAGES } from '../../../youtube/draft';
import type { DraftOutcome } from '../../../youtube/draft';
import type { PageSnapshot } from '../../../youtube/snapshot';
import { CONFERENCE_STREAM, fakeVideo, playerResponseOf, RECORDED_TALK, rawPlayerFor, snapshotFor } from './snapshot-factory';

const STREAM_WITH_CHAPTERS = fakeVideo(CONFERENCE_STREAM, {
  chapters: [
    { title: 'Doors open', seconds: 0 },
    { title: 'Opening keynote — Niko Matsakis', seconds: 750 },
    { title: 'Async Rust in 2024 — Jane Doe & Li Wei', seconds: 3600 },
    { title: 'Lunch', seconds: 8100 },
  ],
});

function draftOf(snapshot: PageSnapshot): ClipDraft {
  const outcome = draftFromSnapshot(snapshot);
  if (!outcome.ok) throw new Error(`expected a draft, got ${outcome.code}: ${outcome.message}`);
  expect(clipDraftSchema.parse(outcome.draft)).toEqual(outcome.draft);
  return outcome.draft;
}

function refusal(outcome: DraftOutcome): { code: string; message: string } {
  if (outcome.ok) throw new Error('expected a refusal, got a draft');
  return { code: outcome.code, message: outcome.message };
}

describe('draftFromSnapshot: drafts', () => {
  it('clips a live stream: chapter title and speakers, live edge, day of the talk', () => {
    const draft = draftOf(snapshotFor(STREAM_WITH_CHAPTERS, { currentTime: 3723.8, liveEdge: 3900.5 }));
    expect(draft).toEqual({
      videoId: 'dQw4w9WgXcQ',
      seconds: 3723,
      liveStatus: 'live',
      streamTitle: 'RustConf 2024 — Day 1 — Main Hall',
      channel: 'Rust Foundation',
      title: 'Async Rust in 2024',
      speakers: ['Jane Doe', 'Li Wei'],
      day: '2024-09-10',
      chapter: { title: 'Async Rust in 2024 — Jane Doe & Li Wei', seconds: 3600 },
      liveEdge: { edgeSeconds: 3900, behindSeconds: 177 },
      streamStart: '2024-09-10T13:58:12.000Z',
    });
  });

  it('keeps behindSeconds at 0 at the live edge, and omits the live edge when the player gave none', () => {
    expect(draftOf(snapshotFor(CONFERENCE_STREAM, { currentTime: 500.9, liveEdge: 500.2 })).liveEdge).toEqual({
      edgeSeconds: 500,
      behindSeconds: 0,
    });
    const raw = rawPlayerFor(CONFERENCE_STREAM, { currentTime: 500 });
    const draft = draftOf(snapshotFor(CONFERENCE_STREAM, { player: { ...raw, progress: { seekableEnd: null } } }));
    expect(draft.liveStatus).toBe('live');
    expect(draft).not.toHaveProperty('liveEdge');
  });

  it('clips the archived recording of a stream (was_live) with chapters from the description', () => {
    const archived = fakeVideo(CONFERENCE_STREAM, {
      kind: 'was_live',
      lengthSeconds: 32_000,
      description: 'Schedule\n0:12:30 Opening keynote — Niko Matsakis\n1:00:00 Async Rust in 2024 — Jane Doe\n9:30:00 Not in the recording',
    });
    const draft = draftOf(snapshotFor(archived, { currentTime: 4000 }));
    expect(draft).toEqual({
      videoId: 'dQw4w9WgXcQ',
      seconds: 4000,
      liveStatus: 'was_live',
      streamTitle: 'RustConf 2024 — Day 1 — Main Hall',
      channel: 'Rust Foundation',
      title: 'Async Rust in 2024',
      speakers: ['Jane Doe'],
      day: '2024-09-10',
      chapter: { title: 'Async Rust in 2024 — Jane Doe', seconds: 3600 },
      streamStart: '2024-09-10T13:58:12.000Z',
    });
  });

  it('treats a post-live DVR stream as was_live', () => {
    const raw = rawPlayerFor(CONFERENCE_STREAM, { currentTime: 100 });
    const video = fakeVideo(CONFERENCE_STREAM, { kind: 'vod' });
    const response = playerResponseOf(video);
    Object.assign(response['videoDetails'] as object, { isPostLiveDvr: true });
    const draft = draftOf(snapshotFor(video, { player: { ...raw, videoData: { video_id: video.id, isLive: false }, playerResponse: response } }));
    expect(draft.liveStatus).toBe('was_live');
  });

  it('clips a recorded talk (vod): stream title as talk title, publish date as day, no live edge', () => {
    const draft = draftOf(snapshotFor(RECORDED_TALK, { currentTime: 61.99 }));
    expect(draft).toEqual({
      videoId: 'aB3_-xYz901',
      seconds: 61,
      liveStatus: 'vod',
      streamTitle: 'Fearless Concurrency in Practice — Jane Doe',
      channel: 'GOTO Conferences',
      title: 'Fearless Concurrency in Practice — Jane Doe',
      speakers: [],
      day: '2024-07-02',
    });
  });

  it('keeps the broadcast start as a UTC instant, for matching the clip to a schedule', () => {
    const berlin = fakeVideo(CONFERENCE_STREAM, { startTimestamp: '2024-09-10T09:00:00+02:00' });
    expect(draftOf(snapshotFor(berlin, { currentTime: 60 })).streamStart).toBe('2024-09-10T07:00:00.000Z');
    expect(draftOf(snapshotFor(RECORDED_TALK, { currentTime: 60 }))).not.toHaveProperty('streamStart');
  });

  it('clips a premiere', () => {
    const premiere = fakeVideo(RECORDED_TALK, { kind: 'premiere', startTimestamp: '2024-07-02T16:00:00+00:00' });
    const draft = draftOf(snapshotFor(premiere, { currentTime: 30, utcOffsetMinutes: 0 }));
    expect(draft.liveStatus).toBe('premiere');
    expect(draft.day).toBe('2024-07-02');
    expect(draft).not.toHaveProperty('liveEdge');
  });

  it('dates the talk by broadcast start + offset, in the user time zone, across midnight', () => {
    // Started 20:00 UTC; the talk 3 h in is 23:00 UTC = 01:00 next day at UTC+2.
    const evening = fakeVideo(CONFERENCE_STREAM, { startTimestamp: '2024-09-10T20:00:00+00:00' });
    expect(draftOf(snapshotFor(evening, { currentTime: 10_800, utcOffsetMinutes: 120 })).day).toBe('2024-09-11');
    expect(draftOf(snapshotFor(evening, { currentTime: 10_800, utcOffsetMinutes: 0 })).day).toBe('2024-09-10');
    // Started 22:30 on the 10th in Pittsburgh (UTC-4); the talk 2 h in is on the 11th there.
    const pittsburgh = fakeVideo(CONFERENCE_STREAM, { startTimestamp: '2024-09-11T02:30:00+00:00' });
    expect(draftOf(snapshotFor(pittsburgh, { currentTime: 0, utcOffsetMinutes: -240 })).day).toBe('2024-09-10');
    expect(draftOf(snapshotFor(pittsburgh, { currentTime: 7200, utcOffsetMinutes: -240 })).day).toBe('2024-09-11');
  });

  it('dates by an ISO publish date in the user time zone, else by the capture date', () => {
    const video = fakeVideo(RECORDED_TALK, { publishDate: '2024-07-02T23:30:00-07:00' });
    expect(draftOf(snapshotFor(video, { utcOffsetMinutes: 120 })).day).toBe('2024-07-03');
    const draft = draftOf(
      snapshotFor(RECORDED_TALK, { player: null, capturedAt: '2024-09-10T23:30:00.000Z', utcOffsetMinutes: 120, videoElementTime: 5 }),
    );
    expect(draft.day).toBe('2024-09-11');
  });

  it('falls back to the <video> time, floored, when the player gives none', () => {
    const raw = rawPlayerFor(RECORDED_TALK, { currentTime: 0 });
    const draft = draftOf(snapshotFor(RECORDED_TALK, { player: { ...raw, currentTime: null }, videoElementTime: 1234.97 }));
    expect(draft.seconds).toBe(1234);
  });

  it('clips from the URL and the page when the bridge did not answer', () => {
    const draft = draftOf(
      snapshotFor(RECORDED_TALK, { player: null, videoElementTime: 99.5, domTitle: '  Shown title  ', domChannel: 'Shown channel' }),
    );
    expect(draft).toEqual({
      videoId: 'aB3_-xYz901',
      seconds: 99,
      liveStatus: 'vod',
      streamTitle: 'Shown title',
      channel: 'Shown channel',
      title: 'Shown title',
      speakers: [],
      day: '2024-09-10',
    });
  });

  it('never mixes in the previous video: a stale player response gives no title, dates or chapters', () => {
    const raw = rawPlayerFor(RECORDED_TALK, { currentTime: 42 });
    const staleResponse = playerResponseOf(STREAM_WITH_CHAPTERS);
    const draft = draftOf(snapshotFor(RECORDED_TALK, { player: { ...raw, playerResponse: staleResponse, videoData: { video_id: RECORDED_TALK.id } } }));
    expect(draft.streamTitle).toBe(RECORDED_TALK.title);
    expect(draft.channel).toBe(RECORDED_TALK.channel);
    expect(draft.liveStatus).toBe('vod');
    expect(draft.day).toBe('2024-09-10'); // capture date, not the old stream's start
    expect(draft).not.toHaveProperty('chapter');
  });

  it('ignores chapters of stale initial data', () => {
    const raw = rawPlayerFor(RECORDED_TALK, { currentTime: 3700 });
    const staleInitial = rawPlayerFor(STREAM_WITH_CHAPTERS, { currentTime: 0 }).initialData;
    const draft = draftOf(snapshotFor(RECORDED_TALK, { player: { ...raw, initialData: staleInitial } }));
    expect(draft.title).toBe(RECORDED_TALK.title);
    expect(draft).not.toHaveProperty('chapter');
  });

  it("clips on a channel's /live page, where only the page element names the video", () => {
    const url = 'https://www.youtube.com/@RustFoundation/live';
    expect(draftOf(snapshotFor(CONFERENCE_STREAM, { url, currentTime: 100 })).videoId).toBe(CONFERENCE_STREAM.id);
    expect(refusal(draftFromSnapshot(snapshotFor(CONFERENCE_STREAM, { url, pageVideoId: null }))).code).toBe('not-a-video');
  });

  it("proposes the video's own title when YouTube shows only its auto-generated Key moments", () => {
    const lecture = fakeVideo(RECORDED_TALK, {
      keyMoments: [
        { title: 'Speaker introduces ownership', seconds: 0 },
        { title: 'Borrow checker demo', seconds: 600 },
      ],
    });
    const draft = draftOf(snapshotFor(lecture, { currentTime: 700 }));
    expect(draft.title).toBe('Fearless Concurrency in Practice — Jane Doe');
    expect(draft.speakers).toEqual([]);
    expect(draft).not.toHaveProperty('chapter');
  });

  it('before the first chapter, proposes the stream title', () => {
    const late = fakeVideo(CONFERENCE_STREAM, { chapters: [{ title: 'Talk A — Ann Lee', seconds: 1800 }, { title: 'Talk B', seconds: 3600 }] });
    const draft = draftOf(snapshotFor(late, { currentTime: 600 }));
    expect(draft.title).toBe(CONFERENCE_STREAM.title);
    expect(draft.speakers).toEqual([]);
    expect(draft).not.toHaveProperty('chapter');
  });
});

describe('draftFromSnapshot: refusals', () => {
  it('refuses off a video page, even with a miniplayer playing', () => {
    for (const url of ['https://www.youtube.com/@RustFoundation/streams', 'https://www.youtube.com/', 'https://www.youtube.com/results?search_query=rust']) {
      expect(refusal(draftFromSnapshot(snapshotFor(RECORDED_TALK, { url, pageVideoId: null })))).toEqual({
        code: 'not-a-video',
        message: REFUSAL_MESSAGES.notAVideo,
      });
    }
  });

  it('refuses while an ad plays (DOM or player)', () => {
    const expected = { code: 'ad', message: 'An ad is playing — clip again when the talk is back.' };
    expect(refusal(draftFromSnapshot(snapshotFor(RECORDED_TALK, { domAdShowing: true })))).toEqual(expected);
    expect(refusal(draftFromSnapshot(snapshotFor(RECORDED_TALK, { adShowing: true })))).toEqual(expected);
  });

  it('refuses an upcoming stream (isUpcoming, or only an offline playability status)', () => {
    const upcoming = fakeVideo(CONFERENCE_STREAM, { kind: 'upcoming' });
    expect(refusal(draftFromSnapshot(snapshotFor(upcoming, { currentTime: 0 })))).toEqual({
      code: 'upcoming',
      message: REFUSAL_MESSAGES.upcoming,
    });
    const raw = rawPlayerFor(upcoming, { currentTime: 0 });
    const response = playerResponseOf(upcoming);
    delete (response['videoDetails'] as Record<string, unknown>)['isUpcoming'];
    expect(refusal(draftFromSnapshot(snapshotFor(upcoming, { player: { ...raw, playerResponse: response } }))).code).toBe('upcoming');
  });

  it('refuses while the player still holds the previous video after in-page navigation', () => {
    // The URL and the page already show the recorded talk; the player still answers for the stream.
    const stalePlayer = rawPlayerFor(STREAM_WITH_CHAPTERS, { currentTime: 3723, navigationVideoId: RECORDED_TALK.id });
    const snapshot = snapshotFor(RECORDED_TALK, { player: stalePlayer });
    expect(refusal(draftFromSnapshot(snapshot))).toEqual({ code: 'navigating', message: REFUSAL_MESSAGES.navigating });
    expect(REFUSAL_MESSAGES.navigating).toBe('YouTube is still switching videos — try again in a moment.');
  });

  it('refuses when the page element or the navigation event disagree with the URL', () => {
    expect(refusal(draftFromSnapshot(snapshotFor(RECORDED_TALK, { pageVideoId: CONFERENCE_STREAM.id }))).code).toBe('navigating');
    expect(refusal(draftFromSnapshot(snapshotFor(RECORDED_TALK, { player: null, pageVideoId: CONFERENCE_STREAM.id }))).code).toBe(
      'navigating',
    );
    const raw = rawPlayerFor(RECORDED_TALK, { currentTime: 5, navigationVideoId: CONFERENCE_STREAM.id });
    expect(refusal(draftFromSnapshot(snapshotFor(RECORDED_TALK, { player: raw }))).code).toBe('navigating');
  });

  it('refuses with invalid when no playback time is known', () => {
    const raw = rawPlayerFor(RECORDED_TALK, { currentTime: 0 });
    expect(refusal(draftFromSnapshot(snapshotFor(RECORDED_TALK, { player: { ...raw, currentTime: 'soon' }, videoElementTime: null })))).toEqual({
      code: 'invalid',
      message: REFUSAL_MESSAGES.noTime,
    });
  });
});
