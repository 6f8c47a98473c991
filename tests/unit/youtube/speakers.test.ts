import { describe, expect, it } from 'vitest';
import { splitTitleAndSpeakers } from '../../../youtube/chapters';
import { readChapterList } from '../../../youtube/speakers';

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

describe('readChapterList: one order for the whole list, decided by evidence', () => {
  const read = (texts: string[]) => readChapterList(texts).lines;

  it('reads `Speaker - Title` lists with the name first, even where both parts could be names', () => {
    expect(
      read([
        'Evan Kohilas - What have they done!',
        'Rodrigo Girão Serrão - Meta lightning talk',
        'Jon Manning - Yarn Spinner',
        'Indra - Jupyter ML model to production ML as a service',
        'Graham Waters -The grief cycle',
      ]),
    ).toEqual([
      { title: 'What have they done!', speakers: ['Evan Kohilas'] },
      { title: 'Meta lightning talk', speakers: ['Rodrigo Girão Serrão'] },
      { title: 'Yarn Spinner', speakers: ['Jon Manning'] },
      { title: 'Jupyter ML model to production ML as a service', speakers: ['Indra'] },
      { title: 'The grief cycle', speakers: ['Graham Waters'] },
    ]);
  });

  it('reads `*Title* — Speaker`, `"Title", Speaker` and `Title (Speaker)` lists with the name last', () => {
    expect(read(['Czech wines — Jacob Hallén', '*Rust for Pythonistas* — Jana van der Berg', 'Pycon Colombia - Joana'])).toEqual([
      { title: 'Czech wines', speakers: ['Jacob Hallén'] },
      { title: 'Rust for Pythonistas', speakers: ['Jana van der Berg'] },
      { title: 'Pycon Colombia', speakers: ['Joana'] },
    ]);
    expect(read(['“New typing features”, David Foster', '“Panel: Typing-sig”, Guido van Rossum, Pablo Galindo Salgado'])).toEqual([
      { title: 'New typing features', speakers: ['David Foster'] },
      { title: 'Panel: Typing-sig', speakers: ['Guido van Rossum', 'Pablo Galindo Salgado'] },
    ]);
    expect(read(['Introducing Friendly (André Roberge)', 'Practice makes perfect -- but what kind? (Reuven M. Lerner)', 'Closing'])).toEqual([
      { title: 'Introducing Friendly', speakers: ['André Roberge'] },
      { title: 'Practice makes perfect -- but what kind?', speakers: ['Reuven M. Lerner'] },
      { title: 'Closing', speakers: [] },
    ]);
  });

  it('proposes the speaker of `Name on Topic`', () => {
    expect(splitTitleAndSpeakers('Jane Doe on Rust macros')).toEqual({ title: 'Rust macros', speakers: ['Jane Doe'] });
  });

  it('reads a list of names only as who spoke when, with no talk title in the lines', () => {
    expect(readChapterList(['Andrew Godwin', 'Dr. Russell Keith-Magee', '???', 'Juha-Matti Santala'])).toEqual({
      namesOnly: true,
      lines: [
        { title: null, speakers: ['Andrew Godwin'] },
        { title: null, speakers: ['Russell Keith-Magee'] },
        { title: null, speakers: [] },
        { title: null, speakers: ['Juha-Matti Santala'] },
      ],
    });
  });

  it('when unsure, keeps the whole line as the title and proposes no speaker', () => {
    expect(read(['multiple speakers talking about Regional Python Conferences'])).toEqual([
      { title: 'multiple speakers talking about Regional Python Conferences', speakers: [] },
    ]);
    // Both parts look like names and no other line shows the order.
    expect(read(['Yarn Spinner - Jon Manning'])).toEqual([{ title: 'Yarn Spinner - Jon Manning', speakers: [] }]);
  });
});
