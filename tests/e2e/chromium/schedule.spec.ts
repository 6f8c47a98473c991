/**
 * Schedules in Chromium: a day stream without chapters, clipped twice, then the pretalx
 * DemoCon schedule imported through Import schedule names both clips; a clip taken after
 * the import is named at once; Room corrects a stream's room; the Schedule view marks
 * the clipped talks; the export shows a matched talk's page; Load fetches a Schedule URL
 * after asking for that origin; a broken file is refused with its sentence and nothing is
 * stored.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { DAY_STREAM_WITHOUT_CHAPTERS } from '../../fixtures/youtube/catalog';
import { EXTENSION_DIR, expect, test } from '../support/chromium-extension';
import { clipOnYouTube, importSchedule, openReportPage, pageStatus } from '../support/report-page';
import { launchWithGrantedOrigins } from '../support/granted-origins';
import { readStoredData } from '../support/stored-data';

const SCHEDULE_FILE = resolve('tests/fixtures/schedules/pretalx-democon.schedule.json');
const STREAM = DAY_STREAM_WITHOUT_CHAPTERS;

/** The clip rows of the stream's group on the report page. */
function streamTalks(report: Page) {
  return report.getByRole('list', { name: `Talks of ${STREAM.title}` }).getByRole('listitem');
}

test('a day stream without chapters: clips are named from the imported pretalx schedule, rooms can be corrected', async ({ context, extensionId }) => {
  // 09:10 and 09:40 Berlin time in the Gray Room.
  await clipOnYouTube(context, STREAM.videoId, 600);
  await clipOnYouTube(context, STREAM.videoId, 2400);
  const report = await openReportPage(context, extensionId);
  const talks = streamTalks(report);
  await expect(talks).toHaveCount(2);
  await expect(talks.nth(0)).toContainText(STREAM.title);

  await importSchedule(report, SCHEDULE_FILE);
  await expect(pageStatus(report)).toContainText('Imported “DemoCon”: 36 talks in 2 rooms. 2 of 2 clips matched');
  await expect(talks.nth(0)).toContainText('Focused 5thgeneration hardware');
  await expect(talks.nth(0)).toContainText('Brian Robinson');
  await expect(talks.nth(1)).toContainText('Quality-focused 6thgeneration website');
  await expect(talks.nth(1)).toContainText('Jordan Parks');
  let stored = await readStoredData(context);
  expect(stored.clips.map((clip) => clip.links).sort()).toContainEqual([{ label: 'talk page', url: 'http://localhost/democon/talk/G9JGWY/' }]);

  // A clip taken now is named at once (10:10: "Secured mobile concept").
  await clipOnYouTube(context, STREAM.videoId, 4200);
  await expect(talks).toHaveCount(3);
  await expect(talks.filter({ hasText: 'Secured mobile concept' })).toContainText('Kimberly Griffin');

  // The Schedule view marks the three clipped talks of the day.
  const view = report.getByRole('region', { name: 'Schedule view' });
  await expect(view).toContainText('3 talks clipped');
  const gray = view.getByRole('region', { name: 'Gray Room, Monday, 14 December 2020' });
  const clipped = gray.getByRole('listitem').filter({ hasText: 'Clipped' });
  await expect(clipped).toHaveCount(3);
  await expect(clipped.nth(0)).toContainText('Focused 5thgeneration hardware');
  await expect(clipped.nth(0).getByRole('link', { name: /Your clip/ })).toHaveAttribute('href', /[?&]v=GrayRoomD01.*t=600/);
  await expect(gray.getByRole('listitem').filter({ hasText: 'Focused contextually-based help-desk' })).not.toContainText('Clipped');

  // Correct the stream's room: the Tan Room's workshop ran 09:00-10:30.
  const streamGroup = report.getByRole('region', { name: STREAM.title });
  await expect(streamGroup.getByLabel('Room', { exact: true })).toHaveValue('Gray Room');
  await streamGroup.getByLabel('Room', { exact: true }).selectOption('Tan Room');
  await expect(talks.filter({ hasText: 'Managed stable function' })).toHaveCount(3);
  await expect(talks.nth(0)).toContainText('Jeremy Beck');
  await expect(view.getByRole('region', { name: 'Tan Room, Monday, 14 December 2020' }).getByRole('listitem').filter({ hasText: 'Clipped' })).toHaveCount(1);
  stored = await readStoredData(context);
  expect(stored.clips.every((clip) => clip.kind === 'workshop')).toBe(true);

  // No room: the stream says so.
  await streamGroup.getByLabel('Room', { exact: true }).selectOption('No room');
  await expect(streamGroup).toContainText('This stream has no room');
});

