/**
 * Golden tests: each reference trip report (tests/fixtures/reports/reference/, copied from
 * shared/reference/trip-reports/) has a fixture trip with its talks and a hand-written
 * expected export; the export must match it byte for byte, and must reproduce the
 * reference's front matter fields, heading forms, talk link forms and talk order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { frontMatterTags } from '../../../markdown/extra-front-matter';
import { exportOptionsSchema } from '../../../markdown/export-options';
import { renderReport } from '../../../markdown/render-report';
import { talkUrl } from '../../../markdown/talk-link';
import { clipSchema, tripSchema } from '../../../model/schemas';
import { REPORT_FIXTURES } from '../../fixtures/reports/all-fixtures';
import type { ReportFixture } from '../../fixtures/reports/build-fixture';
import { pyconItalia2023 } from '../../fixtures/reports/pycon-italia-2023';
import { pyconItalia2024 } from '../../fixtures/reports/pycon-italia-2024';
import { pyconUs2021 } from '../../fixtures/reports/pycon-us-2021';
import { pyconUs2024 } from '../../fixtures/reports/pycon-us-2024';
import { pycones2024 } from '../../fixtures/reports/pycones-2024';

const FIXTURES_DIR = join(import.meta.dirname, '../../fixtures/reports');

function reference(fixture: ReportFixture): string {
  return readFileSync(join(FIXTURES_DIR, 'reference', fixture.referenceFile), 'utf8');
}

function exported(fixture: ReportFixture): string {
  return renderReport(fixture.trip, fixture.clips, fixture.options).markdown;
}

/** The text between a leading `fence` line and the next one. */
function frontMatterOf(markdown: string, fence: '---' | '+++'): string {
  const lines = markdown.split('\n');
  expect(lines[0]).toBe(fence);
  const end = lines.indexOf(fence, 1);
  expect(end).toBeGreaterThan(0);
  return lines.slice(1, end).join('\n');
}

function matches(text: string, pattern: RegExp): string[][] {
  return [...text.matchAll(pattern)].map((match) => match.slice(1).map((group) => group ?? ''));
}

function dateOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

describe.each(REPORT_FIXTURES)('$name', (fixture) => {
  it('has a valid trip, clips and options', () => {
    expect(() => tripSchema.parse(fixture.trip)).not.toThrow();
    for (const clip of fixture.clips) expect(() => clipSchema.parse(clip)).not.toThrow();
    expect(() => exportOptionsSchema.parse(fixture.options)).not.toThrow();
  });

  it('exports exactly the hand-written expected file', () => {
    const expected = readFileSync(join(FIXTURES_DIR, fixture.expectedFile), 'utf8');
    expect(exported(fixture)).toBe(expected);
  });

  it('does not depend on the order the clips come in', () => {
    const reversed = renderReport(fixture.trip, [...fixture.clips].reverse(), fixture.options).markdown;
    expect(reversed).toBe(exported(fixture));
  });

  it('links every talk once, in the chosen link form', () => {
    const markdown = exported(fixture);
    for (const clip of fixture.clips) {
      const url = talkUrl(clip, fixture.options.linkStyle);
      expect(markdown.split(`](${url})`).length - 1, url).toBe(1);
    }
  });

  it('names the file YYYY-MM-DD-slug.md after the title', () => {
    const { filename } = renderReport(fixture.trip, fixture.clips, fixture.options);
    expect(filename).toMatch(new RegExp(`^${fixture.options.date}-[a-z0-9]+(?:-[a-z0-9]+)*\\.md$`));
  });
});

/** The front matter as data: YAML read as Jekyll reads it (dates keep their offset), or TOML. Dates become their RFC 3339 text. */
function frontMatterData(markdown: string): Record<string, unknown> | undefined {
  const plain = (value: unknown): unknown =>
    value instanceof Date ? value.toISOString().replace(/\.000(?=$|[Zz+-])/, '') : Array.isArray(value) ? value.map(plain) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)])) : value;
  if (markdown.startsWith('---\n')) return plain(parseYaml(frontMatterOf(markdown, '---'), { version: '1.1', customTags: frontMatterTags })) as Record<string, unknown>;
  if (markdown.startsWith('+++\n')) return plain(parseToml(frontMatterOf(markdown, '+++'))) as Record<string, unknown>;
  return undefined;
}

/** Keys the export writes that a reference leaves out, and why. */
const KEYS_ONLY_IN_EXPORT: Readonly<Record<string, readonly string[]>> = {
  // Jekyll takes a post's date from its file name; the reference leaves `date` out, the export always writes it.
  'pycon-italia-2023-jekyll-by-rating.md': ['date'],
};

