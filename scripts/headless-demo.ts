/**
 * The whole journey without a display (what `npm run demo` does on a server or in a
 * container): headless Chromium with the built extension on the bundled offline stream;
 * Clip talk pressed at three talks; the popup and the trip-report page opened; the report
 * exported as a download. Prints the exported file's path and its Markdown, and saves
 * screenshots of the three pages under demo-output/. Exits non-zero when a step fails.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionServiceWorker, launchWithExtension } from '../tests/e2e/support/chromium-extension';
import { clipButton, pageStatus, seek } from '../tests/e2e/support/youtube-page';
import { RECORDING_WITH_CHAPTERS } from '../tests/fixtures/youtube/catalog';

export const OUTPUT_DIR = resolve('demo-output');

/** Three talks of the bundled stream: a moment inside each chapter. */
const MOMENTS = [
  { seconds: 60, talk: 'Opening' },
  { seconds: 1300, talk: 'Saving time with Google Slides' },
  { seconds: 3723, talk: 'Rust is easy' },
];

const STEP_TIMEOUT_MS = 30_000;

function step(text: string): void {
  console.log(`• ${text}`);
}

async function clipThreeTalks(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`https://www.youtube.com/watch?v=${RECORDING_WITH_CHAPTERS.videoId}`);
  await clipButton(page).waitFor({ timeout: STEP_TIMEOUT_MS });
  for (const moment of MOMENTS) {
    await seek(page, moment.seconds);
    await clipButton(page).click();
    // The status names the talk it clipped (the chapter's title).
    const status = pageStatus(page).filter({ hasText: `“${moment.talk}”` });
    await status.waitFor({ timeout: STEP_TIMEOUT_MS });
    step(`Clip talk at ${moment.seconds} s (${moment.talk}): ${(await status.textContent())?.trim() ?? ''}`);
  }
  return page;
}

async function screenshot(page: Page, name: string): Promise<string> {
  const path = resolve(OUTPUT_DIR, name);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export async function runHeadlessDemo(): Promise<void> {
  await rm(OUTPUT_DIR, { recursive: true, force: true });
  await mkdir(OUTPUT_DIR, { recursive: true });
  step('Starting headless Chromium with Talk Clipper on the bundled offline stream');
  const context = await launchWithExtension({ headless: true, offline: true });
  try {
    const extensionId = new URL((await extensionServiceWorker(context)).url()).host;

    const youtube = await clipThreeTalks(context);
    step(`Saved ${await screenshot(youtube, 'youtube-page.png')}`);

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByText('Rust is easy').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    step(`Saved ${await screenshot(popup, 'popup.png')}`);

    const report = await context.newPage();
    await report.goto(`chrome-extension://${extensionId}/report.html`);
    const exportButton = report.getByRole('button', { name: 'Export report' });
    await exportButton.waitFor({ timeout: STEP_TIMEOUT_MS });
    step(`Saved ${await screenshot(report, 'report-page.png')}`);

    const downloading = report.waitForEvent('download', { timeout: STEP_TIMEOUT_MS });
    await exportButton.click();
    const download = await downloading;
    const exported = resolve(OUTPUT_DIR, download.suggestedFilename());
    await download.saveAs(exported);
    const markdown = await readFile(exported, 'utf8');
    step(`Exported the report: ${exported}`);
    console.log(`\n----- ${download.suggestedFilename()} -----\n${markdown}----- end -----\n`);
    console.log(`Screenshots and the exported report are in ${OUTPUT_DIR}/`);
  } finally {
    await context.close();
  }
}
