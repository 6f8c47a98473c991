/**
 * The exported files go through the real Hugo and Jekyll (Debian packages, run offline in
 * temp sites): every flavour a generator reads, every layout, hostile titles and URLs, and
 * the five reference fixtures. The built pages must hold each talk's title and link, and
 * the front matter must reach the generator unchanged (checked through base64 in the page
 * layout, so no HTML escaping gets in the way).
 *
 * Matrix: Hugo reads all four flavours. Jekyll reads `jekyll`, `hugo-yaml` (YAML too) and
 * `none` (with the empty `---`/`---` a Jekyll user puts on top, without which Jekyll copies a
 * file verbatim); it has no TOML front matter, so `hugo-toml` is not built with Jekyll.
 * If `hugo` or `jekyll` is missing the tests fail: they never skip.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRONT_MATTER_FLAVOURS, REPORT_LAYOUTS, resolveExportOptions } from '../../markdown/export-options';
import type { ExportOptions, FrontMatterFlavour } from '../../markdown/export-options';
import { talkTitle } from '../../markdown/layouts/talk-parts';
import { renderReport } from '../../markdown/render-report';
import { talkUrl } from '../../markdown/talk-link';
import type { Clip, Trip } from '../../model/types';
import { REPORT_FIXTURES } from '../fixtures/reports/all-fixtures';
import { pyconItalia2023 } from '../fixtures/reports/pycon-italia-2023';
import { hostileString, nonBlankHostileString } from '../unit/markdown/support/arbitraries';
import { comparableUrl } from '../unit/markdown/support/same-url';
import { HOSTILE_POST_TITLE, hostileClips, hostileTrip } from './support/hostile-reports';
import { comparable, hrefs, metaBase64, metaContent, visibleText } from './support/page-text';
import { buildHugoSite, buildJekyllSite, builtPage, requireTool } from './support/static-sites';
import type { Post } from './support/static-sites';

type Generator = 'hugo' | 'jekyll';

interface Case {
  label: string;
  trip: Trip;
  clips: Clip[];
  options: ExportOptions;
  post: Post;
}

const READS: Readonly<Record<Generator, readonly FrontMatterFlavour[]>> = {
  hugo: FRONT_MATTER_FLAVOURS,
  jekyll: ['jekyll', 'hugo-yaml', 'none'],
};

function postFor(generator: Generator, flavour: FrontMatterFlavour, trip: Trip, clips: Clip[], options: ExportOptions): Post {
  const { filename, markdown } = renderReport(trip, clips, options);
  return { filename, markdown: generator === 'jekyll' && flavour === 'none' ? `---\n---\n${markdown}` : markdown };
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function reportCases(generator: Generator): Case[] {
  const cases: Case[] = [];
  let n = 0;
  for (const flavour of READS[generator]) {
    for (const layout of REPORT_LAYOUTS) {
      const trip = hostileTrip(flavour, layout);
      const clips = hostileClips();
      const options = resolveExportOptions(
        { frontMatter: flavour, layout, linkStyle: n % 2 === 0 ? 'share' : 'watch', title: `${HOSTILE_POST_TITLE} ${flavour} ${layout}`, draft: false, description: 'A "quoted": description' },
        addDays('2024-05-25', n),
      );
      n += 1;
      cases.push({ label: `hostile report, ${flavour}, ${layout}`, trip, clips, options, post: postFor(generator, flavour, trip, clips, options) });
    }
  }
  READS[generator].filter((read) => read !== 'none').forEach((flavour, index) => {
    const trip = hostileTrip(flavour, 'template');
    const clips = hostileClips();
    const options = resolveExportOptions(
      { frontMatter: flavour, layout: 'template', template: CUSTOM_TEMPLATE, title: `${HOSTILE_POST_TITLE} extra ${flavour}`, time: '21:54:45', extraFrontMatter: EXTRA_FRONT_MATTER },
      // September: Lisbon is on +01:00.
      addDays('2024-09-01', index),
      'Europe/Lisbon',
    );
    cases.push({ label: `extra front matter, post time and a custom template, ${flavour}`, trip, clips, options, post: postFor(generator, flavour, trip, clips, options) });
  });
  for (const fixture of REPORT_FIXTURES) {
    if (!READS[generator].includes(fixture.options.frontMatter)) continue;
    // Its outro (the reference's own) has a Liquid include of a file only the author's blog has.
    if (generator === 'jekyll' && fixture === pyconItalia2023) continue;
    cases.push({ label: fixture.name, trip: fixture.trip, clips: fixture.clips, options: fixture.options, post: postFor(generator, fixture.options.frontMatter, fixture.trip, fixture.clips, fixture.options) });
  }
  return cases;
}

/** Extra front matter of every kind of value, as a Hugo theme and a Jekyll gallery want it. */
const EXTRA_FRONT_MATTER = `ShowToc: true
weight: 2
cover:
  image: "florence.jpg"
  hidden: false
gallery:
  - image_path: https://example.org/duomo.jpg
    title: Duomo {{ not liquid }}
  - image_path: https://example.org/ponte.jpg
`;
const EXTRA_EXPECTED = {
  ShowToc: true,
  weight: 2,
  cover: { image: 'florence.jpg', hidden: false },
  gallery: [{ image_path: 'https://example.org/duomo.jpg', title: 'Duomo {{ not liquid }}' }, { image_path: 'https://example.org/ponte.jpg' }],
};

