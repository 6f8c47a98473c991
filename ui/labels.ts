/**
 * Labels of the enumerations, <select> options and how a clip is shown (title, watch URL).
 * Pure and free of zod, so the popup's list can use them before anything else loads;
 * ui/fields.ts re-exports them with the form helpers.
 */
import { RATINGS, TALK_KINDS } from '../model/types';
import type { Clip, Rating, TalkKind } from '../model/types';

/** One option of a `<select>`: the value stored and the label shown. */
export interface Choice<T extends string> {
  value: T;
  label: string;
}

export const KIND_LABELS: Record<TalkKind, string> = {
  keynote: 'Keynote',
  talk: 'Talk',
  workshop: 'Workshop',
  lightning: 'Lightning talk',
  panel: 'Panel',
  'open-space': 'Open space',
  other: 'Other',
};

export const KIND_OPTIONS: ReadonlyArray<Choice<TalkKind>> = TALK_KINDS.map((value) => ({
  value,
  label: KIND_LABELS[value],
}));

export const RATING_LABELS: Record<Rating, string> = {
  awesome: 'Awesome',
  liked: 'Liked',
  good: 'Good',
};

/** The value of the "Unrated" option in a <select> (a select cannot hold null). */
export const UNRATED = '';

export const RATING_OPTIONS: ReadonlyArray<Choice<Rating | typeof UNRATED>> = [
  { value: UNRATED, label: 'Unrated' },
  ...RATINGS.map((value) => ({ value, label: RATING_LABELS[value] })),
];

export function parseKind(value: string): TalkKind {
  return (TALK_KINDS as readonly string[]).includes(value) ? (value as TalkKind) : 'talk';
}

export function parseRating(value: string): Rating | null {
  return (RATINGS as readonly string[]).includes(value) ? (value as Rating) : null;
}

/** `https://www.youtube.com/watch?v=ID&t=Ns`: opens the video at the clip's moment. */
export function watchUrl(videoId: string, seconds: number): string {
  const t = Math.max(0, Math.floor(seconds));
  return `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}&t=${t}s`;
}

/** The hint under a comma-separated list field: `tags` gives "Separate tags with commas." */
export function listEntriesHint(entries: string): string {
  return `Separate ${entries} with commas.`;
}

/** A video's thumbnail on YouTube (`mqdefault`, 320×180). */
export function thumbnailUrl(videoId: string): string {
  return `https://i.ytimg.com/vi/${encodeURIComponent(videoId)}/mqdefault.jpg`;
}

/** The title to show for a clip: its talk title, else the stream title, else a placeholder. */
export function displayTitle(clip: Pick<Clip, 'title' | 'streamTitle'>): string {
  const title = clip.title.trim();
  if (title !== '') return title;
  const stream = clip.streamTitle.trim();
  return stream !== '' ? stream : 'Untitled talk';
}
