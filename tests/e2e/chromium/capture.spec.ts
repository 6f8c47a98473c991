import { expect, openYouTube, test } from '../support/chromium-extension';
import { readStoredData } from '../support/stored-data';
import { clipButton, navigateInPage, pageStatus, seek, setAd } from '../support/youtube-page';
import {
  DESCRIPTION_CHAPTERS_RECORDING,
  LIVE_STREAM,
  PLAIN_VIDEO,
  RECORDING_WITH_CHAPTERS,
  SECOND_VIDEO,
  UPCOMING_STREAM,
} from '../../fixtures/youtube/catalog';

test('a recording with chapters opened at &t=1h2m3s clips the chapter as the talk', async ({ context }) => {
  const page = await openYouTube(context, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=1h2m3s`);
  await clipButton(page).click();
  await expect(pageStatus(page)).toHaveText('Clipped “Rust is easy” at 1:02:03 to PyCon Italia 2023');

  const { clips, trips } = await readStoredData(context);
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

test('chapters written in the description propose the talk when the player has none', async ({ context }) => {
  const page = await openYouTube(context, `/watch?v=${DESCRIPTION_CHAPTERS_RECORDING.videoId}&t=23300`);
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText('Develop modern games in Python the old-school way');
  const { clips } = await readStoredData(context);
  expect(clips[0]).toMatchObject({
    seconds: 23300,
    title: 'Develop modern games in Python the old-school way',
    speakers: ['Ada Bianchi'],
    chapter: { seconds: 6 * 3600 + 27 * 60 + 56 },
  });
});

test('a /live/ stream records the player time since the broadcast began, not the <video> time', async ({ context }) => {
  const page = await openYouTube(context, `/live/${LIVE_STREAM.videoId}`);
  await seek(page, 7800);
  const videoTime = await page.evaluate(() => document.querySelector('video')?.currentTime ?? -1);
  expect(Math.floor(videoTime)).toBe(600);

  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText('at 2:10:00');
  const { clips } = await readStoredData(context);
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

test('after in-page navigation the clip describes the video on screen, never the previous one', async ({ context }) => {
  const page = await openYouTube(context, `/watch?v=${PLAIN_VIDEO.videoId}&t=100`);
  await navigateInPage(page, SECOND_VIDEO.videoId, 700);
  await expect(page).toHaveURL(new RegExp(`v=${SECOND_VIDEO.videoId}`));
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText(`Clipped “${SECOND_VIDEO.title}”`);

  const { clips } = await readStoredData(context);
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

test('clipping the same moment twice keeps one clip and says so', async ({ context }) => {
  const page = await openYouTube(context, `/watch?v=${PLAIN_VIDEO.videoId}&t=300`);
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText('Clipped');
  await seek(page, 308);
  await clipButton(page).click();
  await expect(pageStatus(page)).toHaveText(`Already clipped “${PLAIN_VIDEO.title}” at 0:05:00 — not added again`);
  await seek(page, 320);
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText('at 0:05:20');
  const { clips } = await readStoredData(context);
  expect(clips.map((clip) => clip.seconds).sort()).toEqual([300, 320]);
});

test('while an ad plays no clip is written and the page says why', async ({ context }) => {
  const page = await openYouTube(context, `/watch?v=${PLAIN_VIDEO.videoId}&t=60&ad=1`);
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText('ad is playing');
  expect((await readStoredData(context)).clips).toHaveLength(0);

  await setAd(page, false);
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText('Clipped');
  expect((await readStoredData(context)).clips).toHaveLength(1);
});

test('an upcoming stream cannot be clipped yet, and the page says why', async ({ context }) => {
  const page = await openYouTube(context, `/watch?v=${UPCOMING_STREAM.videoId}`);
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText(/not started|upcoming/i);
  expect((await readStoredData(context)).clips).toHaveLength(0);
});

test('a channel page offers no Clip talk button', async ({ context }) => {
  const page = await openYouTube(context, '/@PyConItalia');
  await expect(page.getByRole('heading', { name: 'PyConItalia' })).toBeVisible();
  // The content script is there (its host element), but there is no video to clip.
  await expect(page.locator('#talk-clipper')).toBeAttached();
  await expect(clipButton(page)).toBeHidden();
});

test('the button follows YouTube’s dark theme', async ({ context }) => {
  const page = await openYouTube(context, `/watch?v=${PLAIN_VIDEO.videoId}&theme=dark`);
  await expect(page.locator('#talk-clipper')).toHaveAttribute('data-theme', 'dark');
  const background = await clipButton(page).evaluate((button) => getComputedStyle(button).backgroundColor);
  expect(background).toBe('rgb(241, 241, 241)');
});
