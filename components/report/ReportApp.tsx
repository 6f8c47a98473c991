/**
 * The trip-report page (issue #4): pick, create, edit and delete trips; review a trip's
 * clips at scale (search, filters, sort, grouping by stream, multi-select bulk actions
 * with Undo, editing with the shared ClipEditor); backup and restore; and the export
 * panel.
 *
 * Data comes from Dexie live queries, so changes made anywhere (popup, background
 * capture, another tab) show up at once. All clips of the shown trip are read (search
 * and filters need them), but only one page of rows (PAGE_SIZE) is rendered.
 *
 * One status region (role=status, with Undo after deletes) and one alert (role=alert,
 * the storage layer's sentence) serve the whole page.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clip, Rating, TalkKind, Trip } from '../../model/types';
import { deleteClips, listClipsOfTrip, restoreClips, updateClips } from '../../storage/clips';
import { createTrip, deleteTrip, getCurrentTripId, listTrips, restoreTrip, setCurrentTrip } from '../../storage/trips';
import { KIND_LABELS, RATING_LABELS } from '../../ui/fields';
import { useLiveQuery } from '../../ui/use-live-query';
import { userMessageOf } from '../../ui/use-autosave';
// Export panel (another helper's component): rendered in the "Export" section below.
import { ExportPanel } from '../export/ExportPanel';
import { BackupControls } from './BackupControls';
import { BulkActions } from './BulkActions';
import { ClipFilters } from './ClipFilters';
import type { ClipQuery } from './clip-view';
import {
  EMPTY_QUERY,
  NO_DAY_FILTER,
  cachedSearchText,
  clipMatcher,
  filterOptions,
  groupByStream,
  pageOf,
  selectedAmong,
  sortClips,
  streamRanks,
  talkDurations,
  validFilter,
} from './clip-view';
import { ClipTable } from './ClipTable';
import {
  clipCount,
  deletedClipsMessage,
  deletedTripMessage,
  kindMessage,
  listCountMessage,
  movedMessage,
  ratedMessage,
  restoredClipsMessage,
} from './report-messages';
import { TripForm } from './TripForm';
import { TripSelector } from './TripSelector';

/** Rows rendered at once; the rest is reached with Previous / Next page. */
export const PAGE_SIZE = 100;

type Undo = { kind: 'clips'; rows: Clip[] } | { kind: 'trip'; trip: Trip; clips: Clip[]; wasCurrent: boolean };

interface Status {
  text: string;
  undo?: Undo;
}

interface TripClips {
  tripId: string | undefined;
  clips: Clip[];
}

const NO_CLIPS: Clip[] = [];

/** `?trip=<id>` keeps the shown trip across reloads. */
function tripIdFromUrl(): string | undefined {
  return new URLSearchParams(location.search).get('trip') ?? undefined;
}

function rememberTripInUrl(id: string | undefined): void {
  const url = new URL(location.href);
  if (id === undefined) url.searchParams.delete('trip');
  else url.searchParams.set('trip', id);
  if (url.href !== location.href) history.replaceState(null, '', url);
}

