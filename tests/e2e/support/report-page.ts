/** Opening the trip-report page and clipping talks into the current trip through YouTube. */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openYouTube } from './chromium-extension';
import { clipButton, pageStatus as youtubeStatus } from './youtube-page';

export async function openReportPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/report.html`);
  return page;
}

/** Presses Clip talk under the player of `videoId` at `seconds`, as a user would. */
export async function clipOnYouTube(context: BrowserContext, videoId: string, seconds: number): Promise<void> {
  const page = await openYouTube(context, `/watch?v=${videoId}&t=${seconds}`);
  await clipButton(page).click();
  await expect(youtubeStatus(page)).toContainText('Clipped');
  await page.close();
}

/** The page-level status line (the export panel has a status line of its own). */
export function pageStatus(page: Page) {
  return page.locator('.report-messages').getByRole('status');
}

/** Import schedule with `file` (a path, or a file's name, type and bytes), through the page's file chooser. */
export async function importSchedule(report: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = report.waitForEvent('filechooser');
  await report.getByRole('button', { name: 'Import schedule' }).click();
  await (await chooser).setFiles(file);
}
