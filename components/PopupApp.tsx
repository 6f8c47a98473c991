/**
 * The toolbar popup: the current trip (renameable), Clip talk, Open trip report, a
 * status line (with Undo after a delete) and the trip's clips, newest first, paged.
 *
 * Data comes straight from Dexie through live queries, so a clip stored by the
 * background while the popup is open shows up at once. Only one page of rows (plus
 * the count) is ever read, whatever the size of the trip.
 *
 * First render is on a budget (bench: within 1.25x of a raw IndexedDB page reading 50
 * rows): entrypoints/popup/main.ts reads the first page with raw IndexedDB and paints it
 * in plain DOM (components/popup/first-paint.ts) before this loads; PopupApp then starts
 * from that same data (`initial`), so its first render is the painted page and Preact
 * keeps its nodes. Only zod-free reads load with the popup; writes (storage/clips,
 * storage/trips, with their validation) and the editor are imported when first used.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { Clip } from '../model/types';
import { getClip } from '../storage/queries';
import type { CurrentTripView } from '../storage/queries';
import { EMPTY_TRIP_MESSAGE, deletedMessage, renamedClipMessage, restoredMessage, shownCountMessage } from '../ui/messages';
import { useLiveQuery } from '../ui/use-live-query';
import { userMessageOf } from '../ui/use-autosave';
import { ClipItem } from './ClipItem';
import { ClipList } from './ClipList';
import { PopupHeader } from './popup/PopupHeader';
import { SHOW_MORE, clipListLabel } from './popup/popup-text';
import { useCurrentTripPage } from './popup/use-current-trip-page';
import { useExpandedRows } from './popup/use-expanded-rows';
import { useHeaderActions } from './popup/use-header-actions';
import { useStatusLine } from './popup/use-status-line';

export { PAGE_SIZE } from './popup/popup-text';
export { UNDO_MS } from './popup/use-status-line';

export interface PopupAppProps {
  /** The first page as the plain-DOM first paint read and showed it. */
  initial?: CurrentTripView;
  /** The first page, already being read (when nothing was painted). */
  first?: Promise<CurrentTripView>;
}

export function PopupApp({ initial, first }: PopupAppProps) {
  const { trip, rows, total, loading, error: loadError, showMore, listRef } = useCurrentTripPage({ initial, first });
  const { expanded, toggle, collapse } = useExpandedRows();
  const { status, say, undoable } = useStatusLine();
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const clipButtonRef = useRef<HTMLButtonElement>(null);
  const actions = useHeaderActions(say, (clip) => setHighlightId(clip.id));

  // A highlighted clip outside the loaded page (an old duplicate) is shown on its own.
  const highlightLoaded = highlightId !== null && rows.some((clip) => clip.id === highlightId);
  const pinnedQuery = useLiveQuery(
    () => (highlightId !== null && !highlightLoaded ? getClip(highlightId) : undefined),
    [highlightId, highlightLoaded],
  );
  const pinned = highlightId !== null && !highlightLoaded ? pinnedQuery.value : undefined;
  // The clip just taken, as the live query reads it: the match after the capture renames it a moment later.
  const announcedId = status.announced?.status === 'saved' ? status.announced.clip.id : undefined;
  const renamed = renamedClipMessage(status.announced, rows.find((clip) => clip.id === announcedId) ?? (pinned?.id === announcedId ? pinned : undefined));
  const shownStatus = renamed === undefined ? status : { ...status, text: renamed };

  const remove = useCallback(
    async (clip: Clip, row: HTMLLIElement | null) => {
      // Focus a neighbour's Edit button before the row goes away, so keyboard users stay in the list.
      const neighbour = (row?.nextElementSibling ?? row?.previousElementSibling) as HTMLElement | null | undefined;
      try {
        // The writes (with zod) are loaded on first use, not with the popup.
        const { deleteClips } = await import('../storage/clips');
        const deleted = await deleteClips([clip.id]);
        const focusTarget = neighbour?.querySelector<HTMLElement>('[data-row-focus]') ?? clipButtonRef.current;
        focusTarget?.focus();
        collapse(clip.id);
        // Deleting again inside the undo window adds to what Undo restores.
        const undo = [...undoable(), ...deleted];
        say({ text: deletedMessage(undo), undo });
      } catch (failure) {
        say({ text: userMessageOf(failure), error: true });
      }
    },
    [say, undoable, collapse],
  );

  const undo = async () => {
    const rowsToRestore = status.undo;
    if (rowsToRestore === undefined) return;
    try {
      const { restoreClips } = await import('../storage/clips');
      await restoreClips(rowsToRestore);
      say({ text: restoredMessage(rowsToRestore) });
      clipButtonRef.current?.focus();
    } catch (failure) {
      say({ text: userMessageOf(failure), error: true, undo: rowsToRestore });
    }
  };

  return (
    <div class="popup">
      <PopupHeader trip={trip} loading={loading} actions={actions} status={shownStatus} onUndo={() => void undo()} clipButtonRef={clipButtonRef} />

      <main class="popup-main">
        {loadError !== undefined && (
          <p class="field-error" role="alert">
            Could not read your clips: {userMessageOf(loadError).replace(/^Saving failed: /, '')}
          </p>
        )}

        {pinned !== undefined && (
          <ul class="clip-list clip-list-pinned" role="list" aria-label="Clip already taken">
            <ClipItem clip={pinned} expanded={expanded.has(pinned.id)} onToggle={toggle} onDelete={remove} highlighted />
          </ul>
        )}

        {trip !== undefined && total !== undefined && total > 0 && <p class="list-count">{shownCountMessage(rows.length, total)}</p>}

        <ClipList
          listRef={listRef}
          clips={rows}
          label={clipListLabel(trip?.name)}
          expandedIds={expanded}
          onToggle={toggle}
          onDelete={remove}
          highlightId={highlightId}
        />

        {!loading && rows.length === 0 && <p class="empty">{EMPTY_TRIP_MESSAGE}</p>}

        {total !== undefined && rows.length < total && (
          <button type="button" class="show-more" onClick={showMore}>
            {SHOW_MORE}
          </button>
        )}
      </main>
    </div>
  );
}
