/**
 * Opening the side panel: Chrome's `sidePanel.open` and Firefox's `sidebarAction.open`
 * both demand a user gesture, and the gesture does not survive an `await`: call
 * `openSidePanel` synchronously inside the click (or command, or menu) handler, with a
 * window id found beforehand. Reads the browser's own globals rather than the polyfill,
 * so the popup opens it without loading anything first.
 */
interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

function api<T>(root: string, name: string): T | undefined {
  const namespace: unknown = Reflect.get(globalThis, root);
  if (typeof namespace !== 'object' || namespace === null) return undefined;
  const value: unknown = Reflect.get(namespace, name);
  return typeof value === 'object' && value !== null ? (value as T) : undefined;
}

/** Whether this browser has a side panel (Chrome) or sidebar (Firefox) to open. */
export function canOpenSidePanel(): boolean {
  return api<FirefoxSidebarAction>('browser', 'sidebarAction') !== undefined || api<ChromeSidePanel>('chrome', 'sidePanel') !== undefined;
}

/**
 * Opens the panel in `windowId` (Chrome needs it; Firefox opens it in the current window).
 * Resolves false when this browser cannot, or refused (no gesture, no window).
 */
export function openSidePanel(windowId: number | undefined): Promise<boolean> {
  const sidebar = api<FirefoxSidebarAction>('browser', 'sidebarAction');
  const sidePanel = api<ChromeSidePanel>('chrome', 'sidePanel');
  try {
    const opening = sidebar !== undefined ? sidebar.open() : sidePanel !== undefined && windowId !== undefined ? sidePanel.open({ windowId }) : undefined;
    if (opening === undefined) return Promise.resolve(false);
    return opening.then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/** The id of the window this page belongs to (ask early: the click cannot wait for it). */
export function currentWindowId(): Promise<number | undefined> {
  const windows = api<{ getCurrent(): Promise<{ id?: number }> }>('browser', 'windows') ?? api<{ getCurrent(): Promise<{ id?: number }> }>('chrome', 'windows');
  if (windows === undefined) return Promise.resolve(undefined);
  try {
    return windows.getCurrent().then(
      (window) => window.id,
      () => undefined,
    );
  } catch {
    return Promise.resolve(undefined);
  }
}

/** The panel's path for one tab: what Pop out opens, and what tests load. */
export function sidePanelPathFor(tabId: number): string {
  return `/sidepanel.html?tabId=${tabId}`;
}
