/**
 * The open report page follows what is written elsewhere, without a reload, on a trip
 * bigger than its first rows (read whole, then kept up to date by the keys each write
 * changed): an edit in the popup, a delete and its Undo in another report tab, a capture
 * from YouTube (the background's raw one-batch write), a rating that moves the talk in
 * the rating sort.
 */
import { extensionPage, replaceStoredData } from '../../../bench/browser';
import { generateDataset } from '../../../bench/generate';
import { RECORDING_WITH_CHAPTERS } from '../../fixtures/youtube/catalog';
import { expect, test } from '../support/chromium-extension';
import { openPopup } from '../support/popup';
import { clipOnYouTube, openReportPage, pageStatus } from '../support/report-page';

test('edits, deletes, Undo and captures made elsewhere show on the open report page', async ({ context, extensionId }) => {
  const { trips, clips } = generateDataset({ clips: 500, seed: 1_515, trips: 1 });
  const trip = trips[0];
  const newest = [...clips].sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : -1))[0];
  if (trip === undefined || newest === undefined) throw new Error('generator gave no trip');
  newest.title = 'Needle talk about live pages';
  // Unrated, and on the earliest day: first of the rating sort once rated Awesome, last before.
  newest.rating = null;
  newest.day = '2000-01-01';
  const admin = await extensionPage(context, extensionId);
  await replaceStoredData(admin, { trips, clips, currentTripId: trip.id });
  await admin.close();

  const report = await openReportPage(context, extensionId);
  await expect(report.getByText('Showing 1–100 of 500 clips')).toBeVisible({ timeout: 30_000 });
  await report.getByRole('searchbox', { name: 'Search clips' }).fill('needle');
  const talks = report.getByRole('listitem').filter({ has: report.getByRole('checkbox') });
  await expect(talks).toHaveCount(1);
  await expect(talks.first()).toContainText('Needle talk about live pages');

  // Renamed in the popup: the open report page shows the new title.
  const popup = await openPopup(context, extensionId);
  await popup.getByRole('button', { name: 'Edit Needle talk about live pages' }).click();
  await popup.getByLabel('Talk title').fill('Needle talk, renamed in the popup');
  await expect(talks.first()).toContainText('Needle talk, renamed in the popup');
  await popup.close();

  // Deleted in another report tab, then Undo there: this page follows both.
  const other = await openReportPage(context, extensionId);
  await other.getByRole('searchbox', { name: 'Search clips' }).fill('needle');
  await other.getByRole('checkbox', { name: 'Select Needle talk, renamed in the popup' }).check();
  await other.getByRole('button', { name: 'Delete selected' }).click();
  await expect(report.getByText('No clips match (499 clips in this trip).')).toBeVisible();
  await other.getByRole('button', { name: 'Undo' }).click();
  await expect(pageStatus(other)).toBeVisible();
  await expect(talks).toHaveCount(1);
  await expect(talks.first()).toContainText('Needle talk, renamed in the popup');
  await other.close();

  // A capture from YouTube goes into the current trip: counted and found here.
  await report.getByRole('searchbox', { name: 'Search clips' }).fill('');
  await expect(report.getByText('Showing 1–100 of 500 clips')).toBeVisible();
  await clipOnYouTube(context, RECORDING_WITH_CHAPTERS.videoId, 1300);
  await expect(report.getByText('Showing 1–100 of 501 clips')).toBeVisible();
  await report.getByRole('searchbox', { name: 'Search clips' }).fill('Google Slides');
  await expect(talks.first()).toContainText('Saving time with Google Slides');

  // Sorted by rating, a rating given in the popup moves the talk to the top here.
  await report.getByRole('searchbox', { name: 'Search clips' }).fill('');
  await report.getByLabel('Sort by').selectOption({ label: 'Rating' });
  await expect(talks.first()).not.toContainText('Needle talk');
  const rater = await openPopup(context, extensionId);
  await rater.getByRole('button', { name: 'Edit Needle talk, renamed in the popup' }).click();
  await rater.getByLabel('Rating').selectOption({ label: 'Awesome' });
  await expect(talks.first()).toContainText('Needle talk, renamed in the popup');
});
