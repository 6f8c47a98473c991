/**
 * Clip talk from an extension page: asks the content script of the target tab to clip,
 * and answers its ClipResult, or undefined when no content script answered (not a
 * YouTube tab, or the page was loaded before the extension).
 */
import { browser } from 'wxt/browser';
import type { PublicPath } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';
import type { ClipResult } from '../messaging/protocol';
import { isClipResult } from './messages';

/** The tab to clip: the active tab of the window the popup belongs to. */
async function targetTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function requestClipFromTab(): Promise<ClipResult | undefined> {
  try {
    const tabId = await targetTabId();
    return tabId === undefined ? undefined : await requestClipInTab(tabId);
  } catch {
    return undefined;
  }
}

/** Asks one tab's content script to clip (the side panel's Clip talk). */
export async function requestClipInTab(tabId: number): Promise<ClipResult | undefined> {
  try {
    const answer: unknown = await sendMessage('requestClip', undefined, tabId);
    return isClipResult(answer) ? answer : undefined;
  } catch {
    // "Could not establish connection. Receiving end does not exist." and the like.
    return undefined;
  }
}

/** The report page's path. Typed loosely: WXT only lists it in PublicPath once entrypoints/report exists. */
const REPORT_PATH = '/report.html' as string as PublicPath;

export async function openTripReport(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(REPORT_PATH) });
}
