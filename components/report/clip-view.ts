/**
 * Pure helpers behind the trip-report page's clip review: search, filters, sort,
 * paging, grouping by stream and talk durations. No DOM and no storage, so they are
 * unit-tested (tests/unit/report/) and fast enough for 5,000+ clips on every keystroke.
 */
import { formatDay } from '../../model/day';
import type { Clip, Rating } from '../../model/types';
import { RATINGS } from '../../model/types';
import type { Choice } from '../../ui/labels';
import { KIND_OPTIONS, RATING_LABELS } from '../../ui/labels';

/** The value of a filter's "All …" option. */
export const ALL = '';
/** Filter-by-rating value for clips without a rating. */
export const UNRATED_FILTER = 'unrated';
/** Filter-by-day value for clips without a day. */
export const NO_DAY_FILTER = 'none';

export type SortKey = 'stream' | 'day' | 'rating';

export const SORT_OPTIONS: ReadonlyArray<{ value: SortKey; label: string }> = [
  { value: 'stream', label: 'Stream time' },
  { value: 'day', label: 'Day' },
  { value: 'rating', label: 'Rating' },
];

export interface ClipQuery {
  search: string;
  /** ALL, a Rating, or UNRATED_FILTER. */
  rating: string;
  /** ALL or a TalkKind. */
  kind: string;
  /** ALL or a tag. */
  tag: string;
  /** ALL, a YYYY-MM-DD day, or NO_DAY_FILTER. */
  day: string;
  /** ALL or a video id. */
  stream: string;
  sort: SortKey;
}

export const EMPTY_QUERY: ClipQuery = { search: '', rating: ALL, kind: ALL, tag: ALL, day: ALL, stream: ALL, sort: 'stream' };

export function parseSortKey(value: string): SortKey {
  return value === 'day' || value === 'rating' ? value : 'stream';
}

/** True when any filter or the search narrows the list (the sort does not count). */
export function isFiltered(query: ClipQuery): boolean {
  return (
    query.search.trim() !== '' ||
    query.rating !== ALL ||
    query.kind !== ALL ||
    query.tag !== ALL ||
    query.day !== ALL ||
    query.stream !== ALL
  );
}

/** Lower case without diacritics, so "cafe" finds "Café" and "MÜLLER" finds "Müller". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The text searched for a clip: talk title, speakers, notes and stream title (folded). */
export function searchTextOf(clip: Pick<Clip, 'title' | 'speakers' | 'notes' | 'streamTitle'>): string {
  return foldText([clip.title, clip.speakers.join('\n'), clip.notes, clip.streamTitle].join('\n'));
}

/** Search terms: whitespace-separated, folded; every term must occur (AND). */
export function searchTerms(search: string): string[] {
  return foldText(search)
    .split(/\s+/)
    .filter((term) => term !== '');
}

/**
 * Builds a predicate for `query` (search and filters). `textOf` lets the caller cache
 * each clip's folded search text across keystrokes.
 */
export function clipMatcher(query: ClipQuery, textOf: (clip: Clip) => string = searchTextOf): (clip: Clip) => boolean {
  const terms = searchTerms(query.search);
  const { rating, kind, tag, day, stream } = query;
  return (clip) => {
    if (rating !== ALL && (rating === UNRATED_FILTER ? clip.rating !== null : clip.rating !== rating)) return false;
    if (kind !== ALL && clip.kind !== kind) return false;
    if (tag !== ALL && !clip.tags.includes(tag)) return false;
    if (day !== ALL && (day === NO_DAY_FILTER ? clip.day !== undefined : clip.day !== day)) return false;
    if (stream !== ALL && clip.videoId !== stream) return false;
    if (terms.length > 0) {
      const text = textOf(clip);
      for (const term of terms) if (!text.includes(term)) return false;
    }
    return true;
  };
}

