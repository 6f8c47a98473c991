import { describe, expect, it } from 'vitest';
import { MAX_SNAPSHOT_JSON_LENGTH, parsePageSnapshot } from '../../../youtube/snapshot-schema';
import { fakeVideo, CONFERENCE_STREAM, RECORDED_TALK, snapshotFor } from './snapshot-factory';

/** A snapshot after the structured clone / JSON trip of a runtime message. */
function wire(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

function issuePaths(data: unknown): string[] {
  const result = parsePageSnapshot(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => issue.path.join('.'));
}

describe('parsePageSnapshot', () => {
  it('accepts what the content script sends, and keeps it unchanged', () => {
    const snapshot = wire(snapshotFor(CONFERENCE_STREAM, { currentTime: 3723.8, liveEdge: 3900 }));
    const result = parsePageSnapshot(snapshot);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(snapshot);
  });

  it('accepts a snapshot without a bridge answer and without DOM facts', () => {
    const snapshot = wire(
      snapshotFor(RECORDED_TALK, { player: null, pageVideoId: null, domTitle: null, domChannel: null, videoElementTime: null }),
    );
    expect(parsePageSnapshot(snapshot).success).toBe(true);
  });

  it('strips unknown top-level keys', () => {
    const result = parsePageSnapshot({ ...wire(snapshotFor(RECORDED_TALK)), extra: 'ignored' });
    expect(result.success).toBe(true);
    expect(result.data).not.toHaveProperty('extra');
  });

  it.each([
    ['url', 42],
    ['capturedAt', 'yesterday'],
    ['utcOffsetMinutes', '120'],
    ['utcOffsetMinutes', 90.5],
    ['utcOffsetMinutes', 900],
    ['pageVideoId', 7],
    ['domTitle', { text: 'x' }],
    ['videoElementTime', -1],
    ['videoElementTime', '12'],
    ['adShowing', 'false'],
    ['player', 'player'],
    ['player', []],
  ])('rejects %s = %j', (key, value) => {
    expect(issuePaths({ ...wire(snapshotFor(RECORDED_TALK)), [key]: value })).toEqual([key]);
  });

  it('rejects a non-finite <video> time (as sent without a JSON trip)', () => {
    expect(issuePaths({ ...snapshotFor(RECORDED_TALK), videoElementTime: Number.POSITIVE_INFINITY })).toEqual(['videoElementTime']);
  });

  it.each(['url', 'capturedAt', 'utcOffsetMinutes', 'pageVideoId', 'domTitle', 'domChannel', 'videoElementTime', 'adShowing', 'player'])(
    'rejects a snapshot missing %s',
    (key) => {
      const snapshot = wire(snapshotFor(RECORDED_TALK));
      delete snapshot[key];
      expect(issuePaths(snapshot)).toEqual([key]);
    },
  );

  it('rejects over-long strings', () => {
    expect(issuePaths({ ...wire(snapshotFor(RECORDED_TALK)), url: `https://www.youtube.com/watch?v=${'a'.repeat(5000)}` })).toEqual(['url']);
    expect(issuePaths({ ...wire(snapshotFor(RECORDED_TALK)), domTitle: 'T'.repeat(1001) })).toEqual(['domTitle']);
  });

  it('rejects non-objects', () => {
    for (const data of [null, undefined, 'snapshot', 42, []]) expect(parsePageSnapshot(data).success).toBe(false);
  });

  it('rejects a snapshot over the size limit before reading its shape', () => {
    const huge = fakeVideo(CONFERENCE_STREAM, { description: 'x'.repeat(MAX_SNAPSHOT_JSON_LENGTH) });
    const result = parsePageSnapshot(wire(snapshotFor(huge)));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toBe('page snapshot is larger than 2000000 characters of JSON');
  });

  it('accepts a large but reasonable snapshot (about 1.2 MB: the description twice)', () => {
    const big = fakeVideo(CONFERENCE_STREAM, { description: 'x'.repeat(600_000) });
    expect(parsePageSnapshot(wire(snapshotFor(big))).success).toBe(true);
  });

  it('rejects a cyclic value instead of throwing', () => {
    const cyclic: Record<string, unknown> = wire(snapshotFor(RECORDED_TALK));
    cyclic['player'] = { self: cyclic };
    expect(parsePageSnapshot(cyclic).success).toBe(false);
  });
});
