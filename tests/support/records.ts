/**
 * The one factory of valid records for tests that need a trip or a clip but care about
 * only a few of its fields; the report fixtures and the storage tests build on it.
 */
import type { Clip, Trip } from '../../model/types';

/** A deterministic, valid uuid (v4 layout) from a number. */
export function testUuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

let clipCounter = 0;

/** A freshly captured clip: nothing rated, tagged or written yet; `overrides` set the rest. */
export function newClip(overrides: Partial<Clip> = {}): Clip {
  clipCounter += 1;
  return {
    id: testUuid(0x10000 + clipCounter),
    tripId: testUuid(1),
    videoId: 'dQw4w9WgXcQ',
    seconds: 0,
    liveStatus: 'was_live',
    streamTitle: 'Day 1',
    channel: 'ConfTV',
    title: `Talk ${clipCounter}`,
    speakers: [],
    kind: 'talk',
    rating: null,
    tags: [],
    notes: '',
    links: [],
    capturedAt: '2024-05-24T10:00:00.000Z',
    updatedAt: '2024-05-24T10:00:00.000Z',
    ...overrides,
  };
}

/** A trip with nothing filled in but its name; `overrides` set the rest. */
export function newTrip(overrides: Partial<Trip> = {}): Trip {
  return {
    id: testUuid(1),
    name: 'A trip',
    tags: [],
    categories: [],
    intro: '',
    outro: '',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}
