/**
 * Runtime validators for the data model (DESIGN.md §3), used wherever data crosses a
 * trust boundary: messages into the background, backup files, database rows on upgrade.
 * Each schema is checked against the matching type in model/types.ts at compile time.
 */
import { z } from 'zod';
import { LIVE_STATUSES, RATINGS, TALK_KINDS } from './types';
import type { ChapterRef, Clip, ClipDraft, LiveEdge, Link, Setting, Trip } from './types';

// Extension pages forbid eval (CSP): tell zod not to probe for it with new Function.
z.config({ jitless: true });

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real calendar date');

export const isoDateTime = z.iso.datetime({ offset: true });

export const videoId = z.string().regex(/^[A-Za-z0-9_-]{11}$/, 'must be an 11-character YouTube video id');

/** Only http(s) links are ever stored: no javascript:, data: or file: URLs. */
export const httpUrl = z
  .string()
  .max(4096)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// URL');

const shortText = z.string().max(1000);
const longText = z.string().max(1_000_000);
const wholeSeconds = z.number().int().min(0).max(10 * 366 * 24 * 3600);
const stringList = z.array(z.string().max(200)).max(500);

export const linkSchema = z.object({ label: z.string().max(500), url: httpUrl });
export const chapterSchema = z.object({ title: shortText, seconds: wholeSeconds });
export const liveEdgeSchema = z.object({ edgeSeconds: wholeSeconds, behindSeconds: wholeSeconds });

export const tripSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1, 'must not be empty').max(300),
  place: shortText.optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  url: httpUrl.optional(),
  tags: stringList,
  categories: stringList,
  intro: longText,
  outro: longText,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const clipDraftSchema = z.object({
  videoId,
  seconds: wholeSeconds,
  liveStatus: z.enum(LIVE_STATUSES),
  streamTitle: shortText,
  channel: shortText,
  title: shortText,
  speakers: stringList,
  day: isoDate.optional(),
  chapter: chapterSchema.optional(),
  liveEdge: liveEdgeSchema.optional(),
});

export const clipSchema = clipDraftSchema.extend({
  id: z.uuid(),
  tripId: z.uuid(),
  kind: z.enum(TALK_KINDS),
  rating: z.enum(RATINGS).nullable(),
  tags: stringList,
  notes: longText,
  links: z.array(linkSchema).max(200),
  capturedAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const settingSchema = z.object({ key: z.string().min(1).max(200), value: z.unknown() });

// Compile-time proof that the validators and the hand-written types say the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemaChecks = [
  Assert<Same<z.infer<typeof linkSchema>, Link>>,
  Assert<Same<z.infer<typeof chapterSchema>, ChapterRef>>,
  Assert<Same<z.infer<typeof liveEdgeSchema>, LiveEdge>>,
  Assert<Same<z.infer<typeof tripSchema>, Trip>>,
  Assert<Same<z.infer<typeof clipDraftSchema>, ClipDraft>>,
  Assert<Same<z.infer<typeof clipSchema>, Clip>>,
  Assert<Same<z.output<typeof settingSchema>['key'], Setting['key']>>,
];
