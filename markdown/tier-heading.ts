/**
 * A rating tier's heading from its label (docs/architecture.md §13). A label is plain
 * text with two things the layout reads itself: its leading emoji (shortcodes such as
 * `:star:`, or emoji characters), which stay in front as they are, and a `**…**` around
 * the rest, which the layout sets in bold as the default labels are. Everything else is
 * escaped like any other label, so `<script>`, `*` or `[` in a label come out as literal
 * text: `:star: **Awesome [talks]**` is written `:star: **Awesome \[talks\]**`.
 */
import { escapeMarkdownText } from './markdown-text';

const LEADING_EMOJI = /^(?:(?::[a-z0-9_+-]{1,40}:|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|\u{20E3})+\s*)+/u;
const BOLD = /^\*\*(.+)\*\*$/su;

export function tierHeading(label: string): string {
  const trimmed = label.trim();
  const emojiRun = LEADING_EMOJI.exec(trimmed)?.[0] ?? '';
  const emoji = emojiRun.trim();
  const rest = trimmed.slice(emojiRun.length).trim();
  const bold = BOLD.exec(rest)?.[1];
  const escaped = escapeMarkdownText(bold ?? rest);
  const text = escaped === '' ? '' : bold === undefined ? escaped : `**${escaped}**`;
  return [emoji, text].filter((part) => part !== '').join(' ');
}
