/**
 * Which clip the side panel edits: the one covering the moment playing, that is the
 * latest clip of this video at or before the position (a clip marks where a talk was
 * taken and covers until the next one) — but not across the start of the talk now on:
 * once the next chapter's talk begins, its notes do not go into the previous talk's
 * clip. Pure.
 */
import type { Clip } from '../../model/types';

/** `talkStart`: where the talk now on began (its chapter's start), if known. */
export function clipAtMoment(clips: readonly Clip[], videoId: string, seconds: number, talkStart?: number): Clip | undefined {
  let best: Clip | undefined;
  for (const clip of clips) {
    if (clip.videoId !== videoId || clip.seconds > seconds) continue;
    if (best === undefined || clip.seconds > best.seconds || (clip.seconds === best.seconds && clip.capturedAt > best.capturedAt)) best = clip;
  }
  return best === undefined || talkStart === undefined || best.seconds >= talkStart ? best : undefined;
}
