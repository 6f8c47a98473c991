/**
 * `kind`: one flat list with the talk kind in each heading (the 2024 PyCon Italia notes):
 *
 *     # [KEYNOTE] Title
 *     by Speaker - [video](https://www.youtube.com/live/ID?t=N) - [slides](url)
 *
 *     Notes…
 *
 * Kind `other` has no tag.
 */
import type { Clip, TalkKind } from '../../model/types';
import type { ExportOptions } from '../export-options';
import { Blocks } from '../blocks';
import { byLine, talkTitleMarkdown, talkWithNotes } from './talk-parts';

export const KIND_TAGS: Readonly<Record<TalkKind, string>> = {
  keynote: '[KEYNOTE] ',
  talk: '[TALK] ',
  workshop: '[WORKSHOP] ',
  lightning: '[LIGHTNING] ',
  panel: '[PANEL] ',
  'open-space': '[OPEN SPACE] ',
  other: '',
};

export function renderKindLayout(talks: readonly Clip[], options: ExportOptions): string[] {
  const blocks = new Blocks();
  for (const clip of talks) blocks.push(talkWithNotes([`# ${KIND_TAGS[clip.kind]}${talkTitleMarkdown(clip)}`, byLine(clip, options, true)], clip));
  return blocks.toArray();
}
