/**
 * Keyboard command and context menu: ask the YouTube tab to clip. The tab shows the
 * outcome under the player; where there is no YouTube tab, the toolbar badge says so.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';
import type { ClipResult } from '../messaging/protocol';

const BADGE_MS = 4000;

async function flashBadge(text: string, title: string): Promise<void> {
  await browser.action.setBadgeText({ text });
  await browser.action.setTitle({ title });
  setTimeout(() => {
    void browser.action.setBadgeText({ text: '' });
    void browser.action.setTitle({ title: 'Talk Clipper' });
  }, BADGE_MS);
}

export async function clipInTab(tabId: number | undefined): Promise<ClipResult | undefined> {
  if (tabId === undefined) return undefined;
  let result: ClipResult | undefined;
  try {
    result = await sendMessage('requestClip', undefined, tabId);
  } catch {
    result = undefined;
  }
  if (!result) await flashBadge('?', 'Open a YouTube video to clip a talk.');
  else if (result.status === 'refused') await flashBadge('!', result.message);
  else await flashBadge('✓', 'Talk clipped');
  return result;
}

export async function clipActiveTab(): Promise<ClipResult | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return clipInTab(tab?.id);
}
