/**
 * Typed, validated facts read from the untrusted data the MAIN-world bridge copied out
 * of YouTube's player (see RawPlayerSnapshot). Wrong types become undefined, strings
 * are length-capped, numbers are finite.
 *
 * Facts about a video (title, author, live flags, description, dates) are only taken
 * from a source that names the same video as `videoId`: getVideoData() when its
 * `video_id` is that id, the player response when `videoDetails.videoId` is. A player
 * response left over from the previous video therefore contributes nothing.
 */
import type { RawPlayerSnapshot } from './snapshot';
import { isVideoId } from './url';
import { dig, readBoolean, readFiniteNumber, readString } from './untrusted';

export const MAX_TITLE_LENGTH = 1000;
export const MAX_DESCRIPTION_LENGTH = 20_000;
const MAX_STATUS_LENGTH = 64;
const MAX_DATE_LENGTH = 40;

export interface ProgressFacts {
  seekableEnd?: number;
  current?: number;
  ingestionTime?: number;
  isAtLiveHead?: boolean;
}

export interface PlayerFacts {
  /** getVideoData().video_id, else videoDetails.videoId (valid ids only). */
  videoId?: string;
  /** getCurrentTime(), seconds >= 0. */
  currentTime?: number;
  title?: string;
  /** Channel name. */
  author?: string;
  isLive?: boolean;
  isLiveContent?: boolean;
  isUpcoming?: boolean;
  isPostLiveDvr?: boolean;
  isPremiere?: boolean;
  /** liveBroadcastDetails.startTimestamp, an ISO date-time with offset. */
  startTimestamp?: string;
  /** microformat publishDate: `YYYY-MM-DD` or an ISO date-time. */
  publishDate?: string;
  /** videoDetails.lengthSeconds (0 for a live stream). */
  lengthSeconds?: number;
  /** videoDetails.shortDescription */
  description?: string;
  /** playabilityStatus.status, e.g. `OK`, `LIVE_STREAM_OFFLINE`. */
  playabilityStatus?: string;
  progress: ProgressFacts;
  adShowing?: boolean;
  navigationVideoId?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

function readDateTime(value: unknown): string | undefined {
  const text = readString(value, MAX_DATE_LENGTH);
  return text !== undefined && ISO_DATE_TIME.test(text) && Number.isFinite(Date.parse(text)) ? text : undefined;
}

function readDateOrDateTime(value: unknown): string | undefined {
  const text = readString(value, MAX_DATE_LENGTH);
  if (text !== undefined && ISO_DATE.test(text) && Number.isFinite(Date.parse(`${text}T00:00:00Z`))) return text;
  return readDateTime(value);
}

function readVideoId(value: unknown): string | undefined {
  return isVideoId(value) ? value : undefined;
}

function readNonNegative(value: unknown): number | undefined {
  const number = readFiniteNumber(value);
  return number !== undefined && number >= 0 ? number : undefined;
}

/** YouTube sends lengthSeconds as a decimal string ("3600"); accept that or a number. */
function readLengthSeconds(value: unknown): number | undefined {
  if (typeof value === 'string' && /^\d{1,9}$/.test(value)) return Number(value);
  const number = readNonNegative(value);
  return number !== undefined ? Math.floor(number) : undefined;
}

/** A text that must not be blank to count (titles, channel names). */
function readText(value: unknown): string | undefined {
  const text = readString(value, MAX_TITLE_LENGTH)?.trim();
  return text === undefined || text === '' ? undefined : text;
}

function readProgress(progress: unknown): ProgressFacts {
  return {
    seekableEnd: readNonNegative(dig(progress, 'seekableEnd')),
    current: readNonNegative(dig(progress, 'current')),
    ingestionTime: readNonNegative(dig(progress, 'ingestionTime')),
    isAtLiveHead: readBoolean(dig(progress, 'isAtLiveHead')),
  };
}

export function readPlayerFacts(raw: RawPlayerSnapshot | null): PlayerFacts {
  if (raw === null || typeof raw !== 'object') return { progress: {} };
  const videoData = raw.videoData;
  const response = raw.playerResponse;
  const details = dig(response, 'videoDetails');
  const microformat = dig(response, 'microformat', 'playerMicroformatRenderer');

  const dataId = readVideoId(dig(videoData, 'video_id'));
  const detailsId = readVideoId(dig(details, 'videoId'));
  const videoId = dataId ?? detailsId;
  const fromData = dataId !== undefined && dataId === videoId;
  const fromResponse = detailsId !== undefined && detailsId === videoId;

  const pick = <T>(fromVideoData: () => T | undefined, fromPlayerResponse: () => T | undefined): T | undefined =>
    (fromData ? fromVideoData() : undefined) ?? (fromResponse ? fromPlayerResponse() : undefined);
  const fromResponseOnly = <T>(read: () => T | undefined): T | undefined => (fromResponse ? read() : undefined);

  return {
    videoId,
    currentTime: readNonNegative(raw.currentTime),
    title: pick(
      () => readText(dig(videoData, 'title')),
      () => readText(dig(details, 'title')),
    ),
    author: pick(
      () => readText(dig(videoData, 'author')),
      () => readText(dig(details, 'author')),
    ),
    isLive: pick(
      () => readBoolean(dig(videoData, 'isLive')),
      () => readBoolean(dig(details, 'isLive')),
    ),
    isLiveContent: fromResponseOnly(() => readBoolean(dig(details, 'isLiveContent'))),
    isUpcoming: pick(
      () => readBoolean(dig(videoData, 'isUpcoming')),
      () => readBoolean(dig(details, 'isUpcoming')),
    ),
    isPostLiveDvr: fromResponseOnly(() => readBoolean(dig(details, 'isPostLiveDvr'))),
    isPremiere: fromData ? readBoolean(dig(videoData, 'isPremiere')) : undefined,
    startTimestamp: fromResponseOnly(() => readDateTime(dig(microformat, 'liveBroadcastDetails', 'startTimestamp'))),
    publishDate: fromResponseOnly(() => readDateOrDateTime(dig(microformat, 'publishDate'))),
    lengthSeconds: fromResponseOnly(() => readLengthSeconds(dig(details, 'lengthSeconds'))),
    description: fromResponseOnly(() => readString(dig(details, 'shortDescription'), MAX_DESCRIPTION_LENGTH)),
    playabilityStatus: fromResponseOnly(() => readString(dig(response, 'playabilityStatus', 'status'), MAX_STATUS_LENGTH)),
    progress: readProgress(raw.progress),
    adShowing: readBoolean(raw.adShowing),
    navigationVideoId: readVideoId(raw.navigationVideoId),
  };
}
