import { beforeEach, describe, expect, it } from 'vitest';
import { CLIP_RATE_LIMIT, TOO_FAST_MESSAGE, handleCapture, isTrustedYouTubeSender } from '../../../background/capture-handler';
import { createRateLimiter } from '../../../background/rate-limit';
import type { SenderFacts } from '../../../background/capture-handler';
import { dumpDatabase, resetDatabase } from '../storage/helpers';
import { CONFERENCE_STREAM, RECORDED_TALK, snapshotFor } from '../youtube/snapshot-factory';

const EXTENSION_ID = 'talk-clipper-test-id';
const youtubeTab: SenderFacts = { id: EXTENSION_ID, url: 'https://www.youtube.com/watch?v=abc', tab: { id: 7 } };

beforeEach(resetDatabase);

describe('who may send a clip', () => {
  it('accepts our own content script on a YouTube tab', () => {
    expect(isTrustedYouTubeSender(youtubeTab, EXTENSION_ID)).toBe(true);
    expect(isTrustedYouTubeSender({ ...youtubeTab, url: 'https://m.youtube.com/watch?v=x' }, EXTENSION_ID)).toBe(true);
  });

  it.each<[string, SenderFacts]>([
    ['another extension', { ...youtubeTab, id: 'someone-else' }],
    ['a page that is not YouTube', { ...youtubeTab, url: 'https://www.youtube.com.evil.example/watch' }],
    ['plain http', { ...youtubeTab, url: 'http://www.youtube.com/watch?v=abc' }],
    ['an extension page (no tab)', { id: EXTENSION_ID, url: 'chrome-extension://x/popup.html' }],
    ['no url', { id: EXTENSION_ID, tab: { id: 1 } }],
  ])('rejects %s', async (_name, sender) => {
    expect(isTrustedYouTubeSender(sender, EXTENSION_ID)).toBe(false);
    const result = await handleCapture({ snapshot: snapshotFor(RECORDED_TALK) }, sender, EXTENSION_ID);
    expect(result).toMatchObject({ status: 'refused', code: 'invalid' });
    expect((await dumpDatabase()).clips).toHaveLength(0);
  });
});

describe('a clip message', () => {
  it('is stored and answered with the committed clip', async () => {
    const result = await handleCapture({ snapshot: snapshotFor(RECORDED_TALK, { currentTime: 125.9 }) }, youtubeTab, EXTENSION_ID);
    expect(result.status).toBe('saved');
    const { clips, trips } = await dumpDatabase();
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({ videoId: RECORDED_TALK.id, seconds: 125 });
    if (result.status !== 'saved') throw new Error('expected a saved clip');
    expect(result.clip).toEqual(clips[0]);
    expect(result.tripName).toBe(trips[0]?.name);
  });

  it('a second clip within 10 s of stream time is reported as a duplicate, not stored', async () => {
    await handleCapture({ snapshot: snapshotFor(CONFERENCE_STREAM, { currentTime: 4000 }) }, youtubeTab, EXTENSION_ID);
    const again = await handleCapture({ snapshot: snapshotFor(CONFERENCE_STREAM, { currentTime: 4009 }) }, youtubeTab, EXTENSION_ID);
    expect(again.status).toBe('duplicate');
    expect((await dumpDatabase()).clips).toHaveLength(1);
  });

  it.each([
    ['no snapshot', {}],
    ['a snapshot that is a string', { snapshot: 'watch?v=x' }],
    ['a snapshot with a wrong field type', { snapshot: { ...snapshotFor(RECORDED_TALK), adShowing: 'no' } }],
    ['a snapshot missing its url', { snapshot: { ...snapshotFor(RECORDED_TALK), url: undefined } }],
    ['null', null],
  ])('with %s is refused with a message and writes nothing', async (_name, data) => {
    const result = await handleCapture(data, youtubeTab, EXTENSION_ID);
    expect(result).toEqual({ status: 'refused', code: 'invalid', message: 'Talk Clipper could not read this page. Reload it and try again.' });
    expect((await dumpDatabase()).clips).toHaveLength(0);
  });

  it('during an ad is refused with the reason and writes nothing', async () => {
    const result = await handleCapture({ snapshot: snapshotFor(RECORDED_TALK, { adShowing: true }) }, youtubeTab, EXTENSION_ID);
    expect(result).toMatchObject({ status: 'refused', code: 'ad' });
    expect((await dumpDatabase()).clips).toHaveLength(0);
  });
});

describe('clips from one tab in a burst', () => {
  it('are refused after the first few in a second, with a sentence, and only those few are stored', async () => {
    let now = 50_000;
    const limits = { perTab: createRateLimiter<number>(CLIP_RATE_LIMIT), now: () => now };
    const results = [];
    for (let index = 0; index < 10; index++) {
      now += 20;
      results.push(await handleCapture({ snapshot: snapshotFor(CONFERENCE_STREAM, { currentTime: 1000 + index * 60 }) }, youtubeTab, EXTENSION_ID, limits));
    }
    expect(results.filter((result) => result.status === 'saved')).toHaveLength(CLIP_RATE_LIMIT.limit);
    expect(results.at(-1)).toEqual({ status: 'refused', code: 'too-fast', message: TOO_FAST_MESSAGE });
    expect((await dumpDatabase()).clips).toHaveLength(CLIP_RATE_LIMIT.limit);

    now += CLIP_RATE_LIMIT.windowMs;
    const later = await handleCapture({ snapshot: snapshotFor(CONFERENCE_STREAM, { currentTime: 9000 }) }, youtubeTab, EXTENSION_ID, limits);
    expect(later.status).toBe('saved');
    const otherTab = await handleCapture({ snapshot: snapshotFor(CONFERENCE_STREAM, { currentTime: 9500 }) }, { ...youtubeTab, tab: { id: 8 } }, EXTENSION_ID, limits);
    expect(otherTab.status).toBe('saved');
  });
});
