/**
 * Part 4 of issue #13: every text from YouTube, a schedule or a backup stays capped and
 * escaped wherever the export writes it (front matter, headings, link text, labels), even
 * when the caller hands the renderer rows that never went through the model's bounds. Each
 * report is read back as its readers read it: the Markdown through marked into a DOM
 * (jsdom), the front matter through YAML and TOML parsers.
 */
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_EXPORT_OPTIONS } from '../../../markdown/export-options';
import type { ExportOptions, FrontMatterFlavour, ReportLayout } from '../../../markdown/export-options';
import { FRONT_MATTER_CAPS } from '../../../markdown/front-matter';
import { CUT_MARK, INLINE_TEXT_MAX, capText } from '../../../markdown/markdown-text';
import { renderReport } from '../../../markdown/render-report';
import { makeClip, makeTrip } from '../../fixtures/reports/build-fixture';

/** What a hostile page, schedule or backup would put in a title: markup, Markdown, Liquid, a front matter fence. */
const POISON = '<script>alert(1)</script> **bold** [x](javascript:alert(1)) ![i](https://evil.test/i.png) {% raw %}{{ site }} `code` #tag |a|b| ~~s~~ \\ & &amp; www.evil.test https://evil.test ';
const huge = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length);

const title = huge(POISON, 120_000);
const speaker = huge('Ann *<b>Bob</b>* [Eve] ', 50_000);
const label = huge('slides <img src=x onerror=alert(1)> ](javascript:1) ', 20_000);
const tripName = `${huge('Trip\n---\ntitle: pwned\n"\'<script>', 90_000)}`;

const trip = makeTrip({ name: tripName, tags: Array.from({ length: 5000 }, (_, index) => `${huge('tag<x>', 1000)}${index}`), categories: [huge('cat:\n- [a]', 10_000)] });
const at = (n: number) => ({ videoId: `video${String(n).padStart(6, '0')}`, seconds: n * 100, capturedAt: `2024-05-17T10:0${n}:00.000Z` });
const clips = [
  makeClip(1, { ...at(1), title, speakers: [speaker, '<i>two</i>'], rating: 'awesome', kind: 'talk', day: '2024-05-17', links: [{ label, url: 'https://example.org/s' }], notes: 'My own notes.' }),
  makeClip(2, { ...at(2), title: '', chapter: { title: huge('Chapter <u>x</u> ', 30_000), seconds: 0 }, rating: null, kind: 'keynote', day: undefined, streamTitle: huge('Stream [y] ', 40_000) }),
];

function options(layout: ReportLayout, frontMatter: FrontMatterFlavour): ExportOptions {
  return {
    ...DEFAULT_EXPORT_OPTIONS,
    layout,
    frontMatter,
    date: '2024-05-25',
    description: huge('desc "<b>" ', 50_000),
    tierLabels: { ...DEFAULT_EXPORT_OPTIONS.tierLabels, awesome: `:star: **${huge('Best <script> *[', 20_000)}**`, unrated: huge('Also [z] ', 20_000) },
    undatedLabel: huge('Undated <hr> ', 20_000),
    videoLabel: huge('video ](x) ', 20_000),
  };
}

/** The report's body as a reader sees it, after its front matter. */
function bodyDom(markdown: string): Document {
  const body = markdown.replace(/^(---|\+\+\+)\n[\s\S]*?\n\1\n/, '');
  return new JSDOM(marked.parse(body, { async: false })).window.document;
}

const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((element) => element.textContent ?? '');
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
const capped = (text: string) => capText(plain(text), INLINE_TEXT_MAX);

