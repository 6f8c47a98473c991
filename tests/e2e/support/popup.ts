/**
 * The popup, opened as a page of its own. A real popup belongs to the window whose
 * active tab it clips; here the popup page sits in a background tab and the YouTube tab
 * is brought to the front, so "the active tab of the current window" is the video.
 */
import type { BrowserContext, Page } from '@playwright/test';

export async function openPopup(context: BrowserContext, extensionId: string, activeTab?: Page): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  if (activeTab) await activeTab.bringToFront();
  return popup;
}
