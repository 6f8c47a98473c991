/**
 * The export preview: the report's Markdown as sanitized HTML (marked, then DOMPurify).
 *
 * The sanitizer is injected (`createPreviewRenderer`) so that this module has no DOM
 * dependency and tests can run in Node; `renderPreviewHtml` uses DOMPurify bound to the
 * page's window and refuses to run where DOMPurify has no DOM (it would otherwise hand
 * back the HTML unsanitized). The front matter is not previewed.
 */
import DOMPurify from 'dompurify';
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

let pageRenderer: ((markdown: string) => string) | undefined;

/** In an extension page: Markdown -> sanitized HTML. Throws where there is no DOM. */
export function renderPreviewHtml(markdown: string): string {
  if (pageRenderer === undefined) {
    if (!DOMPurify.isSupported) throw new Error('renderPreviewHtml needs a DOM for DOMPurify; use createPreviewRenderer with a sanitizer');
    pageRenderer = createPreviewRenderer(DOMPurify);
  }
  return pageRenderer(markdown);
}
