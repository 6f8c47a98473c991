/**
 * The side panel beside a fixture watch page, on `sidepanel.html?tabId=N` (what Pop out
 * opens): it follows the talk, clips it, keeps notes in that clip, writes timestamp links
 * that seek the video, follows seeking and in-page navigation, and shows the saved notes
 * when reopened.
 */
import { expect, openYouTube, test } from '../support/chromium-extension';
import { nowPlaying, openSidePanelPage, tabIdOf } from '../support/side-panel';
import { writeDocsScreenshot } from '../support/docs-screenshot';
import { readStoredData } from '../support/stored-data';
import { navigateInPage, seek } from '../support/youtube-page';
import { RECORDING_WITH_CHAPTERS, SECOND_VIDEO } from '../../fixtures/youtube/catalog';

const VIDEO = RECORDING_WITH_CHAPTERS;
const share = (seconds: number) => `https://www.youtube.com/live/${VIDEO.videoId}?t=${seconds}`;

test('the panel follows the talk, clips it, takes notes with timestamps and keeps them', async ({ context, extensionId }) => {
  const youtube = await openYouTube(context, `/watch?v=${VIDEO.videoId}&t=1500`);
  const tabId = await tabIdOf(context, youtube);
  let panel = await openSidePanelPage(context, extensionId, tabId);

  // The chapter's talk, split from its speaker, and the position.
  await expect(nowPlaying(panel)).toContainText(VIDEO.title);
  await expect(nowPlaying(panel)).toContainText('Saving time with Google Slides');
  await expect(nowPlaying(panel)).toContainText('Anna Rossi');
  await expect(nowPlaying(panel)).toContainText('Position 0:25:00');
  await expect(panel.getByText(/^Not clipped yet/)).toBeVisible();

  await panel.getByRole('button', { name: 'Clip talk' }).click();
  await expect(panel.getByRole('status')).toHaveText('Clipped “Saving time with Google Slides” at 0:25:00 to PyCon Italia 2023');
  const { clips } = await readStoredData(context);
  expect(clips).toHaveLength(1);
  expect(clips[0]).toMatchObject({ videoId: VIDEO.videoId, seconds: 1500, title: 'Saving time with Google Slides', speakers: ['Anna Rossi'] });
  const clipId = clips[0]?.id;

  // Notes typed in the panel are saved into that clip.
  const notes = panel.getByLabel('Notes');
  await notes.click();
  await notes.pressSequentially('Slides as code.');
  await panel.getByRole('button', { name: 'Insert timestamp' }).click();
  await expect(notes).toHaveValue(`Slides as code. [0:25:00](${share(1500)}) `);

  // Alt+T inside Notes inserts the moment playing now, at the cursor.
  await seek(youtube, 1512);
  await expect(nowPlaying(panel)).toContainText('Position 0:25:12');
  await notes.press('End');
  await notes.pressSequentially('Demo');
  await notes.press('Alt+T');
  const written = `Slides as code. [0:25:00](${share(1500)}) Demo [0:25:12](${share(1512)}) `;
  await expect(notes).toHaveValue(written);
  await expect
    .poll(async () => (await readStoredData(context)).clips.find((clip) => clip.id === clipId)?.notes)
    .toBe(written);

  // One click (or key) for rating and kind.
  await panel.getByRole('group', { name: 'Rate' }).getByRole('button', { name: 'Awesome' }).click();
  await panel.getByRole('heading', { name: 'Talk now' }).click(); // focus out of the text fields
  await panel.keyboard.press('k');
  await expect(panel.getByLabel('Kind', { exact: true })).toHaveValue('keynote');
  await expect
    .poll(async () => (await readStoredData(context)).clips.find((clip) => clip.id === clipId))
    .toMatchObject({ rating: 'awesome', kind: 'keynote' });

  // A timestamp link in the panel seeks the video there.
  await panel.getByRole('navigation', { name: 'Jump to a timestamp' }).getByRole('link', { name: '0:25:00' }).click();
  await expect(nowPlaying(panel)).toContainText('Position 0:25:00');
  expect(Math.floor(await youtube.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')?.currentTime ?? -1))).toBe(1500);

  // Seeking into the next chapter shows that talk, not yet clipped.
  await seek(youtube, 3400);
  await expect(nowPlaying(panel)).toContainText('Rust is easy');
  await expect(nowPlaying(panel)).toContainText('Luca Barbato');
  await expect(nowPlaying(panel)).not.toContainText('Saving time with Google Slides');
  await expect(panel.getByText(/^Not clipped yet/)).toBeVisible();

  // Reopened, the panel shows the saved notes of the clip at this moment.
  await seek(youtube, 1600);
  await panel.close();
  panel = await openSidePanelPage(context, extensionId, tabId);
  await expect(nowPlaying(panel)).toContainText('Saving time with Google Slides');
  await expect(panel.getByLabel('Notes')).toHaveValue(written);
  await expect(panel.getByRole('button', { name: 'Awesome' })).toHaveAttribute('aria-pressed', 'true');

  // In-page navigation to another video: the new video, nothing of the old one.
  await navigateInPage(youtube, SECOND_VIDEO.videoId, 300);
  await expect(nowPlaying(panel)).toContainText(SECOND_VIDEO.title);
  await expect(panel.locator('body')).not.toContainText('Saving time with Google Slides');
  await expect(panel.locator('body')).not.toContainText(VIDEO.title);
  await expect(panel.getByText(/^Not clipped yet/)).toBeVisible();
  await expect(panel.getByLabel('Notes')).toHaveCount(0);
});

test('off a video page the panel says what to do', async ({ context, extensionId }) => {
  const channel = await openYouTube(context, '/@PyConItalia');
  const panel = await openSidePanelPage(context, extensionId, await tabIdOf(context, channel));
  await expect(panel.getByText('Open a video to clip a talk.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Clip talk' })).toHaveCount(0);
});

test('side panel screenshot for the README: the panel beside a stream', async ({ context, extensionId }) => {
  const youtube = await openYouTube(context, `/watch?v=${VIDEO.videoId}&t=1500`);
  await youtube.setViewportSize({ width: 900, height: 700 });
  const panel = await openSidePanelPage(context, extensionId, await tabIdOf(context, youtube));
  await panel.setViewportSize({ width: 400, height: 700 });
  await panel.getByRole('button', { name: 'Clip talk' }).click();
  await expect(panel.getByRole('status')).toContainText('Clipped');
  const notes = panel.getByLabel('Notes');
  await notes.click();
  await notes.pressSequentially('Keep the deck in Markdown, render it in CI.');
  await panel.getByRole('button', { name: 'Insert timestamp' }).click();
  await panel.getByRole('button', { name: 'Liked' }).click();
  await expect
    .poll(async () => (await readStoredData(context)).clips[0]?.rating)
    .toBe('liked');
  await panel.getByRole('heading', { name: 'Talk now' }).click();

  // What the picture shows, checked on every run (the file is written only when asked).
  await expect(nowPlaying(panel)).toContainText('Saving time with Google Slides');
  await expect(notes).toHaveValue(`Keep the deck in Markdown, render it in CI. [0:25:00](${share(1500)}) `);
  await expect(panel.getByRole('button', { name: 'Liked' })).toHaveAttribute('aria-pressed', 'true');

  const [page, side] = await Promise.all([youtube.screenshot(), panel.screenshot()]);
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1300, height: 700 });
  await sheet.setContent(
    `<body style="margin:0;display:flex;background:#888"><img alt="The stream" src="data:image/png;base64,${page.toString('base64')}"><img alt="The side panel" style="border-left:1px solid #444" src="data:image/png;base64,${side.toString('base64')}"></body>`,
  );
  for (const name of ['The stream', 'The side panel']) {
    await expect
      .poll(() => sheet.getByRole('img', { name }).evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
  }
  writeDocsScreenshot('docs/sidepanel.png', await sheet.screenshot());
});
