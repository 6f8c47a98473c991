import { describe, expect, it } from 'vitest';
import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH, readPlayerFacts } from '../../../youtube/player-facts';
import type { RawPlayerSnapshot } from '../../../youtube/snapshot';
import { CONFERENCE_STREAM, fakeVideo, playerResponseOf, RECORDED_TALK, rawPlayerFor } from './snapshot-factory';

describe('readPlayerFacts', () => {
  it('reads a live stream', () => {
    const facts = readPlayerFacts(rawPlayerFor(CONFERENCE_STREAM, { currentTime: 3723.8, liveEdge: 3900.5 }));
    expect(facts).toEqual({
      videoId: 'dQw4w9WgXcQ',
      currentTime: 3723.8,
      title: 'RustConf 2024 — Day 1 — Main Hall',
      author: 'Rust Foundation',
      isLive: true,
      isLiveContent: true,
      isUpcoming: undefined,
      isPostLiveDvr: undefined,
      isPremiere: false,
      startTimestamp: '2024-09-10T13:58:12+00:00',
      publishDate: '2024-09-10T06:45:12-07:00',
      lengthSeconds: 0,
      description: CONFERENCE_STREAM.description,
      playabilityStatus: 'OK',
      progress: { seekableEnd: 3900.5, current: 3723.8, ingestionTime: 3904.7, isAtLiveHead: false },
      adShowing: false,
      navigationVideoId: 'dQw4w9WgXcQ',
    });
  });

  it('reads a recorded talk: lengthSeconds from its decimal string, a bare publish date, no broadcast', () => {
    const facts = readPlayerFacts(rawPlayerFor(RECORDED_TALK, { currentTime: 61 }));
    expect(facts.lengthSeconds).toBe(2712);
    expect(facts.publishDate).toBe('2024-07-02');
    expect(facts.startTimestamp).toBeUndefined();
    expect(facts.isLive).toBe(false);
    expect(facts.isLiveContent).toBe(false);
    expect(facts.progress).toEqual({ seekableEnd: 2712, current: 61, ingestionTime: undefined, isAtLiveHead: false });
  });

  it('returns only empty progress for a missing bridge answer', () => {
    expect(readPlayerFacts(null)).toEqual({ progress: {} });
  });

  it('turns wrong types into undefined and never throws', () => {
    const raw: RawPlayerSnapshot = {
      currentTime: '12',
      videoData: { video_id: 42, title: ['t'], author: null, isLive: 'yes', isPremiere: 1 },
      progress: { seekableEnd: null, current: Number.POSITIVE_INFINITY, ingestionTime: -1, isAtLiveHead: 'true' },
      playerResponse: {
        videoDetails: { videoId: 'dQw4w9WgXcQ', title: 7, author: { name: 'x' }, lengthSeconds: '12abc', isLive: 0, shortDescription: 5 },
        microformat: { playerMicroformatRenderer: { publishDate: 'yesterday', liveBroadcastDetails: { startTimestamp: 1725976692 } } },
        playabilityStatus: { status: {} },
      },
      initialData: 'junk',
      navigationVideoId: 'not-an-id',
      adShowing: 'false',
    };
    expect(readPlayerFacts(raw)).toEqual({
      videoId: 'dQw4w9WgXcQ',
      currentTime: undefined,
      title: undefined,
      author: undefined,
      isLive: undefined,
      isLiveContent: undefined,
      isUpcoming: undefined,
      isPostLiveDvr: undefined,
      isPremiere: undefined,
      startTimestamp: undefined,
      publishDate: undefined,
      lengthSeconds: undefined,
      description: undefined,
      playabilityStatus: undefined,
      progress: { seekableEnd: undefined, current: undefined, ingestionTime: undefined, isAtLiveHead: undefined },
      adShowing: undefined,
      navigationVideoId: undefined,
    });
  });

  it('rejects a negative or non-finite current time', () => {
    expect(readPlayerFacts(rawPlayerFor(RECORDED_TALK, { currentTime: -4 })).currentTime).toBeUndefined();
    expect(readPlayerFacts(rawPlayerFor(RECORDED_TALK, { currentTime: Number.NaN })).currentTime).toBeUndefined();
  });

  it('caps long strings', () => {
    const video = fakeVideo(RECORDED_TALK, { title: 'T'.repeat(5000), description: 'd'.repeat(50_000) });
    const facts = readPlayerFacts(rawPlayerFor(video, { currentTime: 1 }));
    expect(facts.title).toHaveLength(MAX_TITLE_LENGTH);
    expect(facts.description).toHaveLength(MAX_DESCRIPTION_LENGTH);
  });

  it('reads isPostLiveDvr, and isUpcoming with an offline playability status', () => {
    const raw = rawPlayerFor(CONFERENCE_STREAM, { currentTime: 10 });
    const response = playerResponseOf(fakeVideo(CONFERENCE_STREAM, { kind: 'was_live', lengthSeconds: 32000 }));
    Object.assign(response['videoDetails'] as object, { isPostLiveDvr: true });
    expect(readPlayerFacts({ ...raw, playerResponse: response }).isPostLiveDvr).toBe(true);

    const upcoming = readPlayerFacts(rawPlayerFor(fakeVideo(CONFERENCE_STREAM, { kind: 'upcoming' }), { currentTime: 0 }));
    expect(upcoming.isUpcoming).toBe(true);
    expect(upcoming.playabilityStatus).toBe('LIVE_STREAM_OFFLINE');
  });

  it('takes nothing from a player response about another video', () => {
    const raw = rawPlayerFor(RECORDED_TALK, { currentTime: 30 });
    const stale = { ...raw, playerResponse: playerResponseOf(CONFERENCE_STREAM) };
    const facts = readPlayerFacts(stale);
    expect(facts.videoId).toBe(RECORDED_TALK.id);
    expect(facts.title).toBe(RECORDED_TALK.title);
    expect(facts.startTimestamp).toBeUndefined();
    expect(facts.description).toBeUndefined();
    expect(facts.isLiveContent).toBeUndefined();
  });

  it('falls back to videoDetails when getVideoData() gave no id', () => {
    const raw = rawPlayerFor(CONFERENCE_STREAM, { currentTime: 30 });
    const facts = readPlayerFacts({ ...raw, videoData: {} });
    expect(facts.videoId).toBe(CONFERENCE_STREAM.id);
    expect(facts.title).toBe(CONFERENCE_STREAM.title);
    expect(facts.author).toBe(CONFERENCE_STREAM.channel);
    expect(facts.isLive).toBe(true);
    expect(facts.isPremiere).toBeUndefined();
  });
});
