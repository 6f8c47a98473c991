/**
 * Clip talk on a room's stream of a trip with an imported schedule: the capture is
 * answered at once with the stream's title, the follow-up match names the clip after the
 * scheduled talk, and the status the person is looking at (under the player, in the
 * popup) then says the talk's name. A duplicate says the stored clip's name and stays so.
 */
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { DAY_STREAM_WITHOUT_CHAPTERS } from '../../fixtures/youtube/catalog';
import { expect, openYouTube, test } from '../support/chromium-extension';
import { openPopup } from '../support/popup';
import { clipOnYouTube, importSchedule, openReportPage, pageStatus as reportStatus } from '../support/report-page';
import { clipButton, pageStatus } from '../support/youtube-page';

const SCHEDULE_FILE = resolve('tests/fixtures/schedules/pretalx-democon.schedule.json');
const STREAM = DAY_STREAM_WITHOUT_CHAPTERS;

/** A trip (started by a clip at 09:40 Berlin time) with the pretalx DemoCon schedule imported on the report page. */
async function tripWithSchedule(context: BrowserContext, extensionId: string): Promise<Page> {
  await clipOnYouTube(context, STREAM.videoId, 2400);
  const report = await openReportPage(context, extensionId);
  await importSchedule(report, SCHEDULE_FILE);
  await expect(reportStatus(report)).toContainText('Imported “DemoCon”');
  return report;
}

test('Clip talk under the player: the status names the scheduled talk once the match has named the clip', async ({ context, extensionId }) => {
  const report = await tripWithSchedule(context, extensionId);
  // 09:10 in the Gray Room.
  const youtube = await openYouTube(context, `/watch?v=${STREAM.videoId}&t=600`);
  await clipButton(youtube).click();
  await expect(pageStatus(youtube)).toHaveText('Clipped “Focused 5thgeneration hardware” at 0:10:00 to DemoCon 2020');
  await expect(report.getByRole('list', { name: `Talks of ${STREAM.title}` }).getByRole('listitem').filter({ hasText: 'Focused 5thgeneration hardware' })).toHaveCount(1);

  // The same moment again is a duplicate: it names the stored clip, and nothing renames it.
  await clipButton(youtube).click();
  await expect(pageStatus(youtube)).toHaveText('Already clipped “Focused 5thgeneration hardware” at 0:10:00 — not added again');
});

test('Clip talk in the popup: its status line and the page’s both name the scheduled talk', async ({ context, extensionId }) => {
  await tripWithSchedule(context, extensionId);
  // 10:10 in the Gray Room.
  const youtube = await openYouTube(context, `/watch?v=${STREAM.videoId}&t=4200`);
  const popup = await openPopup(context, extensionId, youtube);
  await popup.getByRole('button', { name: 'Clip talk' }).click();
  await expect(popup.getByRole('status')).toHaveText('Clipped “Secured mobile concept” at 1:10:00 to DemoCon 2020');
  await expect(pageStatus(youtube)).toHaveText('Clipped “Secured mobile concept” at 1:10:00 to DemoCon 2020');
  await expect(popup.getByRole('list', { name: /^Clips in / }).getByRole('listitem').first()).toContainText('Secured mobile concept');
});
