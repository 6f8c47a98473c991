import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withReplaced } from '../../../components/report/merge-clips';
import type { Clip } from '../../../model/types';
import {
  ALL,
  EMPTY_QUERY,
  NO_DAY_FILTER,
  UNRATED_FILTER,
  cachedSearchText,
  clipComparator,
  clipMatcher,
  filterOptions,
  foldText,
  formatDuration,
  groupByStream,
  isFiltered,
  pageOf,
  parseSortKey,
  searchTerms,
  selectedAmong,
  sortClips,
  streamRanks,
  talkDurations,
  validFilter,
} from '../../../components/report/clip-view';
import type { ClipQuery } from '../../../components/report/clip-view';
import { newClip } from '../../support/records';

function clip(fields: Partial<Clip> = {}): Clip {
  return newClip({
    tripId: '11111111-1111-4111-8111-111111111111',
    videoId: 'AAAAAAAAAAA',
    streamTitle: 'Day 1 — Room A',
    day: '2024-05-24',
    ...fields,
  });
}

const q = (changes: Partial<ClipQuery>): ClipQuery => ({ ...EMPTY_QUERY, ...changes });
const ids = (clips: readonly Clip[]) => clips.map((c) => c.title);

describe('search', () => {
  const clips = [
    clip({ title: 'Rust is easy', speakers: ['Ann Lee'] }),
    clip({ title: 'Python typing', notes: 'Great demo of **mypy**' }),
    clip({ title: 'Keynote', streamTitle: 'Day 2 — Main hall', speakers: ['José Müller'] }),
  ];

  it('finds title, speakers, notes and stream title, ignoring case and accents', () => {
    const find = (search: string) => ids(clips.filter(clipMatcher(q({ search }))));
    expect(find('rust')).toEqual(['Rust is easy']);
    expect(find('ann')).toEqual(['Rust is easy']);
    expect(find('MYPY')).toEqual(['Python typing']);
    expect(find('main hall')).toEqual(['Keynote']);
    expect(find('jose muller')).toEqual(['Keynote']);
    expect(find('room a')).toEqual(['Rust is easy', 'Python typing']);
    expect(find('   ')).toHaveLength(3);
    expect(find('rust python')).toEqual([]);
  });

  it('folds text and splits terms', () => {
    expect(foldText('Café MÜLLER')).toBe('cafe muller');
    expect(searchTerms('  Ann   lee ')).toEqual(['ann', 'lee']);
  });

  it('caches the folded text per clip object', () => {
    const textOf = cachedSearchText();
    const first = clips[0];
    if (first === undefined) throw new Error('no clip');
    expect(textOf(first)).toBe(textOf(first));
    expect(textOf(first)).toContain('rust is easy');
  });
});

describe('filters', () => {
  const a = clip({ title: 'a', rating: 'awesome', kind: 'keynote', tags: ['rust'], day: '2024-05-24', videoId: 'AAAAAAAAAAA' });
  const b = clip({ title: 'b', rating: 'good', tags: ['python', 'rust'], day: '2024-05-25', videoId: 'BBBBBBBBBBB' });
  const c = clip({ title: 'c', rating: null, kind: 'lightning', day: undefined, videoId: 'BBBBBBBBBBB' });
  const all = [a, b, c];
  const run = (changes: Partial<ClipQuery>) => ids(all.filter(clipMatcher(q(changes))));

  it('filters by rating, unrated included', () => {
    expect(run({ rating: 'awesome' })).toEqual(['a']);
    expect(run({ rating: UNRATED_FILTER })).toEqual(['c']);
    expect(run({ rating: ALL })).toEqual(['a', 'b', 'c']);
  });

  it('filters by kind, tag, day (and no day) and stream', () => {
    expect(run({ kind: 'lightning' })).toEqual(['c']);
    expect(run({ tag: 'rust' })).toEqual(['a', 'b']);
    expect(run({ day: '2024-05-25' })).toEqual(['b']);
    expect(run({ day: NO_DAY_FILTER })).toEqual(['c']);
    expect(run({ stream: 'BBBBBBBBBBB' })).toEqual(['b', 'c']);
    expect(run({ stream: 'BBBBBBBBBBB', tag: 'rust', rating: 'good' })).toEqual(['b']);
  });

  it('says whether anything narrows the list', () => {
    expect(isFiltered(EMPTY_QUERY)).toBe(false);
    expect(isFiltered(q({ sort: 'rating' }))).toBe(false);
    expect(isFiltered(q({ search: 'x' }))).toBe(true);
    expect(isFiltered(q({ tag: 'rust' }))).toBe(true);
  });

  it('lists the choices from the clips', () => {
    const options = filterOptions([...all, clip({ videoId: 'CCCCCCCCCCC', streamTitle: 'Day 1 — Room A', day: '2024-05-26' })]);
    expect(options.tags).toEqual(['python', 'rust']);
    expect(options.days).toEqual(['2024-05-24', '2024-05-25', '2024-05-26']);
    expect(options.hasNoDay).toBe(true);
    // Two streams with the same title are told apart by their video id.
    expect(options.streams.map((s) => s.label)).toEqual(['Day 1 — Room A (AAAAAAAAAAA)', 'Day 1 — Room A (BBBBBBBBBBB)', 'Day 1 — Room A (CCCCCCCCCCC)']);
  });

  it('drops a filter value that is no longer a choice', () => {
    expect(validFilter('rust', ['rust'])).toBe('rust');
    expect(validFilter('gone', ['rust'])).toBe(ALL);
    expect(validFilter(ALL, [])).toBe(ALL);
  });

  it('keeps only the selected ids that are visible', () => {
    expect(selectedAmong(new Set([c.id, a.id, 'elsewhere']), all)).toEqual([a.id, c.id]);
    expect(selectedAmong(new Set(), all)).toEqual([]);
  });
});

