/**
 * The side panel on a room's stream of a trip with a schedule (Chromium): the talk now on
 * is the schedule's at the position (title, speakers, room, time, talk page), Clip talk
 * in the panel gives the clip that talk, seeking into the next talk shows it, and the
 * stream's Room chosen on the report page is followed (no room: the chapters' talk again).
 */
import { resolve } from 'node:path';
import { DAY_STREAM_WITHOUT_CHAPTERS } from '../../fixtures/youtube/catalog';
import { expect, openYouTube, test } from '../support/chromium-extension';
import { clipOnYouTube, importSchedule, openReportPage, pageStatus } from '../support/report-page';
import { nowPlaying, openSidePanelPage, tabIdOf } from '../support/side-panel';
import { readStoredData } from '../support/stored-data';
import { seek } from '../support/youtube-page';

const SCHEDULE_FILE = resolve('tests/fixtures/schedules/pretalx-democon.schedule.json');
const STREAM = DAY_STREAM_WITHOUT_CHAPTERS;

test('on a stream with a room the panel names the scheduled talk at the position, and the next one after a seek', async ({ context, extensionId }) => {
  // A trip with the DemoCon schedule; the stream starts at 09:00 Berlin (08:00 UTC, the schedule's zone).
  await clipOnYouTube(context, STREAM.videoId, 600);
  const report = await openReportPage(context, extensionId);
  await importSchedule(report, SCHEDULE_FILE);
  await expect(pageStatus(report)).toContainText('Imported “DemoCon”');

  const youtube = await openYouTube(context, `/watch?v=${STREAM.videoId}&t=2400`);
  const panel = await openSidePanelPage(context, extensionId, await tabIdOf(context, youtube));
  const talk = panel.getByRole('group', { name: 'Talk now' });
  await expect(talk).toContainText('Quality-focused 6thgeneration website');
  await expect(talk).toContainText('Jordan Parks');
  await expect(talk).toContainText('Gray Room · 08:30–09:00 UTC');
  await expect(talk.getByRole('link', { name: 'Talk page' })).toHaveAttribute('href', 'http://localhost/democon/talk/3NEFSQ/');
  await expect(nowPlaying(panel)).toContainText('Position 0:40:00');
  await expect(nowPlaying(panel)).toContainText('from the schedule');
  // The clip at 0:10:00 is the previous talk's.
  await expect(panel.getByText(/^Not clipped yet/)).toBeVisible();

  // Clip talk in the panel: the clip is named after the talk the panel shows.
  await panel.getByRole('button', { name: 'Clip talk' }).click();
  await expect(panel.getByRole('status')).toHaveText(/^Clipped “Quality-focused 6thgeneration website” at 0:40:00 to /);
  await expect(panel.getByLabel('Talk title', { exact: true })).toHaveValue('Quality-focused 6thgeneration website');
  await expect(panel.getByLabel('Speakers', { exact: true })).toHaveValue('Jordan Parks');
  await expect
    .poll(async () => (await readStoredData(context)).clips.find((clip) => clip.seconds === 2400))
    .toMatchObject({ title: 'Quality-focused 6thgeneration website', speakers: ['Jordan Parks'], links: [{ label: 'talk page', url: 'http://localhost/democon/talk/3NEFSQ/' }] });

  // Seeking into the next talk names it, not yet clipped.
  await seek(youtube, 4200);
  await expect(talk).toContainText('Secured mobile concept');
  await expect(talk).toContainText('Kimberly Griffin');
  await expect(talk).toContainText('Gray Room · 09:00–09:30 UTC');
  await expect(talk).not.toContainText('Quality-focused 6thgeneration website');
  await expect(panel.getByText(/^Not clipped yet/)).toBeVisible();

  // The Room chosen on the report page is followed at once.
  const room = report.getByRole('region', { name: STREAM.title }).getByLabel('Room', { exact: true });
  await room.selectOption('Tan Room');
  await expect(talk).toContainText('Managed stable function');
  await expect(talk).toContainText('Workshop · Tan Room · 08:00–09:30 UTC');
  // No room: the chapters' talk (this stream has none, so its title), as a clip now would get.
  await room.selectOption('No room');
  await expect(talk).not.toContainText('Managed stable function');
  await expect(talk).toContainText(STREAM.title);
  await expect(nowPlaying(panel)).not.toContainText('from the schedule');
});
