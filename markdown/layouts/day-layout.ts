/**
 * `day`: a section per day, talks in stream order (the 2024 PyCon US report):
 *
 *     ## Friday, 17 May 2024
 *
 *     ### Title – Speaker
 *     [video](https://youtu.be/ID?t=N) - [slides](url)
 *
 *     Notes…
 *
 * Clips without a day go in a last section headed by `undatedLabel`.
 */
import type { Clip } from '../../model/types';
import type { ExportOptions } from '../export-options';
import { Blocks } from '../blocks';
import { escapeMarkdownText } from '../markdown-text';
import { formatDay } from '../../model/day';
import { extraLinksMarkdown, speakersMarkdown, talkTitleMarkdown, talkWithNotes, videoLinkMarkdown } from './talk-parts';

function dayTalk(clip: Clip, options: ExportOptions): string {
  const speakers = speakersMarkdown(clip);
  const heading = `### ${talkTitleMarkdown(clip)}${speakers === '' ? '' : ` – ${speakers}`}`;
  const links = [videoLinkMarkdown(clip, options.videoLabel, options), ...extraLinksMarkdown(clip)].join(' - ');
  return talkWithNotes([heading, links], clip);
}

/** `talks` must already be in report order, which puts each day's clips together and undated ones last. */
export function renderDayLayout(talks: readonly Clip[], options: ExportOptions): string[] {
  const blocks = new Blocks();
  let section: string | null = null;
  for (const clip of talks) {
    const day = clip.day ?? '';
    if (day !== section) {
      blocks.push(`## ${clip.day === undefined ? escapeMarkdownText(options.undatedLabel) : formatDay(clip.day)}`);
      section = day;
    }
    blocks.push(dayTalk(clip, options));
  }
  return blocks.toArray();
}
