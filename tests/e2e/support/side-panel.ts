/**
 * The side panel as a Playwright test opens it: `sidepanel.html?tabId=N` in a page of its
 * own, bound to the YouTube tab (as Pop out does). The tab id comes from the extension's
 * service worker: tabs.query by URL needs no `tabs` permission for our YouTube hosts.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { extensionServiceWorker } from './chromium-extension';

export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  const worker = await extensionServiceWorker(context);
  const url = page.url();
  const id = await worker.evaluate(async (wanted) => {
    type Tabs = { query(filter: { url: string }): Promise<Array<{ id?: number; url?: string }>> };
    const { tabs: api } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const tabs = await api.query({ url: 'https://www.youtube.com/*' });
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

export async function openSidePanelPage(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/** The panel's "Now playing" region: stream, talk now on, position. */
export const nowPlaying = (panel: Page) => panel.getByRole('region', { name: 'Now playing' });