describe('hostile text in the export', () => {
  it.each(['rating', 'kind', 'day', 'chronological', 'template'] as const)('%s layout: headings and link texts are the literal text, capped', (layout) => {
    const { markdown } = renderReport(trip, clips, options(layout, 'none'));
    const doc = bodyDom(markdown);
    // Nothing of the poison became markup: no script, image, raw HTML element, or javascript: link.
    expect(doc.querySelectorAll('script, img, b, i, u, hr, em, code, del, table, :not(h3) > strong')).toHaveLength(0);
    expect([...doc.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '').filter((href) => !/^https:\/\/(www\.youtube\.com|youtu\.be|example\.org)\//.test(href))).toEqual([]);
    // The post title heading (front matter none).
    expect(texts(doc, 'h1')[0]).toBe(capped(tripName));
    const headings = texts(doc, 'h1, h2, h3');
    for (const heading of headings) expect(heading.length).toBeLessThanOrEqual(2 * INLINE_TEXT_MAX + 20);
    const links = texts(doc, 'a');
    for (const text of links) expect(text.length).toBeLessThanOrEqual(INLINE_TEXT_MAX);
    expect(links).toContain(capped(label));
    const written = [...headings, ...links, ...texts(doc, 'p')].join('\n');
    expect(written).toContain(capped(title));
    expect(written).toContain(capped(speaker));
    expect(written).not.toContain(plain(title).slice(0, INLINE_TEXT_MAX + 1));
    expect(written).toContain('My own notes.');
  });

  it('rating layout: the tier labels are the literal text, capped, the default bold kept', () => {
    const { markdown } = renderReport(trip, clips, options('rating', 'none'));
    const doc = bodyDom(markdown);
    const tiers = [...doc.querySelectorAll('h3')];
    expect(tiers.map((heading) => heading.textContent)).toEqual([`:star: ${capped(huge('Best <script> *[', 20_000))}`, capped(huge('Also [z] ', 20_000))]);
    expect(tiers[0]?.querySelector('strong')?.textContent).toBe(capped(huge('Best <script> *[', 20_000)));
    expect(tiers[1]?.querySelector('strong')).toBeNull();
  });

  it('day layout: the undated section’s label is the literal text, capped', () => {
    const doc = bodyDom(renderReport(trip, clips, options('day', 'none')).markdown);
    expect(texts(doc, 'h2')).toEqual(['Friday, 17 May 2024', capped(huge('Undated <hr> ', 20_000))]);
  });

  it.each(['jekyll', 'hugo-yaml', 'hugo-toml'] as const)('%s front matter: the title, description, tags and categories come back capped, as written', (flavour) => {
    const { markdown } = renderReport(trip, clips, options('rating', flavour));
    const fence = flavour === 'hugo-toml' ? '+++' : '---';
    const block = markdown.slice(fence.length + 1, markdown.indexOf(`\n${fence}\n`, fence.length));
    const fields = (flavour === 'hugo-toml' ? parseToml(block) : parseYaml(block, { version: '1.1' })) as Record<string, unknown>;
    expect(fields.title).toBe(capText(tripName, FRONT_MATTER_CAPS.title));
    expect(String(fields.title).endsWith(CUT_MARK)).toBe(true);
    expect(fields.tags).toHaveLength(FRONT_MATTER_CAPS.listLength);
    expect((fields.tags as string[]).every((tag) => tag.length <= FRONT_MATTER_CAPS.listItem && tag.endsWith(CUT_MARK))).toBe(true);
    expect(fields.categories).toEqual([capText(huge('cat:\n- [a]', 10_000), FRONT_MATTER_CAPS.listItem)]);
    if (flavour !== 'jekyll') expect(fields.description).toBe(capText(huge('desc "<b>" ', 50_000), FRONT_MATTER_CAPS.description));
    // Only the two fences are at the start of a line: the title cannot close the block early.
    expect(markdown.split('\n').filter((line) => line === fence)).toHaveLength(2);
    expect(Object.keys(fields)).not.toContain('pwned');
  });

  it('caps cut on a character, never inside a surrogate pair, and leave short text alone', () => {
    expect(capText('short', 10)).toBe('short');
    expect(capText('abcdefghij', 5)).toBe(`abcd${CUT_MARK}`);
    const emoji = capText('a😀😀😀', 3);
    expect(emoji).toBe(`a${CUT_MARK}`);
    expect(emoji.isWellFormed()).toBe(true);
  });
});
