/**
 * The Clips section of the report page: filters, bulk actions on the selection, the count
 * line, one page of the clip table and the pager.
 */
import type { RefObject } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Trip } from '../../model/types';
import { BulkActions } from './BulkActions';
import { ClipFilters } from './ClipFilters';
import { ClipPager } from './ClipPager';
import { ClipTable } from './ClipTable';
import { listCountMessage, partialCountMessage } from './report-messages';
import type { BulkActionHandlers } from './use-bulk-actions';
import type { ClipReview } from './use-clip-review';
import type { StreamRooms } from './ClipTable';

export interface ClipsSectionProps {
  review: ClipReview;
  /** How many clips the trip has, all filters aside. */
  total: number;
  /** False while the trip's clips are still being read (the list shows its first rows). */
  ready: boolean;
  /** Trips the selection can move to (all but the shown one). */
  otherTrips: readonly Trip[];
  busy: boolean;
  actions: BulkActionHandlers;
  headingRef: RefObject<HTMLHeadingElement>;
  /** With a schedule: the rooms each stream's Room select offers. */
  rooms?: StreamRooms;
}

export function ClipsSection({ review, total, ready, otherTrips, busy, actions, headingRef, rooms }: ClipsSectionProps) {
  const { slice } = review;
  const goToPage = (next: number) => {
    review.setPage(next);
    headingRef.current?.scrollIntoView({ block: 'start' });
  };

  // The same element while its props are the same: Preact skips it, and its selects (one
  // option per stream) are not compared again on every edit of a talk.
  const { query, options, changeQuery, clearQuery } = review;
  const filters = useMemo(() => <ClipFilters query={query} options={options} onChange={changeQuery} onClear={clearQuery} />, [query, options, changeQuery, clearQuery]);

  return (
    <section class="report-clips-section" aria-labelledby="clips-heading" aria-busy={!ready}>
      <h2 id="clips-heading" ref={headingRef} tabIndex={-1}>
        Clips
      </h2>
      {filters}
      <BulkActions
        selectedCount={review.selectedIds.length}
        matchingCount={review.matching.length}
        onSelectAll={review.selectAll}
        otherTrips={otherTrips}
        busy={busy}
        onMove={(id) => void actions.moveSelected(id)}
        onRate={(rating) => void actions.rateSelected(rating)}
        onKind={(kind) => void actions.kindSelected(kind)}
        onDelete={() => void actions.deleteSelected()}
      />
      <p class="list-count">
        {ready ? listCountMessage(slice.start, slice.items.length, review.matching.length, total) : partialCountMessage(slice.items.length, total)}
      </p>
      <ClipTable
        groups={review.groups}
        durations={review.durations}
        streamCounts={review.streamCounts}
        selected={review.selected}
        onSelect={review.select}
        expanded={review.expanded}
        onToggleEditor={review.toggleEditor}
        rooms={rooms}
      />
      {ready && <ClipPager page={slice.page} pageCount={slice.pageCount} onPage={goToPage} />}
    </section>
  );
}