/** A writer's own template: the groupings, filters, and every talk's title and links. */
const CUSTOM_TEMPLATE = `{{ trip.intro }}

{% for day in days %}## {{ day.day | day_heading | default: day.heading }}

{% for talk in day.talks %}* **{{ talk.title }}** ({{ talk.kind | capitalize }}, {{ talk.time }}){% if talk.speakers != empty %} by {{ talk.speakers | join: " & " }}{% endif %}: [{{ post.videoLabel }}]({{ talk.url }}){% for link in talk.links %}, [{{ link.label }}]({{ link.url }}){% endfor %}
{% endfor %}
{% endfor %}{% for tier in tiers %}{{ tier.label | emoji }}: {{ tier.talks.size }}
{% endfor %}
{{ trip.outro }}
`;

interface FrontMatterCase {
  label: string;
  title: string;
  tags: string[];
  categories: string[];
  post: Post;
}

/** Hostile titles, tags and categories (fixed seed), one post each, all in one site. */
function frontMatterCases(generator: Generator): FrontMatterCase[] {
  const samples = fc.sample(
    fc.record({ title: nonBlankHostileString, tags: fc.array(hostileString, { maxLength: 4 }), categories: fc.array(hostileString, { maxLength: 3 }) }),
    { seed: 20240525, numRuns: 40 },
  );
  const cases: FrontMatterCase[] = [];
  READS[generator]
    .filter((flavour) => flavour !== 'none')
    .forEach((flavour, flavourIndex) => {
      samples.forEach((sample, index) => {
        const trip = hostileTrip(flavour, 'rating');
        const withLists = { ...trip, tags: sample.tags, categories: sample.categories };
        const options = resolveExportOptions({ frontMatter: flavour, title: sample.title }, addDays('2001-01-01', flavourIndex * 100 + index));
        cases.push({ label: `${flavour} #${index} ${JSON.stringify(sample.title)}`, ...sample, post: postFor(generator, flavour, withLists, [], options) });
      });
    });
  return cases;
}

function describeGenerator(generator: Generator, build: (root: string, posts: readonly Post[]) => string): void {
  describe(`${generator} builds the exported files`, () => {
    const cases = reportCases(generator);
    const fmCases = frontMatterCases(generator);
    let root = '';
    let out = '';

    beforeAll(() => {
      requireTool(generator);
      root = mkdtempSync(join(tmpdir(), `talk-clipper-${generator}-`));
      out = build(root, [...cases.map((c) => c.post), ...fmCases.map((c) => c.post)]);
    }, 240_000);

    afterAll(() => {
      if (root !== '') rmSync(root, { recursive: true, force: true });
    });

    it.each(cases)('$label: every talk title and link is on the page', ({ clips, options, post }) => {
      const page = builtPage(out, post.filename);
      const text = visibleText(page);
      const links = hrefs(page);
      for (const clip of clips) {
        expect(text).toContain(comparable(talkTitle(clip)));
        expect(links).toContain(talkUrl(clip, options.linkStyle));
        for (const link of clip.links) expect(links.map(comparableUrl)).toContain(comparableUrl(link.url));
      }
    });

    it.each(cases.filter((c) => c.options.frontMatter !== 'none'))('$label: the title reaches the page unchanged', ({ trip, options, post }) => {
      const page = builtPage(out, post.filename);
      expect(metaBase64(page, 'title-b64')).toBe(options.title ?? trip.name);
    });

    it.each(cases.filter((c) => c.options.template === CUSTOM_TEMPLATE))('$label: the extra keys and the post time reach the generator with their types', ({ post }) => {
      const page = builtPage(out, post.filename);
      expect(JSON.parse(metaBase64(page, 'extra-b64'))).toEqual(EXTRA_EXPECTED);
      const day = /^date: (\S+)$|^date = (\S+)$/m.exec(post.markdown);
      const written = day?.[1] ?? day?.[2] ?? '';
      expect(written).toMatch(/^2024-09-0\dT21:54:45\+01:00$/);
      expect(metaContent(page, 'date-unix')).toBe(String(Date.parse(written) / 1000));
    });

    it.each(fmCases)('front matter $label reads back unchanged', ({ title, tags, categories, post }) => {
      const page = builtPage(out, post.filename);
      expect(metaBase64(page, 'title-b64')).toBe(title);
      expect(JSON.parse(metaBase64(page, 'tags-b64')) ?? []).toEqual(tags);
      expect(JSON.parse(metaBase64(page, 'categories-b64')) ?? []).toEqual(categories);
    });
  });
}

describeGenerator('hugo', buildHugoSite);
describeGenerator('jekyll', buildJekyllSite);
