/**
 * The popup's first paint in plain DOM, before Preact, Dexie and the rest of the popup's
 * JavaScript have loaded (entrypoints/popup/main.ts): the same markup, classes, text and
 * accessible names as PopupApp's first render with the same data, so that when the app
 * renders over it (Preact reuses the nodes it finds) nothing on screen changes.
 *
 * Until the app has taken over, the region is `inert` and `aria-busy`: it looks finished
 * and is read as busy, and a click or a key on it does nothing (no action is queued to
 * fire later, when the row may have changed). The app lifts both once it has rendered.
 *
 * Stored text is untrusted: it only ever goes in through textContent, attribute values
 * and the input's value, never as markup.
 */
import type { CurrentTripView } from '../../storage/queries';
import { EMPTY_TRIP_MESSAGE, shownCountMessage } from '../../ui/messages';
import { WATCH_AT, clipRowView } from '../../ui/clip-row-view';
import type { Clip } from '../../model/types';
import { elementMaker, showFirstPaint } from '../../ui/plain-dom';
import type { MakeElement } from '../../ui/plain-dom';
import { CLIP_TALK, NO_TRIP_MESSAGE, OPEN_SIDE_PANEL, OPEN_TRIP_REPORT, SHOW_MORE, TRIP_NAME_LABEL, clipListLabel } from './popup-text';

export interface FirstPaintOptions {
  /** Whether the popup shows Open side panel (ui/side-panel.ts canOpenSidePanel). */
  sidePanel: boolean;
}

export { endFirstPaint } from '../../ui/plain-dom';

/** Replaces `root`'s content with the popup showing `view`, made inert until the app takes over. */
export function paintFirstPage(root: HTMLElement, view: CurrentTripView, options: FirstPaintOptions): void {
  // Built whole before it is attached: a row that cannot be shown leaves nothing half-painted.
  showFirstPaint(root, firstPage(root.ownerDocument, view, options));
}

function firstPage(doc: Document, view: CurrentTripView, options: FirstPaintOptions): HTMLElement {
  const el = elementMaker(doc);
  const { trip, clips } = view;
  const total = Math.max(view.total, clips.length);

  const header = el('header', { class: 'popup-header' });
  if (trip !== undefined) {
    const id = 'first-paint-trip-name';
    const input = el('input', { id, type: 'text', 'aria-invalid': 'false', autocomplete: 'off' }) as HTMLInputElement;
    // Properties, as Preact sets them (the browser reflects spellcheck as an attribute).
    input.spellcheck = false;
    input.value = trip.name;
    header.append(el('div', { class: 'field trip-name' }, el('label', { for: id }, TRIP_NAME_LABEL), input));
  } else {
    header.append(el('p', { class: 'no-trip' }, NO_TRIP_MESSAGE));
  }
  header.append(
    el(
      'div',
      { class: 'header-actions' },
      el('button', { type: 'button', class: 'button-primary', 'aria-busy': 'false' }, CLIP_TALK),
      el('button', { type: 'button' }, OPEN_TRIP_REPORT),
    ),
  );
  if (options.sidePanel) header.append(el('button', { type: 'button', class: 'button-small' }, OPEN_SIDE_PANEL));
  header.append(el('div', { class: 'status-bar' }, el('p', { class: 'status', role: 'status' })));

  const main = el('main', { class: 'popup-main' });
  if (trip !== undefined && total > 0) main.append(el('p', { class: 'list-count' }, shownCountMessage(clips.length, total)));
  main.append(el('ul', { class: 'clip-list', role: 'list', 'aria-label': clipListLabel(trip?.name) }, ...clips.map((clip) => row(el, clip))));
  if (clips.length === 0) main.append(el('p', { class: 'empty' }, EMPTY_TRIP_MESSAGE));
  if (clips.length < total) main.append(el('button', { type: 'button', class: 'show-more' }, SHOW_MORE));

  return el('div', { class: 'popup' }, header, main);
}

/** A collapsed ClipItem (components/ClipItem.tsx). */
function row(el: MakeElement, clip: Clip): HTMLElement {
  const view = clipRowView(clip);
  const meta = el(
    'span',
    { class: 'clip-meta' },
    el('a', { class: 'clip-time', href: view.href, target: '_blank', rel: 'noopener noreferrer' }, el('span', { class: 'visually-hidden' }, WATCH_AT), view.clock),
  );
  if (view.speakers !== undefined) meta.append(el('span', { class: 'clip-speakers' }, view.speakers));
  for (const chip of view.chips) meta.append(el('span', { class: chip.className }, chip.label));
  return el(
    'li',
    { class: 'clip', 'data-clip-id': clip.id },
    el(
      'div',
      { class: 'clip-head' },
      el('div', { class: 'clip-main' }, el('span', { class: 'clip-title' }, view.title), meta),
      el(
        'div',
        { class: 'clip-actions' },
        el('button', { type: 'button', class: 'button-small', 'data-row-focus': 'true', 'aria-label': view.editLabel, 'aria-expanded': 'false' }, 'Edit'),
        el('button', { type: 'button', class: 'button-small button-danger', 'aria-label': view.deleteLabel }, 'Delete'),
      ),
    ),
  );
}
