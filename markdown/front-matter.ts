/**
 * Front matter in the chosen flavour (docs/architecture.md §6). Which fields each flavour
 * writes, in this order:
 * - `jekyll`: title, date, categories, tags (YAML, block lists);
 * - `hugo-yaml`: title, date, draft, description, tags, categories (YAML, flow lists);
 * - `hugo-toml`: the same fields as TOML;
 * - `none`: nothing.
 * Empty lists, empty descriptions and an unset draft are left out. Then the extra front
 * matter (extra-front-matter.ts): a key of it that the generated fields have replaces
 * that field in its place; the others follow in the order typed.
 */
import type { FrontMatterFlavour } from './export-options';
import type { FrontMatterEntries, FrontMatterValue } from './extra-front-matter';
import { FrontMatterDate, parseFrontMatterDate } from './front-matter-date';
import type { FrontMatterFields } from './front-matter-fields';
import { INLINE_TEXT_MAX, capText, wellFormed } from './markdown-text';
import { renderTomlFrontMatter } from './toml-front-matter';
import { renderYamlFrontMatter } from './yaml-front-matter';

const JEKYLL_KEYS = ['title', 'date', 'categories', 'tags'] as const;
const HUGO_KEYS = ['title', 'date', 'draft', 'description', 'tags', 'categories'] as const;

/**
 * Caps on the generated fields, whatever the caller passed (the model's own bounds, §4):
 * the title as any inline text, the description as the export option allows, each tag or
 * category and the number of them as a trip's lists. The serializer escapes; these bound.
 */
export const FRONT_MATTER_CAPS = Object.freeze({ title: INLINE_TEXT_MAX, description: 5000, listItem: 200, listLength: 500 });

function generatedValue(key: keyof FrontMatterFields, fields: FrontMatterFields): FrontMatterValue | undefined {
  const value = fields[key];
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return undefined;
  if (key === 'date') return parseFrontMatterDate(fields.date) ?? new FrontMatterDate(fields.date);
  if (typeof value === 'string') return capText(wellFormed(value), key === 'description' ? FRONT_MATTER_CAPS.description : FRONT_MATTER_CAPS.title);
  if (Array.isArray(value)) return value.slice(0, FRONT_MATTER_CAPS.listLength).map((item: string) => capText(wellFormed(item), FRONT_MATTER_CAPS.listItem));
  return value;
}

/** Strings made well-formed, all the way down. */
function cleaned(value: FrontMatterValue): FrontMatterValue {
  if (typeof value === 'string') return wellFormed(value);
  if (Array.isArray(value)) return value.map(cleaned);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [wellFormed(key), cleaned(item)]));
  return value;
}

/** The generated fields of `keys`, with `extra` merged in. */
export function frontMatterEntries(fields: FrontMatterFields, keys: readonly (keyof FrontMatterFields)[], extra: FrontMatterEntries): FrontMatterEntries {
  const entries = new Map<string, FrontMatterValue>();
  for (const key of keys) {
    const value = generatedValue(key, fields);
    if (value !== undefined) entries.set(key, value);
  }
  for (const [key, value] of extra) entries.set(wellFormed(key), cleaned(value));
  return [...entries];
}

/** The front matter block with its fences and a final newline; '' for `none`. */
export function renderFrontMatter(flavour: FrontMatterFlavour, fields: FrontMatterFields, extra: FrontMatterEntries = []): string {
  switch (flavour) {
    case 'jekyll':
      return renderYamlFrontMatter(frontMatterEntries(fields, JEKYLL_KEYS, extra), 'block');
    case 'hugo-yaml':
      return renderYamlFrontMatter(frontMatterEntries(fields, HUGO_KEYS, extra), 'flow');
    case 'hugo-toml':
      return renderTomlFrontMatter(frontMatterEntries(fields, HUGO_KEYS, extra));
    case 'none':
      return '';
  }
}
