import { describe, expect, it } from 'vitest';
import { clipAtMoment } from '../../../components/sidepanel/clip-at-moment';
import { newClip } from '../../support/records';

const VIDEO = 'Ch3Bs3K4Oeo';

describe('clipAtMoment', () => {
  const first = newClip({ videoId: VIDEO, seconds: 1500, capturedAt: '2024-05-24T10:00:00.000Z' });
  const second = newClip({ videoId: VIDEO, seconds: 3400, capturedAt: '2024-05-24T11:00:00.000Z' });
  const elsewhere = newClip({ videoId: 'C5uscUkltA0', seconds: 100 });
  const clips = [second, elsewhere, first];

  it('is the latest clip of this video at or before the position', () => {
    expect(clipAtMoment(clips, VIDEO, 1500)).toBe(first);
    expect(clipAtMoment(clips, VIDEO, 3399)).toBe(first);
    expect(clipAtMoment(clips, VIDEO, 3400)).toBe(second);
    expect(clipAtMoment(clips, VIDEO, 9000)).toBe(second);
  });

  it('is none before the first clip, and never another video’s clip', () => {
    expect(clipAtMoment(clips, VIDEO, 1499)).toBeUndefined();
    expect(clipAtMoment(clips, 'C5uscUkltA0', 99)).toBeUndefined();
    expect(clipAtMoment(clips, 'C5uscUkltA0', 100)).toBe(elsewhere);
    expect(clipAtMoment([], VIDEO, 100)).toBeUndefined();
  });

  it('does not reach back across the start of the talk now on', () => {
    expect(clipAtMoment(clips, VIDEO, 3350, 3300)).toBeUndefined();
    expect(clipAtMoment(clips, VIDEO, 2000, 1200)).toBe(first);
    expect(clipAtMoment(clips, VIDEO, 3500, 3300)).toBe(second);
  });

  it('of two clips at the same second, is the one taken last', () => {
    const again = newClip({ videoId: VIDEO, seconds: 1500, capturedAt: '2024-05-24T12:00:00.000Z' });
    expect(clipAtMoment([first, again], VIDEO, 1600)).toBe(again);
    expect(clipAtMoment([again, first], VIDEO, 1600)).toBe(again);
  });
});
