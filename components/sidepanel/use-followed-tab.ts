/**
 * The tab a side panel follows: the one given (`?tabId=N`, what Pop out opens and tests
 * use), else the active tab of the panel's own window, followed as the user switches
 * tabs (tabs.onActivated needs no `tabs` permission; neither does tabs.query, whose
 * answer just lacks the URL — what plays in the tab is asked of its content script).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** undefined while looking; null when the window has no active tab. */
export type FollowedTab = number | null | undefined;

export function useFollowedTab(fixedTabId: number | null): FollowedTab {
  const [tabId, setTabId] = useState<FollowedTab>(fixedTabId ?? undefined);

  useEffect(() => {
    if (fixedTabId !== null) return;
    let active = true;
    let windowId: number | undefined;
    const lookUp = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (active) setTabId(tab?.id ?? null);
    };
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    void browser.windows
      .getCurrent()
      .then((window) => {
        windowId = window.id;
      })
      .catch(() => undefined);
    void lookUp().catch(() => active && setTabId(null));
    return () => {
      active = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [fixedTabId]);

  return tabId;
}

/** The `tabId` of `?tabId=N`, or null (follow the active tab). */
export function fixedTabIdOf(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}
