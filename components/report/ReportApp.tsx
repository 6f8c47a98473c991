/**
 * The trip-report page: pick, create, edit and delete trips; review a trip's clips at
 * scale (search, filters, sort, grouping by stream, multi-select bulk actions with Undo,
 * editing with the shared ClipEditor); backup and restore; and the export panel.
 *
 * The page is composed of hooks, one concern each: which trip is shown and the URL that
 * keeps it (use-shown-trip), its clips (use-trip-clips), the review of those clips —
 * query, paging, selection (use-clip-review), the status line, alert and one-write-at-a-
 * time runner (use-page-status), focus after actions (use-pending-focus), and the trip
 * actions, bulk actions and Undo (use-trip-actions, use-bulk-actions, use-undo).
 *
 * Data comes from Dexie live queries, and the clips from a feed that applies each write
 * by the keys it changed (use-trip-clips), so changes made anywhere (popup, background
 * capture, another tab) show up at once. All clips of the shown trip are read (search
 * and filters need them), but only one page of rows (PAGE_SIZE) is rendered, and the
 * first rows come from the page's first read, painted before the app loaded (`first`,
 * see storage/report-view.ts); the whole trip is read after they are shown (use-trip-clips).
 */
import { useMemo } from 'preact/hooks';
import type { ReportFirstRead } from '../../storage/report-view';
import { BackupControls } from './BackupControls';
import { ClipsSection } from './ClipsSection';
import { ExportPlaceholder, LazyExportPanel } from './LazyExportPanel';
import { PageMessages } from './PageMessages';
import { ScheduleSection } from './ScheduleSection';
import { TripForm } from './TripForm';
import { TripSelector } from './TripSelector';
import { useBulkActions } from './use-bulk-actions';
import { useClipReview } from './use-clip-review';
import { usePageStatus } from './use-page-status';
import { usePendingFocus } from './use-pending-focus';
import { useShownTrip } from './use-shown-trip';
import { useTripActions } from './use-trip-actions';
import { useTripClips } from './use-trip-clips';
import { useTripSchedule } from './use-trip-schedule';
import { useUndo } from './use-undo';
import { EXPORT_WAITS_FOR_TRIP, NO_TRIPS_MESSAGE } from './report-messages';

export interface ReportAppProps {
  /**
   * The page's first read (entrypoints/report/main.ts), when its first paint showed it:
   * the first render shows the same, over the painted nodes. Without it the page reads
   * for itself.
   */
  first?: ReportFirstRead;
}

export function ReportApp({ first }: ReportAppProps = {}) {
  const shown = useShownTrip(first);
  const { trips, trip, currentId } = shown;
  const tripClips = useTripClips(trip?.id, first);
  const schedule = useTripSchedule(trip?.id);
  const review = useClipReview(trip?.id, tripClips.shown, tripClips.shape);
  const page = usePageStatus();
  const focus = usePendingFocus();
  const tripActions = useTripActions(shown, page, focus.focusSoon);
  const bulkActions = useBulkActions(trips, review, page, focus.focusSoon);
  const undo = useUndo(page, shown.show, focus.focusSoon);
  const otherTrips = useMemo(() => trips.filter((t) => t.id !== trip?.id), [trips, trip?.id]);

  return (
    <div class="report">
      <header class="report-header">
        <h1>Trip report</h1>
        <TripSelector
          trips={trips}
          selectedId={trip?.id}
          busy={page.busy}
          onSelect={tripActions.selectTrip}
          onNew={() => void tripActions.newTrip()}
          onDelete={() => void tripActions.removeTrip()}
        />
        <BackupControls onStatus={(text) => page.say(text)} onError={(text) => page.setError(text)} />
      </header>

      <PageMessages
        status={page.status}
        error={page.error}
        loadError={shown.error ?? tripClips.error}
        undoRef={focus.undoRef}
        onUndo={() => void undo()}
        onDismiss={() => page.setError(null)}
      />

      <main class="report-main">
        {!shown.loading && trip === undefined && (
          <p class="empty">{NO_TRIPS_MESSAGE}</p>
        )}

        {trip !== undefined && (
          <>
            <div ref={focus.tripFormRef}>
              <TripForm
                key={trip.id}
                trip={trip}
                isCurrent={trip.id === currentId}
                hasCurrent={currentId !== undefined}
                onMakeCurrent={() => void tripActions.makeCurrent()}
              />
            </div>

            <ScheduleSection key={trip.id} trip={trip} clips={tripClips.clips} stored={schedule.stored} page={page} />

            <ClipsSection
              review={review}
              rooms={schedule.stored === undefined ? undefined : { tripId: trip.id, rooms: schedule.stored.schedule.rooms, streams: schedule.streams, page }}
              total={tripClips.total}
              ready={tripClips.ready}
              otherTrips={otherTrips}
              busy={page.busy || !tripClips.ready}
              actions={bulkActions}
              headingRef={focus.clipsHeadingRef}
            />

            {/* The whole trip, unfiltered: only once every clip is read. */}
            <div class="report-export">
              {tripClips.ready ? (
                <LazyExportPanel trip={trip} clips={tripClips.clips} />
              ) : (
                <ExportPlaceholder text={EXPORT_WAITS_FOR_TRIP} />
              )}
            </div>
          </>
        )}
      </main>
    </div>
  );
}
