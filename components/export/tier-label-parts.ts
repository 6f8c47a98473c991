/**
 * A tier label (`:star: **Awesome talks**`) as the two fields the panel shows: its
 * leading emoji (a shortcode or a character) and the rest, its heading. Pure.
 */
const LEADING_EMOJI = /^(:[a-z0-9_+-]+:|\p{Extended_Pictographic}(?:\u{FE0F}|\u{200D}|\p{Emoji_Modifier}|\p{Extended_Pictographic})*)\s*/u;

export interface TierLabelParts {
  emoji: string;
  heading: string;
}

export function splitTierLabel(label: string): TierLabelParts {
  const match = LEADING_EMOJI.exec(label.trim());
  if (match === null) return { emoji: '', heading: label.trim() };
  return { emoji: match[1] ?? '', heading: label.trim().slice(match[0].length) };
}

export function joinTierLabel({ emoji, heading }: TierLabelParts): string {
  const parts = [emoji.trim(), heading.trim()].filter((part) => part !== '');
  return parts.join(' ');
}
