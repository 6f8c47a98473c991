/**
 * Property: whatever the title, tags, categories and description, the front matter parses
 * back to the same values — with the `yaml` parser as YAML 1.2 and as YAML 1.1, and with
 * smol-toml — and the Markdown body never leaks into it.
 */
import fc from 'fast-check';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { resolveExportOptions } from '../../../markdown/export-options';
import { renderReport } from '../../../markdown/render-report';
import { hostileString, nonBlankHostileString, tripArbitrary } from './support/arbitraries';
import { frontMatterBlock } from './support/front-matter-block';

const fieldsArbitrary = fc.record({
  trip: tripArbitrary(),
  title: nonBlankHostileString,
  description: hostileString,
  draft: fc.option(fc.boolean(), { nil: undefined }),
});

function expectListField(actual: unknown, expected: readonly string[]): void {
  if (expected.length === 0) expect(actual).toBeUndefined();
  else expect(actual).toEqual(expected);
}

/** Hundreds of runs; generous so that a loaded CI machine does not time them out. */
const PROPERTY_TIMEOUT_MS = 120_000;

describe('front matter round trip', () => {
  it.each(['jekyll', 'hugo-yaml'] as const)('%s: YAML 1.2 and YAML 1.1 readers get the same strings back', (flavour) => {
    fc.assert(
      fc.property(fieldsArbitrary, ({ trip, title, description, draft }) => {
        const options = resolveExportOptions({ frontMatter: flavour, title, description, draft }, '2024-05-25');
        const block = frontMatterBlock(renderReport(trip, [], options).markdown);
        expect(block?.fence).toBe('---');
        for (const version of ['1.2', '1.1'] as const) {
          const data = parseYaml(block?.text ?? '', { version }) as Record<string, unknown>;
          expect(data.title).toBe(title);
          expectListField(data.tags, trip.tags);
          expectListField(data.categories, trip.categories);
          if (flavour === 'hugo-yaml') {
            expect(data.description).toBe(description === '' ? undefined : description);
            expect(data.draft).toBe(draft);
          } else {
            expect(data).not.toHaveProperty('description');
            expect(data).not.toHaveProperty('draft');
          }
          const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : data.date;
          expect(date).toBe('2024-05-25');
        }
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('hugo-toml: smol-toml gets the same strings back', () => {
    fc.assert(
      fc.property(fieldsArbitrary, ({ trip, title, description, draft }) => {
        const options = resolveExportOptions({ frontMatter: 'hugo-toml', title, description, draft }, '2024-05-25');
        const block = frontMatterBlock(renderReport(trip, [], options).markdown);
        expect(block?.fence).toBe('+++');
        const data = parseToml(block?.text ?? '');
        expect(data.title).toBe(title);
        expectListField(data.tags, trip.tags);
        expectListField(data.categories, trip.categories);
        expect(data.description).toBe(description === '' ? undefined : description);
        expect(data.draft).toBe(draft);
        expect(data.date instanceof Date ? data.date.toISOString() : data.date).toBe('2024-05-25');
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('none: no front matter, the title as the first heading', () => {
    fc.assert(
      fc.property(tripArbitrary(), nonBlankHostileString, (trip, title) => {
        const { markdown } = renderReport(trip, [], resolveExportOptions({ frontMatter: 'none', title }, '2024-05-25'));
        expect(frontMatterBlock(markdown)).toBeNull();
        expect(markdown.startsWith('# ')).toBe(true);
      }),
    );
  }, PROPERTY_TIMEOUT_MS);
});