describe.each(REPORT_FIXTURES)('$name: front matter', (fixture) => {
  const ref = frontMatterData(reference(fixture));
  const out = frontMatterData(exported(fixture));

  it('has the reference front matter when parsed: every key with the same value, types and date-times included', () => {
    expect(out === undefined, 'front matter only where the reference has one').toBe(ref === undefined);
    for (const [key, value] of Object.entries(ref ?? {})) expect(out?.[key], key).toStrictEqual(value);
    const extra = Object.keys(out ?? {}).filter((key) => !(key in (ref ?? {})));
    expect(extra).toEqual(KEYS_ONLY_IN_EXPORT[fixture.referenceFile] ?? []);
  });
});

describe('PyCon Italia 2023: Jekyll front matter, tiers by rating', () => {
  const ref = reference(pyconItalia2023);
  const out = exported(pyconItalia2023);

  it('writes the reference front matter fields (title, categories, tags) plus the date', () => {
    const refFields = parseYaml(frontMatterOf(ref, '---'), { version: '1.1' }) as Record<string, unknown>;
    const outFields = parseYaml(frontMatterOf(out, '---'), { version: '1.1' }) as Record<string, unknown>;
    for (const key of ['title', 'categories', 'tags']) expect(outFields[key], key).toEqual(refFields[key]);
    expect(dateOf(outFields.date)).toBe('2023-06-04');
    expect(frontMatterOf(out, '---')).toContain('title: "[EN] My trip to Florence for PyCon Italy"');
  });

  it('has the reference tier headings, best first', () => {
    const tierHeading = /^### (:[a-z+\d]+: \*\*[^*]+\*\*) *$/gm;
    expect(matches(out, tierHeading)).toEqual(matches(ref, tierHeading));
  });

  it('links the talk titles with /live/ share links, same videos, offsets and order as the reference', () => {
    const refLinks = matches(ref, /^\[([^\]]+)\]\(https:\/\/www\.youtube\.com\/live\/([\w-]{11})\?(?:feature=share&)?t=(\d+)\)/gm);
    const outLinks = matches(out, /^\[([^\]]+)\]\(https:\/\/www\.youtube\.com\/live\/([\w-]{11})\?t=(\d+)\)/gm);
    expect(refLinks).toHaveLength(8);
    expect(outLinks).toEqual(refLinks);
  });
});

describe('PyCon Italia 2024: Hugo TOML front matter, [KIND] headings', () => {
  const ref = reference(pyconItalia2024);
  const out = exported(pyconItalia2024);

  it('writes the reference title and date in TOML', () => {
    const refFields = parseToml(frontMatterOf(ref, '+++'));
    const outFields = parseToml(frontMatterOf(out, '+++'));
    expect(outFields.title).toBe(refFields.title);
    expect(dateOf(outFields.date)).toBe(dateOf(refFields.date));
  });

  it('has the reference `# [KEYNOTE] Title` / `# [TALK] Title` headings in the reference order', () => {
    const heading = /^# \[(KEYNOTE|TALK)\] (.+)$/gm;
    expect(matches(ref, heading)).toHaveLength(6);
    expect(matches(out, heading)).toEqual(matches(ref, heading));
  });

  it('follows each heading with a `by Speaker - … - [slides](url)` line holding the reference links and the video', () => {
    const refBy = matches(ref, /^# .+\nby (.+)$/gm).map(([line]) => line ?? '');
    const outBy = matches(out, /^# .+\nby (.+)$/gm).map(([line]) => line ?? '');
    expect(outBy).toHaveLength(refBy.length);
    refBy.forEach((refLine, index) => {
      const outLine = outBy[index] ?? '';
      const speaker = refLine.replace(/^\[([^\]]+)\]\([^)]*\)/, '$1').split(' - ')[0] ?? '';
      expect(outLine.startsWith(speaker), outLine).toBe(true);
      expect(outLine).toMatch(/ - \[video\]\(https:\/\/www\.youtube\.com\/live\/[\w-]{11}\?t=\d+\)/);
      for (const link of refLine.matchAll(/\[(?:slides|Codemotion)\]\([^)]+\)/g)) expect(outLine).toContain(link[0]);
    });
  });
});

