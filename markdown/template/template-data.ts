/**
 * The variables a custom template sees (documented in README "Custom templates" and beside
 * the Template field). Every text is ready to write into Markdown: plain text (titles,
 * speakers, labels, names) is escaped as the built-in layouts escape it, link addresses
 * are safe link destinations, and notes, intro and outro are the user's own Markdown.
 */
import type { Clip, Rating, TalkKind, Trip } from '../../model/types';
import { TALK_KINDS } from '../../model/constants';
import type { ExportOptions, TierLabels } from '../export-options';
import { formatDay } from '../../model/day';
import { KIND_TAGS } from '../layouts/kind-layout';
import { speakerNames, talkTitleMarkdown, videoUrlMarkdown } from '../layouts/talk-parts';
import { escapeMarkdownText, markdownBlock, markdownDestination } from '../markdown-text';
import { tierHeading } from '../tier-heading';

export interface TemplateLink {
  label: string;
  url: string;
}

export interface TemplateTalk {
  /** 1-based position in stream order. */
  number: number;
  title: string;
  speakers: string[];
  url: string;
  seconds: number;
  /** h:mm:ss into the stream. */
  time: string;
  /** YYYY-MM-DD, or '' when unknown. */
  day: string;
  kind: TalkKind;
  /** `[KEYNOTE] ` as in the `kind` layout; '' for `other`. */
  kindTag: string;
  /** awesome, liked, good, or '' when unrated. */
  rating: Rating | '';
  tags: string[];
  notes: string;
  links: TemplateLink[];
  streamTitle: string;
  channel: string;
}

export interface TemplateData {
  trip: { name: string; place: string; startDate: string; endDate: string; url: string; tags: string[]; categories: string[]; intro: string; outro: string };
  post: { title: string; date: string; videoLabel: string };
  talks: TemplateTalk[];
  days: Array<{ day: string; heading: string; talks: TemplateTalk[] }>;
  tiers: Array<{ rating: keyof TierLabels; label: string; talks: TemplateTalk[] }>;
  kinds: Array<{ kind: TalkKind; tag: string; talks: TemplateTalk[] }>;
}

/** 3723 -> `1:02:03`. */
export function clockTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const two = (value: number) => String(value).padStart(2, '0');
  return `${Math.floor(whole / 3600)}:${two(Math.floor((whole % 3600) / 60))}:${two(whole % 60)}`;
}

function talkData(clip: Clip, index: number, options: ExportOptions): TemplateTalk {
  return {
    number: index + 1,
    title: talkTitleMarkdown(clip),
    speakers: speakerNames(clip).map(escapeMarkdownText),
    url: videoUrlMarkdown(clip, options),
    seconds: Math.max(0, Math.floor(clip.seconds)),
    time: clockTime(clip.seconds),
    day: clip.day ?? '',
    kind: clip.kind,
    kindTag: KIND_TAGS[clip.kind],
    rating: clip.rating ?? '',
    tags: clip.tags.map(escapeMarkdownText),
    notes: markdownBlock(clip.notes),
    links: clip.links.map((link) => ({ label: escapeMarkdownText(link.label.trim() === '' ? link.url : link.label), url: markdownDestination(link.url) })),
    streamTitle: escapeMarkdownText(clip.streamTitle),
    channel: escapeMarkdownText(clip.channel),
  };
}

const TIERS: readonly (keyof TierLabels)[] = ['awesome', 'liked', 'good', 'unrated'];

/** `talks` in report order (talk-order.ts); `options.tierLabels` written as the rating layout writes them (tier-heading.ts). */
export function templateData(trip: Trip, talks: readonly Clip[], options: ExportOptions, title: string): TemplateData {
  const all = talks.map((clip, index) => talkData(clip, index, options));
  const days: TemplateData['days'] = [];
  for (const talk of all) {
    const last = days[days.length - 1];
    if (last !== undefined && last.day === talk.day) last.talks.push(talk);
    else days.push({ day: talk.day, heading: talk.day === '' ? escapeMarkdownText(options.undatedLabel) : formatDay(talk.day), talks: [talk] });
  }
  const tiers = TIERS.map((rating) => ({ rating, label: tierHeading(options.tierLabels[rating]), talks: all.filter((talk) => (talk.rating === '' ? 'unrated' : talk.rating) === rating) })).filter((tier) => tier.talks.length > 0);
  const kinds = TALK_KINDS.map((kind) => ({ kind, tag: KIND_TAGS[kind].trim(), talks: all.filter((talk) => talk.kind === kind) })).filter((group) => group.talks.length > 0);
  return {
    trip: {
      name: escapeMarkdownText(trip.name),
      place: escapeMarkdownText(trip.place ?? ''),
      startDate: trip.startDate ?? '',
      endDate: trip.endDate ?? '',
      url: trip.url === undefined ? '' : markdownDestination(trip.url),
      tags: trip.tags.map(escapeMarkdownText),
      categories: trip.categories.map(escapeMarkdownText),
      intro: markdownBlock(trip.intro),
      outro: markdownBlock(trip.outro),
    },
    post: { title: escapeMarkdownText(title), date: options.date, videoLabel: escapeMarkdownText(options.videoLabel) },
    talks: all,
    days,
    tiers,
    kinds,
  };
}
