/**
 * Custom templates (Liquid): every documented variable, filters, errors named by line, the
 * built-in layouts copied as templates giving the built-in output, and no eval.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_LAYOUTS, resolveExportOptions } from '../../../markdown/export-options';
import type { ExportChoices } from '../../../markdown/export-options';
import { renderReport } from '../../../markdown/render-report';
import { LAYOUT_TEMPLATES } from '../../../markdown/template/layout-templates';
import { checkTemplate } from '../../../markdown/template/liquid-template';
import { REPORT_FIXTURES } from '../../fixtures/reports/all-fixtures';
import { makeClip, makeTrip } from '../../fixtures/reports/build-fixture';

const trip = makeTrip({
  name: 'PyCon [Italia] 2024',
  place: 'Florence',
  startDate: '2024-05-22',
  endDate: '2024-05-25',
  url: 'https://pycon.it/en',
  tags: ['python', 'italy'],
  categories: ['Blog'],
  intro: 'Intro *Markdown*.',
  outro: 'See you next year.',
});

const clips = [
  makeClip(1, {
    videoId: 'PyIT24Day3A',
    seconds: 3723,
    title: 'Rust is *easy*',
    capturedAt: '2024-05-25T10:00:00.000Z',
    day: '2024-05-25',
    speakers: ['Luca Barbato', 'Ana'],
    kind: 'keynote',
    rating: 'awesome',
    tags: ['rust'],
    notes: 'Great talk.\n\n- point',
    links: [{ label: 'slides', url: 'https://example.org/rust (final).pdf' }],
    streamTitle: 'PyCon Italia 2024 - Day 3',
    channel: 'PyCon Italia',
  }),
  makeClip(2, { videoId: 'PyIT24Day3A', seconds: 60, title: 'Opening', capturedAt: '2024-05-25T09:00:00.000Z', day: '2024-05-25', kind: 'other' }),
];

function exportWith(choices: ExportChoices): string {
  return renderReport(trip, clips, resolveExportOptions({ frontMatter: 'jekyll', layout: 'template', ...choices }, '2024-05-26')).markdown;
}

/** The body after the Jekyll front matter. */
function body(choices: ExportChoices): string {
  return exportWith(choices).replace(/^---\n[\s\S]*?\n---\n\n/, '');
}

describe('template variables', () => {
  it('gives the trip: name, place, startDate, endDate, url, tags, categories, intro, outro', () => {
    const template = '{{ trip.name }}|{{ trip.place }}|{{ trip.startDate }}|{{ trip.endDate }}|{{ trip.url }}|{{ trip.tags | join: "," }}|{{ trip.categories | first }}|{{ trip.intro }}|{{ trip.outro }}';
    expect(body({ template })).toBe('PyCon \\[Italia\\] 2024|Florence|2024-05-22|2024-05-25|https://pycon.it/en|python,italy|Blog|Intro *Markdown*.|See you next year.\n');
  });

  it('gives each talk in stream order: title, speakers, url, seconds, time, day, kind, rating, tags, notes, links, streamTitle, channel', () => {
    const template = `{% for talk in talks %}{{ talk.number }}. {{ talk.title }} / {{ talk.speakers | join: " & " }} / {{ talk.url }} / {{ talk.seconds }} / {{ talk.time }} / {{ talk.day }} / {{ talk.kind }} / {{ talk.rating }} / {{ talk.tags | join: "," }} / {{ talk.streamTitle }} / {{ talk.channel }}
{% for link in talk.links %}[{{ link.label }}]({{ link.url }})
{% endfor %}{{ talk.notes }}
{% endfor %}`;
    expect(body({ template })).toBe(
      [
        '1. Opening /  / https://www.youtube.com/live/PyIT24Day3A?t=60 / 60 / 0:01:00 / 2024-05-25 / other /  /  / Conference stream / Conference',
        '',
        '2. Rust is \\*easy\\* / Luca Barbato & Ana / https://www.youtube.com/live/PyIT24Day3A?t=3723 / 3723 / 1:02:03 / 2024-05-25 / keynote / awesome / rust / PyCon Italia 2024 - Day 3 / PyCon Italia',
        '[slides](<https://example.org/rust%20(final).pdf>)',
        'Great talk.',
        '',
        '- point',
        '',
      ].join('\n'),
    );
  });

  it('writes talk.url in the chosen link style', () => {
    expect(body({ template: '{{ talks[1].url }}', linkStyle: 'watch' })).toBe('https://www.youtube.com/watch?v=PyIT24Day3A&t=3723s\n');
  });

  it('gives the groupings of the built-in layouts: days, tiers (by rating) and kinds', () => {
    const template = `{% for day in days %}{{ day.day }}={{ day.heading }}:{{ day.talks.size }};{% endfor %}
{% for tier in tiers %}{{ tier.rating }}={{ tier.label }}:{{ tier.talks | map: "title" | join: "," }};{% endfor %}
{% for group in kinds %}{{ group.kind }}={{ group.tag }}:{{ group.talks.size }};{% endfor %}`;
    expect(body({ template })).toBe('2024-05-25=Saturday, 25 May 2024:2;\nawesome=:star: **Awesome talks**:Rust is \\*easy\\*;unrated=:eyes: **Also watched**:Opening;\nkeynote=[KEYNOTE]:1;other=:1;\n');
  });
});

