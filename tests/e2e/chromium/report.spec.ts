import { readFile } from 'node:fs/promises';
import { expect, launchWithExtension, extensionServiceWorker, test } from '../support/chromium-extension';
import { clipOnYouTube, openReportPage, pageStatus } from '../support/report-page';
import { readStoredData } from '../support/stored-data';
import { PLAIN_VIDEO, RECORDING_WITH_CHAPTERS } from '../../fixtures/youtube/catalog';

test('trips: create one, clip into it, search, filter, move, bulk-rate, delete and undo', async ({ context, extensionId }) => {
  const report = await openReportPage(context, extensionId);
  await report.getByRole('button', { name: 'New trip' }).click();
  await report.getByLabel('Trip name', { exact: true }).fill('PyCon Italia 2023 in Florence');
  await report.getByLabel('Place', { exact: true }).fill('Florence');
  await report.getByLabel('Trip name', { exact: true }).blur();
  await expect(report.getByLabel('Trip', { exact: true })).toContainText('PyCon Italia 2023 in Florence');

  // New clips go to the current trip.
  await clipOnYouTube(context, RECORDING_WITH_CHAPTERS.videoId, 1300);
  await clipOnYouTube(context, RECORDING_WITH_CHAPTERS.videoId, 3723);
  await clipOnYouTube(context, PLAIN_VIDEO.videoId, 90);
  let stored = await readStoredData(context);
  expect(stored.trips.map((trip) => trip.name)).toEqual(['PyCon Italia 2023 in Florence']);
  expect(stored.trips[0]?.place).toBe('Florence');
  expect(stored.clips.every((clip) => clip.tripId === stored.trips[0]?.id)).toBe(true);

  const talks = report.getByRole('listitem').filter({ has: report.getByRole('checkbox') });
  await expect(talks).toHaveCount(3);
  // One stream's talks are shown together, each with its duration up to the next talk.
  const stream = report.getByRole('list', { name: `Talks of ${RECORDING_WITH_CHAPTERS.title}` });
  await expect(stream.getByRole('listitem')).toHaveCount(2);
  await expect(stream.getByRole('listitem').first()).toContainText('Saving time with Google Slides');

  await report.getByRole('searchbox', { name: 'Search clips' }).fill('rust');
  await expect(talks).toHaveCount(1);
  await expect(talks.first()).toContainText('Rust is easy');
  await report.getByRole('searchbox', { name: 'Search clips' }).fill('');
  await expect(talks).toHaveCount(3);

  // A second trip, then move one talk there. Named once its form is shown (typed earlier, the name went to the first trip).
  await report.getByRole('button', { name: 'New trip' }).click();
  await expect(report.getByLabel('Trip name', { exact: true })).toHaveValue('New trip');
  await report.getByLabel('Trip name', { exact: true }).fill('EuroPython 2024');
  await report.getByLabel('Trip name', { exact: true }).blur();
  await report.getByLabel('Trip', { exact: true }).selectOption({ label: 'PyCon Italia 2023 in Florence' });
  await expect(talks).toHaveCount(3);
  await report.getByRole('checkbox', { name: `Select ${PLAIN_VIDEO.title}` }).check();
  await report.getByLabel('Move to trip').selectOption({ label: 'EuroPython 2024' });
  await report.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(talks).toHaveCount(2);
  stored = await readStoredData(context);
  const euroPython = stored.trips.find((trip) => trip.name === 'EuroPython 2024');
  expect(stored.clips.find((clip) => clip.videoId === PLAIN_VIDEO.videoId)?.tripId).toBe(euroPython?.id);

  // Bulk-rate everything shown, then filter by that rating.
  await report.getByLabel('Select all matching clips').check();
  await report.getByLabel('Set rating').selectOption({ label: 'Awesome' });
  await report.getByRole('button', { name: 'Apply rating' }).click();
  await expect(pageStatus(report)).toContainText('Set rating Awesome on 2 clips.');
  stored = await readStoredData(context);
  expect(stored.clips.filter((clip) => clip.rating === 'awesome').map((clip) => clip.seconds).sort()).toEqual([1300, 3723]);
  await report.getByLabel('Filter by rating').selectOption('awesome');
  await expect(talks).toHaveCount(2);
  await report.getByLabel('Sort by').selectOption('day');
  await report.getByLabel('Filter by rating').selectOption('unrated');
  await expect(talks).toHaveCount(0);
  // Clear filters shows every talk again and keeps the sort.
  await report.getByRole('button', { name: 'Clear filters' }).click();
  await expect(talks).toHaveCount(2);
  await expect(report.getByLabel('Filter by rating')).toHaveValue('');
  await expect(report.getByLabel('Sort by')).toHaveValue('day');
  await expect(report.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);

  // Delete, then undo.
  await report.getByRole('checkbox', { name: 'Select Rust is easy' }).check();
  await report.getByRole('button', { name: 'Delete selected' }).click();
  await expect(talks).toHaveCount(1);
  expect((await readStoredData(context)).clips).toHaveLength(2);
  await report.getByRole('button', { name: 'Undo' }).click();
  await expect(talks).toHaveCount(2);
  expect((await readStoredData(context)).clips).toHaveLength(3);
});

