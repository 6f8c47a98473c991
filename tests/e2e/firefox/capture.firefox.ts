/**
 * The capture scenarios of ../chromium/capture.spec.ts, in real Firefox ESR with the
 * built Firefox extension: the MAIN-world bridge, the isolated content script, the
 * background's write and the page's status message.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  DESCRIPTION_CHAPTERS_RECORDING,
  LIVE_STREAM,
  PLAIN_VIDEO,
  RECORDING_WITH_CHAPTERS,
  SECOND_VIDEO,
  UPCOMING_STREAM,
} from '../../fixtures/youtube/catalog';
import type { FakeYtWindow } from '../../fixtures/youtube/fake-yt';
import { clipButton, openYouTube, seek, waitForStatus } from './support/firefox-extension';
import { readStoredData } from './support/stored-data';
import { useFirefox } from './support/suite';


async function clip(page: Page): Promise<void> {
  await (await clipButton(page)).click();
}

describe('capture in Firefox', () => {
  const firefox = useFirefox();

  test('a recording with chapters opened at &t=1h2m3s clips the chapter as the talk', async () => {
    const page = await openYouTube(firefox.browser, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=1h2m3s`);
    await clip(page);
    await waitForStatus(page, 'Clipped “Rust is easy” at 1:02:03 to PyCon Italia 2023');

    const { clips, trips } = await readStoredData(firefox.browser);
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({
      videoId: RECORDING_WITH_CHAPTERS.videoId,
      seconds: 3723,
      title: 'Rust is easy',
      speakers: ['Luca Barbato'],
      streamTitle: RECORDING_WITH_CHAPTERS.title,
      channel: 'PyCon Italia',
      liveStatus: 'was_live',
      chapter: { title: 'Rust is easy — Luca Barbato', seconds: 3300 },
    });
    expect(trips.map((trip) => trip.name)).toEqual(['PyCon Italia 2023']);
    expect(clips[0]?.tripId).toBe(trips[0]?.id);
  });

  test('chapters written in the description propose the talk when the player has none', async () => {
    const page = await openYouTube(firefox.browser, `/watch?v=${DESCRIPTION_CHAPTERS_RECORDING.videoId}&t=23300`);
    await clip(page);
    await waitForStatus(page, /Develop modern games in Python the old-school way/);
    const { clips } = await readStoredData(firefox.browser);
    expect(clips[0]).toMatchObject({
      seconds: 23300,
      title: 'Develop modern games in Python the old-school way',
      speakers: ['Ada Bianchi'],
      chapter: { seconds: 6 * 3600 + 27 * 60 + 56 },
    });
  });

  test('a /live/ stream records the player time since the broadcast began, not the <video> time', async () => {
    const page = await openYouTube(firefox.browser, `/live/${LIVE_STREAM.videoId}`);
    await seek(page, 7800);
    const videoTime = await page.evaluate(() => document.querySelector('video')?.currentTime ?? -1);
    expect(Math.floor(videoTime)).toBe(600);

    await clip(page);
    await waitForStatus(page, /at 2:10:00/);
    const { clips } = await readStoredData(firefox.browser);
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({
      videoId: LIVE_STREAM.videoId,
      seconds: 7800,
      liveStatus: 'live',
      channel: 'PyCon US',
      streamTitle: LIVE_STREAM.title,
      day: '2024-05-17',
    });
    expect(clips[0]?.liveEdge?.edgeSeconds).toBeGreaterThanOrEqual(7800);
  });

  test('after in-page navigation the clip describes the video on screen, never the previous one', async () => {
    const page = await openYouTube(firefox.browser, `/watch?v=${PLAIN_VIDEO.videoId}&t=100`);
    await page.evaluate(
      (id: string) => (window as unknown as FakeYtWindow).__fakeYt.navigate(id, { playerLagMs: 700 }),
      SECOND_VIDEO.videoId,
    );
    await page.waitForFunction((id: string) => location.search.includes(`v=${id}`), {}, SECOND_VIDEO.videoId);
    await clip(page);
    await waitForStatus(page, new RegExp(`Clipped “${SECOND_VIDEO.title}”`));

    const { clips } = await readStoredData(firefox.browser);
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({
      videoId: SECOND_VIDEO.videoId,
      title: SECOND_VIDEO.title,
      streamTitle: SECOND_VIDEO.title,
      channel: SECOND_VIDEO.channel,
      liveStatus: 'vod',
    });
    expect(clips[0]?.seconds).toBeLessThan(5);
  });

  test('clipping the same moment twice keeps one clip and says so', async () => {
    const page = await openYouTube(firefox.browser, `/watch?v=${PLAIN_VIDEO.videoId}&t=300`);
    await clip(page);
    await waitForStatus(page, /Clipped/);
    await seek(page, 308);
    await clip(page);
    await waitForStatus(page, `Already clipped “${PLAIN_VIDEO.title}” at 0:05:00 — not added again`);
    await seek(page, 320);
    await clip(page);
    await waitForStatus(page, /at 0:05:20/);
    const { clips } = await readStoredData(firefox.browser);
    expect(clips.map((c) => c.seconds).sort((a, b) => a - b)).toEqual([300, 320]);
  });

  test('while an ad plays no clip is written and the page says why', async () => {
    const page = await openYouTube(firefox.browser, `/watch?v=${PLAIN_VIDEO.videoId}&t=60&ad=1`);
    await clip(page);
    await waitForStatus(page, /ad is playing/);
    expect((await readStoredData(firefox.browser)).clips).toHaveLength(0);

    await page.evaluate(() => (window as unknown as FakeYtWindow).__fakeYt.setAd(false));
    await clip(page);
    await waitForStatus(page, /Clipped/);
    expect((await readStoredData(firefox.browser)).clips).toHaveLength(1);
  });

  test('an upcoming stream cannot be clipped yet, and the page says why', async () => {
    const page = await openYouTube(firefox.browser, `/watch?v=${UPCOMING_STREAM.videoId}`);
    await clip(page);
    await waitForStatus(page, /not started|upcoming/i);
    expect((await readStoredData(firefox.browser)).clips).toHaveLength(0);
  });

  test('a channel page offers no Clip talk button', async () => {
    const page = await openYouTube(firefox.browser, '/@PyConItalia');
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('PyConItalia');
    // The content script is there (its host element), but there is no video to clip.
    await page.waitForSelector('#talk-clipper');
    const visible = await page.evaluate(
      () => document.querySelector('#talk-clipper')?.shadowRoot?.querySelector('button')?.checkVisibility() ?? null,
    );
    expect(visible).toBe(false);
  });

  test('the button follows YouTube’s dark theme', async () => {
    const page = await openYouTube(firefox.browser, `/watch?v=${PLAIN_VIDEO.videoId}&theme=dark`);
    await page.waitForSelector('#talk-clipper[data-theme="dark"]');
    const background = await (await clipButton(page)).evaluate((button) => getComputedStyle(button).backgroundColor);
    expect(background).toBe('rgb(241, 241, 241)');
  });
});
