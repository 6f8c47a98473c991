/**
 * What the export preview keeps of the rendered HTML (docs/architecture.md §13). Notes are
 * the user's Markdown, but they may hold anything pasted or imported from a backup, so the
 * preview drops whatever could restyle the page, submit or ask for input, embed another
 * document or call a remote host: style (elements and attributes), classes and ids (the
 * page's own CSS and labels must not apply to them), roles and ARIA attributes (a note must
 * not pose as one of the page's controls), forms and their fields, frames, objects, embeds
 * and media, and every image that is not inline data (its alt text stays). Links stay links.
 */
import type { Config } from 'dompurify';

export const PREVIEW_FORBIDDEN_TAGS: readonly string[] = [
  'style', 'link', 'meta', 'base',
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'fieldset', 'legend', 'output', 'datalist', 'label',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'portal', 'applet',
  'audio', 'video', 'source', 'track', 'picture', 'canvas',
  'dialog', 'template', 'slot',
];

export const PREVIEW_FORBIDDEN_ATTRIBUTES: readonly string[] = [
  'style', 'class', 'id', 'name', 'role', 'tabindex', 'accesskey',
  'srcset', 'sizes', 'background', 'poster', 'action', 'formaction', 'form', 'ping', 'popover',
];

/** The DOMPurify configuration of the preview (HTML only: no SVG, no MathML). */
export const PREVIEW_SANITIZE_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [...PREVIEW_FORBIDDEN_TAGS],
  FORBID_ATTR: [...PREVIEW_FORBIDDEN_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

/** Image sources the preview may load: inline raster data only, so showing a note calls no host. */
export function isInlineImageSource(src: string): boolean {
  return /^data:image\/(?:png|gif|jpeg|webp|avif)[;,]/i.test(src.trim());
}
