/**
 * The `clipRenamed` message (the follow-up match renamed a just-saved clip after its
 * scheduled talk): its shape check, who may send it, and which status sentence follows.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { describeClipResult, describeRenamedClip } from '../../../capture/describe-result';
import { isClipRenamed, isFromExtension, pageVideoId } from '../../../capture/follow-rename';
import type { ClipRenamed } from '../../../messaging/protocol';
import type { ClipResult } from '../../../model/clip-result';
import { newClip, testUuid } from '../../support/records';

const STREAM_TITLE = 'DemoCon 2020 — Gray Room — Day 1';
const TALK = 'Focused 5thgeneration hardware';
const clip = newClip({ id: testUuid(7), videoId: 'GrayRoomD01', seconds: 600, title: STREAM_TITLE, streamTitle: STREAM_TITLE });
const saved: ClipResult = { status: 'saved', clip, tripName: 'DemoCon' };
const renamed = { clipId: clip.id, videoId: clip.videoId, title: TALK };

describe('isClipRenamed', () => {
  it('accepts a clip id, a video id and a title', () => {
    expect(isClipRenamed(renamed)).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'Focused 5thgeneration hardware'],
    ['no title', { clipId: clip.id, videoId: clip.videoId }],
    ['a blank title', { ...renamed, title: '   ' }],
    ['an overlong title', { ...renamed, title: 'x'.repeat(1001) }],
    ['a title that is not text', { ...renamed, title: ['Focused 5thgeneration hardware'] }],
  ])('refuses %s', (_case, value) => {
    expect(isClipRenamed(value)).toBe(false);
  });
});

describe('describeRenamedClip', () => {
  const shown = describeClipResult(saved);

  it('says the talk’s name where the announcement said the stream title', () => {
    expect(shown).toBe(`Clipped “${STREAM_TITLE}” at 0:10:00 to DemoCon`);
    expect(describeRenamedClip(saved, renamed, clip.videoId, shown)).toBe(`Clipped “${TALK}” at 0:10:00 to DemoCon`);
  });

  it('follows only the clip announced: not an older or newer one, nor ids that are not the clip’s', () => {
    expect(describeRenamedClip(saved, { ...renamed, clipId: testUuid(6) }, clip.videoId, shown)).toBeUndefined();
    expect(describeRenamedClip(saved, { ...renamed, clipId: testUuid(8) }, clip.videoId, shown)).toBeUndefined();
    expect(describeRenamedClip(saved, { ...renamed, clipId: 7 } as unknown as ClipRenamed, clip.videoId, shown)).toBeUndefined();
    expect(describeRenamedClip(saved, { title: TALK } as ClipRenamed, clip.videoId, shown)).toBeUndefined();
  });

  it('never once the page shows another video, nor for a rename naming another video', () => {
    expect(describeRenamedClip(saved, renamed, 'OtherVideo1', shown)).toBeUndefined();
    expect(describeRenamedClip(saved, renamed, null, shown)).toBeUndefined();
    expect(describeRenamedClip(saved, { ...renamed, videoId: 'OtherVideo1' }, 'OtherVideo1', shown)).toBeUndefined();
  });

  it('never once the status has cleared or says something else', () => {
    expect(describeRenamedClip(saved, renamed, clip.videoId, '')).toBeUndefined();
    expect(describeRenamedClip(saved, renamed, clip.videoId, 'Still saving the previous clip…')).toBeUndefined();
    // Already renamed: a second rename of the same clip changes nothing.
    expect(describeRenamedClip(saved, { ...renamed, title: 'Another talk' }, clip.videoId, `Clipped “${TALK}” at 0:10:00 to DemoCon`)).toBeUndefined();
  });

  it('changes nothing after a duplicate, a refusal or no announcement, nor when the title is the same', () => {
    const duplicate: ClipResult = { status: 'duplicate', clip, tripName: 'DemoCon' };
    expect(describeRenamedClip(duplicate, renamed, clip.videoId, describeClipResult(duplicate))).toBeUndefined();
    expect(describeRenamedClip({ status: 'refused', code: 'ad', message: 'An ad is playing.' }, renamed, clip.videoId, 'An ad is playing.')).toBeUndefined();
    expect(describeRenamedClip(undefined, renamed, clip.videoId, shown)).toBeUndefined();
    expect(describeRenamedClip(saved, { ...renamed, title: STREAM_TITLE }, clip.videoId, shown)).toBeUndefined();
  });
});

describe('isFromExtension', () => {
  const id = 'talkclipperid';
  it('accepts this extension’s background or pages', () => {
    expect(isFromExtension({ id, url: 'chrome-extension://talkclipperid/background.js' } as { id: string }, id)).toBe(true);
  });
  it('refuses another extension, a tab’s content script, or no sender', () => {
    expect(isFromExtension({ id: 'other' }, id)).toBe(false);
    expect(isFromExtension({ id, tab: { id: 3 } }, id)).toBe(false);
    expect(isFromExtension(undefined, id)).toBe(false);
  });
});

describe('pageVideoId', () => {
  it('is the URL’s video, else the watch page’s (a channel’s /live page)', () => {
    const { document } = new JSDOM('<ytd-watch-flexy video-id="GrayRoomD01"></ytd-watch-flexy>').window;
    expect(pageVideoId(document, 'https://www.youtube.com/watch?v=OtherVideo1&t=600')).toBe('OtherVideo1');
    expect(pageVideoId(document, 'https://www.youtube.com/@democon/live')).toBe('GrayRoomD01');
    expect(pageVideoId(new JSDOM('').window.document, 'https://www.youtube.com/@democon/live')).toBeNull();
  });
});
