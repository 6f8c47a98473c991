/**
 * The toolbar popup: the current trip (renameable), Clip talk, Open trip report, a
 * status line (with Undo after a delete) and the trip's clips, newest first, paged.
 *
 * Data comes straight from Dexie through live queries, so a clip stored by the
 * background while the popup is open shows up at once. Only one page of rows (plus
 * the count) is ever read, whatever the size of the trip.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Clip, Trip } from '../model/types';
import { countClipsOfTrip, deleteClips, getClip, listClipsOfTrip, restoreClips } from '../storage/clips';
import { getCurrentTrip } from '../storage/trips';
import { EMPTY_TRIP_MESSAGE, clipResultMessage, deletedMessage, restoredMessage, shownCountMessage } from '../ui/messages';
import { openTripReport, requestClipFromTab } from '../ui/request-clip';
import { useLiveQuery } from '../ui/use-live-query';
import { userMessageOf } from '../ui/use-autosave';
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

interface PopupView {
  trip: Trip | undefined;
  /** The newest `limit` clips of the trip. */
  rows: Clip[];
  total: number;
}

export function PopupApp() {
  const [limit, setLimit] = useState(PAGE_SIZE);
  // One query for the trip and its first rows: the first render needs both, and a
  // single live query spares a round trip (and re-runs when either changes).
  const viewQuery = useLiveQuery<PopupView>(async () => {
    const trip = await getCurrentTrip();
    if (trip === undefined) return { trip, rows: [], total: 0 };
    const [rows, total] = await Promise.all([listClipsOfTrip(trip.id, { offset: 0, limit }), countClipsOfTrip(trip.id)]);
    return { trip, rows, total };
  }, [limit]);
  const trip = viewQuery.value?.trip;
  const tripId = trip?.id;
  const rows = viewQuery.value?.rows ?? [];
  const total = viewQuery.value?.total ?? 0;
  const loading = viewQuery.value === undefined && viewQuery.error === undefined;

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
      const result = await requestClipFromTab();
      say({ text: clipResultMessage(result), error: result === undefined || result.status === 'refused' });
      if (result !== undefined && result.status !== 'refused') setHighlightId(result.clip.id);
    } finally {
      clipping.current = false;
      setBusy(false);
    }
  };

  const openReport = async () => {
    try {
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
    if (rows.length < total) return; // the button is still there and keeps focus
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

        {trip !== undefined && total > 0 && <p class="list-count">{shownCountMessage(rows.length, total)}</p>}

        <ClipList
          listRef={listRef}
          clips={rows}
          label={trip !== undefined ? `Clips in ${tripName}` : 'Clips'}
          expandedIds={expanded}
          onToggle={toggle}
          onDelete={remove}
          highlightId={highlightId}
        />

        {!loading && total === 0 && <p class="empty">{EMPTY_TRIP_MESSAGE}</p>}

        {rows.length < total && (
          <button type="button" class="show-more" onClick={showMore}>
            Show more
          </button>
        )}
      </main>
    </div>
  );
}
