/**
 * Every real page capture in tests/fixtures/real-youtube/captures/ through the path the
 * extension runs: the MAIN-world bridge (capture/read-player.ts) reads a page whose
 * player answers with the captured player response and whose initial data is the
 * captured one, the content script wraps that into a page snapshot
 * (capture/page-snapshot.ts), the background validates it and drafts the clip
 * (youtube/snapshot-schema.ts, youtube/draft.ts). The expected facts are read off the
 * captures by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { takePageSnapshot } from '../../../../capture/page-snapshot';
import { readPlayer } from '../../../../capture/read-player';
import { chaptersFromInitialData } from '../../../../youtube/chapters';
import { draftFromSnapshot } from '../../../../youtube/draft';
import { parsePageSnapshot } from '../../../../youtube/snapshot-schema';
import type { DraftOutcome } from '../../../../youtube/draft';
import type { PageSnapshot } from '../../../../youtube/snapshot';
import { watchFromSnapshot } from '../../../../youtube/watch';

interface Capture {
  name: string;
  kind: string;
  playerResponse: { videoDetails: { videoId: string; title: string; author: string } };
  initialData: unknown;
}

function loadCapture(file: string): Capture {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/real-youtube/captures/${file}`, import.meta.url), 'utf8')) as Capture;
}

/** The few things of a watch page the bridge and the content script read, around a real capture. */
function watchPage(capture: Capture, currentTime: number): Document {
  const { videoId, title, author } = capture.playerResponse.videoDetails;
  const player = {
    getCurrentTime: () => currentTime,
    getPlayerResponse: () => capture.playerResponse,
    classList: { contains: () => false },
  };
  const select = (selector: string): unknown => {
    if (selector.includes('ad-showing')) return null;
    if (selector.includes('video')) return selector.includes('#movie_player') ? { currentTime: currentTime + 0.25 } : null;
    if (selector === 'ytd-watch-flexy') return { getAttribute: (name: string) => (name === 'video-id' ? videoId : null) };
    if (selector.includes('channel-name')) return { textContent: author };
    if (selector.includes('h1')) return { textContent: title };
    return null;
  };
  return {
    location: { href: `https://www.youtube.com/watch?v=${videoId}` },
    getElementById: (id: string) => (id === 'movie_player' ? player : null),
    querySelector: select,
  } as unknown as Document;
}

/** The user's clock for these tests: UTC+2. */
const USER_UTC_OFFSET_MINUTES = 120;

/** The validated page snapshot of a capture: what the background drafts a clip from, and the side panel reads. */
async function snapshotOf(file: string, currentTime: number): Promise<PageSnapshot> {
  const capture = loadCapture(file);
  const page = watchPage(capture, currentTime);
  const snapshot = await takePageSnapshot(page, () => Promise.resolve(readPlayer(page, null, capture.initialData)), new Date('2026-06-08T10:00:00Z'));
  const parsed = parsePageSnapshot({ ...snapshot, utcOffsetMinutes: USER_UTC_OFFSET_MINUTES });
  if (!parsed.success) throw new Error(`snapshot of ${file} rejected: ${parsed.error.message}`);
  return parsed.data;
}

async function clip(file: string, currentTime: number): Promise<DraftOutcome> {
  return draftFromSnapshot(await snapshotOf(file, currentTime));
}

async function draftOf(file: string, currentTime: number) {
  const outcome = await clip(file, currentTime);
  if (!outcome.ok) throw new Error(`${file}: ${outcome.message}`);
  return outcome.draft;
}

