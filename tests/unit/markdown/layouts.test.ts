import { describe, expect, it } from 'vitest';
import { resolveExportOptions } from '../../../markdown/export-options';
import type { ExportChoices } from '../../../markdown/export-options';
import { renderReport } from '../../../markdown/render-report';
import { sortTalks } from '../../../markdown/talk-order';
import type { Clip } from '../../../model/types';
import { makeClip, makeTrip } from '../../fixtures/reports/build-fixture';

const trip = makeTrip({ name: 'Trip', intro: 'INTRO', outro: 'OUTRO' });

function clip(n: number, fields: Partial<Clip> = {}): Clip {
  return makeClip(n, { title: `Talk ${n}`, videoId: `video${String(n).padStart(6, '0')}`, seconds: n * 100, capturedAt: `2024-05-17T10:${String(n).padStart(2, '0')}:00.000Z`, ...fields });
}

function render(clips: Clip[], choices: ExportChoices): string {
  return renderReport(trip, clips, resolveExportOptions({ frontMatter: 'none', ...choices }, '2024-05-25')).markdown;
}

/** Each piece occurs, and they occur in this order. */
function expectInOrder(markdown: string, pieces: readonly string[]): void {
  const positions = pieces.map((piece) => markdown.indexOf(piece));
  expect(positions.every((position) => position >= 0), JSON.stringify(positions)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

describe('talk order', () => {
  it('is by day (undated last), then stream by first capture, then seconds, then capture, then id', () => {
    const clips = [
      clip(1, { day: undefined }),
      clip(2, { day: '2024-05-18', videoId: 'streamBBBBB', seconds: 50, capturedAt: '2024-05-18T09:00:00.000Z' }),
      clip(3, { day: '2024-05-18', videoId: 'streamAAAAA', seconds: 10, capturedAt: '2024-05-18T11:00:00.000Z' }),
      clip(4, { day: '2024-05-18', videoId: 'streamBBBBB', seconds: 20, capturedAt: '2024-05-18T12:00:00.000Z' }),
      clip(5, { day: '2024-05-17', videoId: 'streamAAAAA', seconds: 900 }),
      clip(6, { day: '2024-05-18', videoId: 'streamAAAAA', seconds: 10, capturedAt: '2024-05-18T10:00:00.000Z' }),
    ];
    expect(sortTalks(clips).map((c) => c.title)).toEqual(['Talk 5', 'Talk 4', 'Talk 2', 'Talk 6', 'Talk 3', 'Talk 1']);
    expect(sortTalks([...clips].reverse())).toEqual(sortTalks(clips));
  });
});

describe('layouts', () => {
  const clips = [
    clip(1, { rating: 'good', kind: 'talk', day: '2024-05-17', speakers: ['Ann', 'Bob'], links: [{ label: 'slides', url: 'https://e.com/s' }], notes: 'Notes 1' }),
    clip(2, { rating: null, kind: 'keynote', day: '2024-05-18' }),
    clip(3, { rating: 'awesome', kind: 'open-space', day: undefined, notes: '---\nnot a heading' }),
    clip(4, { rating: 'liked', kind: 'other', day: '2024-05-17', liveStatus: 'vod' }),
  ];

  it('puts the intro first and the outro last, in every layout', () => {
    for (const layout of ['rating', 'kind', 'day', 'chronological'] as const) {
      const markdown = render(clips, { layout });
      expect(markdown.startsWith('# Trip\n\nINTRO\n\n')).toBe(true);
      expect(markdown.endsWith('\n\nOUTRO\n')).toBe(true);
      expect(markdown).not.toMatch(/\n{3,}/);
      for (const c of clips) expect(markdown).toContain(c.title);
    }
  });

  it('rating: tiers best first, unrated last, empty tiers left out, talks without notes kept', () => {
    const markdown = render(clips, { layout: 'rating', tierLabels: { unrated: 'Unrated' } });
    expectInOrder(markdown, ['### :star:', 'Talk 3', '### :heart:', 'Talk 4', '### :+1:', 'Talk 1', '### Unrated', 'Talk 2']);
    expect(markdown).toContain('[Talk 1](https://www.youtube.com/live/video000001?t=100) by Ann, Bob - [slides](https://e.com/s)\n\nNotes 1');
    expect(markdown).toContain('[Talk 4](https://youtu.be/video000004?t=400)\n\n### :+1: **Good watch**');
    expect(render([clips[0] as Clip], { layout: 'rating' })).not.toContain(':star:');
  });

  it('kind: a [KIND] heading and a by line per talk, in talk order', () => {
    const markdown = render(clips, { layout: 'kind', videoLabel: 'watch' });
    expect(markdown).toContain('# [TALK] Talk 1\nby Ann, Bob - [watch](https://www.youtube.com/live/video000001?t=100) - [slides](https://e.com/s)\n\nNotes 1');
    expect(markdown).toContain('# [KEYNOTE] Talk 2\n[watch](');
    expect(markdown).toContain('# [OPEN SPACE] Talk 3\n');
    expect(markdown).toContain('# Talk 4\n');
  });

  it('day: a section per day with its weekday, undated clips in a last section', () => {
    const markdown = render(clips, { layout: 'day', undatedLabel: 'Some day' });
    expectInOrder(markdown, ['## Friday, 17 May 2024', 'Talk 1', 'Talk 4', '## Saturday, 18 May 2024', 'Talk 2', '## Some day', 'Talk 3']);
    expect(markdown).toContain('### Talk 1 – Ann, Bob\n[video](https://www.youtube.com/live/video000001?t=100) - [slides](https://e.com/s)\n\nNotes 1');
    expect(markdown).toContain('### Talk 3\n[video](https://www.youtube.com/live/video000003?t=300)\n\n---\nnot a heading');
  });

  it('chronological: numbered from 1 across days', () => {
    const markdown = render(clips, { layout: 'chronological' });
    expect(markdown.match(/^### \d+\. .+$/gm)).toEqual(['### 1. Talk 1', '### 2. Talk 4', '### 3. Talk 2', '### 4. Talk 3']);
  });

  it('falls back to the chapter, stream title, then video id for an empty talk title', () => {
    const markdown = render(
      [clip(1, { title: ' ', chapter: { title: 'Chapter', seconds: 0 } }), clip(2, { title: '', streamTitle: 'Stream' }), clip(3, { title: '', streamTitle: '' })],
      { layout: 'chronological' },
    );
    expect(markdown.match(/^### .+$/gm)).toEqual(['### 1. Chapter', '### 2. Stream', '### 3. video000003']);
  });

  it('writes a blank chosen title as the trip name', () => {
    expect(render([], { title: '  ' }).startsWith('# Trip\n')).toBe(true);
  });

  it('writes a long trip (more talks than one written chunk) with every talk once, in order, a blank line apart', () => {
    const many = Array.from({ length: 700 }, (_, i) => clip(i, { day: '2024-05-17', videoId: 'streamAAAAA', seconds: i, notes: i % 2 === 0 ? '' : `Notes ${i}` }));
    const markdown = render(many, { layout: 'chronological' });
    const numbers = [...markdown.matchAll(/(?<=\n\n)### (\d+)\. Talk (\d+)\n/g)].map((match) => [Number(match[1]), Number(match[2])]);
    expect(numbers).toEqual(Array.from({ length: 700 }, (_, i) => [i + 1, i]));
    expect(markdown).not.toMatch(/\n\n\n/);
    expect(markdown.endsWith('Notes 699\n\nOUTRO\n')).toBe(true);
  });

  it('renders 10,000 clips into one link each', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => clip(i, { day: `2024-05-${String(17 + (i % 3))}`, rating: i % 4 === 0 ? null : 'good', videoId: `v${String(i % 37).padStart(10, '0')}` }));
    for (const layout of ['rating', 'kind', 'day', 'chronological'] as const) {
      const { markdown } = renderReport(trip, many, resolveExportOptions({ layout }, '2024-05-25'));
      expect(markdown.match(/\]\(https:\/\/www\.youtube\.com\/live\//g)).toHaveLength(10_000);
    }
  });
});
