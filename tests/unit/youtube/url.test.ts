import { describe, expect, it } from 'vitest';
import { isChannelLivePage, isVideoPage, parseStartSeconds, parseVideoId } from '../../../youtube/url';

const ID = 'dQw4w9WgXcQ';

describe('parseVideoId', () => {
  it.each([
    [`https://www.youtube.com/watch?v=${ID}`],
    [`https://www.youtube.com/watch?v=${ID}&t=90s&list=PL1234567890`],
    [`https://www.youtube.com/watch?feature=share&v=${ID}`],
    [`https://youtube.com/watch?v=${ID}`],
    [`http://www.youtube.com/watch?v=${ID}`],
    [`https://m.youtube.com/watch?v=${ID}`],
    [`https://music.youtube.com/watch?v=${ID}&si=abc`],
    [`https://www.youtube.com/live/${ID}`],
    [`https://www.youtube.com/live/${ID}?si=Xy12&t=3723`],
    [`https://m.youtube.com/live/${ID}`],
    [`https://youtu.be/${ID}`],
    [`https://youtu.be/${ID}?t=90`],
    [`https://www.youtube.com/embed/${ID}?start=60`],
    [`https://www.youtube-nocookie.com/embed/${ID}`],
    [`https://www.youtube.com/shorts/${ID}`],
    [`https://www.youtube.com/v/${ID}`],
    [`https://WWW.YouTube.com/watch?v=${ID}`],
  ])('reads the id from %s', (url) => {
    expect(parseVideoId(url)).toBe(ID);
  });

  it('keeps ids with - and _', () => {
    expect(parseVideoId('https://youtu.be/a-_b-_c-_d0')).toBe('a-_b-_c-_d0');
  });

  it.each([
    ['channel page', 'https://www.youtube.com/@RustFoundation'],
    ['channel streams tab', 'https://www.youtube.com/@RustFoundation/streams'],
    ['home', 'https://www.youtube.com/'],
    ['search', 'https://www.youtube.com/results?search_query=rustconf'],
    ['playlist', 'https://www.youtube.com/playlist?list=PLabc'],
    ['watch without v', 'https://www.youtube.com/watch?list=PLabc'],
    ['too short id', 'https://www.youtube.com/watch?v=dQw4w9WgXc'],
    ['too long id', 'https://www.youtube.com/watch?v=dQw4w9WgXcQQ'],
    ['bad characters', 'https://www.youtube.com/watch?v=dQw4w9WgX%3C'],
    ['other host', `https://vimeo.com/watch?v=${ID}`],
    ['look-alike host', `https://www.youtube.com.evil.example/watch?v=${ID}`],
    ['youtube as a subdomain', `https://youtube.evil.example/watch?v=${ID}`],
    ['javascript url', `javascript:alert('https://youtu.be/${ID}')`],
    ['extra path after id', `https://www.youtube.com/live/${ID}/extra`],
    ['youtu.be nested', `https://youtu.be/x/${ID}`],
    ['not a url', 'dQw4w9WgXcQ'],
    ['empty', ''],
  ])('returns null for %s', (_label, url) => {
    expect(parseVideoId(url)).toBeNull();
  });
});

describe('isVideoPage', () => {
  it('is true on watch and live pages, false on channel and home pages', () => {
    expect(isVideoPage(`https://www.youtube.com/watch?v=${ID}`)).toBe(true);
    expect(isVideoPage(`https://www.youtube.com/live/${ID}`)).toBe(true);
    expect(isVideoPage('https://www.youtube.com/@RustFoundation/live')).toBe(false);
    expect(isVideoPage('https://www.youtube.com/')).toBe(false);
  });
});

describe('parseStartSeconds', () => {
  it.each([
    [`https://youtu.be/${ID}?t=90`, 90],
    [`https://youtu.be/${ID}?t=90s`, 90],
    [`https://www.youtube.com/watch?v=${ID}&t=1h2m3s`, 3723],
    [`https://www.youtube.com/watch?v=${ID}&t=1:02:03`, 3723],
    [`https://www.youtube.com/live/${ID}?t=3723`, 3723],
    [`https://www.youtube.com/embed/${ID}?start=60`, 60],
    [`https://www.youtube.com/watch?v=${ID}#t=90`, 90],
    [`https://www.youtube.com/watch?v=${ID}#t=2m5s`, 125],
    [`https://www.youtube.com/watch?v=${ID}&t=0`, 0],
  ])('%s -> %i', (url, seconds) => {
    expect(parseStartSeconds(url)).toBe(seconds);
  });

  it.each([
    [`https://www.youtube.com/watch?v=${ID}`],
    [`https://www.youtube.com/watch?v=${ID}&t=-5`],
    [`https://www.youtube.com/watch?v=${ID}&t=soon`],
    ['not a url'],
  ])('returns null for %s', (url) => {
    expect(parseStartSeconds(url)).toBeNull();
  });
});

describe('isChannelLivePage', () => {
  it.each([
    ['https://www.youtube.com/@RustFoundation/live', true],
    ['https://www.youtube.com/channel/UCaYhcUwRBNscFNUKTjgPFiA/live', true],
    ['https://m.youtube.com/c/GotoConferences/live/', true],
    ['https://www.youtube.com/@RustFoundation/streams', false],
    ['https://www.youtube.com/@RustFoundation', false],
    [`https://www.youtube.com/live/${ID}`, false],
    ['https://evil.example/@RustFoundation/live', false],
  ])('%s -> %s', (url, expected) => {
    expect(isChannelLivePage(url)).toBe(expected);
  });
});
