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

/** Rows rendered at once; the rest is reached with Previous / Next page. */
export const PAGE_SIZE = 100;

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

function useDerivedViews(clips: Clip[], query: ClipQuery, page: number) {
  const textOf = useMemo(() => cachedSearchText(), []);
  const durations = useMemo(() => talkDurations(clips), [clips]);
  const ranks = useMemo(() => streamRanks(clips), [clips]);
  const options = useMemo(() => filterOptions(clips), [clips]);
  const streamCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const clip of clips) counts.set(clip.videoId, (counts.get(clip.videoId) ?? 0) + 1);
    return counts;
  }, [clips]);
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
  const matching = useMemo(
    () => sortClips(clips.filter(clipMatcher(effectiveQuery, textOf)), effectiveQuery.sort, ranks),
    [clips, effectiveQuery, textOf, ranks],
  );
  const slice = pageOf(matching, page, PAGE_SIZE);
  const groups = useMemo(() => groupByStream(slice.items, matching[slice.start - 1]), [slice.items, matching, slice.start]);
  return { query: effectiveQuery, options, matching, slice, groups, durations, streamCounts };
}

export function useClipReview(tripId: string | undefined, clips: Clip[]): ClipReview {
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

  const views = useDerivedViews(clips, query, page);
  const selectedIds = useMemo(() => selectedAmong(selected, views.matching), [selected, views.matching]);
  const selectedSet = useMemo(() => new Set(selectedIds), [selectedIds]);

  const changeQuery = (changes: Partial<ClipQuery>) => {
    const narrows = Object.keys(changes).some((key) => key !== 'sort');
    setQuery((current) => ({ ...current, ...changes }));
    setPage(0);
    if (narrows) setSelected(new Set());
  };

  const select = useCallback((id: string, on: boolean) => setSelected((current) => toggled(current, id, on)), []);
  const toggleEditor = useCallback((id: string) => setExpanded((current) => toggled(current, id, !current.has(id))), []);

  return {
    ...views,
    selectedIds,
    selected: selectedSet,
    expanded,
    changeQuery,
    clearQuery: () => changeQuery({ ...EMPTY_QUERY, sort: query.sort }),
    setPage,
    select,
    selectAll: (on: boolean) => setSelected(on ? new Set(views.matching.map((clip) => clip.id)) : new Set()),
    clearSelection: () => setSelected(new Set()),
    toggleEditor,
  };
}
