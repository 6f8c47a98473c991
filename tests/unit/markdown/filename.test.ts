import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FALLBACK_SLUG, reportFilename, reportSlug } from '../../../markdown/filename';
import { hostileString } from './support/arbitraries';

describe('report filename', () => {
  it.each([
    ['[EN] My trip to Florence for PyCon Italy', 'en-my-trip-to-florence-for-pycon-italy'],
    ['PyConES 2024: my impressions!', 'pycones-2024-my-impressions'],
    ['Ärger & Öl in Zürich', 'aerger-and-oel-in-zuerich'],
    ['Café naïve — déjà vu', 'cafe-naive-deja-vu'],
    ['Москва 2024', 'moskva-2024'],
    ['東京 PyCon', 'pycon'],
    ['🚀🚀', FALLBACK_SLUG],
    ['   ', FALLBACK_SLUG],
    ['---', FALLBACK_SLUG],
  ])('%j -> %s', (title, slug) => {
    expect(reportSlug(title)).toBe(slug);
  });

  it('is YYYY-MM-DD-slug.md', () => {
    expect(reportFilename('2024-05-25', '[from Florence import PyCon] Third day notes')).toBe('2024-05-25-from-florence-import-pycon-third-day-notes.md');
  });

  it('cuts long slugs at a word boundary', () => {
    const slug = reportSlug('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('word')).toBe(true);
  });

  it('always gives a non-empty [a-z0-9-] slug without edge or double hyphens', () => {
    fc.assert(
      fc.property(hostileString, (title) => {
        expect(reportSlug(title)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
    );
  });
});