/** A cache of folded search texts, keyed by the clip object (rows are replaced on change). */
export function cachedSearchText(): (clip: Clip) => string {
  const cache = new WeakMap<Clip, string>();
  return (clip) => {
    let text = cache.get(clip);
    if (text === undefined) {
      text = searchTextOf(clip);
      cache.set(clip, text);
    }
    return text;
  };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order of streams: by their first day (streams without a day last), then the
 * first capture, then title and id. Returns the rank of each video id.
 */
export function streamRanks(clips: readonly Clip[]): Map<string, number> {
  const first = new Map<string, { day: string; capturedAt: string; title: string }>();
  for (const clip of clips) {
    const day = clip.day ?? '\uffff';
    const seen = first.get(clip.videoId);
    if (seen === undefined) {
      first.set(clip.videoId, { day, capturedAt: clip.capturedAt, title: clip.streamTitle });
    } else {
      if (day < seen.day) seen.day = day;
      if (clip.capturedAt < seen.capturedAt) seen.capturedAt = clip.capturedAt;
    }
  }
  const ids = [...first.keys()].sort((a, b) => {
    const x = first.get(a);
    const y = first.get(b);
    if (x === undefined || y === undefined) return 0;
    return (
      compareStrings(x.day, y.day) ||
      compareStrings(x.capturedAt, y.capturedAt) ||
      compareStrings(x.title, y.title) ||
      compareStrings(a, b)
    );
  });
  return new Map(ids.map((id, index) => [id, index]));
}

const RATING_RANK: Record<Rating, number> = { awesome: 0, liked: 1, good: 2 };

function ratingRank(rating: Rating | null): number {
  return rating === null ? RATINGS.length : RATING_RANK[rating];
}

/**
 * Sorts a copy of `clips`:
 * - `stream`: stream by stream (see streamRanks), talks in stream-time order;
 * - `day`: by the talk's day (no day last), then stream, then stream time;
 * - `rating`: best first (unrated last), then day, stream and stream time.
 * Ties end on the clip id, so the order is stable across live updates.
 */
export function sortClips(clips: readonly Clip[], sort: SortKey, ranks: Map<string, number> = streamRanks(clips)): Clip[] {
  return [...clips].sort(clipComparator(sort, ranks));
}

/** The order sortClips sorts by (negative when `a` comes first); two clips are never equal in it. */
export function clipComparator(sort: SortKey, ranks: ReadonlyMap<string, number>): (a: Clip, b: Clip) => number {
  const rank = (clip: Clip) => ranks.get(clip.videoId) ?? Number.MAX_SAFE_INTEGER;
  const byStream = (a: Clip, b: Clip) => rank(a) - rank(b) || a.seconds - b.seconds || compareStrings(a.id, b.id);
  const byDay = (a: Clip, b: Clip) => compareStrings(a.day ?? '\uffff', b.day ?? '\uffff');
  const compare =
    sort === 'stream'
      ? byStream
      : sort === 'day'
        ? (a: Clip, b: Clip) => byDay(a, b) || byStream(a, b)
        : (a: Clip, b: Clip) => ratingRank(a.rating) - ratingRank(b.rating) || byDay(a, b) || byStream(a, b);
  return compare;
}

/**
 * Duration of each talk in seconds: from its clip to the next later clip of the same
 * stream (video). The last talk of a stream has no known end and is left out.
 * Computed over all clips of the trip, whatever is filtered.
 */
export function talkDurations(clips: readonly Clip[]): Map<string, number> {
  const byVideo = new Map<string, Clip[]>();
  for (const clip of clips) {
    const list = byVideo.get(clip.videoId);
    if (list === undefined) byVideo.set(clip.videoId, [clip]);
    else list.push(clip);
  }
  const durations = new Map<string, number>();
  for (const list of byVideo.values()) {
    list.sort((a, b) => a.seconds - b.seconds);
    // Walk from the end, remembering the start of the next later talk.
    let nextStart: number | undefined;
    let index = list.length - 1;
    while (index >= 0) {
      const seconds = list[index]?.seconds ?? 0;
      // Clips at the same second share the next later start.
      let sameStart = index;
      while (sameStart - 1 >= 0 && list[sameStart - 1]?.seconds === seconds) sameStart--;
      for (let i = sameStart; i <= index; i++) {
        const clip = list[i];
        if (clip !== undefined && nextStart !== undefined) durations.set(clip.id, nextStart - seconds);
      }
      nextStart = seconds;
      index = sameStart - 1;
    }
  }
  return durations;
}

/** The visually hidden word before a talk's duration ("Duration 45 min"). */
export const DURATION = 'Duration ';

/** "45 min", "1 h 05 min", "under a minute". */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(Math.max(0, seconds) / 60);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} h ${String(rest).padStart(2, '0')} min`;
}

/** A stream group's heading: its title, or "Untitled stream". */
export function streamDisplayTitle(streamTitle: string): string {
  return streamTitle.trim() === '' ? 'Untitled stream' : streamTitle;
}

/** "1 talk in this stream", "1,234 talks in this stream". */
export function talksInStreamText(talks: number): string {
  return `${talks === 1 ? '1 talk' : `${talks.toLocaleString('en-US')} talks`} in this stream`;
}

export interface StreamGroup {
  videoId: string;
  streamTitle: string;
  channel: string;
  clips: Clip[];
  /** True when the previous page ended inside this stream's run. */
  continued: boolean;
}

/**
 * Consecutive clips of the same stream, as one group each (a page of a sorted list).
 * `previous` is the clip just before the page, to mark a group as continued.
 */
export function groupByStream(clips: readonly Clip[], previous?: Clip): StreamGroup[] {
  const groups: StreamGroup[] = [];
  let last: StreamGroup | undefined;
  for (const clip of clips) {
    if (last === undefined || last.videoId !== clip.videoId) {
      last = {
        videoId: clip.videoId,
        streamTitle: clip.streamTitle,
        channel: clip.channel,
        clips: [],
        continued: groups.length === 0 && previous !== undefined && previous.videoId === clip.videoId,
      };
      groups.push(last);
    }
    last.clips.push(clip);
  }
  return groups;
}

export interface PageSlice<T> {
  /** Zero-based page, clamped into range. */
  page: number;
  pageCount: number;
  /** Index of the first item of the page in the full list. */
  start: number;
  items: T[];
}

export function pageOf<T>(items: readonly T[], page: number, pageSize: number): PageSlice<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const clamped = Math.min(Math.max(0, Math.floor(page)), pageCount - 1);
  const start = clamped * pageSize;
  return { page: clamped, pageCount, start, items: items.slice(start, start + pageSize) };
}

export interface FilterOptions {
  tags: string[];
  /** Days present, ascending. */
  days: string[];
  /** Whether some clips have no day. */
  hasNoDay: boolean;
  streams: Array<{ videoId: string; label: string }>;
}

/** The choices of the tag, day and stream filters, from the trip's clips. */
export function filterOptions(clips: readonly Clip[]): FilterOptions {
  const tags = new Set<string>();
  const days = new Set<string>();
  let hasNoDay = false;
  const streams = new Map<string, string>();
  for (const clip of clips) {
    for (const tag of clip.tags) tags.add(tag);
    if (clip.day === undefined) hasNoDay = true;
    else days.add(clip.day);
    if (!streams.has(clip.videoId)) streams.set(clip.videoId, clip.streamTitle.trim());
  }
  const titleCount = new Map<string, number>();
  for (const title of streams.values()) titleCount.set(title, (titleCount.get(title) ?? 0) + 1);
  const ranks = streamRanks(clips);
  const streamList = [...streams.entries()]
    .sort(([a], [b]) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0))
    .map(([videoId, title]) => ({
      videoId,
      label: title === '' ? videoId : (titleCount.get(title) ?? 0) > 1 ? `${title} (${videoId})` : title,
    }));
  return {
    tags: [...tags].sort((a, b) => a.localeCompare(b)),
    days: [...days].sort(),
    hasNoDay,
    streams: streamList,
  };
}

/** Keeps a filter's value only while it is still one of the choices (else "All"). */
export function validFilter(value: string, choices: readonly string[]): string {
  return value === ALL || choices.includes(value) ? value : ALL;
}

/** The selected ids that are among `visible`, in the order of `visible`. */
export function selectedAmong(selected: ReadonlySet<string>, visible: readonly Clip[]): string[] {
  if (selected.size === 0) return [];
  const out: string[] = [];
  for (const clip of visible) if (selected.has(clip.id)) out.push(clip.id);
  return out;
}

/** The choices of the clip filters' selects (ClipFilters), from the trip's filter options. */
export interface FilterChoices {
  rating: Choice<string>[];
  kind: Choice<string>[];
  tag: Choice<string>[];
  day: Choice<string>[];
  stream: Choice<string>[];
  sort: Choice<string>[];
}

export function filterChoices(options: FilterOptions): FilterChoices {
  return {
    rating: [{ value: ALL, label: 'All ratings' }, ...RATINGS.map((rating) => ({ value: rating, label: RATING_LABELS[rating] })), { value: UNRATED_FILTER, label: 'Unrated' }],
    kind: [{ value: ALL, label: 'All kinds' }, ...KIND_OPTIONS.map((option) => ({ value: option.value, label: option.label }))],
    tag: [{ value: ALL, label: 'All tags' }, ...options.tags.map((tag) => ({ value: tag, label: tag }))],
    day: [
      { value: ALL, label: 'All days' },
      ...options.days.map((day) => ({ value: day, label: formatDay(day, 'short') })),
      ...(options.hasNoDay ? [{ value: NO_DAY_FILTER, label: 'No day' }] : []),
    ],
    stream: [{ value: ALL, label: 'All streams' }, ...options.streams.map((stream) => ({ value: stream.videoId, label: stream.label }))],
    sort: SORT_OPTIONS.map((option) => ({ value: option.value, label: option.label })),
  };
}
