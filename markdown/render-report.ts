/**
 * The export (DESIGN.md §5): a pure function of the trip, its clips and the export options.
 *
 * The file is, separated by blank lines: the front matter (or, with `none`, a `# Title`
 * heading, since nothing else would carry the title), the trip intro, the talks in the
 * chosen layout (in the order of talk-order.ts), and the trip outro. Intro, outro and notes
 * are Markdown already and are written unchanged (line endings normalised to `\n`, blank
 * edges trimmed). The file ends with one newline.
 */
import type { Clip, Trip } from '../model/types';
import type { ExportOptions, ReportLayout } from './export-options';
import { reportFilename } from './filename';
import { renderFrontMatter } from './front-matter';
import { renderChronologicalLayout } from './layouts/chronological-layout';
import { renderDayLayout } from './layouts/day-layout';
import { renderKindLayout } from './layouts/kind-layout';
import { renderRatingLayout } from './layouts/rating-layout';
import { escapeMarkdownText, markdownBlock, wellFormed } from './markdown-text';
import { sortTalks } from './talk-order';

export interface ExportedReport {
  /** `YYYY-MM-DD-slug.md` */
  filename: string;
  markdown: string;
}

const LAYOUTS: Readonly<Record<ReportLayout, (talks: readonly Clip[], options: ExportOptions) => string[]>> = {
  rating: renderRatingLayout,
  kind: renderKindLayout,
  day: renderDayLayout,
  chronological: renderChronologicalLayout,
};

/** The post title: the chosen one unless blank, else the trip name. */
export function reportTitle(trip: Trip, options: ExportOptions): string {
  return options.title !== undefined && options.title.trim() !== '' ? options.title : trip.name;
}

export function renderReport(trip: Trip, clips: readonly Clip[], options: ExportOptions): ExportedReport {
  const title = reportTitle(trip, options);
  const frontMatter = renderFrontMatter(options.frontMatter, {
    title,
    date: options.date,
    tags: trip.tags,
    categories: trip.categories,
    draft: options.draft,
    description: options.description,
  });
  const blocks = [
    ...(options.frontMatter === 'none' ? [`# ${escapeMarkdownText(title)}`] : []),
    markdownBlock(trip.intro),
    ...LAYOUTS[options.layout](sortTalks(clips), options),
    markdownBlock(trip.outro),
  ].filter((block) => block !== '');
  const body = wellFormed(blocks.join('\n\n'));
  return {
    filename: reportFilename(options.date, title),
    markdown: frontMatter === '' ? `${body}\n` : `${frontMatter}\n${body}\n`,
  };
}