test('the export shows a matched talk\'s page where the layout shows links', async ({ context, extensionId }) => {
  await clipOnYouTube(context, STREAM.videoId, 600);
  const report = await openReportPage(context, extensionId);
  await importSchedule(report, SCHEDULE_FILE);
  await expect(streamTalks(report).first()).toContainText('Brian Robinson');
  await report.getByLabel('Layout').selectOption({ label: 'By kind' });
  await report.getByLabel('Show Markdown').check();
  const markdown = report.getByLabel(/^Markdown of /);
  await expect(markdown).toContainText('# [TALK] Focused 5thgeneration hardware');
  await expect(markdown).toContainText(/by Brian Robinson - \[video\]\(https:\/\/[^)]+\) - \[talk page\]\(http:\/\/localhost\/democon\/talk\/[A-Z0-9]+\/\)/);
});

test('what the user typed survives a later match', async ({ context, extensionId }) => {
  await clipOnYouTube(context, STREAM.videoId, 600);
  const report = await openReportPage(context, extensionId);
  await report.getByRole('button', { name: `Edit ${STREAM.title}` }).click();
  await report.getByLabel('Talk title', { exact: true }).fill('Hardware, my way');
  await report.getByLabel('Talk title', { exact: true }).blur();
  await expect(streamTalks(report).first()).toContainText('Hardware, my way');
  await importSchedule(report, SCHEDULE_FILE);
  await expect(streamTalks(report).first()).toContainText('Brian Robinson');
  await expect(streamTalks(report).first()).toContainText('Hardware, my way');
  await report.getByRole('button', { name: 'Match to schedule' }).click();
  await expect(pageStatus(report)).toContainText('1 of 1 clip matched');
  await expect(streamTalks(report).first()).toContainText('Hardware, my way');
});

test('the Conference time zone is kept with the trip', async ({ context, extensionId }) => {
  await clipOnYouTube(context, STREAM.videoId, 600);
  const report = await openReportPage(context, extensionId);
  // By IANA's current names, though Chromium's own list says Asia/Calcutta and Europe/Kiev.
  const zones = report.getByLabel('Conference time zone');
  await expect(zones.getByRole('option', { name: 'Asia/Kolkata', exact: true })).toHaveCount(1);
  await expect(zones.getByRole('option', { name: 'Europe/Kyiv', exact: true })).toHaveCount(1);
  await expect(zones.getByRole('option', { name: 'Asia/Calcutta', exact: true })).toHaveCount(0);
  await report.getByLabel('Conference time zone').selectOption('Australia/Brisbane');
  await expect(pageStatus(report)).toContainText('Conference time zone set to Australia/Brisbane.');
  expect((await readStoredData(context)).trips[0]?.timeZone).toBe('Australia/Brisbane');
  await report.reload();
  await expect(report.getByLabel('Conference time zone')).toHaveValue('Australia/Brisbane');
});

