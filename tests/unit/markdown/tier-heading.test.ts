/**
 * Tier labels are plain text: the rating layout writes their emoji and its own bold, and
 * escapes everything else the user typed (issue #13).
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS, resolveExportOptions } from '../../../markdown/export-options';
import type { ExportOptions } from '../../../markdown/export-options';
import { renderReport } from '../../../markdown/render-report';
import { tierHeading } from '../../../markdown/tier-heading';
import { makeClip, makeTrip } from '../../fixtures/reports/build-fixture';

const trip = makeTrip({ name: 'Trip' });
const at = (n: number) => ({ videoId: `video${String(n).padStart(6, '0')}`, seconds: n * 100, capturedAt: `2024-05-17T10:0${n}:00.000Z` });
const clips = [makeClip(1, { ...at(1), title: 'Talk 1', rating: 'awesome' }), makeClip(2, { ...at(2), title: 'Talk 2', rating: null })];

/** The rendered HTML of the tier headings (`### …`) of a rating-layout report. */
function headingsHtml(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('### '))
    .map((line) => marked.parse(line, { async: false }).trim());
}

describe('tier headings', () => {
  it('keep the leading emoji and the label’s bold, as the defaults are written', () => {
    expect(tierHeading(':star: **Awesome talks**')).toBe(':star: **Awesome talks**');
    expect(tierHeading('⭐ Best')).toBe('⭐ Best');
    expect(tierHeading('👍🏽 ❤️ **Both**')).toBe('👍🏽 ❤️ **Both**');
    expect(tierHeading('Unrated')).toBe('Unrated');
    expect(tierHeading(':eyes:')).toBe(':eyes:');
  });

  it('escape everything else the user typed: HTML, emphasis, links, brackets', () => {
    expect(tierHeading('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(tierHeading('**[x](javascript:alert(1))**')).toBe('**\\[x\\]\\(javascript:alert(1))**');
    expect(tierHeading(':star: *so* _good_ [1]')).toBe(':star: \\*so\\* \\_good\\_ \\[1\\]');
    expect(tierHeading('**a** and **b**')).toBe('**a\\*\\* and \\*\\*b**');
    expect(tierHeading('{% raw %} {{ page.title }}')).toBe('&#123;% raw %&#125; &#123;&#123; page.title &#125;&#125;');
  });

  it('render as the literal label text in the rating layout, the layout’s bold kept', () => {
    const markdown = renderReport(trip, clips, resolveExportOptions({ frontMatter: 'none', layout: 'rating', tierLabels: { awesome: ':star: **5 * [great]**', unrated: '_meh_ <3' } }, '2024-05-25')).markdown;
    expect(headingsHtml(markdown)).toEqual(['<h3>:star: <strong>5 * [great]</strong></h3>', '<h3>_meh_ &lt;3</h3>']);
  });

  it('are escaped even when options skip validation (a stored <script> label never reaches the post as markup)', () => {
    const options: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, frontMatter: 'none', date: '2024-05-25', tierLabels: { ...DEFAULT_EXPORT_OPTIONS.tierLabels, awesome: '<script>alert(1)</script>' } };
    const markdown = renderReport(trip, clips, options).markdown;
    expect(markdown).not.toContain('<script>');
    expect(headingsHtml(markdown)[0]).toBe('<h3>&lt;script&gt;alert(1)&lt;/script&gt;</h3>');
    const templated = renderReport(trip, clips, { ...options, layout: 'template', template: '{% for tier in tiers %}### {{ tier.label }}\n{% endfor %}' }).markdown;
    expect(templated).not.toContain('<script>');
    expect(headingsHtml(templated)[0]).toBe('<h3>&lt;script&gt;alert(1)&lt;/script&gt;</h3>');
  });

  it('come out the same from Copy layout as template', () => {
    const choices = { frontMatter: 'none' as const, tierLabels: { liked: '❤️ **[Loved](x)**' } };
    const built = renderReport(trip, clips, resolveExportOptions({ ...choices, layout: 'rating' }, '2024-05-25')).markdown;
    const templated = renderReport(trip, clips, resolveExportOptions({ ...choices, layout: 'template' }, '2024-05-25')).markdown;
    expect(templated).toBe(built);
  });
});
