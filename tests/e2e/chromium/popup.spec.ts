import { expect, openYouTube, test } from '../support/chromium-extension';
import { openPopup } from '../support/popup';
import { writeDocsScreenshot } from '../support/docs-screenshot';
import { readStoredData } from '../support/stored-data';
import { clipButton, pageStatus } from '../support/youtube-page';
import { PLAIN_VIDEO, RECORDING_WITH_CHAPTERS } from '../../fixtures/youtube/catalog';

test('the popup clips the active YouTube tab and lists the clip with a link to that moment', async ({ context, extensionId }) => {
  const youtube = await openYouTube(context, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=1h2m3s`);
  const popup = await openPopup(context, extensionId, youtube);

  await popup.getByRole('button', { name: 'Clip talk' }).click();
  await expect(popup.getByRole('status')).toHaveText('Clipped “Rust is easy” at 1:02:03 to PyCon Italia 2023');
  // The page under the player says so too.
  await expect(pageStatus(youtube)).toContainText('Clipped “Rust is easy”');

  const list = popup.getByRole('list', { name: 'Clips in PyCon Italia 2023' });
  const item = list.getByRole('listitem').filter({ hasText: 'Rust is easy' });
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('link', { name: 'Watch at 1:02:03' })).toHaveAttribute(
    'href',
    `https://www.youtube.com/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=3723s`,
  );
  const { clips } = await readStoredData(context);
  expect(clips).toHaveLength(1);
  expect(clips[0]).toMatchObject({ videoId: RECORDING_WITH_CHAPTERS.videoId, seconds: 3723, title: 'Rust is easy' });
});

test('a clip taken on the page appears in the open popup at once, newest first', async ({ context, extensionId }) => {
  const youtube = await openYouTube(context, `/watch?v=${PLAIN_VIDEO.videoId}&t=100`);
  await clipButton(youtube).click();
  await expect(pageStatus(youtube)).toContainText('Clipped');
  const popup = await openPopup(context, extensionId);
  const list = popup.getByRole('list', { name: /^Clips in / });
  await expect(list.getByRole('listitem')).toHaveCount(1);

  const second = await openYouTube(context, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=1500`);
  await clipButton(second).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('Saving time with Google Slides');
  await expect(list.getByRole('listitem').first()).toContainText('0:25:00');
});

test('on a channel page the popup says there is no video, and nothing is stored', async ({ context, extensionId }) => {
  const channel = await openYouTube(context, '/@PyConItalia');
  const popup = await openPopup(context, extensionId, channel);
  await popup.getByRole('button', { name: 'Clip talk' }).click();
  await expect(popup.getByRole('status')).toHaveText('Open a video to clip a talk.');
  expect((await readStoredData(context)).clips).toHaveLength(0);
});

test('on a tab that is not YouTube the popup says where to go', async ({ context, extensionId }) => {
  const other = await context.newPage();
  await other.goto(`chrome-extension://${extensionId}/popup.html#not-youtube`);
  const popup = await openPopup(context, extensionId, other);
  await popup.getByRole('button', { name: 'Clip talk' }).click();
  await expect(popup.getByRole('status')).toHaveText('Open a YouTube video to clip a talk.');
});

test('edits made in the popup survive closing and reopening it', async ({ context, extensionId }) => {
  const youtube = await openYouTube(context, `/watch?v=${PLAIN_VIDEO.videoId}&t=600`);
  await clipButton(youtube).click();
  await expect(pageStatus(youtube)).toContainText('Clipped');

  let popup = await openPopup(context, extensionId);
  await popup.getByRole('button', { name: `Edit ${PLAIN_VIDEO.title}` }).click();
  await popup.getByLabel('Talk title').fill('Intro to Pydantic, run-time type checking');
  await popup.getByLabel('Speakers').fill('Alexander Hultnér, Ada Lovelace');
  await popup.getByLabel('Kind').selectOption({ label: 'Keynote' });
  await popup.getByLabel('Rating').selectOption({ label: 'Awesome' });
  await popup.getByLabel('Tags').fill('pydantic, #typing');
  await popup.getByLabel('Notes').fill('JSON is a *first class* citizen.');
  await popup.getByRole('button', { name: 'Add link' }).click();
  await popup.getByLabel('Link 1 label').fill('slides');
  await popup.getByLabel('Link 1 URL').fill('javascript:alert(1)');
  await expect(popup.getByRole('alert')).toContainText('must start with http:// or https://');
  await popup.getByLabel('Link 1 URL').fill('https://example.org/pydantic slides.pdf');
  await expect(popup.getByRole('alert')).toHaveCount(0);
  // Closing right after typing must not lose the last keystrokes.
  await popup.close();

  popup = await openPopup(context, extensionId);
  await popup.getByRole('button', { name: 'Edit Intro to Pydantic, run-time type checking' }).click();
  await expect(popup.getByLabel('Talk title')).toHaveValue('Intro to Pydantic, run-time type checking');
  await expect(popup.getByLabel('Speakers')).toHaveValue('Alexander Hultnér, Ada Lovelace');
  await expect(popup.getByLabel('Kind')).toHaveValue('keynote');
  await expect(popup.getByLabel('Rating')).toHaveValue('awesome');
  await expect(popup.getByLabel('Notes')).toHaveValue('JSON is a *first class* citizen.');
  await expect(popup.getByLabel('Link 1 URL')).toHaveValue('https://example.org/pydantic slides.pdf');

  const { clips } = await readStoredData(context);
  expect(clips[0]).toMatchObject({
    title: 'Intro to Pydantic, run-time type checking',
    speakers: ['Alexander Hultnér', 'Ada Lovelace'],
    kind: 'keynote',
    rating: 'awesome',
    tags: ['pydantic', 'typing'],
    notes: 'JSON is a *first class* citizen.',
    links: [{ label: 'slides', url: 'https://example.org/pydantic slides.pdf' }],
  });
});

test('delete with undo brings the clip back', async ({ context, extensionId }) => {
  const youtube = await openYouTube(context, `/watch?v=${PLAIN_VIDEO.videoId}&t=50`);
  await clipButton(youtube).click();
  await expect(pageStatus(youtube)).toContainText('Clipped');
  const popup = await openPopup(context, extensionId);
  await popup.getByRole('button', { name: `Delete ${PLAIN_VIDEO.title}` }).click();
  await expect(popup.getByRole('status')).toHaveText(`Deleted “${PLAIN_VIDEO.title}”.`);
  expect((await readStoredData(context)).clips).toHaveLength(0);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByRole('listitem').filter({ hasText: PLAIN_VIDEO.title })).toHaveCount(1);
  expect((await readStoredData(context)).clips).toHaveLength(1);
});

test('popup screenshot for the README', async ({ context, extensionId }) => {
  for (const [video, t] of [[RECORDING_WITH_CHAPTERS, 3723], [RECORDING_WITH_CHAPTERS, 1300], [PLAIN_VIDEO, 90]] as const) {
    const page = await openYouTube(context, `/watch?v=${video.videoId}&t=${t}`);
    await clipButton(page).click();
    await expect(pageStatus(page)).toContainText('Clipped');
    await page.close();
  }
  const popup = await openPopup(context, extensionId);
  await popup.setViewportSize({ width: 400, height: 560 });
  await popup.getByRole('button', { name: 'Edit Rust is easy' }).click();
  await expect(popup.getByLabel('Talk title')).toHaveValue('Rust is easy');
  writeDocsScreenshot('docs/popup.png', await popup.screenshot());
});
