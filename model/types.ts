/**
 * The data model of DESIGN.md §3, as plain TypeScript types.
 *
 * This module holds types and constant lists only (no runtime dependencies), so that
 * pure code (youtube/, markdown/) and the content script can import it for free.
 * The runtime validators live in model/schemas.ts.
 */

export const LIVE_STATUSES = ['live', 'was_live', 'vod', 'premiere'] as const;
export type LiveStatus = (typeof LIVE_STATUSES)[number];

export const TALK_KINDS = ['keynote', 'talk', 'workshop', 'lightning', 'panel', 'open-space', 'other'] as const;
export type TalkKind = (typeof TALK_KINDS)[number];

/** Rating tiers, best first. `null` on a clip means unrated. */
export const RATINGS = ['awesome', 'liked', 'good'] as const;
export type Rating = (typeof RATINGS)[number];

export interface Link {
  label: string;
  /** Always an http(s) URL. */
  url: string;
}

/** The chapter covering the clip's moment when it was captured. */
export interface ChapterRef {
  title: string;
  /** Chapter start, whole seconds from the start of the video. */
  seconds: number;
}

/** Live-edge facts kept with a clip taken on a live stream (from the player's getProgressState). */
export interface LiveEdge {
  /** Offset of the live edge, whole seconds since the broadcast began. */
  edgeSeconds: number;
  /** How far behind the live edge the viewer was, whole seconds. */
  behindSeconds: number;
}

export interface Trip {
  id: string;
  name: string;
  place?: string;
  /** YYYY-MM-DD */
  startDate?: string;
  /** YYYY-MM-DD */
  endDate?: string;
  url?: string;
  tags: string[];
  categories: string[];
  /** Markdown */
  intro: string;
  /** Markdown */
  outro: string;
  /** ISO date-time */
  createdAt: string;
  /** ISO date-time */
  updatedAt: string;
}

export interface Clip {
  id: string;
  tripId: string;
  /** 11-character YouTube video id */
  videoId: string;
  /** Whole seconds >= 0: the `t=` of the talk link. */
  seconds: number;
  liveStatus: LiveStatus;
  streamTitle: string;
  channel: string;
  /** Talk title */
  title: string;
  speakers: string[];
  kind: TalkKind;
  rating: Rating | null;
  tags: string[];
  /** Markdown */
  notes: string;
  links: Link[];
  /** YYYY-MM-DD, the day the talk was given. */
  day?: string;
  chapter?: ChapterRef;
  liveEdge?: LiveEdge;
  /** ISO date-time */
  capturedAt: string;
  /** ISO date-time */
  updatedAt: string;
}

/** What capture produces from a YouTube page; the background turns it into a Clip. */
export interface ClipDraft {
  videoId: string;
  seconds: number;
  liveStatus: LiveStatus;
  streamTitle: string;
  channel: string;
  /** Proposed talk title (the chapter's, else the stream title). */
  title: string;
  /** Proposed speakers (from a `Title — Speaker` chapter), possibly empty. */
  speakers: string[];
  day?: string;
  chapter?: ChapterRef;
  liveEdge?: LiveEdge;
}

/** One row of the settings table: a key and a JSON value. */
export interface Setting {
  key: string;
  value: unknown;
}
