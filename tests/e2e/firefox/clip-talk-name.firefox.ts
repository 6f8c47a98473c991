/**
 * Clip talk in Firefox on a room's stream of a trip with an imported schedule: the
 * capture is answered with the stream's title, the follow-up match names the clip after
 * the scheduled talk, and the status under the player (and the popup's) then says the
 * talk's name; a duplicate names the stored clip and stays so.
 */
import { resolve } from 'node:path';
import { describe, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { DAY_STREAM_WITHOUT_CHAPTERS } from '../../fixtures/youtube/catalog';
import { buttonNamed, clipButton, importScheduleFile, openExtensionPage, openYouTube, waitForStatus, waitForText, waitUntil } from './support/firefox-extension';
import { useFirefox } from './support/suite';

const SCHEDULE_FILE = resolve('tests/fixtures/schedules/pretalx-democon.schedule.json');
const STREAM = DAY_STREAM_WITHOUT_CHAPTERS;

/** A trip (started by a clip at 09:40 Berlin time) with the pretalx DemoCon schedule imported on the report page. */
async function tripWithSchedule(browser: Browser): Promise<Page> {
  const first = await openYouTube(browser, `/watch?v=${STREAM.videoId}&t=2400`);
  await (await clipButton(first)).click();
  await waitForStatus(first, /^Clipped /);
  await first.close();
  const report = await openExtensionPage(browser, 'report.html');
  await waitForText(report, [STREAM.title, 'Import schedule']);
  await importScheduleFile(report, SCHEDULE_FILE);
  await waitForText(report, ['Imported “DemoCon”']);
  return report;
}

describe('the clip status names the scheduled talk in Firefox', () => {
  const firefox = useFirefox();

  test('Clip talk under the player: the status says the talk once the match has named the clip; a duplicate names it too', async () => {
    await tripWithSchedule(firefox.browser);
    // 09:10 in the Gray Room.
    const youtube = await openYouTube(firefox.browser, `/watch?v=${STREAM.videoId}&t=600`);
    await (await clipButton(youtube)).click();
    await waitForStatus(youtube, 'Clipped “Focused 5thgeneration hardware” at 0:10:00 to DemoCon 2020');
    await (await clipButton(youtube)).click();
    await waitForStatus(youtube, 'Already clipped “Focused 5thgeneration hardware” at 0:10:00 — not added again');
  });

  test('Clip talk in the popup: its status line and the page’s both say the talk', async () => {
    await tripWithSchedule(firefox.browser);
    // 10:10 in the Gray Room.
    const youtube = await openYouTube(firefox.browser, `/watch?v=${STREAM.videoId}&t=4200`);
    const popup = await openExtensionPage(firefox.browser, 'popup.html');
    await youtube.bringToFront();
    await (await buttonNamed(popup, 'Clip talk')).click();
    const expected = 'Clipped “Secured mobile concept” at 1:10:00 to DemoCon 2020';
    await waitUntil(popup, (wanted: string) => document.querySelector('[role="status"]')?.textContent === wanted, [expected]);
    await waitForStatus(youtube, expected);
  });
});
