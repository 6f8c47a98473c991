/**
 * The popup app, loaded by main.ts while the first page is read and painted in plain
 * DOM: renders PopupApp over that paint, starting from the same data, so Preact reuses
 * the painted nodes (no flicker, no second set of rows), then makes the region live.
 */
import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { endFirstPaint } from '../../components/popup/first-paint';
import { PAGE_SIZE } from '../../components/popup/popup-text';
import { db } from '../../storage/db';
import { getCurrentTripWithClips } from '../../storage/queries';
import type { CurrentTripView } from '../../storage/queries';

export async function startPopupApp(root: HTMLElement, painted: Promise<CurrentTripView | undefined>): Promise<void> {
  // Open Dexie's connection now, while the first paint is read (or already shown).
  void db.open().catch(() => undefined);
  const view = await painted;
  if (view !== undefined) {
    render(<PopupApp initial={view} />, root);
  } else {
    // Nothing painted (no database yet, an older one Dexie is about to upgrade, a row the
    // first paint could not show): the app reads for itself.
    root.replaceChildren();
    render(<PopupApp first={getCurrentTripWithClips({ offset: 0, limit: PAGE_SIZE })} />, root);
  }
  endFirstPaint(root);
}
