/**
 * Pure pieces of the export panel: option labels, and turning the remembered choices
 * plus today's date into the renderer's options.
 */
import type { EmojiStyle, FrontMatterFlavour, LinkStyle, ReportLayout } from '../markdown/export-options';
import { FRONT_MATTER_FLAVOURS, LINK_STYLES, REPORT_LAYOUTS, resolveExportOptions } from '../markdown/export-options';
import type { ExportChoices, ExportOptions } from '../markdown/export-options';
import type { Choice } from '../ui/labels';
import type { PanelChoices } from './choices-store';

const FRONT_MATTER_LABELS: Record<FrontMatterFlavour, string> = {
  jekyll: 'Jekyll',
  'hugo-yaml': 'Hugo (YAML)',
  'hugo-toml': 'Hugo (TOML)',
  none: 'None',
};

const LAYOUT_LABELS: Record<ReportLayout, string> = {
  rating: 'By rating',
  kind: 'By kind',
  day: 'By day',
  chronological: 'Chronological',
  template: 'Custom template',
};

const LINK_STYLE_LABELS: Record<LinkStyle, string> = {
  share: 'YouTube share links',
  watch: 'watch?v= links',
};

export const FRONT_MATTER_CHOICES: ReadonlyArray<Choice<FrontMatterFlavour>> = FRONT_MATTER_FLAVOURS.map((value) => ({ value, label: FRONT_MATTER_LABELS[value] }));
export const LAYOUT_CHOICES: ReadonlyArray<Choice<ReportLayout>> = REPORT_LAYOUTS.map((value) => ({ value, label: LAYOUT_LABELS[value] }));
export const LINK_STYLE_CHOICES: ReadonlyArray<Choice<LinkStyle>> = LINK_STYLES.map((value) => ({ value, label: LINK_STYLE_LABELS[value] }));

/** The Emoji choice: `default` is no stored choice (characters for Hugo, shortcodes otherwise). */
export type EmojiChoice = EmojiStyle | 'default';

export const EMOJI_CHOICES: ReadonlyArray<Choice<EmojiChoice>> = [
  { value: 'default', label: 'Default for the front matter' },
  { value: 'shortcode', label: 'Shortcodes (:star:)' },
  { value: 'character', label: 'Characters (⭐)' },
];

export function isHugo(flavour: FrontMatterFlavour): boolean {
  return flavour === 'hugo-yaml' || flavour === 'hugo-toml';
}

/** The renderer's options from the remembered choices; today's date unless a date was chosen; the post time's offset from `timeZone`. */
export function optionsFromChoices(choices: PanelChoices, today: string, timeZone?: string): ExportOptions {
  const { subfolder: _subfolder, ...exportChoices } = choices;
  const options = resolveExportOptions(exportChoices satisfies ExportChoices, today, timeZone);
  // Draft only means something in Hugo front matter.
  if (!isHugo(options.frontMatter)) delete options.draft;
  return options;
}

/**
 * One choice changed. `undefined` removes it (back to the default), so that e.g. an
 * emptied date field means "today" again rather than an invalid date.
 */
export function withChoice<K extends keyof PanelChoices>(choices: PanelChoices, key: K, value: PanelChoices[K] | undefined): PanelChoices {
  const next: PanelChoices = { ...choices };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Trips at least this big get a debounced preview. */
export const BIG_TRIP_CLIPS = 200;

export function previewDelay(clipCount: number): number {
  return clipCount >= BIG_TRIP_CLIPS ? 300 : 0;
}

/**
 * Rendering Markdown to sanitized HTML costs about 2 ms per KB (10,000 clips: 1.2 MB,
 * over 2 s), so the rendered preview shows the start of a big report only; the raw view
 * and every export have all of it.
 */
export const PREVIEW_LIMIT_CHARS = 150_000;

export interface PreviewExcerpt {
  markdown: string;
  truncated: boolean;
}

/** The start of `markdown`, at most `limit` characters, cut at a paragraph break when there is one. Pure. */
export function previewExcerpt(markdown: string, limit = PREVIEW_LIMIT_CHARS): PreviewExcerpt {
  if (markdown.length <= limit) return { markdown, truncated: false };
  const head = markdown.slice(0, limit);
  const paragraph = head.lastIndexOf('\n\n');
  const line = head.lastIndexOf('\n');
  const cut = paragraph > limit / 2 ? paragraph : line > limit / 2 ? line : limit;
  return { markdown: `${head.slice(0, cut)}\n`, truncated: true };
}

export function truncatedPreviewNote(shownChars: number, totalChars: number): string {
  const kb = (chars: number) => Math.max(1, Math.round(chars / 1024)).toLocaleString('en');
  return `The preview shows the first ${kb(shownChars)} KB of ${kb(totalChars)} KB; Show Markdown and every export have all of it.`;
}