describe('sort', () => {
  const s1a = clip({ title: 's1 @600', videoId: 'AAAAAAAAAAA', seconds: 600, day: '2024-05-24', rating: 'good' });
  const s1b = clip({ title: 's1 @60', videoId: 'AAAAAAAAAAA', seconds: 60, day: '2024-05-24', rating: null });
  const s2a = clip({ title: 's2 @30', videoId: 'BBBBBBBBBBB', seconds: 30, day: '2024-05-23', rating: 'awesome' });
  const s3a = clip({ title: 's3 @0', videoId: 'CCCCCCCCCCC', seconds: 0, day: undefined, rating: 'liked' });
  const all = [s1a, s3a, s1b, s2a];

  it('orders streams by their first day, talks by stream time', () => {
    expect(ids(sortClips(all, 'stream'))).toEqual(['s2 @30', 's1 @60', 's1 @600', 's3 @0']);
    expect([...streamRanks(all).keys()]).toEqual(['BBBBBBBBBBB', 'AAAAAAAAAAA', 'CCCCCCCCCCC']);
  });

  it('orders by day, then stream time', () => {
    const late = clip({ title: 's1 day2 @5', videoId: 'AAAAAAAAAAA', seconds: 5, day: '2024-05-25' });
    expect(ids(sortClips([...all, late], 'day'))).toEqual(['s2 @30', 's1 @60', 's1 @600', 's1 day2 @5', 's3 @0']);
  });

  it('orders by rating, best first, unrated last', () => {
    expect(ids(sortClips(all, 'rating'))).toEqual(['s2 @30', 's3 @0', 's1 @600', 's1 @60']);
  });

  it('finds each clip of a sorted list where its order puts it, so an edited talk is swapped in by a binary search', () => {
    const ranks = streamRanks(all);
    for (const key of ['stream', 'day', 'rating'] as const) {
      const sorted = sortClips(all, key, ranks);
      const edited = sorted.map((each) => ({ ...each, title: `${each.title} (edited)`, notes: 'new notes' }));
      const swapped = withReplaced(sorted, clipComparator(key, ranks), new Map(edited.map((each) => [each.id, each])));
      expect(swapped).toEqual(edited);
    }
  });

  it('does not change its input and is a permutation', () => {
    const arbitraryClips = fc.array(
      fc.record({
        videoId: fc.constantFrom('AAAAAAAAAAA', 'BBBBBBBBBBB', 'CCCCCCCCCCC'),
        seconds: fc.integer({ min: 0, max: 36_000 }),
        day: fc.option(fc.constantFrom('2024-05-23', '2024-05-24'), { nil: undefined }),
        rating: fc.constantFrom('awesome' as const, 'liked' as const, 'good' as const, null),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arbitraryClips, fc.constantFrom('stream' as const, 'day' as const, 'rating' as const), (fields, sort) => {
        const clips = fields.map((f) => clip(f));
        const before = clips.map((c) => c.id);
        const sorted = sortClips(clips, sort);
        expect(clips.map((c) => c.id)).toEqual(before);
        expect([...sorted.map((c) => c.id)].sort()).toEqual([...before].sort());
        // Stable across calls and input orders.
        expect(sortClips([...clips].reverse(), sort).map((c) => c.id)).toEqual(sorted.map((c) => c.id));
      }),
    );
  });

  it('parses the sort key', () => {
    expect(parseSortKey('rating')).toBe('rating');
    expect(parseSortKey('day')).toBe('day');
    expect(parseSortKey('nonsense')).toBe('stream');
  });
});

describe('talk durations', () => {
  it('ends a talk at the start of the next clip of the same stream', () => {
    const a1 = clip({ videoId: 'AAAAAAAAAAA', seconds: 100 });
    const a2 = clip({ videoId: 'AAAAAAAAAAA', seconds: 1900 });
    const a3 = clip({ videoId: 'AAAAAAAAAAA', seconds: 4000 });
    const b1 = clip({ videoId: 'BBBBBBBBBBB', seconds: 200 });
    const durations = talkDurations([a3, b1, a1, a2]);
    expect(durations.get(a1.id)).toBe(1800);
    expect(durations.get(a2.id)).toBe(2100);
    expect(durations.has(a3.id)).toBe(false); // the last talk of a stream has no known end
    expect(durations.has(b1.id)).toBe(false); // another stream does not end it
  });

  it('gives clips at the same second the same end', () => {
    const a1 = clip({ videoId: 'AAAAAAAAAAA', seconds: 100 });
    const a2 = clip({ videoId: 'AAAAAAAAAAA', seconds: 100 });
    const a3 = clip({ videoId: 'AAAAAAAAAAA', seconds: 700 });
    const durations = talkDurations([a1, a2, a3]);
    expect(durations.get(a1.id)).toBe(600);
    expect(durations.get(a2.id)).toBe(600);
    expect(durations.has(a3.id)).toBe(false);
  });

  it('is always positive and missing only for the last start of each stream', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ videoId: fc.constantFrom('AAAAAAAAAAA', 'BBBBBBBBBBB'), seconds: fc.integer({ min: 0, max: 500 }) }), { maxLength: 30 }),
        (fields) => {
          const clips = fields.map((f) => clip(f));
          const durations = talkDurations(clips);
          for (const c of clips) {
            const later = clips.filter((o) => o.videoId === c.videoId && o.seconds > c.seconds);
            if (later.length === 0) expect(durations.has(c.id)).toBe(false);
            else expect(durations.get(c.id)).toBe(Math.min(...later.map((o) => o.seconds)) - c.seconds);
          }
        },
      ),
    );
  });

  it('formats durations', () => {
    expect(formatDuration(20)).toBe('under a minute');
    expect(formatDuration(45 * 60)).toBe('45 min');
    expect(formatDuration(65 * 60)).toBe('1 h 05 min');
    expect(formatDuration(2 * 3600)).toBe('2 h 00 min');
  });
});

