import { describe, expect, it } from 'vitest';
import { talkUrl } from '../../../markdown/talk-link';

describe('talk links', () => {
  it.each([
    ['live', 'https://www.youtube.com/live/4f23X0UuT-0?t=23994'],
    ['was_live', 'https://www.youtube.com/live/4f23X0UuT-0?t=23994'],
    ['vod', 'https://youtu.be/4f23X0UuT-0?t=23994'],
    ['premiere', 'https://youtu.be/4f23X0UuT-0?t=23994'],
  ] as const)('share form for %s', (liveStatus, url) => {
    expect(talkUrl({ videoId: '4f23X0UuT-0', seconds: 23994, liveStatus })).toBe(url);
    expect(talkUrl({ videoId: '4f23X0UuT-0', seconds: 23994, liveStatus }, 'share')).toBe(url);
  });

  it('watch form with seconds', () => {
    expect(talkUrl({ videoId: 'Ch3Bs3K4Oeo', seconds: 7873, liveStatus: 'was_live' }, 'watch')).toBe('https://www.youtube.com/watch?v=Ch3Bs3K4Oeo&t=7873s');
    expect(talkUrl({ videoId: 'Ch3Bs3K4Oeo', seconds: 0, liveStatus: 'vod' }, 'watch')).toBe('https://www.youtube.com/watch?v=Ch3Bs3K4Oeo&t=0s');
  });

  it('writes whole, non-negative seconds', () => {
    expect(talkUrl({ videoId: 'Ch3Bs3K4Oeo', seconds: 12.9, liveStatus: 'vod' })).toBe('https://youtu.be/Ch3Bs3K4Oeo?t=12');
    expect(talkUrl({ videoId: 'Ch3Bs3K4Oeo', seconds: -4, liveStatus: 'vod' })).toBe('https://youtu.be/Ch3Bs3K4Oeo?t=0');
  });
});
