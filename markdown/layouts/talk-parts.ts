/**
 * The pieces every layout builds a talk from: its title, speakers, link line and notes.
 *
 * A talk is written as a head (heading and/or link lines) followed, after a blank line,
 * by its notes exactly as the user wrote them. The blank line keeps notes that start with
 * `---`, `===`, a list or indented code from changing the head's meaning.
 */
import type { Clip } from '../../model/types';
import type { ExportOptions } from '../export-options';
import { escapeMarkdownText, markdownBlock, markdownDestination, markdownLink } from '../markdown-text';
import { talkUrl } from '../talk-link';

/** The talk title; an empty one falls back to the chapter, then the stream title, then the video id. */
export function talkTitle(clip: Clip): string {
  if (clip.title.trim() !== '') return clip.title;
  if (clip.chapter !== undefined && clip.chapter.title.trim() !== '') return clip.chapter.title;
  if (clip.streamTitle.trim() !== '') return clip.streamTitle;
  return clip.videoId;
}

export function talkTitleMarkdown(clip: Clip): string {
  return escapeMarkdownText(talkTitle(clip));
}

/** The speakers' names, blank ones left out. */
export function speakerNames(clip: Clip): string[] {
  return clip.speakers.filter((speaker) => speaker.trim() !== '');
}

/** Speakers as escaped Markdown, `A, B`; '' when there are none. */
export function speakersMarkdown(clip: Clip): string {
  return speakerNames(clip).map(escapeMarkdownText).join(', ');
}

/** Talk URLs normally hold only these characters, and are then written as they are. */
const PLAIN_URL = /^[A-Za-z0-9\-._~:/?=&]*$/;

/** The talk's video link in the chosen link style, as a Markdown link destination. */
export function videoUrlMarkdown(clip: Clip, options: Pick<ExportOptions, 'linkStyle'>): string {
  const url = talkUrl(clip, options.linkStyle);
  return PLAIN_URL.test(url) ? url : markdownDestination(url);
}

export function videoLinkMarkdown(clip: Clip, text: string, options: ExportOptions): string {
  return `[${escapeMarkdownText(text)}](${videoUrlMarkdown(clip, options)})`;
}

/** The clip's own links (slides, repo), each `[label](url)`; a blank label shows the URL. */
export function extraLinksMarkdown(clip: Clip): string[] {
  return clip.links.map((link) => markdownLink(link.label.trim() === '' ? link.url : link.label, link.url));
}

/** `by A, B - [video](…) - [slides](…)`; without speakers just the links. */
export function byLine(clip: Clip, options: ExportOptions, withVideo: boolean): string {
  const speakers = speakersMarkdown(clip);
  const parts = [
    ...(speakers === '' ? [] : [`by ${speakers}`]),
    ...(withVideo ? [videoLinkMarkdown(clip, options.videoLabel, options)] : []),
    ...extraLinksMarkdown(clip),
  ];
  return parts.join(' - ');
}

/** The head lines, then a blank line and the notes when there are any. */
export function talkWithNotes(headLines: readonly string[], clip: Clip): string {
  const head = headLines.filter((line) => line !== '').join('\n');
  const notes = markdownBlock(clip.notes);
  return notes === '' ? head : `${head}\n\n${notes}`;
}
