/**
 * Naming the talk on pages shaped like real ones: lightning-talk sessions whose talks are
 * listed only in the description, in the two orders organisers use, and a lecture that
 * has only YouTube's auto-generated "Key moments".
 */
import { expect, openYouTube, test } from '../support/chromium-extension';
import { readStoredData } from '../support/stored-data';
import { clipButton, pageStatus, seek } from '../support/youtube-page';
import {
  KEY_MOMENTS_LECTURE,
  LIGHTNING_TALKS_SPEAKER_FIRST,
  LIGHTNING_TALKS_TITLE_FIRST,
} from '../../fixtures/youtube/catalog';

test('a description-only lightning-talk session written `Speaker - Title` stores the talk and its speaker', async ({ context }) => {
  const page = await openYouTube(context, `/watch?v=${LIGHTNING_TALKS_SPEAKER_FIRST.videoId}&t=150`);
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText('Clipped “Cultural Shock - My 1st” at 0:02:30');

  await seek(page, 11 * 60 + 50);
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText('Clipped “Meta lightning talk” at 0:11:50');

  const { clips } = await readStoredData(context);
  const bySeconds = [...clips].sort((a, b) => a.seconds - b.seconds);
  expect(bySeconds).toHaveLength(2);
  expect(bySeconds[0]).toMatchObject({
    videoId: LIGHTNING_TALKS_SPEAKER_FIRST.videoId,
    seconds: 150,
    title: 'Cultural Shock - My 1st',
    speakers: ['Cheuk Ting Ho'],
    streamTitle: LIGHTNING_TALKS_SPEAKER_FIRST.title,
    liveStatus: 'was_live',
    chapter: { title: 'Cheuk Ting Ho - Cultural Shock - My 1st', seconds: 145 },
  });
  expect(bySeconds[1]).toMatchObject({
    seconds: 710,
    title: 'Meta lightning talk',
    speakers: ['Rodrigo Girão Serrão'],
    chapter: { seconds: 705 },
  });
});

test('a live lightning-talk stream written `*Title* — Speaker` stores the talk without the asterisks, and its speaker', async ({ context }) => {
  const page = await openYouTube(context, `/live/${LIGHTNING_TALKS_TITLE_FIRST.videoId}`);
  await seek(page, 5 * 60);
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText('Clipped “Czech wines” at 0:05:00');

  await seek(page, 15 * 60);
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText('Clipped “Hello 6am” at 0:15:00');

  const { clips } = await readStoredData(context);
  const bySeconds = [...clips].sort((a, b) => a.seconds - b.seconds);
  expect(bySeconds[0]).toMatchObject({
    videoId: LIGHTNING_TALKS_TITLE_FIRST.videoId,
    seconds: 300,
    title: 'Czech wines',
    speakers: ['Jacob Hallén'],
    liveStatus: 'live',
    chapter: { title: 'Czech wines — Jacob Hallén', seconds: 271 },
  });
  expect(bySeconds[1]).toMatchObject({ seconds: 900, title: 'Hello 6am', speakers: ['Mylar Melodies'] });
});

test("a video with only YouTube's Key moments stores its own title, and the day of its Pacific-time publish date", async ({ context }) => {
  const page = await openYouTube(context, `/watch?v=${KEY_MOMENTS_LECTURE.videoId}&t=700`);
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText(`Clipped “${KEY_MOMENTS_LECTURE.title}” at 0:11:40`);

  // The publish date is a date-time with a US Pacific offset: the day is the one the user's clock showed then.
  const localDay = await page.evaluate((published) => {
    const date = new Date(published);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  }, KEY_MOMENTS_LECTURE.publishDate);
  const { clips } = await readStoredData(context);
  expect(clips).toHaveLength(1);
  expect(clips[0]).toMatchObject({ title: KEY_MOMENTS_LECTURE.title, speakers: [], liveStatus: 'vod', day: localDay });
  expect(clips[0]).not.toHaveProperty('chapter');
});
