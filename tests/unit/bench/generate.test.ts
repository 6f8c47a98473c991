import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DAYS_PER_TRIP, STREAMS_PER_DAY, TALKS_PER_STREAM, TALKS_PER_TRIP, generateDataset } from '../../../bench/generate';
import { clipSchema, tripSchema } from '../../../model/schemas';
import { LIVE_STATUSES, RATINGS, TALK_KINDS } from '../../../model/types';

describe('generateDataset', () => {
  it('makes records that the model schemas accept', () => {
    const { trips, clips } = generateDataset({ clips: 2_000, seed: 1 });
    expect(z.array(tripSchema).safeParse(trips).error).toBeUndefined();
    expect(z.array(clipSchema).safeParse(clips).error).toBeUndefined();
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateDataset({ clips: 500, seed: 42 });
    const b = generateDataset({ clips: 500, seed: 42 });
    const c = generateDataset({ clips: 500, seed: 43 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(c.clips[0]?.id).not.toBe(a.clips[0]?.id);
  });

  it('builds full trips of 3 days x 4 streams x 8 talks, the last one partial', () => {
    const { trips, clips } = generateDataset({ clips: 1_000, seed: 7 });
    expect(TALKS_PER_TRIP).toBe(96);
    expect(clips).toHaveLength(1_000);
    expect(trips).toHaveLength(Math.ceil(1_000 / 96));
    const first = trips[0];
    const ofFirst = clips.filter((clip) => clip.tripId === first?.id);
    expect(ofFirst).toHaveLength(96);
    expect(new Set(ofFirst.map((clip) => clip.day)).size).toBe(DAYS_PER_TRIP);
    expect(new Set(ofFirst.map((clip) => clip.videoId)).size).toBe(DAYS_PER_TRIP * STREAMS_PER_DAY);
    const perStream = new Map<string, number>();
    for (const clip of ofFirst) perStream.set(clip.videoId, (perStream.get(clip.videoId) ?? 0) + 1);
    expect([...perStream.values()].every((n) => n === TALKS_PER_STREAM)).toBe(true);
    // Days lie inside the trip's dates.
    for (const clip of ofFirst) {
      expect(clip.day! >= first!.startDate!).toBe(true);
      expect(clip.day! <= first!.endDate!).toBe(true);
    }
  });

  it('spreads clips over a chosen number of trips', () => {
    const { trips, clips } = generateDataset({ clips: 10_001, seed: 3, trips: 2 });
    expect(trips).toHaveLength(2);
    expect(clips.filter((clip) => clip.tripId === trips[0]?.id)).toHaveLength(5_001);
    expect(clips.filter((clip) => clip.tripId === trips[1]?.id)).toHaveLength(5_000);
  });

  it('gives unique ids, no duplicate captures, and varied content', () => {
    const { trips, clips } = generateDataset({ clips: 3_000, seed: 9 });
    expect(new Set(clips.map((clip) => clip.id)).size).toBe(clips.length);
    expect(new Set(trips.map((trip) => trip.id)).size).toBe(trips.length);
    expect(new Set(clips.map((clip) => `${clip.tripId}|${clip.videoId}|${clip.seconds}`)).size).toBe(clips.length);
    expect(new Set(clips.map((clip) => clip.kind))).toEqual(new Set(TALK_KINDS));
    expect(new Set(clips.map((clip) => clip.rating))).toEqual(new Set([...RATINGS, null]));
    expect(new Set(clips.map((clip) => clip.liveStatus))).toEqual(new Set(LIVE_STATUSES));
    const notes = clips.map((clip) => clip.notes);
    expect(notes.some((text) => text === '')).toBe(true);
    expect(notes.some((text) => /^- /m.test(text))).toBe(true);
    expect(notes.some((text) => /\[[^\]]+\]\(https?:/.test(text))).toBe(true);
    expect(Math.max(...notes.map((text) => text.length))).toBeGreaterThan(800);
    expect(clips.some((clip) => clip.tags.length > 0 && clip.links.length > 0 && clip.speakers.length > 0)).toBe(true);
    expect(clips.some((clip) => clip.chapter !== undefined)).toBe(true);
    expect(clips.some((clip) => clip.liveEdge !== undefined)).toBe(true);
  });

  it('handles zero clips', () => {
    const { trips, clips } = generateDataset({ clips: 0, seed: 1 });
    expect(clips).toEqual([]);
    expect(trips).toHaveLength(1);
  });
});
