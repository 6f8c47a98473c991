import { describe, expect, it } from 'vitest';
import { splitTitleAndSpeakers } from '../../../youtube/chapters';

describe('splitTitleAndSpeakers', () => {
  it.each([
    ['Fearless concurrency — Jane Doe', 'Fearless concurrency', ['Jane Doe']],
    ['Fearless concurrency – Jane Doe', 'Fearless concurrency', ['Jane Doe']],
    ['Fearless concurrency - Jane Doe', 'Fearless concurrency', ['Jane Doe']],
    ['Fearless concurrency by Jane Doe', 'Fearless concurrency', ['Jane Doe']],
    ['Fearless concurrency—Jane Doe', 'Fearless concurrency', ['Jane Doe']],
  ])('%s', (chapter, title, speakers) => {
    expect(splitTitleAndSpeakers(chapter)).toEqual({ title, speakers });
  });

  it('splits several speakers on commas, & and "and"', () => {
    expect(splitTitleAndSpeakers('Panel: the future of WASM — Ana García, Li Wei & Sam O’Brien and Jan van der Berg')).toEqual({
      title: 'Panel: the future of WASM',
      speakers: ['Ana García', 'Li Wei', 'Sam O’Brien', 'Jan van der Berg'],
    });
  });

  it('splits on the last separator, so titles may contain one', () => {
    expect(splitTitleAndSpeakers('Rust - the good parts by Jane Doe')).toEqual({
      title: 'Rust - the good parts',
      speakers: ['Jane Doe'],
    });
    expect(splitTitleAndSpeakers('Day 2 — Keynote — Niko Matsakis')).toEqual({ title: 'Day 2 — Keynote', speakers: ['Niko Matsakis'] });
  });

  it('drops a parenthesised affiliation', () => {
    expect(splitTitleAndSpeakers('Zero-copy parsing — Jane Doe (Acme Corp)')).toEqual({ title: 'Zero-copy parsing', speakers: ['Jane Doe'] });
  });

  it('does not split hyphenated words', () => {
    expect(splitTitleAndSpeakers('Real-Time Systems')).toEqual({ title: 'Real-Time Systems', speakers: [] });
  });

  it.each([
    ['a sentence tail', 'Opening keynote - what is new in the language this year'],
    ['digits', 'Lightning talks - Round 2'],
    ['a lowercase tail', 'Lunch - back soon'],
    ['a long tail', 'Intro — Welcome Everyone Here Today At Conference'],
    ['an empty title', '— Jane Doe'],
    ['a trailing "by"', 'Stand by'],
    ['no separator', 'Closing remarks'],
  ])('keeps the whole title for %s', (_label, chapter) => {
    expect(splitTitleAndSpeakers(chapter)).toEqual({ title: chapter.trim(), speakers: [] });
  });
});
