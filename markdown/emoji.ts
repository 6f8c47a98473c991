/**
 * Emoji as shortcodes (`:star:`) or characters (⭐), by GitHub's own list (gemoji, the
 * list jemoji renders on GitHub Pages). Unknown shortcodes and characters outside the list
 * are left as they are. The tables are built on first use.
 */
import { gemoji } from 'gemoji';
import type { EmojiStyle } from './export-options';

interface EmojiTables {
  byName: Map<string, string>;
  byEmoji: Map<string, string>;
  emojiPattern: RegExp;
}

let tables: EmojiTables | undefined;

const VARIATION_SELECTOR = /\uFE0F/g;
const SHORTCODE = /:([a-z0-9_+-]+):/gi;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function emojiTables(): EmojiTables {
  if (tables !== undefined) return tables;
  const byName = new Map<string, string>();
  const byEmoji = new Map<string, string>();
  for (const entry of gemoji) {
    const bare = entry.emoji.replace(VARIATION_SELECTOR, '');
    const first = entry.names[0];
    if (first !== undefined && !byEmoji.has(bare)) byEmoji.set(bare, first);
    for (const name of entry.names) byName.set(name, entry.emoji);
  }
  // Longest first, so a sequence (a flag, a family) wins over its first character; an optional variation selector
  // after each; one with a skin tone (not in the list) is left as it is.
  const alternatives = [...byEmoji.keys()].sort((a, b) => b.length - a.length).map((emoji) => [...emoji].map(escapeRegExp).join('\\uFE0F?'));
  tables = { byName, byEmoji, emojiPattern: new RegExp(`(?:${alternatives.join('|')})\\uFE0F?(?![\\u{1F3FB}-\\u{1F3FF}])`, 'gu') };
  return tables;
}

/** `:star: **Awesome**` -> `⭐ **Awesome**`. */
export function shortcodesToCharacters(text: string): string {
  if (!text.includes(':')) return text;
  const { byName } = emojiTables();
  return text.replace(SHORTCODE, (whole, name: string) => byName.get(name) ?? whole);
}

/** `⭐ **Awesome**` -> `:star: **Awesome**`. */
export function charactersToShortcodes(text: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII text has no emoji: skip the big pattern
  if (/^[\u0000-\u007f]*$/.test(text)) return text;
  const { byEmoji, emojiPattern } = emojiTables();
  return text.replace(emojiPattern, (emoji) => {
    const name = byEmoji.get(emoji.replace(VARIATION_SELECTOR, ''));
    return name === undefined ? emoji : `:${name}:`;
  });
}

export function withEmojiStyle(text: string, style: EmojiStyle): string {
  return style === 'character' ? shortcodesToCharacters(text) : charactersToShortcodes(text);
}
