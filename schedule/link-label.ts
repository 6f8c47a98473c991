/**
 * What a clip calls a link its schedule gives a talk. Schedules list slides, recordings,
 * papers and project pages side by side under one name (`links`, `attachments`), each
 * labelled by whoever entered it: FOSDEM's "Video recording (mp4)", the camp's "Slides",
 * "Fomu Website", "twitter.com/xrberlin". A clip's link is written into the report as
 * `[label](url)`, so calling every one of them "slides" would be wrong.
 *
 * The kinds a reader expects get one short label each ("slides", "recording", "paper"),
 * recognised by the schedule's label first and then by the address; any other link keeps
 * the schedule's own label, shortened. Pure.
 */
import type { Link } from '../model/types';
import type { ScheduleLink } from './model';
import { cleanText } from './read-values';

export const LINK_LABELS = { slides: 'slides', recording: 'recording', paper: 'paper' } as const;

/** Longest label a schedule's own link keeps on a clip; longer ones are cut with `…`. */
export const OWN_LABEL_MAX = 80;

/** By the label: the words people use for each kind (English and German, as in the real schedules). */
const BY_LABEL: ReadonlyArray<[RegExp, string]> = [
  [/\bpapers?\b/i, LINK_LABELS.paper],
  [/\b(?:video|recording|aufzeichnung|mitschnitt)\b/i, LINK_LABELS.recording],
  [/\b(?:slides?|slide ?deck|folien|presentation)\b/i, LINK_LABELS.slides],
];

/** By the address: where the file sits (`/attachments/slides/…`) or what it is (`.mp4`, `.pdf`). */
const BY_URL: ReadonlyArray<[RegExp, string]> = [
  [/\/papers?\//i, LINK_LABELS.paper],
  [/\.(?:mp4|webm|mkv|ogv|mov|m4v)$/i, LINK_LABELS.recording],
  // Not `.pdf` alone: a PDF is as often a paper or the talk's text as its slides.
  [/\/slides?\/|\.(?:pptx?|odp|key)$/i, LINK_LABELS.slides],
];

function kindOf(label: string, url: string): string | undefined {
  // `XR_Camp_Presentation`: underscores part words as spaces do.
  const words = label.replace(/_/g, ' ');
  for (const [pattern, kind] of BY_LABEL) if (pattern.test(words)) return kind;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  for (const [pattern, kind] of BY_URL) if (pattern.test(path)) return kind;
  return undefined;
}

/** The host a link without a label is named by (`github.com`). */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'link';
  }
}

/**
 * The label a clip gives `link`: "slides", "recording", "paper", else the schedule's own
 * (shortened), else the link's host.
 */
export function clipLinkLabel(link: ScheduleLink): string {
  return kindOf(link.label, link.url) ?? (cleanText(link.label, OWN_LABEL_MAX) || hostOf(link.url));
}

/**
 * The schedule's links of a talk as a clip's links, in the schedule's order. A recording
 * offered in several formats (FOSDEM: WebM, then mp4) is one video: only its first link
 * is kept.
 */
export function clipLinksOf(links: readonly ScheduleLink[]): Link[] {
  const kept: Link[] = [];
  for (const link of links) {
    const label = clipLinkLabel(link);
    if (label === LINK_LABELS.recording && kept.some((other) => other.label === label)) continue;
    kept.push({ label, url: link.url });
  }
  return kept;
}
