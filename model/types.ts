/**
 * The data model's types (docs/architecture.md §4), each inferred from its zod schema in
 * model/schemas.ts: the schema is the one source of truth.
 *
 * Only types are imported from schemas.ts and zod (`import type`, erased at build time),
 * so importing this module costs nothing at run time: pure code (youtube/, markdown/),
 * the popup and the content scripts stay zod-free. The constant lists come from the
 * dependency-free model/constants.ts.
 */
import type { z } from 'zod';
import type {
  chapterSchema,
  clipDraftSchema,
  clipSchema,
  linkSchema,
  liveEdgeSchema,
  liveStatusSchema,
  matchedFieldSchema,
  ratingSchema,
  roomSourceSchema,
  settingSchema,
  storedScheduleSchema,
  streamRoomSchema,
  talkKindSchema,
  tripSchema,
} from './schemas';

export { LIVE_STATUSES, MATCHED_FIELDS, RATINGS, ROOM_SOURCES, TALK_KINDS } from './constants';

export type LiveStatus = z.infer<typeof liveStatusSchema>;
export type TalkKind = z.infer<typeof talkKindSchema>;
/** A rating tier; `null` on a clip means unrated. */
export type Rating = z.infer<typeof ratingSchema>;

/** A label and an http(s) URL. */
export type Link = z.infer<typeof linkSchema>;
/** The chapter covering the clip's moment when it was captured. */
export type ChapterRef = z.infer<typeof chapterSchema>;
/** Live-edge facts kept with a clip taken on a live stream (from the player's getProgressState). */
export type LiveEdge = z.infer<typeof liveEdgeSchema>;
export type Trip = z.infer<typeof tripSchema>;
/** What capture produces from a YouTube page; the background turns it into a Clip. */
export type ClipDraft = z.infer<typeof clipDraftSchema>;
export type Clip = z.infer<typeof clipSchema>;
/** A clip field a schedule match fills (see MATCHED_FIELDS). */
export type MatchedField = z.infer<typeof matchedFieldSchema>;
/** How a stream got its room: from its title, or the user's choice. */
export type RoomSource = z.infer<typeof roomSourceSchema>;
/** The room one stream of a trip shows. */
export type StreamRoom = z.infer<typeof streamRoomSchema>;
/** A trip's conference schedule as imported. */
export type StoredSchedule = z.infer<typeof storedScheduleSchema>;
/** One row of the settings table: a key and a JSON value. */
export type Setting = z.infer<typeof settingSchema>;
