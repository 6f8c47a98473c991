import type { ClipRenamed, ClipResult } from '../messaging/protocol';
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

/**
 * The sentence once the follow-up match renamed the clip `announced` told of (`clipRenamed`,
 * §3), or undefined when the rename is not for it: only a saved clip's announcement
 * follows, only for that very clip and video, only while the page still shows that video
 * (`videoIdNow`) and the status still shows that announcement (`shown`: not once it has
 * cleared, nor over a later sentence). A duplicate or a refusal never changes.
 */
export function describeRenamedClip(announced: ClipResult | undefined, renamed: ClipRenamed, videoIdNow: string | null, shown: string): string | undefined {
  if (announced?.status !== 'saved' || shown !== describeClipResult(announced)) return undefined;
  const { clip } = announced;
  if (clip.id !== renamed.clipId || clip.videoId !== renamed.videoId || videoIdNow !== clip.videoId || clip.title === renamed.title) return undefined;
  return describeClipResult({ ...announced, clip: { ...clip, title: renamed.title } });
}
