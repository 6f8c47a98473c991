/**
 * The report page's first rows (and the trip form and controls above them) are painted
 * before its app has loaded (plain DOM from a raw IndexedDB read,
 * components/report/first-paint.ts), and the app then takes over the same nodes. Not
 * timed: what is asserted is what the user sees and can do.
 */
import type { Page } from '@playwright/test';
import { extensionPage, replaceStoredData } from '../../../bench/browser';
import { generateDataset } from '../../../bench/generate';
import { expect, test } from '../support/chromium-extension';
import { pageStatus } from '../support/report-page';
import { readStoredData } from '../support/stored-data';

/** What an init script saw of the clip rows from the page's start: the first ones, and every change after. */
interface Seen {
  first?: { rows: number; busy: string | null; inert: boolean; tripName: string };
  mostRows: number;
  rowsVanished: boolean;
}

function watchClipRows(): void {
  const seen: Seen = { mostRows: 0, rowsVanished: false };
  Reflect.set(window, '__seen', seen);
  new MutationObserver(() => {
    const rows = [...document.querySelectorAll<HTMLElement>('ul.report-clips > li')];
    seen.mostRows = Math.max(seen.mostRows, rows.length);
    if (seen.first !== undefined && rows.length === 0) seen.rowsVanished = true;
    if (seen.first !== undefined || rows.length === 0) return;
    const app = document.getElementById('app');
    seen.first = {
      rows: rows.length,
      busy: app?.getAttribute('aria-busy') ?? null,
      inert: app?.hasAttribute('inert') ?? false,
      tripName: document.querySelector<HTMLInputElement>('.trip-name input')?.value ?? '',
    };
    // A property, not an attribute: the app would remove an attribute it does not render.
    for (const row of rows) Reflect.set(row, '__seenFirst', true);
  }).observe(document, { subtree: true, childList: true });
}

const seenIn = (page: Page) => page.evaluate(() => Reflect.get(window, '__seen') as Seen);

test('the trip asked for in the URL is painted first, and the app takes over the same rows and controls', async ({ context, extensionId }) => {
  const { trips, clips } = generateDataset({ clips: 160, seed: 1_516, trips: 2 });
  const current = trips[0];
  const asked = trips[1];
  if (current === undefined || asked === undefined) throw new Error('generator gave too few trips');
  const admin = await extensionPage(context, extensionId);
  await replaceStoredData(admin, { trips, clips, currentTripId: current.id });
  await admin.close();
  const askedClips = clips.filter((clip) => clip.tripId === asked.id);
  expect(askedClips.length).toBeGreaterThan(0);
  expect(askedClips.length).toBeLessThanOrEqual(100); // whole from the first read: no row is ever replaced

  const report = await context.newPage();
  await report.addInitScript(watchClipRows);
  await report.goto(`chrome-extension://${extensionId}/report.html?trip=${asked.id}`);
  const app = report.locator('#app');
  await expect(app).not.toHaveAttribute('aria-busy', 'true');
  await expect(app).not.toHaveAttribute('inert');

  const rows = report.locator('ul.report-clips > li');
  await expect(rows).toHaveCount(askedClips.length);
  const seen = await seenIn(report);
  // The rows came before the app (the page still busy and inert), of the trip asked for, all of them.
  expect(seen.first?.busy).toBe('true');
  expect(seen.first?.inert).toBe(true);
  expect(seen.first?.tripName).toBe(asked.name);
  expect(seen.first?.rows).toBe(askedClips.length);
  // The app kept those very rows: never a second set, never an empty list in between.
  expect(seen.mostRows).toBe(askedClips.length);
  expect(seen.rowsVanished).toBe(false);
  expect(await rows.evaluateAll((all) => all.filter((row) => Reflect.get(row, '__seenFirst') !== true).length)).toBe(0);
  await expect(report.getByLabel('Trip', { exact: true })).toHaveValue(asked.id);
  expect(new URL(report.url()).searchParams.get('trip')).toBe(asked.id);

  // Live: selecting a row counts it, the search filters, the trip can be renamed.
  await rows.first().getByRole('checkbox').check();
  await expect(report.getByText('1 selected')).toBeVisible();
  const firstTitle = (await rows.first().locator('.clip-title').textContent()) ?? '';
  await report.getByLabel('Search clips').fill(firstTitle);
  await expect(rows.first().locator('.clip-title')).toHaveText(firstTitle);
  await report.getByLabel('Trip name', { exact: true }).fill('Renamed after the first paint');
  await report.getByLabel('Trip name', { exact: true }).press('Enter');
  await expect(report.getByLabel('Trip', { exact: true })).toContainText('Renamed after the first paint');
  await expect.poll(async () => (await readStoredData(context)).trips.find((trip) => trip.id === asked.id)?.name).toBe('Renamed after the first paint');
});

test('on a fresh profile the report page shows its empty state, and New trip works', async ({ context, extensionId }) => {
  const report = await context.newPage();
  await report.goto(`chrome-extension://${extensionId}/report.html`);
  await expect(report.getByText('No trips yet. Press New trip')).toBeVisible();
  await expect(report.locator('#app')).not.toHaveAttribute('inert');
  await report.getByRole('button', { name: 'New trip' }).click();
  await expect(report.getByLabel('Trip name', { exact: true })).toBeVisible();
  await expect(pageStatus(report)).not.toHaveText('');
  expect((await readStoredData(context)).trips).toHaveLength(1);
});
