/**
 * The toolbar popup: the current trip (renameable), Clip talk, Open trip report, a
 * status line (with Undo after a delete) and the trip's clips, newest first, paged.
 *
 * Data comes straight from Dexie through live queries, so a clip stored by the
 * background while the popup is open shows up at once. Only one page of rows (plus
 * the count) is ever read, whatever the size of the trip.
 *
 * First render is on a budget (bench: within 1.25x of a raw IndexedDB page reading 50
 * rows): the first read is started by main.tsx before the first paint (`first`), and the
 * count is one key lookup in the same transaction (storage/clip-counts.ts). Only
 * zod-free reads load with the popup; writes (storage/clips, storage/trips, with their
 * validation) and the editor are imported when first used.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '../model/types';
import { getClip, getCurrentTripWithClips } from '../storage/queries';
import type { CurrentTripView } from '../storage/queries';
import { EMPTY_TRIP_MESSAGE, clipResultMessage, deletedMessage, restoredMessage, shownCountMessage } from '../ui/messages';
import { useLiveQuery } from '../ui/use-live-query';
import { userMessageOf } from '../ui/use-autosave';
import { canOpenSidePanel, currentWindowId, openSidePanel } from '../ui/side-panel';
import { ClipItem } from './ClipItem';
import { ClipList } from './ClipList';
import { TripNameField } from './TripNameField';

export const PAGE_SIZE = 50;
export const UNDO_MS = 10_000;

interface Status {
  text: string;
  /** Rows that Undo puts back, while the undo window lasts. */
  undo?: Clip[];
  /** Shown as an error (role=alert) rather than a polite status. */
  error?: boolean;
}

export interface PopupAppProps {
  /** The first page, already being read (main.tsx starts it before the first paint). */
  first?: Promise<CurrentTripView>;
}

