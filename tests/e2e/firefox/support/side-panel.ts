/**
 * The side panel in Firefox as the tests open it: `sidepanel.html?tabId=N` in a tab of
 * its own (as Pop out does), and what its regions show, found by their accessible names
 * (a region's aria-label, a group's labelling heading).
 */
import type { Browser, Page } from 'puppeteer-core';
import { openExtensionPage } from './firefox-extension';

/** The YouTube tab's id, asked of the extension (tabs.query by URL: our hosts need no `tabs` permission). */
export async function youTubeTabId(browser: Browser, videoId: string): Promise<number> {
  const page = await openExtensionPage(browser, 'popup.html');
  try {
    return await page.evaluate(async (id: string) => {
      type Tabs = { query(filter: { url: string }): Promise<Array<{ id?: number; url?: string }>> };
      const { tabs } = (globalThis as unknown as { browser: { tabs: Tabs } }).browser;
      const found = (await tabs.query({ url: 'https://www.youtube.com/*' })).find((tab) => tab.url?.includes(id));
      if (found?.id === undefined) throw new Error(`no tab plays ${id}`);
      return found.id;
    }, videoId);
  } finally {
    await page.close();
  }
}

export function openSidePanel(browser: Browser, tabId: number): Promise<Page> {
  return openExtensionPage(browser, `sidepanel.html?tabId=${tabId}`);
}

/** The text of the region (aria-label) or group (aria-labelledby) named `name`; '' when there is none. */
export function namedText(panel: Page, name: string): Promise<string> {
  return panel.evaluate((wanted: string) => {
    const named = [...document.querySelectorAll('[aria-label], [aria-labelledby]')].find((element) => {
      const label = element.getAttribute('aria-label') ?? document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent;
      return label?.trim() === wanted;
    });
    return named?.textContent ?? '';
  }, name);
}

/** Waits until the region or group named `name` shows `text` (or, with `absent`, no longer shows it). */
export async function waitForNamed(panel: Page, name: string, text: string, { absent = false } = {}): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const shown = await namedText(panel, name);
    if (shown.includes(text) !== absent) return;
    if (Date.now() > deadline) throw new Error(`"${name}" ${absent ? 'still shows' : 'never showed'} "${text}"; it shows "${shown}"`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Waits until the panel's Now playing region shows `text`. */
export const waitForNowPlaying = (panel: Page, text: string) => waitForNamed(panel, 'Now playing', text);