export function ReportApp() {
  const tripsQuery = useLiveQuery(() => listTrips(), []);
  const currentQuery = useLiveQuery(() => getCurrentTripId(), []);
  const trips = tripsQuery.value ?? [];
  const currentId = currentQuery.value;

  const [wantedId, setWantedId] = useState<string | undefined>(tripIdFromUrl);
  // The shown trip: the one asked for, else the current one, else the newest.
  const trip = trips.find((t) => t.id === wantedId) ?? trips.find((t) => t.id === currentId) ?? trips[0];
  const tripId = trip?.id;

  useEffect(() => {
    if (!tripsQuery.loading && !currentQuery.loading) rememberTripInUrl(tripId);
  }, [tripId, tripsQuery.loading, currentQuery.loading]);

  useEffect(() => {
    document.title = trip !== undefined ? `${trip.name} — Trip report — Talk Clipper` : 'Trip report — Talk Clipper';
  }, [trip?.name]);

  const clipsQuery = useLiveQuery<TripClips>(
    async () => ({ tripId, clips: tripId === undefined ? [] : await listClipsOfTrip(tripId) }),
    [tripId],
  );
  // While another trip's clips are still showing, show none rather than the wrong ones.
  const clipsReady = clipsQuery.value !== undefined && clipsQuery.value.tripId === tripId;
  const clips = clipsReady ? (clipsQuery.value?.clips ?? NO_CLIPS) : NO_CLIPS;

  const [query, setQuery] = useState<ClipQuery>(EMPTY_QUERY);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<Status>({ text: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const undoRef = useRef<HTMLButtonElement>(null);
  const clipsHeadingRef = useRef<HTMLHeadingElement>(null);
  const tripFormRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<'undo' | 'clips' | 'trip-name' | null>(null);

  // A different trip starts with a fresh review (the sort is kept).
  useEffect(() => {
    setQuery((current) => ({ ...EMPTY_QUERY, sort: current.sort }));
    setPage(0);
    setSelected(new Set());
    setExpanded(new Set());
  }, [tripId]);

  // ---- derived views (memoized: 5,000 clips stay fast) ----
  const textOf = useMemo(() => cachedSearchText(), []);
  const durations = useMemo(() => talkDurations(clips), [clips]);
  const ranks = useMemo(() => streamRanks(clips), [clips]);
  const options = useMemo(() => filterOptions(clips), [clips]);
  const streamCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const clip of clips) counts.set(clip.videoId, (counts.get(clip.videoId) ?? 0) + 1);
    return counts;
  }, [clips]);

  // Filters whose value no longer exists in the trip (a tag moved away) fall back to All.
  const effectiveQuery = useMemo<ClipQuery>(
    () => ({
      ...query,
      tag: validFilter(query.tag, options.tags),
      day: validFilter(query.day, options.hasNoDay ? [...options.days, NO_DAY_FILTER] : options.days),
      stream: validFilter(
        query.stream,
        options.streams.map((stream) => stream.videoId),
      ),
    }),
    [query, options],
  );

  const sorted = useMemo(() => {
    const matching = clips.filter(clipMatcher(effectiveQuery, textOf));
    return sortClips(matching, effectiveQuery.sort, ranks);
  }, [clips, effectiveQuery, textOf, ranks]);

  const slice = pageOf(sorted, page, PAGE_SIZE);
  const groups = useMemo(() => groupByStream(slice.items, sorted[slice.start - 1]), [slice.items, sorted, slice.start]);
  const selectedIds = useMemo(() => selectedAmong(selected, sorted), [selected, sorted]);
  const selectedSet = useMemo(() => new Set(selectedIds), [selectedIds]);
  const otherTrips = useMemo(() => trips.filter((t) => t.id !== tripId), [trips, tripId]);

  // ---- focus after actions, once the page has rendered the result ----
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    if (target === 'undo' && undoRef.current !== null) {
      undoRef.current.focus();
      pendingFocus.current = null;
    } else if (target === 'clips' && clipsHeadingRef.current !== null) {
      clipsHeadingRef.current.focus();
      pendingFocus.current = null;
    } else if (target === 'trip-name') {
      const input = tripFormRef.current?.querySelector<HTMLInputElement>('.trip-field-name input');
      if (input !== null && input !== undefined) {
        input.focus();
        input.select();
        pendingFocus.current = null;
      }
    }
  });

  // ---- status and errors ----
  const say = useCallback((text: string, undo?: Undo) => {
    setStatus({ text, undo });
    setError(null);
  }, []);

  const fail = useCallback((failure: unknown) => {
    setError(userMessageOf(failure));
  }, []);

  /** Runs one write at a time; a failure shows the storage layer's sentence and keeps the data. */
  const running = useRef(false);
  const run = async (action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await action();
    } catch (failure) {
      fail(failure);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  // ---- trips ----
  const selectTrip = (id: string) => {
    setWantedId(id);
    setStatus((current) => (current.undo !== undefined ? current : { text: '' }));
  };

  const newTrip = () =>
    run(async () => {
      const created = await createTrip({ name: 'New trip' });
      if (currentId === undefined) await setCurrentTrip(created.id);
      setWantedId(created.id);
      pendingFocus.current = 'trip-name';
      say(`Created a new trip${currentId === undefined ? ' (the current trip: new clips go there)' : ''}. Give it a name.`);
    });

  const removeTrip = () =>
    run(async () => {
      if (trip === undefined) return;
      const wasCurrent = trip.id === currentId;
      const removed = await deleteTrip(trip.id);
      setWantedId(undefined);
      pendingFocus.current = 'undo';
      say(deletedTripMessage(removed.trip.name, removed.clips.length), { kind: 'trip', trip: removed.trip, clips: removed.clips, wasCurrent });
    });

  const makeCurrent = () =>
    run(async () => {
      if (trip === undefined) return;
      if (trip.id === currentId) {
        say(`“${trip.name}” is already the current trip: new clips go there.`);
        return;
      }
      await setCurrentTrip(trip.id);
      say(`“${trip.name}” is now the current trip: new clips go there.`);
    });

  // ---- clips ----
  const onSelect = useCallback((id: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const onSelectAll = (on: boolean) => setSelected(on ? new Set(sorted.map((clip) => clip.id)) : new Set());

  const onToggleEditor = useCallback((id: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const moveSelected = (targetId: string) =>
    run(async () => {
      const target = trips.find((t) => t.id === targetId);
      if (target === undefined || selectedIds.length === 0) return;
      const ids = selectedIds;
      await updateClips(ids, { tripId: target.id });
      setSelected(new Set());
      say(movedMessage(ids.length, target.name));
    });

  const rateSelected = (rating: Rating | null) =>
    run(async () => {
      if (selectedIds.length === 0) return;
      await updateClips(selectedIds, { rating });
      say(ratedMessage(selectedIds.length, rating === null ? 'Unrated' : RATING_LABELS[rating]));
    });

  const kindSelected = (kind: TalkKind) =>
    run(async () => {
      if (selectedIds.length === 0) return;
      await updateClips(selectedIds, { kind });
      say(kindMessage(selectedIds.length, KIND_LABELS[kind]));
    });

  const deleteSelected = () =>
    run(async () => {
      if (selectedIds.length === 0) return;
      const removed = await deleteClips(selectedIds);
      setSelected(new Set());
      // Deleting again while Undo is offered adds to what Undo puts back.
      const earlier = status.undo?.kind === 'clips' ? status.undo.rows : [];
      const rows = [...earlier, ...removed];
      pendingFocus.current = 'undo';
      say(deletedClipsMessage(rows.length), { kind: 'clips', rows });
    });

  const undo = () =>
    run(async () => {
      const what = status.undo;
      if (what === undefined) return;
      if (what.kind === 'clips') {
        await restoreClips(what.rows);
        pendingFocus.current = 'clips';
        say(restoredClipsMessage(what.rows.length));
      } else {
        await restoreTrip(what.trip, what.clips);
        if (what.wasCurrent) await setCurrentTrip(what.trip.id);
        setWantedId(what.trip.id);
        say(`Restored trip “${what.trip.name}” and its ${clipCount(what.clips.length)}.`);
      }
    });

  /**
   * A new search or filter starts a new selection: bulk actions only ever act on clips
   * the user selected in the list as it is shown (the sort and paging keep it).
   */
  const changeQuery = (changes: Partial<ClipQuery>) => {
    const narrows = Object.keys(changes).some((key) => key !== 'sort');
    setQuery((current) => ({ ...current, ...changes }));
    setPage(0);
    if (narrows) setSelected(new Set());
  };

  const goToPage = (next: number) => {
    setPage(next);
    clipsHeadingRef.current?.scrollIntoView({ block: 'start' });
  };

  const loadError = tripsQuery.error ?? currentQuery.error ?? clipsQuery.error;
  const loading = tripsQuery.loading || currentQuery.loading;

  return (
    <div class="report">
      <header class="report-header">
        <h1>Trip report</h1>
        <TripSelector
          trips={trips}
          selectedId={tripId}
          busy={busy}
          onSelect={selectTrip}
          onNew={() => void newTrip()}
          onDelete={() => void removeTrip()}
        />
        <BackupControls onStatus={(text) => say(text)} onError={(text) => setError(text)} />
      </header>

      <div class="report-messages">
        <div class="status-bar" role="status">
          <p class="status">{status.text}</p>
          {status.undo !== undefined && (
            <button type="button" ref={undoRef} class="button-small" onClick={() => void undo()}>
              Undo
            </button>
          )}
        </div>
        {(error !== null || loadError !== undefined) && (
          <div class="field-error report-alert">
            <p role="alert">{error ?? `Could not read your trips: ${loadError instanceof Error ? loadError.message : String(loadError)}`}</p>
            {error !== null && (
              <button type="button" class="button-small" onClick={() => setError(null)}>
                Dismiss
              </button>
            )}
          </div>
        )}
      </div>

      <main class="report-main">
        {!loading && trip === undefined && (
          <p class="empty">No trips yet. Press New trip, or clip a talk on YouTube: your first clip starts a trip.</p>
        )}

        {trip !== undefined && (
          <>
            <div ref={tripFormRef}>
              <TripForm key={trip.id} trip={trip} isCurrent={trip.id === currentId} hasCurrent={currentId !== undefined} onMakeCurrent={() => void makeCurrent()} />
            </div>

            <section class="report-clips-section" aria-labelledby="clips-heading">
              <h2 id="clips-heading" ref={clipsHeadingRef} tabIndex={-1}>
                Clips
              </h2>
              <ClipFilters query={effectiveQuery} options={options} onChange={changeQuery} onClear={() => changeQuery({ ...EMPTY_QUERY, sort: query.sort })} />
              <BulkActions
                selectedCount={selectedIds.length}
                matchingCount={sorted.length}
                onSelectAll={onSelectAll}
                otherTrips={otherTrips}
                busy={busy}
                onMove={(id) => void moveSelected(id)}
                onRate={(rating) => void rateSelected(rating)}
                onKind={(kind) => void kindSelected(kind)}
                onDelete={() => void deleteSelected()}
              />
              <p class="list-count">{clipsReady ? listCountMessage(slice.start, slice.items.length, sorted.length, clips.length) : 'Loading clips…'}</p>
              <ClipTable
                groups={groups}
                durations={durations}
                streamCounts={streamCounts}
                selected={selectedSet}
                onSelect={onSelect}
                expanded={expanded}
                onToggleEditor={onToggleEditor}
              />
              {slice.pageCount > 1 && (
                <nav class="pager" aria-label="Clip pages">
                  <button type="button" disabled={slice.page === 0} onClick={() => goToPage(slice.page - 1)}>
                    Previous page
                  </button>
                  <span>
                    Page {slice.page + 1} of {slice.pageCount}
                  </span>
                  <button type="button" disabled={slice.page >= slice.pageCount - 1} onClick={() => goToPage(slice.page + 1)}>
                    Next page
                  </button>
                </nav>
              )}
            </section>

            {/* ---- Export (another helper's panel): the whole trip, unfiltered ---- */}
            <div class="report-export">
              <ExportPanel trip={trip} clips={clips} />
            </div>
          </>
        )}
      </main>
    </div>
  );
}
