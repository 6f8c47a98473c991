/**
 * The sentences the popup (and later the report page) shows in its status area.
 * Pure, so they are unit-tested.
 */
import type { ClipResult } from '../messaging/protocol';
import type { Clip } from '../model/types';
import { describeClipResult, describeRenamedClip } from '../capture/describe-result';
import { formatClock } from '../youtube/time';
import { displayTitle } from './labels';

/** Shown when the active tab has no content script to answer (not a YouTube page). */
export const NO_YOUTUBE_MESSAGE = 'Open a YouTube video to clip a talk.';

export const EMPTY_TRIP_MESSAGE = 'No clips yet. Press Clip talk while a talk plays on YouTube.';

/**
 * The outcome of Clip talk; `undefined` means nobody answered in the tab. Same words as
 * under the player, except that the popup shows (highlights) an existing clip.
 */
export function clipResultMessage(result: ClipResult | undefined): string {
  if (result === undefined) return NO_YOUTUBE_MESSAGE;
  if (result.status === 'duplicate') return `Already clipped at ${formatClock(result.clip.seconds)} — showing it`;
  return describeClipResult(result);
}

/**
 * The popup's Clip talk sentence once the follow-up match renamed the clip it announced:
 * `live` is that clip as the popup's live query reads it now. Undefined (keep the
 * sentence) unless the match named it (a talk code) and the person has not renamed it;
 * a duplicate or a refusal never changes.
 */
export function renamedClipMessage(announced: ClipResult | undefined, live: Clip | undefined): string | undefined {
  if (live === undefined || live.talkCode === undefined || live.editedFields?.includes('title') === true) return undefined;
  return announced === undefined ? undefined : describeRenamedClip(announced, { clipId: live.id, videoId: live.videoId, title: live.title }, live.videoId, describeClipResult(announced));
}

export function deletedMessage(clips: readonly Clip[]): string {
  const [first] = clips;
  if (clips.length === 1 && first !== undefined) return `Deleted “${displayTitle(first)}”.`;
  return `Deleted ${clips.length} clips.`;
}

export function restoredMessage(clips: readonly Clip[]): string {
  const [first] = clips;
  if (clips.length === 1 && first !== undefined) return `Restored “${displayTitle(first)}”.`;
  return `Restored ${clips.length} clips.`;
}

/** "Showing 50 of 1,234 clips" for the paged list. */
export function shownCountMessage(shown: number, total: number): string {
  const format = (n: number) => n.toLocaleString('en-US');
  const noun = total === 1 ? 'clip' : 'clips';
  return shown >= total ? `${format(total)} ${noun}` : `Showing ${format(shown)} of ${format(total)} ${noun}`;
}

/** Checks the shape of an answer from a content script before trusting it. */
export function isClipResult(value: unknown): value is ClipResult {
  if (typeof value !== 'object' || value === null) return false;
  const status = (value as { status?: unknown }).status;
  if (status === 'refused') return typeof (value as { message?: unknown }).message === 'string';
  if (status !== 'saved' && status !== 'duplicate') return false;
  const { clip, tripName } = value as { clip?: unknown; tripName?: unknown };
  if (typeof tripName !== 'string' || typeof clip !== 'object' || clip === null) return false;
  const { id, seconds, title, streamTitle } = clip as Record<string, unknown>;
  return typeof id === 'string' && typeof seconds === 'number' && typeof title === 'string' && typeof streamTitle === 'string';
}
