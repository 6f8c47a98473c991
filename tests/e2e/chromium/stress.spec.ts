/**
 * Stress and fault tests (issue #6), not timed: 10,000 clips through every page and both
 * file round trips; two tabs clipping in quick succession; the background's service
 * worker stopped between two clips.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Download, Page } from '@playwright/test';
import type { Clip, Trip } from '../../../model/types';
import { extensionPage, replaceStoredData, storedClips } from '../../../bench/browser';
import { generateDataset } from '../../../bench/generate';
import { DESCRIPTION_CHAPTERS_RECORDING, RECORDING_WITH_CHAPTERS } from '../../fixtures/youtube/catalog';
import { expect, extensionServiceWorker, openYouTube, test } from '../support/chromium-extension';
import { readStoredData } from '../support/stored-data';
import { clipButton, pageStatus, seek } from '../support/youtube-page';
import { formatClock } from '../../../youtube/time';

function byId<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

async function seedTenThousand(context: BrowserContext, extensionId: string): Promise<{ trip: Trip; trips: Trip[]; clips: Clip[] }> {
  const { trips, clips } = generateDataset({ clips: 10_000, seed: 6_006, trips: 1 });
  const trip = trips[0];
  const needle = clips[4_321];
  if (trip === undefined || needle === undefined) throw new Error('generator gave no trip');
  needle.title = 'Needle in a haystack: finding one talk among ten thousand';
  const admin = await extensionPage(context, extensionId);
  await replaceStoredData(admin, { trips, clips, currentTripId: trip.id });
  await admin.close();
  return { trip, trips, clips };
}

test.describe('10,000 clips', () => {
  test.describe.configure({ timeout: 480_000 });

  test('the popup renders the newest page and pages on', async ({ context, extensionId }) => {
    const { trip, clips } = await seedTenThousand(context, extensionId);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const list = popup.getByRole('list', { name: `Clips in ${trip.name}` });
    await expect(list.getByRole('listitem')).toHaveCount(50, { timeout: 30_000 });
    await expect(popup.getByText('Showing 50 of 10,000 clips')).toBeVisible();
    // Newest first: the first row is the latest capture.
    const newest = [...clips].sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : -1))[0];
    await expect(list.getByRole('listitem').first()).toContainText(newest?.title.slice(0, 20) ?? '');
    await popup.getByRole('button', { name: 'Show more' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(100, { timeout: 30_000 });
    await expect(popup.getByText('Showing 100 of 10,000 clips')).toBeVisible();
  });

  test('the report page opens, pages and finds one talk among them', async ({ context, extensionId }) => {
    await seedTenThousand(context, extensionId);
    const report = await context.newPage();
    await report.goto(`chrome-extension://${extensionId}/report.html`);
    await expect(report.getByText(/10,000 clips/).first()).toBeVisible({ timeout: 60_000 });
    await expect(report.getByText('Page 1 of 100')).toBeVisible();
    await report.getByRole('button', { name: 'Next page' }).click();
    await expect(report.getByText('Page 2 of 100')).toBeVisible();

    await report.getByLabel('Search clips').fill('needle in a haystack');
    const rows = report.locator('.report-clips > li');
    await expect(rows).toHaveCount(1, { timeout: 30_000 });
    await expect(rows.first()).toContainText('Needle in a haystack');
  });

  test('a clip selected among the first rows shown is the one a bulk action changes once every clip is read', async ({ context, extensionId }) => {
    const { clips } = await seedTenThousand(context, extensionId);
    const report = await context.newPage();
    await report.goto(`chrome-extension://${extensionId}/report.html`);
    // Select the first row as soon as there is one (the first rows come before the whole trip).
    const firstRow = report.locator('.report-clips > li').first();
    await firstRow.getByRole('checkbox').check({ timeout: 60_000 });
    const chosenId = await firstRow.getAttribute('data-clip-id');
    await expect(report.getByText('1 selected')).toBeVisible();
    // Bulk actions wait for the whole trip (a half-read list is never acted on); the selection stays.
    await report.getByRole('button', { name: 'Apply rating' }).click({ timeout: 60_000 });
    await expect(report.locator('.report-messages').getByRole('status')).toHaveText('Set rating Awesome on 1 clip.', { timeout: 30_000 });
    await expect(report.getByText('Page 1 of 100')).toBeVisible();
    const before = new Map(clips.map((clip) => [clip.id, clip.rating]));
    const changed = (await readStoredData(context)).clips.filter((clip) => clip.id === chosenId || clip.rating !== before.get(clip.id));
    expect(changed.map((clip) => [clip.id, clip.rating])).toEqual([[chosenId, 'awesome']]);
  });

  test('export and backup round trip lose nothing', async ({ context, extensionId }) => {
    const { trips, clips } = await seedTenThousand(context, extensionId);
    const report = await context.newPage();
    await report.goto(`chrome-extension://${extensionId}/report.html`);
    await expect(report.getByText(/10,000 clips/).first()).toBeVisible({ timeout: 60_000 });

    // Export: every clip's talk link is in the file, once.
    const exportButton = report.getByRole('button', { name: 'Export report' });
    await exportButton.waitFor({ timeout: 60_000 });
    const [exported] = await Promise.all([report.waitForEvent('download', { timeout: 60_000 }), exportButton.click()]);
    const markdown = await downloadedText(exported);
    const links = markdown.match(/https:\/\/(?:www\.youtube\.com\/live\/|youtu\.be\/)[A-Za-z0-9_-]{11}\?t=\d+/g) ?? [];
    expect(links).toHaveLength(10_000);
    const expected = new Set(clips.map((clip) => `${clip.videoId}?t=${clip.seconds}`));
    const found = new Set(links.map((link) => link.replace(/^.*\/([A-Za-z0-9_-]{11}\?t=\d+)$/, '$1')));
    expect(found.size).toBe(expected.size);
    for (const key of expected) expect(found.has(key)).toBe(true);

    // Download backup: the file holds every trip and clip, unchanged.
    const [backup] = await Promise.all([
      report.waitForEvent('download', { timeout: 60_000 }),
      report.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    const backupText = await downloadedText(backup);
    const file = JSON.parse(backupText) as { format: string; trips: Trip[]; clips: Clip[] };
    expect(file.format).toBe('talk-clipper-backup');
    expect(file.clips).toHaveLength(10_000);
    expect(byId(file.trips)).toEqual(byId(trips));
    expect(byId(file.clips)).toEqual(byId(clips));

    // Empty the database, import the backup: everything comes back exactly.
    const admin = await extensionPage(context, extensionId);
    await replaceStoredData(admin, { trips: [], clips: [] });
    await admin.close();
    await report.reload();
    await expect(report.getByText('No trips yet. Press New trip')).toBeVisible({ timeout: 30_000 });
    await report.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backupText) });
    await expect(report.getByRole('status').filter({ hasText: /^Imported / })).toContainText('1 trip and 10,000 clips', { timeout: 120_000 });
    const stored = await readStoredData(context);
    expect(stored.clips).toHaveLength(10_000);
    expect(byId(stored.trips)).toEqual(byId(trips));
    expect(byId(stored.clips)).toEqual(byId(clips));

    // The same file again adds nothing.
    await report.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backupText) });
    await expect(report.getByRole('status').filter({ hasText: /^Imported / })).toContainText('Imported 0 trips and 0 clips', {
      timeout: 120_000,
    });
    expect((await readStoredData(context)).clips).toHaveLength(10_000);
  });
});

test('20 clips in quick succession from two tabs are all stored, each once', async ({ context }) => {
  test.setTimeout(120_000);
  const videos = [RECORDING_WITH_CHAPTERS, DESCRIPTION_CHAPTERS_RECORDING];
  const tabs = await Promise.all(videos.map((video) => openYouTube(context, `/watch?v=${video.videoId}&t=100`)));
  const taken: { videoId: string; seconds: number }[] = [];
  const lastOnTab: (number | undefined)[] = [undefined, undefined];

  for (let i = 0; i < 20; i++) {
    const tabIndex = i % 2;
    const tab = tabs[tabIndex] as Page;
    // One clip at a time per tab (its button is busy meanwhile), but the other tab's clip
    // is still in flight: two captures race in the background.
    const previous = lastOnTab[tabIndex];
    if (previous !== undefined) await expect(pageStatus(tab)).toContainText(`at ${formatClock(previous)}`);
    const seconds = 200 + i * 120;
    await seek(tab, seconds);
    await clipButton(tab).click();
    lastOnTab[tabIndex] = seconds;
    taken.push({ videoId: videos[tabIndex]?.videoId ?? '', seconds });
  }
  for (const [index, tab] of tabs.entries()) {
    await expect(pageStatus(tab)).toContainText(`Clipped “`);
    await expect(pageStatus(tab)).toContainText(`at ${formatClock(lastOnTab[index] ?? 0)}`);
  }

  const { clips, trips } = await readStoredData(context);
  expect(clips).toHaveLength(20);
  expect(new Set(clips.map((clip) => clip.id)).size).toBe(20);
  const stored = clips.map((clip) => `${clip.videoId}@${clip.seconds}`).sort();
  expect(stored).toEqual(taken.map((clip) => `${clip.videoId}@${clip.seconds}`).sort());
  // Both streams' clips went to one trip (the first capture created it and made it current).
  expect(trips).toHaveLength(1);
});

test('a clip after the background service worker was stopped is still stored', async ({ context }) => {
  const page = await openYouTube(context, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=600`);
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText('Clipped');

  // Stop every service worker through the DevTools protocol (what the Stop button of
  // chrome://serviceworker-internals does), and watch the extension worker's running status.
  const worker = await extensionServiceWorker(context);
  const cdp = await context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) if (version.scriptURL === worker.url()) statuses.push(version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => statuses.at(-1)).toBe('running');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.at(-1)).toBe('stopped');
  const stoppedAt = statuses.length;

  // The next clip wakes the worker again (its message starts it), and is stored.
  await seek(page, 900);
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText('Clipped');
  await expect(pageStatus(page)).toContainText('at 0:15:00');
  expect(statuses.slice(stoppedAt)).toContain('running');
  await cdp.detach();

  const admin = await extensionPage(context, new URL(worker.url()).host);
  const clips = await storedClips(admin);
  expect(clips.map((clip) => clip.seconds).sort((a, b) => a - b)).toEqual([600, 900]);
});
