/**
 * TOML front matter (Hugo, `+++` fences), written by smol-toml. The date is a TOML local
 * date (`date = 2024-05-25`).
 */
import { stringify, TomlDate } from 'smol-toml';
import type { FrontMatterFields } from './front-matter-fields';
import { wellFormed } from './markdown-text';

export function renderTomlFrontMatter(fields: FrontMatterFields, keys: readonly (keyof FrontMatterFields)[]): string {
  const data: Record<string, unknown> = {};
  for (const key of keys) {
    const value = fields[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'date') data[key] = new TomlDate(fields.date);
    else if (typeof value === 'string') data[key] = wellFormed(value);
    else if (Array.isArray(value)) data[key] = value.map((item: string) => wellFormed(item));
    else data[key] = value;
  }
  return `+++\n${stringify(data).trimEnd()}\n+++\n`;
}
