/**
 * Custom templates in Liquid (LiquidJS), the language Jekyll users already write.
 *
 * LiquidJS interprets templates (no `eval`, no `new Function`), so it runs under the
 * extension pages' `script-src 'self'`. The engine here reads no files (`{% include %}`
 * and `{% render %}` find nothing), and bounds the template's size, the work it may do and
 * the memory it may take, so a typo such as `(1..100000000)` ends with a message rather
 * than a hung page. Errors come back with their line.
 *
 * Filters besides Liquid's standard ones:
 * - `day_heading`: `2024-05-17` -> `Friday, 17 May 2024`;
 * - `emoji`: shortcodes or characters, as the export's Emoji choice says;
 * - `md`: escapes text the template itself writes, as the layouts escape titles.
 */
import { Liquid } from 'liquidjs';
import type { EmojiStyle } from '../export-options';
import { TEMPLATE_MAX } from '../export-options';
import { withEmojiStyle } from '../emoji';
import { formatDay } from '../../model/day';
import { escapeMarkdownText } from '../markdown-text';
import type { TemplateData } from './template-data';

export interface TemplateProblem {
  /** 1-based; 0 when the engine could not say. */
  line: number;
  message: string;
}

export class TemplateError extends Error {
  constructor(readonly problem: TemplateProblem) {
    super(templateProblemMessage(problem));
    this.name = 'TemplateError';
  }
}

export function templateProblemMessage(problem: TemplateProblem): string {
  return problem.line > 0 ? `Template, line ${problem.line}: ${problem.message}` : `Template: ${problem.message}`;
}

/** Bytes of strings and arrays a render may allocate (LiquidJS `memoryLimit`). */
const MEMORY_LIMIT = 50_000_000;
/** Milliseconds a render may take before it is stopped (LiquidJS `renderLimit`). */
const RENDER_LIMIT_MS = 20_000;

function engine(emoji: EmojiStyle): Liquid {
  const liquid = new Liquid({
    templates: {},
    strictFilters: true,
    ownPropertyOnly: true,
    parseLimit: TEMPLATE_MAX * 2,
    memoryLimit: MEMORY_LIMIT,
    renderLimit: RENDER_LIMIT_MS,
    cache: false,
  });
  liquid.registerFilter('day_heading', (day: unknown) => (typeof day === 'string' && day !== '' ? formatDay(day) : ''));
  liquid.registerFilter('emoji', (text: unknown) => withEmojiStyle(String(text ?? ''), emoji));
  liquid.registerFilter('md', (text: unknown) => escapeMarkdownText(String(text ?? '')));
  return liquid;
}

function lineOf(error: unknown): number {
  if (typeof error === 'object' && error !== null && 'token' in error) {
    const token: unknown = error.token;
    if (typeof token === 'object' && token !== null && 'getPosition' in token && typeof token.getPosition === 'function') {
      const position: unknown = token.getPosition();
      if (Array.isArray(position) && typeof position[0] === 'number') return position[0];
    }
  }
  return 0;
}

/** The message without LiquidJS's own `, line:N, col:M` and the quoted source it appends. */
function messageOf(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  return raw.split('\n')[0]?.replace(/,\s*line:\d+,\s*col:\d+\s*$/, '').trim() || 'could not be read';
}

export function problemOf(error: unknown): TemplateProblem {
  return { line: lineOf(error), message: messageOf(error) };
}

/** The problem with `source`, or undefined when it parses. */
export function checkTemplate(source: string): TemplateProblem | undefined {
  try {
    engine('shortcode').parse(source);
    return undefined;
  } catch (error) {
    return problemOf(error);
  }
}

/** `source` rendered with `data`. Throws a TemplateError naming the line. */
export function renderTemplate(source: string, data: TemplateData, emoji: EmojiStyle): string {
  const liquid = engine(emoji);
  try {
    return liquid.renderSync(liquid.parse(source), data);
  } catch (error) {
    throw new TemplateError(problemOf(error));
  }
}
