/**
 * Front matter in the chosen flavour (DESIGN.md §5). Which fields each flavour writes,
 * in this order:
 * - `jekyll`: title, date, categories, tags (YAML, block lists);
 * - `hugo-yaml`: title, date, draft, description, tags, categories (YAML, flow lists);
 * - `hugo-toml`: the same fields as TOML;
 * - `none`: nothing.
 * Empty lists, empty descriptions and an unset draft are left out.
 */
import type { FrontMatterFlavour } from './export-options';
import type { FrontMatterFields } from './front-matter-fields';
import { renderTomlFrontMatter } from './toml-front-matter';
import { renderYamlFrontMatter } from './yaml-front-matter';

const JEKYLL_KEYS = ['title', 'date', 'categories', 'tags'] as const;
const HUGO_KEYS = ['title', 'date', 'draft', 'description', 'tags', 'categories'] as const;

/** The front matter block with its fences and a final newline; '' for `none`. */
export function renderFrontMatter(flavour: FrontMatterFlavour, fields: FrontMatterFields): string {
  switch (flavour) {
    case 'jekyll':
      return renderYamlFrontMatter(fields, JEKYLL_KEYS, 'block');
    case 'hugo-yaml':
      return renderYamlFrontMatter(fields, HUGO_KEYS, 'flow');
    case 'hugo-toml':
      return renderTomlFrontMatter(fields, HUGO_KEYS);
    case 'none':
      return '';
  }
}
