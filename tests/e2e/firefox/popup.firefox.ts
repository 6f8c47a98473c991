/**
 * The popup page in Firefox: it clips the active YouTube tab (tabs.query + a message to
 * that tab's content script), lists the clip with a link to that moment, and opens the
 * trip report page in a new tab; a clip taken on a page shows in the open popup at once.
 */
import { describe, expect, test } from 'vitest';
import { PLAIN_VIDEO, RECORDING_WITH_CHAPTERS } from '../../fixtures/youtube/catalog';
import { EXTENSION_ORIGIN, buttonNamed, clipButton, controlLabelled, openExtensionPage, openYouTube, waitForStatus, waitForText, waitUntil } from './support/firefox-extension';
import { readStoredData } from './support/stored-data';
import { useFirefox } from './support/suite';

describe('popup in Firefox', () => {
  const firefox = useFirefox();

  test('the popup clips the active YouTube tab, lists the clip and opens the trip report', async () => {
    const youtube = await openYouTube(firefox.browser, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=1h2m3s`);
    // A real popup belongs to the window whose active tab it clips: here the popup page
    // sits in a background tab and the YouTube tab is brought to the front.
    const popup = await openExtensionPage(firefox.browser, 'popup.html');
    await youtube.bringToFront();

    await (await buttonNamed(popup, 'Clip talk')).click();
    await waitUntil(popup, () => document.querySelector('[role="status"]')?.textContent === 'Clipped “Rust is easy” at 1:02:03 to PyCon Italia 2023', []);
    // The page under the player says so too.
    await waitForStatus(youtube, /^Clipped “Rust is easy”/);

    const href = await waitUntil(
      popup,
      () => {
        const list = document.querySelector('[aria-label="Clips in PyCon Italia 2023"]');
        const link = [...(list?.querySelectorAll('a') ?? [])].find((a) => a.textContent?.replace(/\s+/g, ' ').trim() === 'Watch at 1:02:03');
        return link?.getAttribute('href') ?? false;
      },
      [],
    );
    expect(href).toBe(`https://www.youtube.com/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=3723s`);

    const { clips } = await readStoredData(firefox.browser);
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({ videoId: RECORDING_WITH_CHAPTERS.videoId, seconds: 3723, title: 'Rust is easy' });

    // Opened again, the popup shows the stored row at once (painted before its app has
    // loaded, docs/architecture.md §15) and, once the app has taken the row over, it works.
    const again = await openExtensionPage(firefox.browser, 'popup.html');
    await waitUntil(again, () => document.getElementById('app')?.hasAttribute('inert') === false && document.querySelector('li .clip-title')?.textContent === 'Rust is easy', []);
    await (await again.waitForSelector('button[aria-label="Edit Rust is easy"]'))?.click();
    expect(await (await controlLabelled<HTMLInputElement>(again, 'Talk title')).evaluate((input) => input.value)).toBe('Rust is easy');
    await again.close();

    // Open trip report: browser.tabs.create(report.html) from the popup.
    const before = new Set(await firefox.browser.pages());
    await popup.bringToFront();
    await (await buttonNamed(popup, 'Open trip report')).click();
    const deadline = Date.now() + 10_000;
    let reportPath = '';
    while (reportPath === '' && Date.now() < deadline) {
      for (const page of await firefox.browser.pages()) {
        if (before.has(page)) continue;
        const path = await page.evaluate(() => location.origin + location.pathname).catch(() => '');
        if (path === `${EXTENSION_ORIGIN}/report.html`) {
          reportPath = path;
          await waitForText(page, ['Trip report', 'Rust is easy', 'Export report']);
        }
      }
      if (reportPath === '') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(reportPath).toBe(`${EXTENSION_ORIGIN}/report.html`);
  });
  test('a clip taken on the page appears in the open popup at once, newest first', async () => {
    const first = await openYouTube(firefox.browser, `/watch?v=${PLAIN_VIDEO.videoId}&t=100`);
    await (await clipButton(first)).click();
    await waitForStatus(first, /^Clipped/);
    const popup = await openExtensionPage(firefox.browser, 'popup.html');
    const rowCount = (count: number) =>
      waitUntil(popup, (wanted: number) => document.querySelector('[aria-label^="Clips in "]')?.querySelectorAll(':scope > li').length === wanted, [count]);
    await rowCount(1);

    // The next clip goes to the same trip (the background's one-batch write): the open popup shows it.
    const second = await openYouTube(firefox.browser, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=1500`);
    await (await clipButton(second)).click();
    await waitForStatus(second, /^Clipped/);
    await rowCount(2);
    const newest = await popup.evaluate(() => document.querySelector('[aria-label^="Clips in "] > li')?.textContent ?? '');
    expect(newest).toContain('Saving time with Google Slides');
    expect(newest).toContain('0:25:00');
  });
});
