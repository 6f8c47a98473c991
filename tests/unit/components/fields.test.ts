import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../model/types';
import {
  KIND_OPTIONS,
  RATING_OPTIONS,
  changedFields,
  displayTitle,
  fieldsFromForm,
  formFromClip,
  formatList,
  insertAt,
  isHttpUrl,
  linkProblem,
  linkProblemMessage,
  linksToSave,
  parseKind,
  parseList,
  parseRating,
  parseTags,
  pickClipFields,
  sameFields,
  watchUrl,
} from '../../../ui/fields';

const clip: Clip = {
  id: '7d1b0d0e-8f5e-4c8a-9a51-0c7a1c2b3d4e',
  tripId: '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b',
  videoId: 'dQw4w9WgXcQ',
  seconds: 3723,
  liveStatus: 'was_live',
  streamTitle: 'Day 1 — Room A',
  channel: 'ConfTV',
  title: 'Rust is easy',
  speakers: ['Ann Lee', 'Bob Ray'],
  kind: 'talk',
  rating: null,
  tags: ['rust'],
  notes: '',
  links: [{ label: 'slides', url: 'https://example.com/s.pdf' }],
  capturedAt: '2025-06-01T10:00:00.000Z',
  updatedAt: '2025-06-01T10:00:00.000Z',
};

describe('parseList / formatList', () => {
  it('splits on commas, trims, drops empties and duplicates', () => {
    expect(parseList(' Ann Lee,  Bob   Ray ,, Ann Lee, ')).toEqual(['Ann Lee', 'Bob Ray']);
  });
  it('accepts semicolons and newlines as separators', () => {
    expect(parseList('Ann; Bob\nCy')).toEqual(['Ann', 'Bob', 'Cy']);
  });
  it('gives an empty list for blank text', () => {
    expect(parseList('   ')).toEqual([]);
    expect(parseList('')).toEqual([]);
  });
  it('round-trips through formatList', () => {
    expect(parseList(formatList(['Ann Lee', 'Bob Ray']))).toEqual(['Ann Lee', 'Bob Ray']);
    expect(formatList([])).toBe('');
  });
  it('keeps non-ASCII names', () => {
    expect(parseList('José Valim, 松本 行弘')).toEqual(['José Valim', '松本 行弘']);
  });
});

describe('parseTags', () => {
  it('drops leading hashes', () => {
    expect(parseTags('#rust, ##wasm,c#')).toEqual(['rust', 'wasm', 'c#']);
  });
});

describe('kind and rating', () => {
  it('labels every kind for humans', () => {
    expect(KIND_OPTIONS.map((o) => o.label)).toEqual(['Keynote', 'Talk', 'Workshop', 'Lightning talk', 'Panel', 'Open space', 'Other']);
  });
  it('offers Unrated first, then tiers best first', () => {
    expect(RATING_OPTIONS.map((o) => o.label)).toEqual(['Unrated', 'Awesome', 'Liked', 'Good']);
  });
  it('parses select values', () => {
    expect(parseKind('open-space')).toBe('open-space');
    expect(parseKind('bogus')).toBe('talk');
    expect(parseRating('')).toBeNull();
    expect(parseRating('liked')).toBe('liked');
    expect(parseRating('meh')).toBeNull();
  });
});

describe('links', () => {
  it('accepts only http(s) URLs', () => {
    expect(isHttpUrl('https://example.com/a b')).toBe(true);
    expect(isHttpUrl('http://x.test')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('ftp://x.test')).toBe(false);
    expect(isHttpUrl('example.com')).toBe(false);
  });
  it('names the problem of a row, and none for a blank row', () => {
    expect(linkProblem({ label: '', url: '' })).toBeNull();
    expect(linkProblem({ label: 'slides', url: ' ' })).toBe('missing-url');
    expect(linkProblem({ label: '', url: 'data:text/html,x' })).toBe('invalid-url');
    expect(linkProblem({ label: '', url: ' https://ok.test ' })).toBeNull();
    expect(linkProblemMessage(0, 'invalid-url')).toMatch(/^Link 1 URL must start with http/);
  });
  it('saves only complete http(s) rows, trimmed', () => {
    expect(
      linksToSave([
        { label: ' slides ', url: ' https://a.test/s ' },
        { label: 'bad', url: 'javascript:void 0' },
        { label: '', url: '' },
        { label: 'half', url: '' },
        { label: '', url: 'http://b.test' },
      ]),
    ).toEqual([
      { label: 'slides', url: 'https://a.test/s' },
      { label: '', url: 'http://b.test' },
    ]);
  });
});

describe('watchUrl and displayTitle', () => {
  it('opens the video at the moment', () => {
    expect(watchUrl('dQw4w9WgXcQ', 3723)).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3723s');
    expect(watchUrl('dQw4w9WgXcQ', 12.9)).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=12s');
  });
  it('falls back to the stream title, then a placeholder', () => {
    expect(displayTitle({ title: ' ', streamTitle: 'Stream' })).toBe('Stream');
    expect(displayTitle({ title: '', streamTitle: '' })).toBe('Untitled talk');
    expect(displayTitle(clip)).toBe('Rust is easy');
  });
});

describe('form <-> clip fields', () => {
  it('round-trips a clip through the form', () => {
    expect(fieldsFromForm(formFromClip(clip))).toEqual(pickClipFields(clip));
    expect(formFromClip(clip).speakers).toBe('Ann Lee, Bob Ray');
  });
  it('keeps half-typed text out of the stored value without flagging a change', () => {
    const form = { ...formFromClip(clip), speakers: 'Ann Lee, Bob Ray, ', title: 'Rust is easy ' };
    expect(sameFields(fieldsFromForm(form), clip)).toBe(true);
    expect(changedFields(fieldsFromForm(form), clip)).toEqual({});
  });
  it('reports only the fields that changed', () => {
    const form = { ...formFromClip(clip), tags: 'rust, wasm', rating: 'awesome' as const };
    expect(changedFields(fieldsFromForm(form), clip)).toEqual({ tags: ['rust', 'wasm'], rating: 'awesome' });
  });
  it('leaves an invalid link out of the saved links', () => {
    const form = { ...formFromClip(clip), links: [...clip.links, { label: 'x', url: 'javascript:1' }] };
    expect(changedFields(fieldsFromForm(form), clip)).toEqual({});
  });
});

describe('insertAt', () => {
  it('replaces the selection and puts the caret after the text', () => {
    expect(insertAt('hello world', 6, 11, '**there**')).toEqual({ value: 'hello **there**', caret: 15 });
    expect(insertAt('ab', 1, 1, 'X')).toEqual({ value: 'aXb', caret: 2 });
  });
  it('clamps a stale selection', () => {
    expect(insertAt('ab', 9, 3, 'X')).toEqual({ value: 'abX', caret: 3 });
  });
});
