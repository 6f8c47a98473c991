/**
 * The data model (docs/architecture.md §4) as zod schemas: the one source of truth.
 * They validate wherever data crosses a trust boundary (messages into the background,
 * backup files, database rows on upgrade), and model/types.ts infers every type from
 * them. Code that must stay zod-free imports those types, never this module.
 */
import { z } from 'zod';
import { scheduleSchema } from '../schedule/model';
import { hasHttpProtocol, MAX_URL_LENGTH } from './http-url';
import { isValidTimeZone } from './time-zone';
import { LIVE_STATUSES, MATCHED_FIELDS, RATINGS, ROOM_SOURCES, TALK_KINDS } from './constants';

// Extension pages forbid eval (CSP): tell zod not to probe for it with new Function.
z.config({ jitless: true });

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real calendar date');

/**
 * An ISO date-time with an offset whose instant, written in UTC, still has a four-digit
 * year: `9999-12-31T23:30:00-01:00` is year 10000 in UTC and would be stored as
 * `+010000-…`, which no later check accepts, so it is refused here.
 */
export const isoDateTime = z.iso.datetime({ offset: true }).refine((value) => {
  const year = new Date(value).getUTCFullYear();
  return year >= 0 && year <= 9999;
}, 'must be a date-time between the years 0000 and 9999 in UTC');

/** An instant written in UTC (`2024-05-25T09:30:00.000Z`), as this code writes them. */
export const utcInstant = z.iso.datetime();

/** An IANA time zone name this browser knows (`Europe/Rome`, `UTC`). */
export const timeZoneName = z.string().max(100).refine(isValidTimeZone, 'must be a time zone name such as Europe/Rome or UTC');

export const videoId = z.string().regex(/^[A-Za-z0-9_-]{11}$/, 'must be an 11-character YouTube video id');

/** Only http(s) links are ever stored: no javascript:, data: or file: URLs. */
export const httpUrl = z.string().max(MAX_URL_LENGTH).refine(hasHttpProtocol, 'must be an http:// or https:// URL');

const shortText = z.string().max(1000);
const longText = z.string().max(1_000_000);
const wholeSeconds = z.number().int().min(0).max(10 * 366 * 24 * 3600);
const stringList = z.array(z.string().max(200)).max(500);

export const liveStatusSchema = z.enum(LIVE_STATUSES);
export const talkKindSchema = z.enum(TALK_KINDS);
export const ratingSchema = z.enum(RATINGS);
export const matchedFieldSchema = z.enum(MATCHED_FIELDS);
export const roomSourceSchema = z.enum(ROOM_SOURCES);

export const linkSchema = z.object({
  label: z.string().max(500),
  /** Always an http(s) URL. */
  url: httpUrl,
});

export const chapterSchema = z.object({
  title: shortText,
  /** Chapter start, whole seconds from the start of the video. */
  seconds: wholeSeconds,
});

export const liveEdgeSchema = z.object({
  /** Offset of the live edge, whole seconds since the broadcast began. */
  edgeSeconds: wholeSeconds,
  /** How far behind the live edge the viewer was, whole seconds. */
  behindSeconds: wholeSeconds,
});

export const tripSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1, 'must not be empty').max(300),
  place: shortText.optional(),
  /** YYYY-MM-DD */
  startDate: isoDate.optional(),
  /** YYYY-MM-DD */
  endDate: isoDate.optional(),
  url: httpUrl.optional(),
  tags: stringList,
  categories: stringList,
  /** Markdown */
  intro: longText,
  /** Markdown */
  outro: longText,
  /** IANA time zone of the conference (Conference time zone); absent: the browser's. */
  timeZone: timeZoneName.optional(),
  /** ISO date-time */
  createdAt: isoDateTime,
  /** ISO date-time */
  updatedAt: isoDateTime,
});

export const clipDraftSchema = z.object({
  /** 11-character YouTube video id */
  videoId,
  /** Whole seconds >= 0: the `t=` of the talk link. */
  seconds: wholeSeconds,
  liveStatus: liveStatusSchema,
  streamTitle: shortText,
  channel: shortText,
  /** Talk title (on a draft: the chapter's, else the stream title). */
  title: shortText,
  /** Speakers (on a draft: from a `Title — Speaker` chapter), possibly empty. */
  speakers: stringList,
  /** YYYY-MM-DD, the day the talk was given. */
  day: isoDate.optional(),
  chapter: chapterSchema.optional(),
  liveEdge: liveEdgeSchema.optional(),
  /** The broadcast's actual start (liveBroadcastDetails.startTimestamp), an instant in UTC. */
  streamStart: utcInstant.optional(),
});

export const clipSchema = clipDraftSchema.extend({
  id: z.uuid(),
  tripId: z.uuid(),
  kind: talkKindSchema,
  /** `null` means unrated. */
  rating: ratingSchema.nullable(),
  tags: stringList,
  /** Markdown */
  notes: longText,
  links: z.array(linkSchema).max(200),
  /** Fields the user edited: a schedule match never overwrites them. */
  editedFields: z.array(matchedFieldSchema).max(MATCHED_FIELDS.length).optional(),
  /** The code of the schedule talk this clip was matched to. */
  talkCode: z.string().min(1).max(200).optional(),
  /** ISO date-time */
  capturedAt: isoDateTime,
  /** ISO date-time */
  updatedAt: isoDateTime,
});

/**
 * A stream (one video) of a trip and the conference room it shows. No `room`: the
 * stream has none (its title names no room, or the user chose none).
 */
export const streamRoomSchema = z.object({
  tripId: z.uuid(),
  videoId,
  room: z.string().min(1).max(300).optional(),
  roomSource: roomSourceSchema,
  /** ISO date-time */
  updatedAt: isoDateTime,
});

/** A trip's conference schedule as imported (one per trip; importing again replaces it). */
export const storedScheduleSchema = z.object({
  tripId: z.uuid(),
  schedule: scheduleSchema,
  /** Where it came from: the file's name, or the URL it was loaded from. */
  source: z.object({ fileName: z.string().max(1000).optional(), url: httpUrl.optional() }),
  /** ISO date-time */
  importedAt: isoDateTime,
});

export const settingSchema = z.object({ key: z.string().min(1).max(200), value: z.unknown() });
