import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clipActiveTab } from '../../../background/clip-active-tab';
import type { ClipResult } from '../../../messaging/protocol';

type SentMessage = { type: string; data: unknown; tabId?: number };

/**
 * The keyboard command and the context menu ask the active tab to clip through the same
 * `requestClip` message as the popup. Messages leave through browser.tabs.sendMessage
 * (messaging/protocol.ts), so the test stands in for the tab's content script there.
 */
function answerInTab(answer: (message: SentMessage) => ClipResult | undefined): SentMessage[] {
  const sent: SentMessage[] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((tabId: number, message: unknown) => {
    const envelope = message as SentMessage;
    sent.push({ ...envelope, tabId });
    const result = answer(envelope);
    // No content script answers: what the browser says then.
    if (result === undefined) return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    return Promise.resolve({ res: result });
  });
  return sent;
}

let activeTabId: number | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue();
  // WXT's fake browser keeps no active tab, so the window's active tab is given here.
  const tab = await fakeBrowser.tabs.create({ url: 'https://www.youtube.com/watch?v=Ch3Bs3K4Oeo' });
  activeTabId = tab.id;
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true }]);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('clipping the active tab (keyboard command, context menu)', () => {
  it('sends requestClip to the active tab, and the toolbar badge shows a refusal', async () => {
    const refused: ClipResult = { status: 'refused', code: 'ad', message: 'An ad is playing.' };
    const sent = answerInTab(() => refused);
    const result = await clipActiveTab();
    expect(sent).toHaveLength(1);
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sent[0]).toMatchObject({ type: 'requestClip', tabId: activeTabId });
    expect(result).toEqual(refused);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(fakeBrowser.action.setTitle).toHaveBeenCalledWith({ title: 'An ad is playing.' });
  });

  it('says where to go when no YouTube page answers', async () => {
    answerInTab(() => undefined);
    expect(await clipActiveTab()).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
    expect(fakeBrowser.action.setTitle).toHaveBeenCalledWith({ title: 'Open a YouTube video to clip a talk.' });
  });
});
