import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportChoicesKey, loadChoices, salvageChoices, saveChoices } from '../../../export/choices-store';
import { optionsFromChoices, previewExcerpt, withChoice } from '../../../export/panel-model';
import { DEFAULT_EXPORT_OPTIONS } from '../../../markdown/export-options';
import { db } from '../../../storage/db';
import { getSetting } from '../../../storage/settings';

const TRIP = '00000000-0000-4000-8000-000000000001';
const OTHER_TRIP = '00000000-0000-4000-8000-000000000002';
const TODAY = '2024-05-27';

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
});

describe('export choices per trip', () => {
  it('round-trips what the user chose, per trip, under export:<tripId>', async () => {
    const choices = { frontMatter: 'hugo-toml', layout: 'day', linkStyle: 'watch', date: '2024-05-26', title: 'PyCon: "notes"', draft: true, subfolder: 'content/talks' } as const;
    await saveChoices(TRIP, choices);
    expect(await loadChoices(TRIP)).toEqual(choices);
    expect(await loadChoices(OTHER_TRIP)).toEqual({});
    expect(await getSetting(exportChoicesKey(TRIP))).toEqual(choices);
    expect(exportChoicesKey(TRIP)).toBe(`export:${TRIP}`);
  });

  it('stores only what was changed, so untouched fields keep following the defaults and today', async () => {
    await saveChoices(TRIP, withChoice(withChoice({}, 'layout', 'kind'), 'title', undefined));
    const loaded = await loadChoices(TRIP);
    expect(loaded).toEqual({ layout: 'kind' });
    const options = optionsFromChoices(loaded, TODAY);
    expect(options).toMatchObject({ ...DEFAULT_EXPORT_OPTIONS, layout: 'kind', date: TODAY });
  });

  it('falls back to the defaults when the stored value is corrupt', async () => {
    await db.settings.put({ key: exportChoicesKey(TRIP), value: 'not an object' });
    expect(await loadChoices(TRIP)).toEqual({});
    expect(optionsFromChoices(await loadChoices(TRIP), TODAY)).toEqual({ ...DEFAULT_EXPORT_OPTIONS, date: TODAY });

    await db.settings.put({ key: exportChoicesKey(TRIP), value: [1, 2] });
    expect(await loadChoices(TRIP)).toEqual({});
  });

  it('drops only the invalid fields of a partly corrupt value', async () => {
    await db.settings.put({
      key: exportChoicesKey(TRIP),
      value: { frontMatter: 'wordpress', layout: 'rating', date: '2024-02-30', linkStyle: 'watch', draft: 'yes', subfolder: 42 },
    });
    expect(await loadChoices(TRIP)).toEqual({ layout: 'rating', linkStyle: 'watch' });
    expect(optionsFromChoices(await loadChoices(TRIP), TODAY)).toMatchObject({ frontMatter: DEFAULT_EXPORT_OPTIONS.frontMatter, date: TODAY, linkStyle: 'watch' });
  });

  it('refuses to store an invalid choice', async () => {
    await expect(saveChoices(TRIP, { date: 'tomorrow' })).rejects.toThrow();
    expect(await db.settings.get(exportChoicesKey(TRIP))).toBeUndefined();
  });
});

describe('optionsFromChoices', () => {
  it('keeps draft for Hugo only', () => {
    expect(optionsFromChoices({ frontMatter: 'hugo-yaml', draft: true }, TODAY).draft).toBe(true);
    expect(optionsFromChoices({ frontMatter: 'jekyll', draft: true }, TODAY).draft).toBeUndefined();
  });

  it('does not pass the subfolder to the renderer', () => {
    expect(optionsFromChoices({ subfolder: '_posts' }, TODAY)).not.toHaveProperty('subfolder');
  });

  it('salvageChoices ignores null and unknown keys', () => {
    expect(salvageChoices(null)).toEqual({});
    expect(salvageChoices({ colour: 'red', layout: 'kind' })).toEqual({ layout: 'kind' });
  });
});

describe('previewExcerpt', () => {
  it('keeps a small report whole', () => {
    expect(previewExcerpt('# A\n\nb\n', 100)).toEqual({ markdown: '# A\n\nb\n', truncated: false });
  });

  it('cuts a big report at a paragraph break within the limit', () => {
    const markdown = Array.from({ length: 100 }, (_, i) => `## Talk ${i}\n\nnotes ${i}`).join('\n\n');
    const excerpt = previewExcerpt(markdown, 500);
    expect(excerpt.truncated).toBe(true);
    expect(excerpt.markdown.length).toBeLessThanOrEqual(501);
    expect(markdown.startsWith(excerpt.markdown.trimEnd())).toBe(true);
    expect(excerpt.markdown.endsWith('\n')).toBe(true);
  });
});
