/**
 * Shared test helpers: a fresh database per test, full dumps for before/after
 * comparisons, and valid sample records.
 */
import 'fake-indexeddb/auto';
import type { Clip, ClipDraft, Setting, StoredSchedule, StreamRoom, Trip } from '../../../model/types';
import { db } from '../../../storage/db';
import { newClip, newTrip, testUuid } from '../../support/records';

/** Deletes the shared database and opens it again, empty, at the current version. */
export async function resetDatabase(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}

export interface Dump {
  trips: Trip[];
  clips: Clip[];
  settings: Setting[];
  schedules: StoredSchedule[];
  streams: StreamRoom[];
}

/** Every row of every table, in primary-key order. */
export async function dumpDatabase(): Promise<Dump> {
  return db.transaction('r', [db.trips, db.clips, db.settings, db.schedules, db.streams], async () => ({
    trips: await db.trips.toArray(),
    clips: await db.clips.toArray(),
    settings: await db.settings.toArray(),
    schedules: await db.schedules.toArray(),
    streams: await db.streams.toArray(),
  }));
}

export const T0 = new Date('2024-05-24T09:00:00.000Z');

/** `T0` plus `seconds`. */
export function at(seconds: number): Date {
  return new Date(T0.getTime() + seconds * 1000);
}

export function makeDraft(overrides: Partial<ClipDraft> = {}): ClipDraft {
  return {
    videoId: 'dQw4w9WgXcQ',
    seconds: 3600,
    liveStatus: 'was_live',
    streamTitle: 'PyCon Italia 2024 - Day 1 - Room Spaghetti',
    channel: 'PyCon Italia',
    title: 'Keynote: The future of Python',
    speakers: ['Ada Lovelace'],
    day: '2024-05-23',
    ...overrides,
  };
}

let counter = 0;

/** A deterministic, valid uuid (v4 layout): the next one, or the one of `n`. */
export function uuid(n: number = ++counter): string {
  return testUuid(n);
}

/** A trip with every field filled in, as a user who wrote everything would have it. */
export function makeTrip(overrides: Partial<Trip> = {}): Trip {
  return newTrip({
    id: uuid(),
    name: 'PyCon Italia 2024',
    place: 'Florence',
    startDate: '2024-05-22',
    endDate: '2024-05-25',
    tags: ['python'],
    categories: ['conferences'],
    intro: 'Hello **Florence**.',
    outro: 'See you next year.',
    createdAt: '2024-05-20T10:00:00.000Z',
    updatedAt: '2024-05-20T10:00:00.000Z',
    ...overrides,
  });
}

/** A clip of `tripId` with every field filled in: rated, tagged, noted, linked, in a chapter. */
export function makeClip(tripId: string, overrides: Partial<Clip> = {}): Clip {
  return newClip({
    id: uuid(),
    tripId,
    seconds: 120,
    streamTitle: 'PyCon Italia 2024 - Day 1',
    channel: 'PyCon Italia',
    title: 'A talk',
    speakers: ['Grace Hopper'],
    rating: 'liked',
    tags: ['async'],
    notes: 'Great *talk*.',
    links: [{ label: 'slides', url: 'https://example.org/slides.pdf' }],
    day: '2024-05-23',
    chapter: { title: 'A talk', seconds: 100 },
    capturedAt: '2024-05-23T10:00:00.000Z',
    updatedAt: '2024-05-23T10:00:00.000Z',
    ...overrides,
  });
}