describe('grouping and paging', () => {
  it('groups consecutive clips of one stream and marks a continued group', () => {
    const a1 = clip({ videoId: 'AAAAAAAAAAA', streamTitle: 'A' });
    const a2 = clip({ videoId: 'AAAAAAAAAAA', streamTitle: 'A' });
    const b1 = clip({ videoId: 'BBBBBBBBBBB', streamTitle: 'B', channel: 'B TV' });
    const groups = groupByStream([a1, a2, b1]);
    expect(groups.map((g) => [g.streamTitle, g.clips.length, g.continued])).toEqual([
      ['A', 2, false],
      ['B', 1, false],
    ]);
    expect(groups[1]?.channel).toBe('B TV');
    expect(groupByStream([a2, b1], a1)[0]?.continued).toBe(true);
    expect(groupByStream([b1], a1)[0]?.continued).toBe(false);
    expect(groupByStream([])).toEqual([]);
  });

  it('pages a long list and clamps the page', () => {
    const items = Array.from({ length: 5000 }, (_, i) => i);
    const first = pageOf(items, 0, 100);
    expect(first.items).toHaveLength(100);
    expect(first.pageCount).toBe(50);
    const last = pageOf(items, 99, 100);
    expect(last.page).toBe(49);
    expect(last.start).toBe(4900);
    expect(last.items[99]).toBe(4999);
    expect(pageOf([], 3, 100)).toEqual({ page: 0, pageCount: 1, start: 0, items: [] });
    expect(pageOf(items, -2, 100).page).toBe(0);
  });

  it('finds the talks matching a search and a tag among 5,000 clips, in stream order', () => {
    const clips = Array.from({ length: 5000 }, (_, i) =>
      clip({ videoId: `V${String(i % 40).padStart(10, '0')}`, seconds: i * 7, title: `Talk ${i}`, notes: `note ${i} about rust and python`, tags: [`t${i % 9}`] }),
    );
    const textOf = cachedSearchText();
    clips.filter(clipMatcher(q({ search: 'warm' }), textOf));
    const matching = sortClips(clips.filter(clipMatcher(q({ search: 'rust 12', tag: 't3' }), textOf)), 'stream');
    // Every note says "rust"; "12" must be in the talk's number, and the tag is t3 (i % 9 === 3).
    const expected = clips.filter((_, i) => String(i).includes('12') && i % 9 === 3);
    expect(matching).toHaveLength(expected.length);
    expect(new Set(matching)).toEqual(new Set(expected));
    for (let index = 1; index < matching.length; index++) {
      const [before, after] = [matching[index - 1], matching[index]];
      if (before?.videoId === after?.videoId) expect(before?.seconds ?? 0).toBeLessThan(after?.seconds ?? 0);
    }
    // How fast this is for every keystroke is measured by npm run bench, not here (tests never time).
  });
});