test('a schedule without a time zone moves with the Conference time zone, and its talks name the clips', async ({ context, extensionId }) => {
  // 08:10 UTC is 09:10 in Berlin, where the Pentabarf file's 09:00 talk is.
  await clipOnYouTube(context, STREAM.videoId, 600);
  const report = await openReportPage(context, extensionId);
  await report.getByLabel('Conference time zone').selectOption('UTC');
  await expect(pageStatus(report)).toContainText('Conference time zone set to UTC.');
  await importSchedule(report, resolve('tests/fixtures/schedules/ours/democon-gray-room.pentabarf.xml'));
  await expect(pageStatus(report)).toContainText('Imported “DemoCon (Pentabarf)”: 2 talks in 1 room. 0 of 1 clip matched');
  await expect(streamTalks(report).first()).toContainText(STREAM.title);

  await report.getByLabel('Conference time zone').selectOption('Europe/Berlin');
  await expect(pageStatus(report)).toHaveText(
    "Conference time zone set to Europe/Berlin. The schedule's 2 talks without a time zone of their own now read in Europe/Berlin. 1 of 1 clip matched to a talk of the schedule.",
  );
  await expect(streamTalks(report).first()).toContainText('Focused 5thgeneration hardware');
  await expect(streamTalks(report).first()).toContainText('Brian Robinson');
  const gray = report.getByRole('region', { name: 'Schedule view' }).getByRole('region', { name: 'Gray Room, Monday, 14 December 2020' });
  await expect(gray.getByRole('listitem').filter({ hasText: 'Clipped' })).toContainText('Focused 5thgeneration hardware');

  // A schedule that gives its own zone (pretalx) stays where it is.
  await importSchedule(report, SCHEDULE_FILE);
  await report.getByLabel('Conference time zone').selectOption('Asia/Tokyo');
  await expect(pageStatus(report)).toHaveText('Conference time zone set to Asia/Tokyo. The schedule gives its own time zone, so its times stay as they are.');
  await expect(streamTalks(report).first()).toContainText('Focused 5thgeneration hardware');
});

test('a broken schedule file is refused with its sentence and nothing is stored', async ({ context, extensionId }) => {
  await clipOnYouTube(context, STREAM.videoId, 600);
  const report = await openReportPage(context, extensionId);
  const text = readFileSync(SCHEDULE_FILE, 'utf8');
  await importSchedule(report, { name: 'schedule.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 5000)) });
  await expect(report.getByRole('alert')).toContainText('schedule.json');
  await expect(streamTalks(report).first()).toContainText(STREAM.title);
  expect((await readStoredData(context)).clips[0]?.title).toBe(STREAM.title);
  await expect(report.getByRole('region', { name: 'Schedule view' })).toHaveCount(0);
});

test('nothing beyond YouTube is granted at install: Load asks for its origin', async ({ context, extensionId }) => {
  const report = await openReportPage(context, extensionId);
  type Permissions = { getAll(): Promise<{ origins?: string[] }> };
  const held = await report.evaluate(() => (globalThis as unknown as { chrome: { permissions: Permissions } }).chrome.permissions.getAll());
  expect(held.origins?.sort()).toEqual(['https://m.youtube.com/*', 'https://music.youtube.com/*', 'https://www.youtube.com/*']);
  const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { optional_host_permissions?: string[] };
  expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
});

test('Load fetches the Schedule URL once its origin is granted', async () => {
  const url = 'https://pretalx.example.org/democon/schedule/export/schedule.json';
  // As after a person pressed Allow on the prompt for this one origin (see granted-origins.ts).
  const { context, extensionId } = await launchWithGrantedOrigins(['https://pretalx.example.org/*']);
  try {
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(SCHEDULE_FILE) }));
    await clipOnYouTube(context, STREAM.videoId, 600);
    const report = await openReportPage(context, extensionId);
    await report.getByLabel('Schedule URL').fill(url);
    await report.getByRole('button', { name: 'Load', exact: true }).click();
    await expect(pageStatus(report)).toContainText('Imported “DemoCon”');
    await expect(streamTalks(report).first()).toContainText('Focused 5thgeneration hardware');
    await expect(report.getByRole('region', { name: 'Schedule', exact: true })).toContainText(`from ${url}`);

    // A host that answers with an error: its sentence, and the stored schedule stays.
    const missing = 'https://pretalx.example.org/democon/schedule/export/missing.json';
    await context.route(missing, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await report.getByLabel('Schedule URL').fill(missing);
    await report.getByRole('button', { name: 'Load', exact: true }).click();
    await expect(report.getByRole('alert')).toContainText('pretalx.example.org answered 404');
    await expect(report.getByRole('region', { name: 'Schedule', exact: true })).toContainText(`from ${url}`);
  } finally {
    await context.close();
  }
});
