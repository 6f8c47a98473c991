import type { ClipResult } from '../messaging/protocol';
import { formatClock } from '../youtube/time';

/** The sentence a user reads after a clip attempt, wherever it was started. */
export function describeClipResult(result: ClipResult): string {
  switch (result.status) {
    case 'saved':
      return `Clipped “${result.clip.title}” at ${formatClock(result.clip.seconds)} to ${result.tripName}`;
    case 'duplicate':
      return `Already clipped “${result.clip.title}” at ${formatClock(result.clip.seconds)} — not added again`;
    case 'refused':
      return result.message;
  }
}
