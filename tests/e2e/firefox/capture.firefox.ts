/**
 * The capture scenarios (tests/e2e/scenarios/capture.ts) in real Firefox ESR with the
 * built Firefox extension, driven by puppeteer over WebDriver BiDi: the MAIN-world bridge,
 * the isolated content script, the background's write and the page's status message.
 * Chromium runs the same list in tests/e2e/chromium/capture.spec.ts.
 */
import { describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import type { FakeYtWindow } from '../../fixtures/youtube/fake-yt';
import { CAPTURE_SCENARIOS } from '../scenarios/capture';
import type { CaptureBrowser, YouTubeTab } from '../scenarios/capture';
import { clipButton, openYouTube, seek, waitForStatus, waitUntil } from './support/firefox-extension';
import { readStoredData } from './support/stored-data';
import { useFirefox } from './support/suite';

function youTubeTab(page: Page): YouTubeTab {
  return {
    clip: async () => (await clipButton(page)).click(),
    waitForStatus: async (expected) => {
      await waitForStatus(page, expected);
    },
    seek: (seconds) => seek(page, seconds),
    videoTime: () => page.evaluate(() => document.querySelector('video')?.currentTime ?? -1),
    async navigateInPage(videoId, playerLagMs) {
      await page.evaluate(
        (id: string, lag: number) => (window as unknown as FakeYtWindow).__fakeYt.navigate(id, { playerLagMs: lag }),
        videoId,
        playerLagMs,
      );
      await waitUntil(page, (id: string) => location.search.includes(`v=${id}`), [videoId]);
    },
    setAd: (showing) => page.evaluate((on: boolean) => (window as unknown as FakeYtWindow).__fakeYt.setAd(on), showing),
    async heading() {
      const heading = await page.waitForSelector('h1', { visible: true });
      return (await heading?.evaluate((h1) => h1.textContent)) ?? '';
    },
    async clipButtonShown() {
      await page.waitForSelector('#talk-clipper');
      return page.evaluate(() => document.querySelector('#talk-clipper')?.shadowRoot?.querySelector('button')?.checkVisibility() ?? false);
    },
    async clipButtonBackgroundIn(theme) {
      await page.waitForSelector(`#talk-clipper[data-theme="${theme}"]`);
      return (await clipButton(page)).evaluate((button) => getComputedStyle(button).backgroundColor);
    },
  };
}

function captureBrowser(browser: Browser): CaptureBrowser {
  return {
    openYouTube: async (path) => youTubeTab(await openYouTube(browser, path)),
    readStoredData: () => readStoredData(browser),
  };
}

describe('capture in Firefox', () => {
  const firefox = useFirefox();
  for (const scenario of CAPTURE_SCENARIOS) {
    test(scenario.name, async () => {
      await scenario.run(captureBrowser(firefox.browser), expect);
    });
  }
});
