/**
 * The background's side of a clip: check who sent it and what it says, turn the page
 * snapshot into a clip draft, write it, and answer only after the write committed.
 */
import type { ClipResult } from '../messaging/protocol';
import { saveCapturedClip } from '../storage/clips';
import { StorageWriteError } from '../storage/errors';
import { draftFromSnapshot } from '../youtube/draft';
import { isYouTubeHost } from '../youtube/hosts';
import { parsePageSnapshot } from '../youtube/snapshot-schema';
import type { RateLimiter } from './rate-limit';

/** Clips one tab may write per second: a person clips a talk, a script clips forty. */
export const CLIP_RATE_LIMIT = { limit: 3, windowMs: 1000 } as const;

export const TOO_FAST_MESSAGE = `Too many clips at once: Talk Clipper takes at most ${CLIP_RATE_LIMIT.limit} clips a second from one tab, so this one was not saved. Wait a moment and press Clip talk again.`;

/** The parts of runtime.MessageSender we rely on. */
export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

function refused(code: 'invalid' | 'storage' | 'too-fast', message: string): ClipResult {
  return { status: 'refused', code, message };
}

export function isTrustedYouTubeSender(sender: SenderFacts, extensionId: string): boolean {
  if (sender.id !== extensionId || sender.tab?.id === undefined || !sender.url) return false;
  try {
    const url = new URL(sender.url);
    return url.protocol === 'https:' && isYouTubeHost(url.hostname);
  } catch {
    return false;
  }
}

export interface CaptureLimits {
  /** Keyed by tab id; see CLIP_RATE_LIMIT. */
  perTab: RateLimiter<number>;
  now: () => number;
}

export async function handleCapture(data: unknown, sender: SenderFacts, extensionId: string, limits?: CaptureLimits): Promise<ClipResult> {
  if (!isTrustedYouTubeSender(sender, extensionId)) {
    return refused('invalid', 'Clips can only be taken from a YouTube page.');
  }
  const snapshot = parsePageSnapshot(typeof data === 'object' && data !== null ? Reflect.get(data, 'snapshot') : undefined);
  if (!snapshot.success) {
    return refused('invalid', 'Talk Clipper could not read this page. Reload it and try again.');
  }
  const outcome = draftFromSnapshot(snapshot.data);
  if (!outcome.ok) return { status: 'refused', code: outcome.code, message: outcome.message };
  // Counted only for clips about to be written: a page's "navigating, try again" retries are free.
  if (limits && !limits.perTab.take(sender.tab?.id ?? -1, limits.now())) return refused('too-fast', TOO_FAST_MESSAGE);
  try {
    const { clip, trip, duplicate } = await saveCapturedClip(outcome.draft);
    return { status: duplicate ? 'duplicate' : 'saved', clip, tripName: trip.name };
  } catch (error) {
    const message =
      error instanceof StorageWriteError
        ? error.userMessage
        : `The clip could not be saved: ${error instanceof Error ? error.message : String(error)}`;
    return refused('storage', message);
  }
}
