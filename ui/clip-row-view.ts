/**
 * What a collapsed clip row shows, as plain strings: the one source of the row's text
 * and accessible names for both renderers of the popup's list, the Preact ClipItem and
 * the plain-DOM first paint (components/popup/first-paint.ts). Pure and free of zod and
 * Preact, so the popup's first paint can use it before anything else loads.
 */
import type { Clip } from '../model/types';
import { formatClock } from '../youtube/time';
import { KIND_LABELS, RATING_LABELS, displayTitle, watchUrl } from './labels';

/** A label beside the time: the kind (unless a plain talk) and the rating. */
export interface RowChip {
  /** The chip's classes: `chip`, and `chip-<rating>` for a rating. */
  className: string;
  label: string;
}

export interface ClipRowView {
  title: string;
  /** `h:mm:ss` of the clip's moment, the text of the watch link. */
  clock: string;
  /** The video at the clip's moment. */
  href: string;
  /** The speakers, comma separated; undefined when there are none. */
  speakers: string | undefined;
  chips: RowChip[];
  /** Accessible names of the row's two buttons. */
  editLabel: string;
  deleteLabel: string;
}

export function clipRowView(clip: Clip): ClipRowView {
  const title = displayTitle(clip);
  const chips: RowChip[] = [];
  if (clip.kind !== 'talk') chips.push({ className: 'chip', label: KIND_LABELS[clip.kind] });
  if (clip.rating !== null) chips.push({ className: `chip chip-${clip.rating}`, label: RATING_LABELS[clip.rating] });
  return {
    title,
    clock: formatClock(clip.seconds),
    href: watchUrl(clip.videoId, clip.seconds),
    speakers: clip.speakers.length > 0 ? clip.speakers.join(', ') : undefined,
    chips,
    editLabel: `Edit ${title}`,
    deleteLabel: `Delete ${title}`,
  };
}

/** The visually hidden words before the clock in the watch link ("Watch at 1:02:03"). */
export const WATCH_AT = 'Watch at ';