describe('PyCon US 2024: no front matter, a section per day', () => {
  const ref = reference(pyconUs2024);
  const out = exported(pyconUs2024);

  it('has no front matter and starts with the title', () => {
    expect(out.split('\n')[0]).toBe(`# ${ref.split('\n')[0]?.replace(/\u00a0/g, ' ')}`);
  });

  it('has one section per day with its weekday, in order (the reference calls Sunday "Saturday" twice)', () => {
    expect(matches(out, /^## (\w+), (\d+ \w+ \d{4})$/gm).slice(1)).toEqual([
      ['Friday', '17 May 2024'],
      ['Saturday', '18 May 2024'],
      ['Sunday', '19 May 2024'],
    ]);
    const refDays = ref.split('\n\n').filter((paragraph) => /^(?:Thursday|Friday|Saturday|Sunday)$/.test(paragraph));
    expect(refDays).toEqual(['Thursday', 'Friday', 'Saturday', 'Saturday']);
  });

  it('writes `### Title – Speaker` headings in the reference order', () => {
    const refParagraphs = ref.split('\n\n');
    const positions = matches(out, /^### (.+) – (.+)$/gm).map(([title = '', speakers = '']) => {
      const firstSpeaker = speakers.split(', ')[0] ?? '';
      return refParagraphs.findIndex((paragraph) => paragraph.includes(title) && paragraph.endsWith(speakers) && paragraph.includes(firstSpeaker) && paragraph.length < 120);
    });
    expect(positions).toHaveLength(pyconUs2024.clips.length);
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('uses youtu.be share links for recordings', () => {
    expect(matches(out, /\]\((https:\/\/[^)]+)\)/g).map(([url]) => url).filter((url) => url?.includes('PyUS24'))).toHaveLength(16);
    expect(out).not.toContain('youtube.com/live/');
    expect(out).toMatch(/^\[video\]\(https:\/\/youtu\.be\/PyUS24tk-01\?t=31\)$/m);
  });
});

describe('PyConES 2024: Hugo YAML front matter, numbered talks', () => {
  const ref = reference(pycones2024);
  const out = exported(pycones2024);
  const repair = (text: string): string =>
    text.replace(/Ã¡/g, 'á').replace(/Ã©/g, 'é').replace(/Ã³/g, 'ó').replace(/Ã/g, 'í').replace(/\s+/g, ' ').trim();

  it('writes the reference title, draft, tags and categories, in flow lists like the reference', () => {
    const refFields = parseYaml(frontMatterOf(ref, '---'), { version: '1.1' }) as Record<string, unknown>;
    const outFields = parseYaml(frontMatterOf(out, '---'), { version: '1.1' }) as Record<string, unknown>;
    for (const key of ['title', 'draft', 'tags', 'categories']) expect(outFields[key], key).toEqual(refFields[key]);
    expect(dateOf(outFields.date)).toBe(dateOf(refFields.date));
    for (const line of ['tags: ["python", "conference"]', 'categories: ["conferences"]']) expect(frontMatterOf(out, '---').split('\n')).toContain(line);
  });

  it('numbers the talks `### N. Title` in the reference order (the reference counts from 0)', () => {
    const refHeadings = matches(ref, /^### (\d+)\.\s+(.+)$/gm).map(([n = '', title = '']) => [Number(n) + 1, repair(title)]);
    const outHeadings = matches(out, /^### (\d+)\. (.+)$/gm).map(([n = '', title = '']) => [Number(n), title]);
    expect(outHeadings).toHaveLength(12);
    expect(outHeadings).toEqual(refHeadings);
  });
});

describe('PyCon US 2021: plain highlights (no front matter; chronological is the closest layout)', () => {
  const ref = reference(pyconUs2021);
  const out = exported(pyconUs2021);

  it('has no front matter and starts with the title', () => {
    expect(out.split('\n')[0]).toBe(`# ${ref.split('\n\n')[2]}`);
  });

  it('has the reference talks ("Title - Speaker") in the reference order', () => {
    const refParagraphs = ref.split('\n\n');
    const talksStart = refParagraphs.findIndex((paragraph) => paragraph.includes('these are some of the ones that stood out'));
    const refTalks = refParagraphs.slice(talksStart).filter((paragraph) => / - [A-Z][a-zé]+ [A-Z][a-zé]+$/.test(paragraph) && paragraph.length < 100);
    const outTalks = matches(out, /^### \d+\. (.+)\nby (.+?) - \[video\]/gm).map(([title, speaker]) => `${title} - ${speaker}`);
    expect(outTalks).toEqual(refTalks);
  });

  it('uses watch?v=ID&t=Ns links', () => {
    expect(matches(out, /\[video\]\((https:\/\/www\.youtube\.com\/watch\?v=[\w-]{11}&t=\d+s)\)/g)).toHaveLength(4);
  });
});
