/**
 * `chronological`: one numbered list of talks (the PyConES 2024 report):
 *
 *     ### 1. Title
 *     by Speaker - [video](https://youtu.be/ID?t=N) - [slides](url)
 *
 *     Notes…
 */
import type { Clip } from '../../model/types';
import type { ExportOptions } from '../export-options';
import { Blocks } from '../blocks';
import { byLine, talkTitleMarkdown, talkWithNotes } from './talk-parts';

export function renderChronologicalLayout(talks: readonly Clip[], options: ExportOptions): string[] {
  const blocks = new Blocks();
  talks.forEach((clip, index) => blocks.push(talkWithNotes([`### ${index + 1}. ${talkTitleMarkdown(clip)}`, byLine(clip, options, true)], clip)));
  return blocks.toArray();
}
