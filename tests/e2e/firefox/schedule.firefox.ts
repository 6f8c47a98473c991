/**
 * Schedules in Firefox: a day stream without chapters clipped twice, the real pretalx
 * DemoCon schedule.json imported through the Import schedule file input, both clips
 * named with title and speakers; a clip taken afterwards named at once; the stream's room
 * corrected with Room; the Schedule view marks the clipped talks.
 *
 * Load by URL is covered in Chromium only: the Firefox suite's proxy serves YouTube's
 * hosts alone (its certificate names only them).
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { DAY_STREAM_WITHOUT_CHAPTERS } from '../../fixtures/youtube/catalog';
import { clipButton, controlLabelled, openExtensionPage, openYouTube, waitForStatus, waitForText } from './support/firefox-extension';
import { readStoredData } from './support/stored-data';
import { useFirefox } from './support/suite';

const SCHEDULE_FILE = resolve('tests/fixtures/schedules/pretalx-democon.schedule.json');
const STREAM = DAY_STREAM_WITHOUT_CHAPTERS;

async function clipAt(browser: Browser, seconds: number): Promise<void> {
  const page = await openYouTube(browser, `/watch?v=${STREAM.videoId}&t=${seconds}`);
  await (await clipButton(page)).click();
  await waitForStatus(page, /^Clipped /);
  await page.close();
}

/** Titles of the Schedule view's talks marked Clipped, per room heading. */
function clippedInView(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const view = [...document.querySelectorAll('section')].find((section) => section.querySelector('h3')?.textContent === 'Schedule view');
    const out: Record<string, string[]> = {};
    for (const room of view?.querySelectorAll('.schedule-room') ?? []) {
      const name = room.querySelector('h4')?.textContent ?? '';
      out[name] = [...room.querySelectorAll('li')].filter((li) => li.textContent?.includes('Clipped')).map((li) => li.querySelector('.schedule-title')?.textContent ?? '');
    }
    return out;
  });
}

describe('schedules in Firefox', () => {
  const firefox = useFirefox();

  test('clips of a day stream are named from an imported pretalx schedule; Room corrects the stream', async () => {
    await clipAt(firefox.browser, 600);
    await clipAt(firefox.browser, 2400);
    const report = await openExtensionPage(firefox.browser, 'report.html');
    await waitForText(report, [STREAM.title, 'Import schedule']);

    const input = (await report.$('input[type="file"][aria-label="Schedule file"]')) as ElementHandle<HTMLInputElement> | null;
    if (input === null) throw new Error('no Schedule file input');
    await input.uploadFile(SCHEDULE_FILE);
    await waitForText(report, ['Imported “DemoCon”', 'Focused 5thgeneration hardware', 'Brian Robinson', 'Quality-focused 6thgeneration website', 'Jordan Parks']);

    // Named at once: a clip taken after the import.
    await clipAt(firefox.browser, 4200);
    await waitForText(report, ['Secured mobile concept', 'Kimberly Griffin']);
    expect(await clippedInView(report)).toMatchObject({
      'Gray Room': ['Focused 5thgeneration hardware', 'Quality-focused 6thgeneration website', 'Secured mobile concept'],
      'Tan Room': [],
    });

    // The stream was in the Tan Room after all.
    const room = await controlLabelled<HTMLSelectElement>(report, 'Room');
    expect(await room.evaluate((select) => select.value)).toBe('Gray Room');
    await room.select('Tan Room');
    await waitForText(report, ['Managed stable function', 'Jeremy Beck']);
    expect((await clippedInView(report))['Tan Room']).toEqual(['Managed stable function']);
    const stored = await readStoredData(firefox.browser);
    expect(stored.clips.map((clip) => clip.title)).toEqual(['Managed stable function', 'Managed stable function', 'Managed stable function']);
  });
});