export function PopupApp({ first }: PopupAppProps) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  // The trip, its first rows and its count: one live query (one transaction), re-run
  // when any of them changes.
  const viewQuery = useLiveQuery<CurrentTripView>(() => getCurrentTripWithClips({ offset: 0, limit }), [limit], first);
  const trip = viewQuery.value?.trip;
  const tripId = trip?.id;
  const rows = viewQuery.value?.clips ?? [];
  const loading = viewQuery.value === undefined && viewQuery.error === undefined;
  /** The trip's clip count once known; never less than the rows shown. */
  const total = viewQuery.value === undefined ? undefined : Math.max(viewQuery.value.total, rows.length);

  // Another trip became current (from the report page): start again at the first page.
  const shownTrip = useRef(tripId);
  useEffect(() => {
    if (shownTrip.current === tripId) return;
    shownTrip.current = tripId;
    setLimit(PAGE_SIZE);
  }, [tripId]);

  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ text: '' });
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const clipping = useRef(false);
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const clipButtonRef = useRef<HTMLButtonElement>(null);
  const focusRowAfterMore = useRef<number | null>(null);

  // A highlighted clip outside the loaded page (an old duplicate) is shown on its own.
  const highlightLoaded = highlightId !== null && rows.some((clip) => clip.id === highlightId);
  const pinnedQuery = useLiveQuery(
    () => (highlightId !== null && !highlightLoaded ? getClip(highlightId) : undefined),
    [highlightId, highlightLoaded],
  );
  const pinned = highlightId !== null && !highlightLoaded ? pinnedQuery.value : undefined;

  useEffect(() => () => clearTimeout(undoTimer.current), []);

  // Opening the side panel must happen inside the click, with no await before it: know the window now.
  const windowId = useRef<number | undefined>(undefined);
  useEffect(() => {
    void currentWindowId().then((id) => (windowId.current = id));
  }, []);
  const openPanel = () => {
    void openSidePanel(windowId.current).then((opened) => {
      if (opened) window.close();
      else say({ text: 'This browser did not open the side panel: try its keyboard shortcut, Alt+Shift+S.', error: true });
    });
  };

  const say = useCallback((next: Status) => {
    clearTimeout(undoTimer.current);
    undoTimer.current = undefined;
    setStatus(next);
    if (next.undo !== undefined) {
      undoTimer.current = setTimeout(() => {
        undoTimer.current = undefined;
        setStatus((current) => ({ text: current.text }));
      }, UNDO_MS);
    }
  }, []);

  const clipTalk = async () => {
    if (clipping.current) return;
    clipping.current = true;
    setBusy(true);
    try {
      // Messaging (and the browser API polyfill) is loaded on the first click, not with the list.
      const { requestClipFromTab } = await import('../ui/request-clip');
      const result = await requestClipFromTab();
      say({ text: clipResultMessage(result), error: result === undefined || result.status === 'refused' });
      if (result !== undefined && result.status !== 'refused') setHighlightId(result.clip.id);
    } catch (failure) {
      // Only the import can fail (requestClipFromTab answers undefined rather than throw).
      say({ text: `Could not clip the talk: ${failure instanceof Error ? failure.message : String(failure)}`, error: true });
    } finally {
      clipping.current = false;
      setBusy(false);
    }
  };

  const openReport = async () => {
    try {
      const { openTripReport } = await import('../ui/request-clip');
      await openTripReport();
    } catch (failure) {
      say({ text: `Could not open the trip report: ${failure instanceof Error ? failure.message : String(failure)}`, error: true });
    }
  };

  const toggle = useCallback((id: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

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
        setExpanded((current) => {
          if (!current.has(clip.id)) return current;
          const next = new Set(current);
          next.delete(clip.id);
          return next;
        });
        // Deleting again inside the undo window adds to what Undo restores.
        const undo = [...(undoTimer.current !== undefined ? (status.undo ?? []) : []), ...deleted];
        say({ text: deletedMessage(undo), undo });
      } catch (failure) {
        say({ text: userMessageOf(failure), error: true });
      }
    },
    [say, status.undo],
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

  const showMore = () => {
    focusRowAfterMore.current = rows.length;
    setLimit((current) => current + PAGE_SIZE);
  };

  // When the last page came in, the Show more button is gone: focus the first new row.
  useEffect(() => {
    const first = focusRowAfterMore.current;
    if (first === null || rows.length <= first) return;
    focusRowAfterMore.current = null;
    if (total === undefined || rows.length < total) return; // the button is still there and keeps focus
    listRef.current?.children[first]?.querySelector<HTMLElement>('[data-row-focus]')?.focus();
  }, [rows.length, total]);

  const loadError = viewQuery.error;
  const tripName = trip?.name ?? '';

  return (
    <div class="popup">
      <header class="popup-header">
        {trip !== undefined ? (
          <TripNameField key={trip.id} trip={trip} />
        ) : (
          !loading && <p class="no-trip">No trip yet: your first clip starts one.</p>
        )}
        <div class="header-actions">
          <button type="button" ref={clipButtonRef} class="button-primary" onClick={() => void clipTalk()} aria-busy={busy}>
            Clip talk
          </button>
          <button type="button" onClick={() => void openReport()}>
            Open trip report
          </button>
        </div>
        {canOpenSidePanel() && (
          <button type="button" class="button-small" onClick={openPanel}>
            Open side panel
          </button>
        )}
        <div class="status-bar">
          <p class={status.error === true ? 'status status-error' : 'status'} role="status">
            {status.text}
          </p>
          {status.undo !== undefined && (
            <button type="button" class="button-small" onClick={() => void undo()}>
              Undo
            </button>
          )}
        </div>
      </header>

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
          label={trip !== undefined ? `Clips in ${tripName}` : 'Clips'}
          expandedIds={expanded}
          onToggle={toggle}
          onDelete={remove}
          highlightId={highlightId}
        />

        {!loading && rows.length === 0 && <p class="empty">{EMPTY_TRIP_MESSAGE}</p>}

        {total !== undefined && rows.length < total && (
          <button type="button" class="show-more" onClick={showMore}>
            Show more
          </button>
        )}
      </main>
    </div>
  );
}
