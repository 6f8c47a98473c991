/**
 * Timestamps in a clip's notes: `[0:12:34](https://youtu.be/ID?t=754)`, a Markdown link
 * to a moment in the talk's video, in the same share form as the talk's own link
 * (talk-link.ts). The export keeps them as they are, as notes; the side panel finds them
 * again to seek the video when one is clicked.
 */
import { formatClock } from '../youtube/time';
import { parseStartSeconds, parseVideoId } from '../youtube/url';
import { talkUrl } from './talk-link';
import type { TalkLinkSource } from './talk-link';

export function timestampLink(moment: TalkLinkSource): string {
  return `[${formatClock(moment.seconds)}](${talkUrl(moment)})`;
}

export interface NoteTimestamp {
  /** The link text as written. */
  label: string;
  url: string;
  seconds: number;
}

const MARKDOWN_LINK = /\[([^\]\n]{1,100})\]\((https?:\/\/[^\s)]{1,500})\)/g;
const MAX_TIMESTAMPS = 200;

/** The Markdown links in `notes` that point at a moment of `videoId`, in the order written. */
export function timestampsIn(notes: string, videoId: string): NoteTimestamp[] {
  const found: NoteTimestamp[] = [];
  for (const match of notes.matchAll(MARKDOWN_LINK)) {
    const [, label = '', url = ''] = match;
    if (parseVideoId(url) !== videoId) continue;
    const seconds = parseStartSeconds(url);
    if (seconds === null) continue;
    found.push({ label, url, seconds });
    if (found.length >= MAX_TIMESTAMPS) break;
  }
  return found;
}
