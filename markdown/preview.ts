/**
 * The export preview: the report's Markdown as sanitized HTML (marked, then DOMPurify with
 * the preview's own configuration, preview-sanitize.ts).
 *
 * The sanitizer is injected (`createPreviewRenderer`; the export panel passes a DOMPurify
 * instance bound to its page, tests one bound to a jsdom window) so that this module has
 * no DOM dependency. The front matter is not previewed; emoji shortcodes are shown as the
 * emoji they stand for.
 */
import type { Config, UponSanitizeAttributeHook } from 'dompurify';
import { Marked } from 'marked';
import { shortcodesToCharacters } from './emoji';
import { PREVIEW_SANITIZE_CONFIG, isInlineImageSource } from './preview-sanitize';

/** The part of a DOMPurify instance the preview uses. */
export interface HtmlSanitizer {
  /** False where DOMPurify found no DOM: it would then hand back its input unsanitized. */
  readonly isSupported?: boolean;
  sanitize(html: string, config: Config): string;
  addHook(entryPoint: 'uponSanitizeAttribute', hook: UponSanitizeAttributeHook): void;
}

/**
 * GitHub-style shortcodes (`:star:`) in text are shown as their emoji, as the blog's emoji
 * support shows them (jemoji on Jekyll, `enableEmoji` on Hugo); code spans and blocks keep
 * them as typed, as both do.
 */
const marked = new Marked({
  gfm: true,
  async: false,
  walkTokens(token) {
    if (token.type === 'text' && token.tokens === undefined) token.text = shortcodesToCharacters(token.text);
  },
});

/** The Markdown after its front matter (`---` YAML or `+++` TOML block at the very start). */
export function stripFrontMatter(markdown: string): string {
  const fence = markdown.startsWith('---\n') || markdown.startsWith('---\r\n') ? '---' : markdown.startsWith('+++\n') || markdown.startsWith('+++\r\n') ? '+++' : null;
  if (fence === null) return markdown;
  const lines = markdown.split('\n');
  for (let index = 1; index < lines.length; index += 1) {
    if (lines[index]?.replace(/\r$/, '').trimEnd() === fence) return lines.slice(index + 1).join('\n').replace(/^(?:[ \t]*\r?\n)+/, '');
  }
  return markdown;
}

/**
 * Markdown -> HTML sanitized with PREVIEW_SANITIZE_CONFIG; remote images lose their src
 * (their alt text stays). Give it a sanitizer instance of its own: the image rule is a
 * hook on that instance. Throws where the sanitizer has no DOM to work with.
 */
export function createPreviewRenderer(purify: HtmlSanitizer): (markdown: string) => string {
  if (purify.isSupported === false) throw new Error('The preview sanitizer needs a DOM: give it DOMPurify bound to a page.');
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (node.nodeName === 'IMG' && data.attrName === 'src' && !isInlineImageSource(data.attrValue)) data.keepAttr = false;
  });
  return (markdown) => purify.sanitize(marked.parse(stripFrontMatter(markdown), { async: false }), PREVIEW_SANITIZE_CONFIG);
}
