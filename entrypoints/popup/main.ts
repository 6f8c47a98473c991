/**
 * The popup's entry, kept to a few KB (no Preact, no Dexie, no zod): the first page is
 * read with raw IndexedDB and painted as plain DOM (storage/current-trip-raw.ts,
 * components/popup/first-paint.ts) while the app's JavaScript loads; the app then
 * renders over it (./app.tsx). See docs/architecture.md §15.
 */
import { endFirstPaint, paintFirstPage } from '../../components/popup/first-paint';
import { PAGE_SIZE } from '../../components/popup/popup-text';
import { readCurrentTripRaw } from '../../storage/current-trip-raw';
import type { CurrentTripView } from '../../storage/queries';
import { canOpenSidePanel } from '../../ui/side-panel';
import '../../ui/theme.css';
import './popup.css';

const root = document.getElementById('app');
if (root === null) throw new Error('popup.html has no #app element');

/** What the first paint shows (the app starts from it), or undefined when it showed nothing. */
const painted: Promise<CurrentTripView | undefined> = readCurrentTripRaw(indexedDB, PAGE_SIZE).then((view) => {
  if (view === undefined) return undefined;
  try {
    paintFirstPage(root, view, { sidePanel: canOpenSidePanel() });
    return view;
  } catch {
    // A stored row this cannot show: the app reads and shows everything itself.
    return undefined;
  }
});

// The app is loaded once the first page is painted (or nothing could be): fetched and run
// alongside the read, its 100 KB held the read's answers back on the main thread.
painted.then(() => import('./app')).then(
  ({ startPopupApp }) => startPopupApp(root, painted),
  (failure: unknown) => {
    endFirstPaint(root);
    const alert = document.createElement('p');
    alert.className = 'field-error';
    alert.setAttribute('role', 'alert');
    alert.textContent = `Could not load the popup (${failure instanceof Error ? failure.message : String(failure)}); close and reopen it.`;
    root.replaceChildren(alert);
  },
);
