/**
 * The capture scenarios (tests/e2e/scenarios/capture.ts) in Debian's Chromium, driven by
 * Playwright against the built extension. Firefox runs the same list in
 * tests/e2e/firefox/capture.firefox.ts.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openYouTube, test } from '../support/chromium-extension';
import { readStoredData } from '../support/stored-data';
import { clipButton, navigateInPage, pageStatus, seek, setAd } from '../support/youtube-page';
import { CAPTURE_SCENARIOS } from '../scenarios/capture';
import type { CaptureBrowser, YouTubeTab } from '../scenarios/capture';

function youTubeTab(page: Page): YouTubeTab {
  return {
    clip: () => clipButton(page).click(),
    waitForStatus: (expected) => expect(pageStatus(page)).toHaveText(expected),
    seek: (seconds) => seek(page, seconds),
    videoTime: () => page.evaluate(() => document.querySelector('video')?.currentTime ?? -1),
    async navigateInPage(videoId, playerLagMs) {
      await navigateInPage(page, videoId, playerLagMs);
      await expect(page).toHaveURL(new RegExp(`v=${videoId}`));
    },
    setAd: (showing) => setAd(page, showing),
    async heading() {
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toBeVisible();
      return (await heading.textContent()) ?? '';
    },
    async clipButtonShown() {
      await expect(page.locator('#talk-clipper')).toBeAttached();
      return clipButton(page).isVisible();
    },
    async clipButtonBackgroundIn(theme) {
      await expect(page.locator('#talk-clipper')).toHaveAttribute('data-theme', theme);
      return clipButton(page).evaluate((button) => getComputedStyle(button).backgroundColor);
    },
  };
}

function captureBrowser(context: BrowserContext): CaptureBrowser {
  return {
    openYouTube: async (path) => youTubeTab(await openYouTube(context, path)),
    readStoredData: () => readStoredData(context),
  };
}

for (const scenario of CAPTURE_SCENARIOS) {
  test(scenario.name, async ({ context }) => {
    await scenario.run(captureBrowser(context), expect);
  });
}
