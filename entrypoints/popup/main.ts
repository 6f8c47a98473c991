/**
 * The popup's entry, kept to a few KB (no Preact, no Dexie, no zod): the first page is
 * read with raw IndexedDB and painted as plain DOM (storage/first-read-raw.ts,
 * components/popup/first-paint.ts); then the app is loaded and renders over it
 * (./app.tsx). See docs/architecture.md §15.
 *
 * The page loads this `async` (wxt.config.ts), so it may run before the document is
 * parsed: the read starts at once, the paint waits for #app.
 */
import { endFirstPaint, paintFirstPage } from '../../components/popup/first-paint';
import { PAGE_SIZE } from '../../components/popup/popup-text';
import { readCurrentTripRaw } from '../../storage/first-read-raw';
import type { CurrentTripView } from '../../storage/queries';
import { appRoot } from '../../ui/app-root';
import { canOpenSidePanel } from '../../ui/side-panel';
import '../../ui/theme.css';
import './popup.css';

const reading = readCurrentTripRaw(indexedDB, PAGE_SIZE);


/** What the first paint shows (the app starts from it), or undefined when it showed nothing. */
async function paintFirst(root: HTMLElement): Promise<CurrentTripView | undefined> {
  const view = await reading;
  if (view === undefined) return undefined;
  try {
    paintFirstPage(root, view, { sidePanel: canOpenSidePanel() });
    return view;
  } catch {
    // A stored row this cannot show: the app reads and shows everything itself.
    return undefined;
  }
}

void appRoot('popup.html').then(async (root) => {
  const painted = paintFirst(root);
  // The app is loaded once the first page is painted (or nothing could be): fetched and
  // run alongside the read, its 130 KB held the read's answers back on the main thread.
  await painted;
  try {
    const { startPopupApp } = await import('./app');
    await startPopupApp(root, painted);
  } catch (failure) {
    endFirstPaint(root);
    const alert = document.createElement('p');
    alert.className = 'field-error';
    alert.setAttribute('role', 'alert');
    alert.textContent = `Could not load the popup (${failure instanceof Error ? failure.message : String(failure)}); close and reopen it.`;
    root.replaceChildren(alert);
  }
});