describe('template filters', () => {
  it('has Liquid’s standard filters and day_heading, emoji and md', () => {
    const template = '{{ trip.place | upcase }} {{ talks.size }} {{ "2024-05-17" | day_heading }} {{ ":star: :+1:" | emoji }} {{ "a*b_c" | md }} {{ talks[1].seconds | divided_by: 60 | floor }}min {{ trip.startDate | date: "%B %Y" }}';
    expect(body({ template })).toBe('FLORENCE 2 Friday, 17 May 2024 :star: :+1: a\\*b\\_c 62min May 2024\n');
    expect(renderReport(trip, clips, resolveExportOptions({ frontMatter: 'hugo-yaml', layout: 'template', template: '{{ ":star: :+1:" | emoji }}' }, '2024-05-26')).markdown).toMatch(/\n⭐ 👍\n$/);
  });

  it('writes tier labels in the chosen emoji style', () => {
    expect(body({ template: '{{ tiers[0].label }}', emoji: 'character' })).toBe('⭐ **Awesome talks**\n');
  });
});

describe('template errors', () => {
  it('names the line of an unclosed tag, an unknown tag and an unknown filter', () => {
    expect(checkTemplate('# Talks\n\n{% for talk in talks %}\n{{ talk.title }}\n')).toMatchObject({ line: 3 });
    expect(checkTemplate('one\ntwo\n{% frobnicate %}')).toMatchObject({ line: 3, message: expect.stringContaining('frobnicate') });
    expect(checkTemplate('one\n{{ trip.name | nosuchfilter }}')).toMatchObject({ line: 2, message: expect.stringContaining('nosuchfilter') });
    expect(checkTemplate('{{ trip.name }}')).toBeUndefined();
  });

  it('makes the export fail with "Template, line N: …"', () => {
    expect(() => exportWith({ template: 'ok\n{% if trip.name %}\nno end' })).toThrow(/^Template, line 2: /);
  });

  it('reads no files: include and render find nothing', () => {
    expect(() => exportWith({ template: "{% include '/etc/passwd' %}" })).toThrow(/^Template, line 1: /);
    expect(() => exportWith({ template: "{% render 'package.json' %}" })).toThrow(/^Template, line 1: /);
  });

  it('stops a template that would take too much memory', () => {
    expect(() => exportWith({ template: '{% for i in (1..100000000) %}{{ i }}{% endfor %}' })).toThrow(/^Template/);
  });
});

describe('built-in layouts copied as templates', () => {
  it.each(REPORT_FIXTURES.flatMap((fixture) => BUILT_IN_LAYOUTS.map((layout) => ({ fixture, layout, name: `${fixture.name} as ${layout}` }))))('$name gives the built-in output', ({ fixture, layout }) => {
    const builtIn = renderReport(fixture.trip, fixture.clips, { ...fixture.options, layout }).markdown;
    const copied = renderReport(fixture.trip, fixture.clips, { ...fixture.options, layout: 'template', template: LAYOUT_TEMPLATES[layout] }).markdown;
    expect(copied).toBe(builtIn);
  });
});

describe('no eval', () => {
  const realEval = globalThis.eval;
  const RealFunction = globalThis.Function;
  afterEach(() => {
    globalThis.eval = realEval;
    globalThis.Function = RealFunction;
  });

  it('renders with eval and the Function constructor disabled, as under script-src self', () => {
    const refuse = () => {
      throw new EvalError('Refused to evaluate a string as JavaScript');
    };
    globalThis.eval = refuse;
    globalThis.Function = new Proxy(RealFunction, { construct: refuse, apply: refuse });
    expect(body({ template: LAYOUT_TEMPLATES.rating })).toContain('[Rust is \\*easy\\*](https://www.youtube.com/live/PyIT24Day3A?t=3723)');
  });

  it('ships a browser build without eval or new Function', () => {
    const require = createRequire(import.meta.url);
    const browserBuild = readFileSync(require.resolve('liquidjs/dist/liquid.browser.mjs'), 'utf8');
    expect(browserBuild).not.toMatch(/\bnew Function\s*\(|\beval\s*\(/);
  });
});