describe('real page captures, bridge -> snapshot -> draft', () => {
  it.each([
    ['ytpb-live-zurich.json', 'kHwmzef842g', 'Webcam Zürich HB', 'David Gubler', 'live', '2022-07-15'],
    ['newpipe-live-lofi.json', 'X4VbdwhkE10', 'lofi hip hop radio 📚 beats to relax/study to', 'Lofi Girl', 'live', '2026-06-04'],
    ['ytdl-live-lofi2020.json', '5qap5aO4i9A', 'lofi hip hop radio - beats to relax/study to', 'ChilledCow', 'live', '2020-02-22'],
    [
      'ytdl-was-live-nature23.json',
      'nu5uzMXfuLc',
      'Nature23 Hangout - Die Vulgäre Analyse - Shlomo Finkelstein - Volxstribun - Trendfixxer',
      'Nature23',
      'was_live',
      '2017-02-27',
    ],
    ['ivorg-vod-mrbeast.json', '2isYuQZMbdU', 'I Gave My 100,000,000th Subscriber An Island', 'MrBeast', 'vod', '2022-08-04'],
    [
      'newpipe-talk-creativecommons.json',
      'DJ8GQUNUXGM',
      'A New Era of Open? COVID-19 and the Pursuit for Equitable Solutions  #CCTurns20',
      'Creative Commons',
      'vod',
      '2021-03-22',
    ],
    // publishDate 2020-11-18T21:30:01-08:00 is already the 19th for a user at UTC+2.
    ['newpipe-chapters-mailab.json', 'ud9d5cMDP_0', 'Vitamin D wissenschaftlich geprüft', 'MAITHINK X', 'vod', '2020-11-19'],
    ['newpipe-chapters-tagesschau.json', 'KI7fMGRg0Wk', 'tagesschau 20:00 Uhr, 17.03.2021', 'tagesschau', 'vod', '2021-03-17'],
    [
      'ytdl-chapters-mosh.json',
      'W6NZfCO5SIk',
      'JavaScript Tutorial for Beginners: Learn JavaScript in 1 Hour',
      'Programming with Mosh',
      'vod',
      '2018-04-23',
    ],
  ])('%s: id, title, channel, live status and day', async (file, videoId, streamTitle, channel, liveStatus, day) => {
    const draft = await draftOf(file, 600);
    expect(draft).toMatchObject({ videoId, seconds: 600, streamTitle, channel, liveStatus, day });
  });

  it.each(['ivorg-upcoming-pbd.json', 'ytdl-upcoming-berg.json'])('%s: an upcoming stream is refused with a sentence', async (file) => {
    expect(await clip(file, 0)).toEqual({
      ok: false,
      code: 'upcoming',
      message: 'This stream has not started yet — clip when the talk is on.',
    });
  });

  it('reads the creator chapters of the three chapter captures, as copied by the bridge', () => {
    const counts = ['newpipe-chapters-mailab.json', 'newpipe-chapters-tagesschau.json', 'ytdl-chapters-mosh.json'].map((file) => {
      const capture = loadCapture(file);
      return chaptersFromInitialData(readPlayer(watchPage(capture, 0), null, capture.initialData).initialData, capture.playerResponse.videoDetails.videoId).length;
    });
    expect(counts).toEqual([7, 13, 13]);
  });

  it.each([
    ['newpipe-chapters-mailab.json', 500, { title: 'Klinische Studien zu Vitamin D', seconds: 498 }],
    ['newpipe-chapters-tagesschau.json', 300, { title: 'Regierung beschließt mehr Prämien und Zuschüsse für Ausbildungsbetriebe', seconds: 254 }],
    ['ytdl-chapters-mosh.json', 2400, { title: 'Functions', seconds: 2381 }],
  ])("%s: the chapter is kept, and the video's own title proposed for a section of one programme", async (file, at, chapter) => {
    const draft = await draftOf(file, at);
    expect(draft.chapter).toEqual(chapter);
    expect(draft.title).toBe(draft.streamTitle);
    expect(draft.speakers).toEqual([]);
  });

  it.each([
    'ytpb-live-zurich.json',
    'newpipe-live-lofi.json',
    'ytdl-live-lofi2020.json',
    'ytdl-was-live-nature23.json',
    'ivorg-vod-mrbeast.json',
    'newpipe-talk-creativecommons.json',
  ])("%s: no chapters, so the video's own title", async (file) => {
    const draft = await draftOf(file, 600);
    expect(draft).not.toHaveProperty('chapter');
    expect(draft.title).toBe(draft.streamTitle);
  });

  it.each([
    ['ytpb-live-zurich.json', '2022-07-15T20:41:12.000Z'],
    ['newpipe-live-lofi.json', '2026-06-04T06:53:18.000Z'],
    ['ytdl-live-lofi2020.json', '2020-02-22T20:14:45.000Z'],
    ['ytdl-was-live-nature23.json', '2017-02-27T20:00:14.000Z'],
    ['ivorg-vod-mrbeast.json', undefined],
    ['newpipe-talk-creativecommons.json', undefined],
  ])("%s: the side panel's watch facts carry the broadcast's start the clip stores", async (file, streamStart) => {
    const snapshot = await snapshotOf(file, 600);
    const draft = draftFromSnapshot(snapshot);
    const watch = watchFromSnapshot(snapshot);
    if (!draft.ok || !watch.ok) throw new Error(`${file} was refused`);
    expect(draft.draft.streamStart).toBe(streamStart);
    expect(watch.video.streamStart).toBe(streamStart);
    expect(watch.seconds).toBe(draft.draft.seconds);
  });

  it('never proposes Key moments: the mosh capture with its creator chapters turned into auto-generated ones', async () => {
    const capture = loadCapture('ytdl-chapters-mosh.json');
    const asKeyMoments = JSON.parse(
      JSON.stringify(capture.initialData)
        .replaceAll('"DESCRIPTION_CHAPTERS"', '"AUTO_CHAPTERS"')
        .replaceAll('engagement-panel-macro-markers-description-chapters', 'engagement-panel-macro-markers-auto-chapters'),
    ) as unknown;
    const page = watchPage(capture, 2400);
    const raw = readPlayer(page, null, asKeyMoments);
    expect(JSON.stringify(raw.initialData)).toContain('engagement-panel-macro-markers-auto-chapters');
    expect(chaptersFromInitialData(raw.initialData, 'W6NZfCO5SIk')).toEqual([]);
    const snapshot = await takePageSnapshot(page, () => Promise.resolve(raw));
    const parsed = parsePageSnapshot(snapshot);
    if (!parsed.success) throw new Error(parsed.error.message);
    const outcome = draftFromSnapshot(parsed.data);
    // Its description lists the same chapters by hand (`0:00:00 What is JavaScript`): those are the creator's.
    expect(outcome.ok && outcome.draft.chapter).toEqual({ title: 'Functions', seconds: 2381 });
    expect(outcome.ok && outcome.draft.title).toBe('JavaScript Tutorial for Beginners: Learn JavaScript in 1 Hour');
    // Without the description, Key moments alone give no chapter at all.
    const withoutDescription = structuredClone(parsed.data);
    const player = withoutDescription.player as { playerResponse: { videoDetails: { shortDescription: string } } };
    player.playerResponse.videoDetails.shortDescription = '';
    const bare = draftFromSnapshot(withoutDescription);
    expect(bare.ok && bare.draft.chapter).toBeUndefined();
    expect(bare.ok && bare.draft.title).toBe('JavaScript Tutorial for Beginners: Learn JavaScript in 1 Hour');
  });
});
