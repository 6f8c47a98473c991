/**
 * `rating`: tier sections best first, unrated last (the 2023 PyCon Italia report):
 *
 *     ### :star: **Awesome talks**
 *
 *     [Title](https://www.youtube.com/live/ID?t=N) by Speaker - [slides](url)
 *
 *     Notes…
 *
 * The talk title itself is the video link. Empty tiers are left out. Tier labels are
 * plain text: see tier-heading.ts.
 */
import type { Clip, Rating } from '../../model/types';
import type { ExportOptions, TierLabels } from '../export-options';
import { Blocks } from '../blocks';
import { tierHeading } from '../tier-heading';
import { extraLinksMarkdown, speakersMarkdown, talkTitle, talkWithNotes, videoLinkMarkdown } from './talk-parts';

const TIERS: readonly (keyof TierLabels)[] = ['awesome', 'liked', 'good', 'unrated'];

function tierOf(rating: Rating | null): keyof TierLabels {
  return rating ?? 'unrated';
}

function ratedTalk(clip: Clip, options: ExportOptions): string {
  const speakers = speakersMarkdown(clip);
  const line = [
    videoLinkMarkdown(clip, talkTitle(clip), options) + (speakers === '' ? '' : ` by ${speakers}`),
    ...extraLinksMarkdown(clip),
  ].join(' - ');
  return talkWithNotes([line], clip);
}

export function renderRatingLayout(talks: readonly Clip[], options: ExportOptions): string[] {
  const byTier = new Map<keyof TierLabels, Clip[]>(TIERS.map((tier) => [tier, []]));
  for (const clip of talks) byTier.get(tierOf(clip.rating))?.push(clip);
  const blocks = new Blocks();
  for (const tier of TIERS) {
    const clips = byTier.get(tier) ?? [];
    if (clips.length === 0) continue;
    blocks.push(`### ${tierHeading(options.tierLabels[tier])}`);
    for (const clip of clips) blocks.push(ratedTalk(clip, options));
  }
  return blocks.toArray();
}
