/** The fake YouTube page as a Playwright test sees it: the Clip talk button, its status, seeking. */
import type { Page } from '@playwright/test';
import type { FakeYtWindow } from '../../fixtures/youtube/fake-yt';

export const clipButton = (page: Page) => page.getByRole('button', { name: 'Clip talk' });

/** The status message beside the page's Clip talk button. */
export const pageStatus = (page: Page) => page.locator('#talk-clipper').getByRole('status');

export async function seek(page: Page, seconds: number): Promise<void> {
  await page.evaluate(async (s) => {
    const fake = (window as unknown as FakeYtWindow).__fakeYt;
    fake.seek(s);
    await fake.ready();
  }, seconds);
}

export async function navigateInPage(page: Page, videoId: string, playerLagMs: number): Promise<void> {
  await page.evaluate(([id, lag]) => (window as unknown as FakeYtWindow).__fakeYt.navigate(id, { playerLagMs: lag }), [videoId, playerLagMs] as const);
}

export async function setAd(page: Page, showing: boolean): Promise<void> {
  await page.evaluate((on) => (window as unknown as FakeYtWindow).__fakeYt.setAd(on), showing);
}
