import { describe, expect, it } from 'vitest';
import { timestampLink, timestampsIn } from '../../../markdown/timestamp-link';

describe('timestampLink', () => {
  it('links a recorded video in youtu.be share form, labelled with the clock', () => {
    expect(timestampLink({ videoId: 'dQw4w9WgXcQ', seconds: 754, liveStatus: 'vod' })).toBe('[0:12:34](https://youtu.be/dQw4w9WgXcQ?t=754)');
  });

  it('links a live stream and a stream recording in the /live/ share form', () => {
    expect(timestampLink({ videoId: '4f23X0UuT-0', seconds: 7384, liveStatus: 'live' })).toBe('[2:03:04](https://www.youtube.com/live/4f23X0UuT-0?t=7384)');
    expect(timestampLink({ videoId: 'Ch3Bs3K4Oeo', seconds: 1500, liveStatus: 'was_live' })).toBe('[0:25:00](https://www.youtube.com/live/Ch3Bs3K4Oeo?t=1500)');
  });

  it('writes whole seconds (the current second, not a fraction)', () => {
    expect(timestampLink({ videoId: 'dQw4w9WgXcQ', seconds: 61.9, liveStatus: 'vod' })).toBe('[0:01:01](https://youtu.be/dQw4w9WgXcQ?t=61)');
  });
});

describe('timestampsIn', () => {
  it('finds the links to moments of this video, in order, and nothing else', () => {
    const notes = [
      'Intro [0:12:34](https://youtu.be/dQw4w9WgXcQ?t=754) and',
      'demo [1:02:03](https://www.youtube.com/live/dQw4w9WgXcQ?t=3723).',
      'Other video [0:01:00](https://youtu.be/C5uscUkltA0?t=60), no time [talk](https://youtu.be/dQw4w9WgXcQ),',
      'slides [here](https://example.org/?t=5), broken [x](javascript:alert(1)).',
    ].join('\n');
    expect(timestampsIn(notes, 'dQw4w9WgXcQ')).toEqual([
      { label: '0:12:34', url: 'https://youtu.be/dQw4w9WgXcQ?t=754', seconds: 754 },
      { label: '1:02:03', url: 'https://www.youtube.com/live/dQw4w9WgXcQ?t=3723', seconds: 3723 },
    ]);
  });

  it('reads what it writes', () => {
    const link = timestampLink({ videoId: 'Ch3Bs3K4Oeo', seconds: 3599, liveStatus: 'was_live' });
    expect(timestampsIn(`see ${link}`, 'Ch3Bs3K4Oeo').map((stamp) => stamp.seconds)).toEqual([3599]);
  });
});
