/**
 * Clip in Firefox, see the clips in the popup page, and export the trip report from the
 * report page: the downloaded file is the one the pure renderer makes from the stored
 * rows, its front matter parses, and the page says why there is no blog-folder option.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { parse as parseYaml } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import { LIVE_STREAM, RECORDING_WITH_CHAPTERS } from '../../fixtures/youtube/catalog';
import { COPIED_MESSAGE, NO_FOLDER_API_MESSAGE, downloadedMessage } from '../../../export/messages';
import { resolveExportOptions } from '../../../markdown/export-options';
import type { ExportChoices } from '../../../markdown/export-options';
import { renderReport } from '../../../markdown/render-report';
import type { StoredData } from '../support/stored-data';
import {
  buttonNamed,
  clipButton,
  controlLabelled,
  openExtensionPage,
  openYouTube,
  waitForStatus,
  seek,
  waitForText,
  waitUntil,
} from './support/firefox-extension';
import { waitForDownload } from './support/downloads';
import { readStoredData } from './support/stored-data';
import { useFirefox } from './support/suite';

/** Front matter block between the opening and closing fences. */
function frontMatterOf(markdown: string, fence: string): string {
  const lines = markdown.split('\n');
  expect(lines[0]).toBe(fence);
  const end = lines.indexOf(fence, 1);
  expect(end).toBeGreaterThan(0);
  return lines.slice(1, end).join('\n');
}

function expectedReport(data: StoredData, choices: ExportChoices, date: string) {
  const trip = data.trips[0];
  if (trip === undefined) throw new Error('no trip stored');
  return renderReport(trip, data.clips.filter((clip) => clip.tripId === trip.id), resolveExportOptions(choices, date));
}

/** Report page export status line (role=status inside the export panel). */
function exportStatus(page: Page): Promise<string> {
  return page.$eval('.export-panel [role="status"]', (element) => element.textContent?.trim() ?? '');
}

async function clipBothStreams(page: () => Promise<Page>, live: () => Promise<Page>): Promise<void> {
  const recording = await page();
  await (await clipButton(recording)).click();
  await waitForStatus(recording, 'Clipped “Rust is easy” at 1:02:03 to PyCon Italia 2023');
  const stream = await live();
  await seek(stream, 7800);
  await (await clipButton(stream)).click();
  await waitForStatus(stream, /^Clipped .* at 2:10:00/);
}

describe('popup and trip report in Firefox', () => {
  const firefox = useFirefox();

  test('clips from a recording and a live stream show in the popup and export as a report', async () => {
    await clipBothStreams(
      () => openYouTube(firefox.browser, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=1h2m3s`),
      () => openYouTube(firefox.browser, `/live/${LIVE_STREAM.videoId}`),
    );

    // The popup page lists both clips of the current trip.
    const popup = await openExtensionPage(firefox.browser, 'popup.html');
    await waitForText(popup, ['Rust is easy', LIVE_STREAM.title, '2 clips']);
    await popup.close();

    const stored = await readStoredData(firefox.browser);
    expect(stored.clips.map((clip) => clip.seconds).sort((a, b) => a - b)).toEqual([3723, 7800]);

    // Report page: Firefox has no File System Access, and the page says what happens instead.
    const report = await openExtensionPage(firefox.browser, 'report.html');
    await waitForText(report, ['Export report', NO_FOLDER_API_MESSAGE, 'Rust is easy']);
    expect(await report.$('.export-folder')).toBeNull();

    // Default export: Jekyll front matter, rating layout, YouTube share links.
    await (await buttonNamed(report, 'Export report')).click();
    const first = await waitForDownload(firefox.session.downloadDir);
    expect(first.filename).toMatch(/^\d{4}-\d{2}-\d{2}-pycon-italia-2023\.md$/);
    expect(await exportStatus(report)).toBe(downloadedMessage(first.filename));
    const date = first.filename.slice(0, 10);
    expect(first.text).toBe(expectedReport(stored, {}, date).markdown);
    expect(parseYaml(frontMatterOf(first.text, '---'))).toMatchObject({ title: 'PyCon Italia 2023', date });
    expect(first.text).toContain('[Rust is easy](https://www.youtube.com/live/Ch3Bs3K4Oeo?t=3723) by Luca Barbato');
    expect(first.text).toContain(`[${LIVE_STREAM.title}](https://www.youtube.com/live/${LIVE_STREAM.videoId}?t=7800)`);

    // The preview's raw Markdown view shows exactly what was downloaded.
    await (await controlLabelled<HTMLInputElement>(report, 'Show Markdown')).click();
    const raw = await report.waitForSelector('pre.export-raw');
    expect(await raw?.evaluate((pre) => pre.textContent)).toBe(first.text);
    rmSync(join(firefox.session.downloadDir, first.filename));

    // Other choices, picked in the page's selects: Hugo TOML front matter, numbered list, watch links.
    await (await controlLabelled<HTMLSelectElement>(report, 'Front matter')).select('hugo-toml');
    await (await controlLabelled<HTMLSelectElement>(report, 'Layout')).select('chronological');
    await (await controlLabelled<HTMLSelectElement>(report, 'Link style')).select('watch');
    const choices: ExportChoices = { frontMatter: 'hugo-toml', layout: 'chronological', linkStyle: 'watch' };
    const expected = expectedReport(stored, choices, date);
    await waitUntil(report, (markdown: string) => document.querySelector('pre.export-raw')?.textContent === markdown, [expected.markdown]);
    await (await buttonNamed(report, 'Export report')).click();
    const second = await waitForDownload(firefox.session.downloadDir);
    expect(second.filename).toBe(expected.filename);
    expect(second.text).toBe(expected.markdown);
    expect(parseToml(frontMatterOf(second.text, '+++'))).toMatchObject({ title: 'PyCon Italia 2023' });
    expect(second.text).toContain(`https://www.youtube.com/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=3723s`);

    // Copy Markdown puts the same text on the clipboard (no clipboard permission: a user
    // gesture in an extension page is enough); paste it back with the keyboard to read it.
    await (await buttonNamed(report, 'Copy Markdown')).click();
    await waitUntil(report, (message: string) => document.querySelector('.export-panel [role="status"]')?.textContent?.trim() === message, [COPIED_MESSAGE]);
    await report.evaluate(() => {
      const scratch = document.createElement('textarea');
      scratch.id = 'test-paste';
      document.body.append(scratch);
      scratch.focus();
    });
    await report.keyboard.down('Control');
    await report.keyboard.press('v');
    await report.keyboard.up('Control');
    await waitUntil(report, () => (document.querySelector<HTMLTextAreaElement>('#test-paste')?.value ?? '') !== '', [], 5_000);
    expect(await report.$eval('#test-paste', (area) => (area as HTMLTextAreaElement).value)).toBe(expected.markdown);
  });
});
