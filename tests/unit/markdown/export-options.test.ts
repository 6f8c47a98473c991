import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  DEFAULT_EXPORT_OPTIONS,
  DEFAULT_TIER_LABELS,
  exportChoicesSchema,
  exportOptionsSchema,
  isoDateOf,
  resolveExportOptions,
} from '../../../markdown/export-options';

describe('export options', () => {
  it('defaults to Jekyll, rating layout, share links, the 2023 Florence tier labels and today', () => {
    const options = resolveExportOptions({}, '2024-05-25');
    expect(options).toEqual({ ...DEFAULT_EXPORT_OPTIONS, date: '2024-05-25' });
    expect(options.frontMatter).toBe('jekyll');
    expect(options.layout).toBe('rating');
    expect(options.linkStyle).toBe('share');
    expect(options.tierLabels).toEqual({
      awesome: ':star: **Awesome talks**',
      liked: ':heart: **I really liked it**',
      good: ':+1: **Good watch**',
      unrated: DEFAULT_TIER_LABELS.unrated,
    });
    expect(options.title).toBeUndefined();
  });

  it('keeps chosen values, a chosen date over today, and merges tier labels one by one', () => {
    const options = resolveExportOptions({ layout: 'day', date: '2023-01-02', tierLabels: { good: 'Fine' }, draft: true }, '2024-05-25');
    expect(options.layout).toBe('day');
    expect(options.date).toBe('2023-01-02');
    expect(options.draft).toBe(true);
    expect(options.tierLabels).toEqual({ ...DEFAULT_TIER_LABELS, good: 'Fine' });
  });

  it('rejects invalid choices, naming the field', () => {
    expect(() => resolveExportOptions({ date: '2024-02-30' }, '2024-05-25')).toThrow(ZodError);
    expect(() => resolveExportOptions({}, '25/05/2024')).toThrow(/date/);
    expect(exportChoicesSchema.safeParse({ layout: 'table' }).success).toBe(false);
    expect(exportChoicesSchema.safeParse({ tierLabels: { awesome: 'two\nlines' } }).success).toBe(false);
    expect(exportChoicesSchema.safeParse({ videoLabel: ' ' }).success).toBe(false);
  });

  it('validates stored choices (any subset) and full options', () => {
    expect(exportChoicesSchema.parse({})).toEqual({});
    expect(exportChoicesSchema.parse({ frontMatter: 'hugo-toml' })).toEqual({ frontMatter: 'hugo-toml' });
    expect(exportOptionsSchema.safeParse({ ...DEFAULT_EXPORT_OPTIONS }).success).toBe(false);
    expect(exportOptionsSchema.safeParse({ ...DEFAULT_EXPORT_OPTIONS, date: '2024-05-25' }).success).toBe(true);
  });

  it('isoDateOf gives the local calendar date', () => {
    expect(isoDateOf(new Date(2024, 4, 5, 23, 59))).toBe('2024-05-05');
    expect(isoDateOf(new Date(999, 0, 1))).toBe('0999-01-01');
  });
});
