/**
 * The popup's first rows are painted before its app has loaded (plain DOM from a raw
 * IndexedDB read, components/popup/first-paint.ts), and the app then takes over the
 * same rows. Not timed: what is asserted is what the user sees and can do.
 */
import type { Page } from '@playwright/test';
import { extensionPage, replaceStoredData } from '../../../bench/browser';
import { generateDataset } from '../../../bench/generate';
import { displayTitle } from '../../../ui/labels';
import { expect, test } from '../support/chromium-extension';
import { readStoredData } from '../support/stored-data';

/** What an init script saw of the clip list from the page's start: its first rows, and every change after. */
interface Seen {
  first?: { titles: string[]; busy: string | null; inert: boolean; list: string };
  mostRows: number;
  rowsVanished: boolean;
}

/** Watches the clip list from the document's start; marks the first rows' nodes. */
function watchClipList(): void {
  const seen: Seen = { mostRows: 0, rowsVanished: false };
  Reflect.set(window, '__seen', seen);
  new MutationObserver(() => {
    const rows = [...document.querySelectorAll<HTMLElement>('ul[aria-label^="Clips"] > li')];
    seen.mostRows = Math.max(seen.mostRows, rows.length);
    if (seen.first !== undefined && rows.length === 0) seen.rowsVanished = true;
    if (seen.first !== undefined || rows.length === 0) return;
    const app = document.getElementById('app');
    seen.first = {
      titles: rows.map((row) => row.querySelector('.clip-title')?.textContent ?? ''),
      busy: app?.getAttribute('aria-busy') ?? null,
      inert: app?.hasAttribute('inert') ?? false,
      list: rows[0]?.parentElement?.outerHTML ?? '',
    };
    // A property, not an attribute: the app would remove an attribute it does not render.
    for (const row of rows) Reflect.set(row, '__seenFirst', true);
  }).observe(document, { subtree: true, childList: true });
}

const seenIn = (page: Page) => page.evaluate(() => Reflect.get(window, '__seen') as Seen);

test('the first rows shown are the trip’s newest clips, and the popup works as usual once its app has taken them over', async ({ context, extensionId }) => {
  const { trips, clips } = generateDataset({ clips: 120, seed: 1_515, trips: 1 });
  const trip = trips[0];
  if (trip === undefined) throw new Error('generator gave no trip');
  const admin = await extensionPage(context, extensionId);
  await replaceStoredData(admin, { trips, clips, currentTripId: trip.id });
  await admin.close();
  const newest = [...clips].sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : 0)).slice(0, 50);

  const popup = await context.newPage();
  await popup.addInitScript(watchClipList);
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const app = popup.locator('#app');
  await expect(app).not.toHaveAttribute('aria-busy', 'true');
  await expect(app).not.toHaveAttribute('inert');

  const list = popup.getByRole('list', { name: `Clips in ${trip.name}` });
  await expect(list.getByRole('listitem')).toHaveCount(50);
  const seen = await seenIn(popup);
  // The first rows came before the app (the region was still busy and inert) and were the real ones, newest first.
  expect(seen.first?.busy).toBe('true');
  expect(seen.first?.inert).toBe(true);
  expect(seen.first?.titles).toEqual(newest.map((clip) => displayTitle(clip)));
  // The app kept those very rows: never a second set, never an empty list in between, nothing redrawn.
  expect(seen.mostRows).toBe(50);
  expect(seen.rowsVanished).toBe(false);
  expect(await list.evaluate((ul) => [...ul.children].filter((row) => Reflect.get(row, '__seenFirst') !== true).length)).toBe(0);
  expect(await list.evaluate((ul) => ul.outerHTML)).toBe(seen.first?.list);
  await expect(popup.getByText('Showing 50 of 120 clips')).toBeVisible();

  // Live: a row opens and saves, the trip can be renamed, and Show more pages on.
  const firstTitle = displayTitle(newest[0]!);
  await list.getByRole('button', { name: `Edit ${firstTitle}` }).click();
  await popup.getByLabel('Talk title').fill('Retitled after the first paint');
  await popup.getByLabel('Talk title').blur();
  await expect(list.getByRole('button', { name: 'Edit Retitled after the first paint' })).toHaveAttribute('aria-expanded', 'true');
  await popup.getByLabel('Trip name').fill('Renamed trip');
  await popup.getByLabel('Trip name').press('Enter');
  await expect(popup.getByRole('list', { name: 'Clips in Renamed trip' })).toBeVisible();
  await popup.getByRole('button', { name: 'Show more' }).click();
  await expect(popup.getByText('Showing 100 of 120 clips')).toBeVisible();

  const stored = await readStoredData(context);
  expect(stored.clips.find((clip) => clip.id === newest[0]?.id)?.title).toBe('Retitled after the first paint');
  expect(stored.trips[0]?.name).toBe('Renamed trip');
});

test('on a fresh profile the popup shows its empty state and every control is live', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByText('No trip yet: your first clip starts one.')).toBeVisible();
  await expect(popup.locator('#app')).not.toHaveAttribute('inert');
  await popup.getByRole('button', { name: 'Clip talk' }).click();
  await expect(popup.getByRole('status')).not.toHaveText('');
});
