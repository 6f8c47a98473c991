/**
 * Extra front matter: typed YAML merged into every flavour's front matter with its types
 * kept, written by that flavour's serializer; problems named by line.
 */
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { resolveExportOptions } from '../../../markdown/export-options';
import type { FrontMatterFlavour } from '../../../markdown/export-options';
import { extraFrontMatterMessage, parseExtraFrontMatter } from '../../../markdown/extra-front-matter';
import { renderReport } from '../../../markdown/render-report';
import { makeTrip } from '../../fixtures/reports/build-fixture';

const trip = makeTrip({ name: 'PyCon Italia 2024', tags: ['python'], categories: ['Blog'] });

const EXTRA = `ShowToc: true
weight: 2
ratio: 1.5
type: post
aliases: [/old-url, /older-url]
lastmod: 2024-05-26
published: 2024-05-25T23:58:22+02:00
cover:
  image: florence.jpg
  hidden: false
gallery:
  - image_path: https://example.org/1.jpg
    title: Duomo
`;

function frontMatterOf(markdown: string): Record<string, unknown> {
  const yaml = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (yaml?.[1] !== undefined) return parseYaml(yaml[1], { version: '1.1' }) as Record<string, unknown>;
  const toml = /^\+\+\+\n([\s\S]*?)\n\+\+\+\n/.exec(markdown);
  if (toml?.[1] !== undefined) return parseToml(toml[1]);
  throw new Error(`no front matter in ${markdown.slice(0, 200)}`);
}

function exportWith(flavour: FrontMatterFlavour, extraFrontMatter: string): string {
  return renderReport(trip, [], resolveExportOptions({ frontMatter: flavour, extraFrontMatter }, '2024-05-25')).markdown;
}

describe.each(['jekyll', 'hugo-yaml', 'hugo-toml'] as const)('extra front matter in %s', (flavour) => {
  const markdown = exportWith(flavour, EXTRA);
  const fields = frontMatterOf(markdown);

  it('keeps booleans, numbers, strings, lists, dates and nested keys as they were typed', () => {
    expect(fields.ShowToc).toBe(true);
    expect(fields.weight).toBe(2);
    expect(fields.ratio).toBe(1.5);
    expect(fields.type).toBe('post');
    expect(fields.aliases).toEqual(['/old-url', '/older-url']);
    expect(fields.cover).toEqual({ image: 'florence.jpg', hidden: false });
    expect(fields.gallery).toEqual([{ image_path: 'https://example.org/1.jpg', title: 'Duomo' }]);
    expect(fields.lastmod).toBeInstanceOf(Date);
    expect((fields.lastmod as Date).toISOString().slice(0, 10)).toBe('2024-05-26');
    expect((fields.published as Date).getTime()).toBe(Date.parse('2024-05-25T21:58:22Z'));
  });

  it('writes the date-time with the offset typed, and keeps the generated keys first', () => {
    expect(markdown).toMatch(flavour === 'hugo-toml' ? /^published = 2024-05-25T23:58:22\+02:00$/m : /^published: 2024-05-25T23:58:22\+02:00$/m);
    expect(Object.keys(fields).slice(0, 2)).toEqual(['title', 'date']);
    expect(fields.title).toBe('PyCon Italia 2024');
  });

  it('lets a typed key replace the generated key of the same name, in its place', () => {
    const replaced = frontMatterOf(exportWith(flavour, 'title: My own title\ndate: 2024-06-01T08:00:00Z\ntags: [a, b]\n'));
    expect(Object.keys(replaced)[0]).toBe('title');
    expect(replaced.title).toBe('My own title');
    expect((replaced.date as Date).toISOString()).toBe('2024-06-01T08:00:00.000Z');
    expect(replaced.tags).toEqual(['a', 'b']);
  });
});

describe('extra front matter problems', () => {
  it('names the line of a YAML syntax error', () => {
    const result = parseExtraFrontMatter('ShowToc: true\nweight: 2\naliases: [a, b\ntype: post\n', 'jekyll');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.line).toBeGreaterThanOrEqual(3);
    expect(extraFrontMatterMessage(result.problems)).toMatch(/^Extra front matter, line [34]: /);
  });

  it('names the line of a key given twice', () => {
    const result = parseExtraFrontMatter('weight: 1\nShowToc: true\nweight: 2\n', 'hugo-yaml');
    expect(result).toMatchObject({ ok: false, problems: [{ line: 3 }] });
  });

  it('names the line of a bad indentation', () => {
    const result = parseExtraFrontMatter('cover:\n  image: a.jpg\n hidden: true\n', 'hugo-yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.line).toBe(3);
  });

  it('wants keys with values at the top, not a list', () => {
    expect(parseExtraFrontMatter('- a\n- b\n', 'jekyll')).toMatchObject({ ok: false, problems: [{ line: 1, message: expect.stringContaining('key: value') }] });
  });

  it('refuses an empty value for TOML only, naming its line', () => {
    expect(parseExtraFrontMatter('weight: 2\nimage:\n', 'hugo-toml')).toMatchObject({ ok: false, problems: [{ line: 2, message: expect.stringContaining('TOML') }] });
    expect(parseExtraFrontMatter('weight: 2\nimage:\n', 'jekyll')).toMatchObject({ ok: true });
  });

  it('refuses __proto__ and alias bombs without harm', () => {
    expect(parseExtraFrontMatter('__proto__: {polluted: true}\n', 'jekyll').ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    expect(parseExtraFrontMatter(bomb, 'jekyll').ok).toBe(false);
  });

  it('makes the export fail with the sentence, never a half-written file', () => {
    expect(() => exportWith('jekyll', 'weight: 2\nShowToc: [true\n')).toThrow(/^Extra front matter, line \d: /);
  });

  it('is ignored with no front matter, and blank text adds nothing', () => {
    expect(exportWith('none', 'weight: [broken\n')).toBe('# PyCon Italia 2024\n');
    expect(exportWith('jekyll', '  \n')).toBe(exportWith('jekyll', ''));
  });
});
