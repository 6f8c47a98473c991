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
import type { Browser, Page } from 'puppeteer-core';
import { DAY_STREAM_WITHOUT_CHAPTERS } from '../../fixtures/youtube/catalog';
import { buttonNamed, clipButton, controlLabelled, importScheduleFile, openExtensionPage, openYouTube, waitForStatus, waitForText } from './support/firefox-extension';
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

/** The report page as the writer reads it: each clip row of the stream, and the Schedule view's talks marked Clipped, per room and day. */
interface Shown {
  clips: string[];
  clipped: Record<string, string[]>;
}

function shown(page: Page): Promise<Shown> {
  return page.evaluate((streamTitle: string) => {
    const list = document.querySelector(`ul[aria-label="Talks of ${CSS.escape(streamTitle)}"]`);
    // textContent, not innerText: rows off screen skip rendering (content-visibility: auto).
    const clips = [...(list?.querySelectorAll(':scope > li') ?? [])].map((li) => li.textContent ?? '');
    const clipped: Record<string, string[]> = {};
    for (const room of document.querySelectorAll('section.schedule-room')) {
      const name = room.getAttribute('aria-label') ?? '';
      clipped[name] = [...room.querySelectorAll('li')].filter((li) => li.querySelector('.chip-clipped') !== null).map((li) => li.querySelector('.schedule-title')?.textContent ?? '');
    }
    return { clips, clipped };
  }, STREAM.title);
}

/** Waits until what the page shows passes `check` (its last failure is the error). */
async function waitUntilShown(page: Page, check: (now: Shown) => void, timeout = 10_000): Promise<Shown> {
  const until = Date.now() + timeout;
  for (;;) {
    const now = await shown(page);
    try {
      check(now);
      return now;
    } catch (error) {
      if (Date.now() > until) throw error;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

const GRAY = 'Gray Room, Monday, 14 December 2020';
const TAN = 'Tan Room, Monday, 14 December 2020';

describe('schedules in Firefox', () => {
  const firefox = useFirefox();

  test('clips of a day stream are named from an imported pretalx schedule; Room corrects the stream', async () => {
    await clipAt(firefox.browser, 600);
    await clipAt(firefox.browser, 2400);
    const report = await openExtensionPage(firefox.browser, 'report.html');
    await waitForText(report, [STREAM.title, 'Import schedule']);
    // Every schedule control is there under its name.
    await controlLabelled(report, 'Conference time zone');
    await controlLabelled(report, 'Schedule URL');
    await buttonNamed(report, 'Load');
    await buttonNamed(report, 'Match to schedule');

    await importScheduleFile(report, SCHEDULE_FILE);
    await waitForText(report, ['Imported “DemoCon”']);
    await waitUntilShown(report, ({ clips }) => {
      expect(clips).toHaveLength(2);
      expect(clips[0]).toContain('Focused 5thgeneration hardware');
      expect(clips[0]).toContain('Brian Robinson');
      expect(clips[1]).toContain('Quality-focused 6thgeneration website');
      expect(clips[1]).toContain('Jordan Parks');
    });

    // Named at once: a clip taken after the import (10:10 in the Gray Room).
    await clipAt(firefox.browser, 4200);
    await waitUntilShown(report, ({ clips, clipped }) => {
      expect(clips).toHaveLength(3);
      expect(clips.find((clip) => clip.includes('Secured mobile concept'))).toContain('Kimberly Griffin');
      // The Schedule view marks the three clipped talks of the day, and nothing in the Tan Room.
      expect(clipped[GRAY]).toEqual(['Focused 5thgeneration hardware', 'Quality-focused 6thgeneration website', 'Secured mobile concept']);
      expect(clipped[TAN]).toEqual([]);
    });

    // The stream was in the Tan Room after all: its 09:00-10:30 workshop.
    const room = await controlLabelled<HTMLSelectElement>(report, 'Room');
    expect(await room.evaluate((select) => select.value)).toBe('Gray Room');
    await room.select('Tan Room');
    await waitUntilShown(report, ({ clips, clipped }) => {
      expect(clips).toHaveLength(3);
      for (const clip of clips) expect(clip).toContain('Managed stable function');
      expect(clips[0]).toContain('Jeremy Beck');
      expect(clipped[TAN]).toEqual(['Managed stable function']);
      expect(clipped[GRAY]).toEqual([]);
    });
    const stored = await readStoredData(firefox.browser);
    expect(stored.clips.map((clip) => clip.title)).toEqual(['Managed stable function', 'Managed stable function', 'Managed stable function']);
  });
});
