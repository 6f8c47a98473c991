/**
 * The choices a user makes in the Export report dialog (docs/architecture.md §6), their defaults,
 * and the zod schemas that check them when they are stored or come back from storage.
 */
import { z } from 'zod';
import { isoDate } from '../model/schemas';
import { EXTRA_FRONT_MATTER_MAX } from './extra-front-matter';
import { isValidTimeZone } from '../model/time-zone';
import { POST_TIME } from './post-time';

export const FRONT_MATTER_FLAVOURS = ['jekyll', 'hugo-yaml', 'hugo-toml', 'none'] as const;
export type FrontMatterFlavour = (typeof FRONT_MATTER_FLAVOURS)[number];

export const BUILT_IN_LAYOUTS = ['rating', 'kind', 'day', 'chronological'] as const;
export type BuiltInLayout = (typeof BUILT_IN_LAYOUTS)[number];

/** The built-in layouts, then `template`: the user's own Liquid template writes the body. */
export const REPORT_LAYOUTS = [...BUILT_IN_LAYOUTS, 'template'] as const;
export type ReportLayout = (typeof REPORT_LAYOUTS)[number];

export const LINK_STYLES = ['share', 'watch'] as const;
export type LinkStyle = (typeof LINK_STYLES)[number];

/** How emoji are written: `:star:` (GitHub Pages renders them) or the character ⭐ (Hugo prints shortcodes as typed unless the site enables emoji). */
export const EMOJI_STYLES = ['shortcode', 'character'] as const;
export type EmojiStyle = (typeof EMOJI_STYLES)[number];

/** Longest custom template accepted, in characters. */
export const TEMPLATE_MAX = 50_000;

export const DEFAULT_TIER_LABELS: Readonly<TierLabels> = Object.freeze({
  awesome: ':star: **Awesome talks**',
  liked: ':heart: **I really liked it**',
  good: ':+1: **Good watch**',
  unrated: ':eyes: **Also watched**',
});

/** Every option except the date, which is the caller's today unless chosen. */
export const DEFAULT_EXPORT_OPTIONS: Readonly<Omit<ExportOptions, 'date'>> = Object.freeze({
  frontMatter: 'jekyll',
  layout: 'rating',
  linkStyle: 'share',
  tierLabels: DEFAULT_TIER_LABELS,
  undatedLabel: 'Other talks',
  videoLabel: 'video',
});

/** One line of Markdown: headings and labels must not break the document's structure. */
const oneLine = z
  .string()
  .max(300)
  .regex(/^[^\r\n\u2028\u2029]*$/, 'must be a single line');
/**
 * A label is plain text (escaped wherever it is written): anything that reads as an HTML
 * tag, comment or declaration (`<script>`, `</b>`, `<!--`) is refused; `<3` is fine.
 */
const label = oneLine
  .refine((value) => value.trim() !== '', 'must not be empty')
  .refine((value) => !/<[A-Za-z!/?]/.test(value), 'must be plain text, not HTML');

/** Section headings of the `rating` layout, best tier first; plain text, one line each. */
export const tierLabelsSchema = z.object({
  awesome: label,
  liked: label,
  good: label,
  unrated: label,
});

export const exportOptionsSchema = z.object({
  frontMatter: z.enum(FRONT_MATTER_FLAVOURS),
  layout: z.enum(REPORT_LAYOUTS),
  linkStyle: z.enum(LINK_STYLES),
  /** YYYY-MM-DD: the post's date, in the front matter and the filename. */
  date: isoDate,
  /** Post title; the trip name when absent or blank. */
  title: z.string().max(1000).optional(),
  /** Hugo flavours only; written when set. */
  draft: z.boolean().optional(),
  /** Hugo flavours only; written when non-empty. */
  description: z.string().max(5000).optional(),
  /** HH:MM or HH:MM:SS: when set, `date` is a date-time with the UTC offset of `timeZone` on that date. */
  time: z.string().regex(POST_TIME, 'must be a time HH:MM or HH:MM:SS').optional(),
  /** The writer's time zone (IANA name), for the post time's offset; UTC when absent. Not remembered: the panel passes the browser's. */
  timeZone: z.string().max(100).refine(isValidTimeZone, 'must be a known time zone').optional(),
  /** YAML merged into the generated front matter of every flavour (extra-front-matter.ts). */
  extraFrontMatter: z.string().max(EXTRA_FRONT_MATTER_MAX).optional(),
  /** Default: characters for Hugo flavours, shortcodes otherwise. */
  emoji: z.enum(EMOJI_STYLES).optional(),
  /** Liquid; the body when `layout` is `template` (markdown/template/); absent: the rating layout's template. */
  template: z.string().max(TEMPLATE_MAX).optional(),
  tierLabels: tierLabelsSchema,
  /** Heading of the `day` layout's last section, for clips without a day. */
  undatedLabel: label,
  /** Text of the talk's video link in the `kind`, `day` and `chronological` layouts. */
  videoLabel: label,
});

export type TierLabels = z.infer<typeof tierLabelsSchema>;
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

/**
 * What may be stored as the user's remembered choices: any subset of the options,
 * tier labels included one by one.
 */
export const exportChoicesSchema = exportOptionsSchema.omit({ timeZone: true }).extend({ tierLabels: tierLabelsSchema.partial() }).partial();

export type ExportChoices = z.infer<typeof exportChoicesSchema>;

/**
 * Fills the gaps in `choices` with the defaults and `today` (YYYY-MM-DD, the caller's
 * local date: see `isoDateOf`). Throws a ZodError naming the bad field when a choice
 * is invalid.
 */
export function resolveExportOptions(choices: ExportChoices, today: string, timeZone?: string): ExportOptions {
  const checked = exportChoicesSchema.parse(choices);
  return exportOptionsSchema.parse({
    ...DEFAULT_EXPORT_OPTIONS,
    ...checked,
    date: checked.date ?? today,
    tierLabels: { ...DEFAULT_TIER_LABELS, ...checked.tierLabels },
    ...(timeZone === undefined ? {} : { timeZone }),
  });
}

/** The emoji style in force: the chosen one, else characters for Hugo and shortcodes for the rest. */
export function emojiStyleOf(options: Pick<ExportOptions, 'emoji' | 'frontMatter'>): EmojiStyle {
  return options.emoji ?? (options.frontMatter === 'hugo-yaml' || options.frontMatter === 'hugo-toml' ? 'character' : 'shortcode');
}

/** The calendar date of `moment` in the runtime's local time zone, as YYYY-MM-DD. */
export function isoDateOf(moment: Date): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1, 2)}-${pad(moment.getDate(), 2)}`;
}
