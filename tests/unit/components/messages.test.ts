import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../model/types';
import {
  EMPTY_TRIP_MESSAGE,
  NO_YOUTUBE_MESSAGE,
  clipResultMessage,
  deletedMessage,
  isClipResult,
  renamedClipMessage,
  restoredMessage,
  shownCountMessage,
} from '../../../ui/messages';
import { newClip } from '../../support/records';

const clip: Clip = newClip({
  seconds: 3723,
  liveStatus: 'live',
  title: 'Rust is easy',
  capturedAt: '2025-06-01T10:00:00.000Z',
  updatedAt: '2025-06-01T10:00:00.000Z',
});

describe('clipResultMessage', () => {
  it('says where a new clip went', () => {
    expect(clipResultMessage({ status: 'saved', clip, tripName: 'RustConf 2025' })).toBe('Clipped “Rust is easy” at 1:02:03 to RustConf 2025');
  });
  it('says a duplicate is shown', () => {
    expect(clipResultMessage({ status: 'duplicate', clip, tripName: 'RustConf 2025' })).toBe('Already clipped at 1:02:03 — showing it');
  });
  it('passes a refusal through', () => {
    expect(clipResultMessage({ status: 'refused', code: 'ad', message: 'An ad is playing.' })).toBe('An ad is playing.');
  });
  it('asks for a YouTube video when nobody answered', () => {
    expect(clipResultMessage(undefined)).toBe(NO_YOUTUBE_MESSAGE);
    expect(NO_YOUTUBE_MESSAGE).toBe('Open a YouTube video to clip a talk.');
  });
});

describe('isClipResult', () => {
  it('accepts the three shapes', () => {
    expect(isClipResult({ status: 'saved', clip, tripName: 'T' })).toBe(true);
    expect(isClipResult({ status: 'duplicate', clip, tripName: 'T' })).toBe(true);
    expect(isClipResult({ status: 'refused', code: 'ad', message: 'm' })).toBe(true);
  });
  it('rejects anything else', () => {
    expect(isClipResult(undefined)).toBe(false);
    expect(isClipResult({ status: 'saved', clip: {}, tripName: 'T' })).toBe(false);
    expect(isClipResult({ status: 'refused' })).toBe(false);
    expect(isClipResult('saved')).toBe(false);
  });
});

describe('other status sentences', () => {
  it('names one deleted or restored clip, counts several', () => {
    expect(deletedMessage([clip])).toBe('Deleted “Rust is easy”.');
    expect(deletedMessage([clip, clip])).toBe('Deleted 2 clips.');
    expect(restoredMessage([clip])).toBe('Restored “Rust is easy”.');
  });
  it('counts the paged list', () => {
    expect(shownCountMessage(50, 5000)).toBe('Showing 50 of 5,000 clips');
    expect(shownCountMessage(3, 3)).toBe('3 clips');
    expect(shownCountMessage(1, 1)).toBe('1 clip');
  });
  it('has the empty-state sentence', () => {
    expect(EMPTY_TRIP_MESSAGE).toBe('No clips yet. Press Clip talk while a talk plays on YouTube.');
  });
});

describe('renamedClipMessage (the popup’s Clip talk line after the follow-up match)', () => {
  const stream = newClip({ seconds: 600, title: 'DemoCon 2020 — Gray Room — Day 1' });
  const announced = { status: 'saved' as const, clip: stream, tripName: 'DemoCon' };
  const matched = { ...stream, title: 'Focused 5thgeneration hardware', talkCode: 'G9JGWY' };

  it('names the talk once the match named the clip just taken', () => {
    expect(renamedClipMessage(announced, matched)).toBe('Clipped “Focused 5thgeneration hardware” at 0:10:00 to DemoCon');
  });
  it('keeps the sentence before the match, without a talk, or when the person renamed the clip', () => {
    expect(renamedClipMessage(announced, stream)).toBeUndefined();
    expect(renamedClipMessage(announced, undefined)).toBeUndefined();
    expect(renamedClipMessage(announced, { ...stream, title: 'My own title' })).toBeUndefined();
    expect(renamedClipMessage(announced, { ...matched, title: 'My own title', editedFields: ['title'] })).toBeUndefined();
  });
  it('never for another clip, a duplicate or a refusal', () => {
    expect(renamedClipMessage(announced, { ...matched, id: clip.id })).toBeUndefined();
    expect(renamedClipMessage({ ...announced, status: 'duplicate' }, matched)).toBeUndefined();
    expect(renamedClipMessage({ status: 'refused', code: 'ad', message: 'An ad is playing.' }, matched)).toBeUndefined();
    expect(renamedClipMessage(undefined, matched)).toBeUndefined();
  });
});
