import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CLIP_RATE_LIMIT, handleCapture } from '../background/capture-handler';
import { createRateLimiter } from '../background/rate-limit';
import { clipActiveTab, clipInTab } from '../background/clip-active-tab';
import { OPEN_SIDE_PANEL_COMMAND, OPEN_SIDE_PANEL_MENU_ID, openSidePanelFor } from '../background/open-side-panel';
import { matchAfterCapture } from '../background/match-after-capture';
import { onMessage, sendMessage } from '../messaging/protocol';
import { YOUTUBE_MATCHES } from '../youtube/hosts';

const CONTEXT_MENU_ID = 'clip-talk';

export default defineBackground(() => {
  const limits = { perTab: createRateLimiter<number>(CLIP_RATE_LIMIT), now: () => Date.now() };
  // Registered synchronously at start-up, so a message that wakes the worker is never lost.
  onMessage('captureClip', async ({ data, sender }) => {
    const result = await handleCapture(data, sender, browser.runtime.id, limits);
    // The answer goes out first; the match runs after it and tells only the frame that clipped.
    const tabId = sender.tab?.id;
    if (tabId !== undefined) matchAfterCapture(result, (renamed) => sendMessage('clipRenamed', renamed, { tabId, frameId: sender.frameId }));
    return result;
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'clip-talk') void clipActiveTab();
    else if (command === OPEN_SIDE_PANEL_COMMAND) void openSidePanelFor(tab);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: CONTEXT_MENU_ID,
      title: 'Clip talk',
      contexts: ['page', 'video', 'link'],
      documentUrlPatterns: [...YOUTUBE_MATCHES],
    });
    browser.contextMenus.create({
      id: OPEN_SIDE_PANEL_MENU_ID,
      title: 'Open side panel',
      contexts: ['page', 'video', 'link'],
      documentUrlPatterns: [...YOUTUBE_MATCHES],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CONTEXT_MENU_ID) void clipInTab(tab?.id);
    else if (info.menuItemId === OPEN_SIDE_PANEL_MENU_ID) void openSidePanelFor(tab);
  });
});
