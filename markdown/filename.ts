/**
 * The exported file's name, `YYYY-MM-DD-slug.md`, as Jekyll's `_posts/` wants it (Hugo
 * takes it too). The slug holds only `[a-z0-9-]`: accents are folded and other scripts
 * transliterated by @sindresorhus/slugify; whatever still falls outside is dropped, and
 * an empty result becomes `trip-report`.
 */
import slugify from '@sindresorhus/slugify';

export const FALLBACK_SLUG = 'trip-report';
/** Long titles make unwieldy paths; the slug is cut at a word boundary below this. */
const MAX_SLUG_LENGTH = 80;

export function reportSlug(title: string): string {
  const slug = slugify(title, { decamelize: false, separator: '-', lowercase: true })
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  const short = slug.length <= MAX_SLUG_LENGTH ? slug : slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '');
  return short === '' ? FALLBACK_SLUG : short;
}

/** `date` is YYYY-MM-DD. */
export function reportFilename(date: string, title: string): string {
  return `${date}-${reportSlug(title)}.md`;
}
