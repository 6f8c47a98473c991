/**
 * The export preview: the report's Markdown as sanitized HTML (marked, then a sanitizer).
 *
 * The sanitizer is injected (`createPreviewRenderer`; the export panel passes DOMPurify
 * bound to its page) so that this module has no DOM dependency and tests can run in Node.
 * The front matter is not previewed.
 */
import { Marked } from 'marked';

export interface HtmlSanitizer {
  sanitize(html: string): string;
}

const marked = new Marked({ gfm: true, async: false });

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

export function createPreviewRenderer(purify: HtmlSanitizer): (markdown: string) => string {
  return (markdown) => purify.sanitize(marked.parse(stripFrontMatter(markdown), { async: false }));
}
