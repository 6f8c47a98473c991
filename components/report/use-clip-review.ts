/**
 * The review of the shown trip's clips: the search, filters and sort, the page of rows,
 * which rows are selected and which have their editor open, and the views derived from
 * them (memoized, so 5,000 clips stay fast on every keystroke).
 *
 * A new search or filter starts a new selection: bulk actions only ever act on clips the
 * user selected in the list as it is shown (the sort and paging keep it). A different
 * trip starts a fresh review (the sort is kept).
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Clip } from '../../model/types';
import type { ClipQuery, FilterOptions, PageSlice, StreamGroup } from './clip-view';
import { withReplaced, type ClipsShape } from './merge-clips';
import { PAGE_SIZE } from './report-paging';
import {
  EMPTY_QUERY,
  NO_DAY_FILTER,
  cachedSearchText,
  clipComparator,
  clipMatcher,
  filterOptions,
  groupByStream,
  isFiltered,
  pageOf,
  selectedAmong,
  sortClips,
  streamRanks,
  talkDurations,
  validFilter,
} from './clip-view';

export interface ClipReview {
  /** The query as shown: filters whose value left the trip fall back to All. */
  query: ClipQuery;
  options: FilterOptions;
  /** Every clip matching the query, in the chosen order. */
  matching: Clip[];
  slice: PageSlice<Clip>;
  groups: StreamGroup[];
  durations: Map<string, number>;
  streamCounts: Map<string, number>;
  /** Ids of the selected clips among those matching, in list order. */
  selectedIds: string[];
  selected: ReadonlySet<string>;
  expanded: ReadonlySet<string>;
  changeQuery: (changes: Partial<ClipQuery>) => void;
  clearQuery: () => void;
  setPage: (page: number) => void;
  select: (id: string, on: boolean) => void;
  selectAll: (on: boolean) => void;
  clearSelection: () => void;
  toggleEditor: (id: string) => void;
}

function toggled(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/**
 * `shape` (the whole trip, use-trip-clips): while its layout is kept (only a talk's text,
 * kind or rating changed), the durations, stream ranks, filter choices and counts are
 * kept, and so is the sorted order (rating sort: while no rating changed), with the
 * replaced clips swapped in: an edit at 50,000 clips costs one pass, not a sort.
 */
function useDerivedViews(clips: Clip[], query: ClipQuery, page: number, shape?: ClipsShape) {
  const textOf = useMemo(() => cachedSearchText(), []);
  const layout = shape?.layout ?? clips;
  // Each derived from the clips as they are when `layout` changes: they read no text.
  const durations = useMemo(() => talkDurations(clips), [layout]);
  const ranks = useMemo(() => streamRanks(clips), [layout]);
  const options = useMemo(() => filterOptions(clips), [layout]);
  const streamCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const clip of clips) counts.set(clip.videoId, (counts.get(clip.videoId) ?? 0) + 1);
    return counts;
  }, [layout]);
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
  const sort = effectiveQuery.sort;
  const ratings = sort === 'rating' ? (shape?.ratings ?? clips) : undefined;
  const sortedOnce = useMemo(() => sortClips(clips, sort, ranks), [layout, ratings, sort, ranks]);
  // The same order, holding the latest object of each clip.
  const replaced = shape?.replaced;
  // Each replaced clip is found in the order by a binary search (its sort fields are those
  // it was sorted by); a pass over the order only if one were not found there.
  const sorted = useMemo(() => {
    if (replaced === undefined || replaced.size === 0) return sortedOnce;
    return withReplaced(sortedOnce, clipComparator(sort, ranks), replaced) ?? sortedOnce.map((clip) => replaced.get(clip.id) ?? clip);
  }, [sortedOnce, replaced, sort, ranks]);
  const matching = useMemo(() => (isFiltered(effectiveQuery) ? sorted.filter(clipMatcher(effectiveQuery, textOf)) : sorted), [sorted, effectiveQuery, textOf]);
  const slice = pageOf(matching, page, PAGE_SIZE);
  const groups = useMemo(() => groupByStream(slice.items, matching[slice.start - 1]), [slice.items, matching, slice.start]);
  return { query: effectiveQuery, options, matching, slice, groups, durations, streamCounts };
}

export function useClipReview(tripId: string | undefined, clips: Clip[], shape?: ClipsShape): ClipReview {
  const [query, setQuery] = useState<ClipQuery>(EMPTY_QUERY);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    setQuery((current) => ({ ...EMPTY_QUERY, sort: current.sort }));
    setPage(0);
    setSelected(new Set());
    setExpanded(new Set());
  }, [tripId]);

  const views = useDerivedViews(clips, query, page, shape);
  const selectedIds = useMemo(() => selectedAmong(selected, views.matching), [selected, views.matching]);
  const selectedSet = useMemo(() => new Set(selectedIds), [selectedIds]);

  // The same functions on every render, so the filters (a select of every stream: 6,000 at
  // 50,000 clips) are not rendered again for an edit (ClipsSection).
  const changeQuery = useCallback((changes: Partial<ClipQuery>) => {
    const narrows = Object.keys(changes).some((key) => key !== 'sort');
    setQuery((current) => ({ ...current, ...changes }));
    setPage(0);
    if (narrows) setSelected(new Set());
  }, []);
  const clearQuery = useCallback(() => {
    setQuery((current) => ({ ...EMPTY_QUERY, sort: current.sort }));
    setPage(0);
    setSelected(new Set());
  }, []);

  const select = useCallback((id: string, on: boolean) => setSelected((current) => toggled(current, id, on)), []);
  const toggleEditor = useCallback((id: string) => setExpanded((current) => toggled(current, id, !current.has(id))), []);

  return {
    ...views,
    selectedIds,
    selected: selectedSet,
    expanded,
    changeQuery,
    clearQuery,
    setPage,
    select,
    selectAll: (on: boolean) => setSelected(on ? new Set(views.matching.map((clip) => clip.id)) : new Set()),
    clearSelection: () => setSelected(new Set()),
    toggleEditor,
  };
}
