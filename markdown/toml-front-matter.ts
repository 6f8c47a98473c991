/**
 * TOML front matter (Hugo, `+++` fences), written by smol-toml. Dates are TOML local
 * dates (`date = 2024-05-25`) or offset date-times (`date = 2024-05-25T23:58:22+02:00`).
 */
import { stringify } from 'smol-toml';
import type { FrontMatterEntries } from './extra-front-matter';

export function renderTomlFrontMatter(entries: FrontMatterEntries): string {
  return `+++\n${stringify(Object.fromEntries(entries)).trimEnd()}\n+++\n`;
}