test('a downloaded backup imports into a fresh profile; a broken file changes nothing', async ({ context, extensionId }) => {
  await clipOnYouTube(context, RECORDING_WITH_CHAPTERS.videoId, 3723);
  await clipOnYouTube(context, PLAIN_VIDEO.videoId, 90);
  const report = await openReportPage(context, extensionId);
  await report.getByRole('button', { name: 'Edit Rust is easy' }).click();
  await report.getByLabel('Notes', { exact: true }).fill('Rust from the bottom up.');
  await report.getByLabel('Notes', { exact: true }).blur();
  await expect.poll(async () => (await readStoredData(context)).clips.find((c) => c.seconds === 3723)?.notes).toBe('Rust from the bottom up.');

  const downloading = report.waitForEvent('download');
  await report.getByRole('button', { name: 'Download backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^talk-clipper-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = await download.path();
  const backup = JSON.parse(await readFile(backupPath, 'utf8')) as { format: string; version: number; clips: unknown[]; trips: unknown[] };
  expect(backup).toMatchObject({ format: 'talk-clipper-backup', version: 1 });
  expect(backup.clips).toHaveLength(2);
  const original = await readStoredData(context);

  // A fresh profile: nothing stored, then the backup.
  const fresh = await launchWithExtension();
  try {
    const freshId = new URL((await extensionServiceWorker(fresh)).url()).host;
    const freshReport = await openReportPage(fresh, freshId);
    await freshReport.getByLabel('Backup file').setInputFiles(backupPath);
    await expect(pageStatus(freshReport)).toContainText('Imported 1 trip and 2 clips');
    const imported = await readStoredData(fresh);
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(imported.clips)).toEqual(byId(original.clips));
    expect(byId(imported.trips)).toEqual(byId(original.trips));
    await expect(freshReport.getByRole('listitem').filter({ hasText: 'Rust is easy' })).toHaveCount(1);

    // The same file again adds nothing.
    await freshReport.getByLabel('Backup file').setInputFiles(backupPath);
    await expect(pageStatus(freshReport)).toContainText('Imported 0 trips and 0 clips');

    // A broken file: a clip with negative seconds. Nothing changes, and the message says where.
    const broken = structuredClone(backup) as { clips: { seconds: number }[] };
    broken.clips[1]!.seconds = -5;
    await freshReport.getByLabel('Backup file').setInputFiles({
      name: 'broken-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await expect(freshReport.getByRole('alert').first()).toContainText('clips[1].seconds');
    await freshReport.getByLabel('Backup file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json at all') });
    await expect(freshReport.getByRole('alert').first()).toContainText(/JSON/);
    expect(await readStoredData(fresh)).toEqual(imported);
  } finally {
    await fresh.close();
  }
});
