/**
 * The export (docs/architecture.md §6): a pure function of the trip, its clips and the
 * export options.
 *
 * The file is, separated by blank lines: the front matter (or, with `none`, a `# Title`
 * heading, since nothing else would carry the title), then the body. A built-in layout's
 * body is the trip intro, the talks in that layout (in the order of talk-order.ts), and the
 * trip outro; intro, outro and notes are Markdown already and are written unchanged (line
 * endings normalised to `\n`, blank edges trimmed). With `template`, the user's Liquid
 * template writes the whole body (markdown/template/). The file ends with one newline.
 *
 * Throws an Error with a sentence for the user when the extra front matter or the
 * template has a problem (naming its line).
 */
import type { Clip, Trip } from '../model/types';
import { emojiStyleOf } from './export-options';
import type { BuiltInLayout, ExportOptions, TierLabels } from './export-options';
import { withEmojiStyle } from './emoji';
import { extraFrontMatterMessage, parseExtraFrontMatter } from './extra-front-matter';
import type { FrontMatterEntries } from './extra-front-matter';
import { reportFilename } from './filename';
import { renderFrontMatter } from './front-matter';
import { renderChronologicalLayout } from './layouts/chronological-layout';
import { renderDayLayout } from './layouts/day-layout';
import { renderKindLayout } from './layouts/kind-layout';
import { renderRatingLayout } from './layouts/rating-layout';
import { escapeMarkdownText, markdownBlock, wellFormed } from './markdown-text';
import { postDateTime } from './post-time';
import { sortTalks } from './talk-order';
import { LAYOUT_TEMPLATES } from './template/layout-templates';
import { renderTemplate } from './template/liquid-template';
import { templateData } from './template/template-data';

export interface ExportedReport {
  /** `YYYY-MM-DD-slug.md` */
  filename: string;
  markdown: string;
}

const LAYOUTS: Readonly<Record<BuiltInLayout, (talks: readonly Clip[], options: ExportOptions) => string[]>> = {
  rating: renderRatingLayout,
  kind: renderKindLayout,
  day: renderDayLayout,
  chronological: renderChronologicalLayout,
};

/** The post title: the chosen one unless blank, else the trip name. */
export function reportTitle(trip: Trip, options: ExportOptions): string {
  return options.title !== undefined && options.title.trim() !== '' ? options.title : trip.name;
}

/** The front matter's `date`: the day, or with a post time the RFC 3339 date-time in the writer's zone. */
export function postDate(options: Pick<ExportOptions, 'date' | 'time' | 'timeZone'>): string {
  return options.time === undefined ? options.date : postDateTime(options.date, options.time, options.timeZone ?? 'UTC');
}

function extraEntries(options: ExportOptions): FrontMatterEntries {
  if (options.frontMatter === 'none' || options.extraFrontMatter === undefined) return [];
  const extra = parseExtraFrontMatter(options.extraFrontMatter, options.frontMatter);
  if (!extra.ok) throw new Error(extraFrontMatterMessage(extra.problems));
  return extra.entries;
}

/** The options with the labels' emoji written in the chosen style. */
function withEmoji(options: ExportOptions): ExportOptions {
  const style = emojiStyleOf(options);
  const tierLabels = Object.fromEntries(Object.entries(options.tierLabels).map(([tier, label]) => [tier, withEmojiStyle(label, style)])) as TierLabels;
  return { ...options, tierLabels, undatedLabel: withEmojiStyle(options.undatedLabel, style), videoLabel: withEmojiStyle(options.videoLabel, style) };
}

function bodyBlocks(trip: Trip, talks: readonly Clip[], options: ExportOptions, title: string): string[] {
  if (options.layout === 'template') return [markdownBlock(renderTemplate(options.template ?? LAYOUT_TEMPLATES.rating, templateData(trip, talks, options, title), emojiStyleOf(options)))];
  return [markdownBlock(trip.intro), ...LAYOUTS[options.layout](talks, options), markdownBlock(trip.outro)];
}

export function renderReport(trip: Trip, clips: readonly Clip[], chosen: ExportOptions): ExportedReport {
  const options = withEmoji(chosen);
  const title = reportTitle(trip, options);
  const frontMatter = renderFrontMatter(
    options.frontMatter,
    { title, date: postDate(options), tags: trip.tags, categories: trip.categories, draft: options.draft, description: options.description },
    extraEntries(options),
  );
  const blocks = [...(options.frontMatter === 'none' ? [`# ${escapeMarkdownText(title)}`] : []), ...bodyBlocks(trip, sortTalks(clips), options, title)].filter((block) => block !== '');
  const body = wellFormed(blocks.join('\n\n'));
  return {
    filename: reportFilename(options.date, title),
    markdown: frontMatter === '' ? `${body}\n` : `${frontMatter}\n${body}\n`,
  };
}
