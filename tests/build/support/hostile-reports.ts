/**
 * Reports built to break static-site generators: hostile post titles, talk titles,
 * speakers, labels and URLs, in every layout.
 */
import type { Clip, Trip } from '../../../model/types';
import type { FrontMatterFlavour, ReportLayout } from '../../../markdown/export-options';
import { makeClip, makeTrip } from '../../fixtures/reports/build-fixture';

export const HOSTILE_POST_TITLE = `[EN] "Rust": is easy — #1 🚀 no {{ page.title }} {% raw %} <b>x</b> & Москва 東京`;

export function hostileTrip(flavour: FrontMatterFlavour, layout: ReportLayout): Trip {
  return makeTrip({
    name: `Hostile trip ${flavour} ${layout}`,
    tags: ['no', 'yes', '1.0', '0o12', '~', 'null', ':star:', 'c#'],
    categories: ['Blog', 'on', '---'],
    intro: 'An intro with **Markdown** and a [link](https://example.org/intro).',
    outro: 'The end.',
  });
}

export function hostileClips(): Clip[] {
  return [
    makeClip(1, {
      title: "Rust *is* easy_ [really] <maybe> | $$x$$ {{ page.title }} {% if true %} ~~no~~ #hash \\o/ ![img](x) [a](b)",
      speakers: ['Ana "AJ" O\'Neil', 'Zoë | Ünal'],
      links: [
        { label: 'slides (PDF) [v2]', url: 'https://example.com/slides (final).pdf' },
        { label: 'repo', url: 'https://en.wikipedia.org/wiki/Rust_(programming_language)' },
        { label: '{{ liquid }}', url: 'https://example.com/search?q={{x}}|{%y%}&r=`z`' },
      ],
      videoId: '4f23X0UuT-0',
      seconds: 23994,
      liveStatus: 'was_live',
      rating: 'awesome',
      kind: 'keynote',
      day: '2024-05-17',
      capturedAt: '2024-05-17T10:00:00.000Z',
      notes: 'Notes with **bold** and a list:\n\n- one\n- two',
    }),
    makeClip(2, {
      title: 'C# & F# — see http://example.com/x and www.example.org, mail a@b.co',
      speakers: [],
      videoId: 'Ch3Bs3K4Oeo',
      seconds: 7873,
      liveStatus: 'vod',
      rating: 'good',
      kind: 'lightning',
      day: '2024-05-18',
      capturedAt: '2024-05-18T10:00:00.000Z',
      notes: '---\n\nA note that starts with a rule.',
    }),
    makeClip(3, {
      title: 'Москва: 東京 🚀 \\backslash\\ &amp; &copy; `code`',
      speakers: ['李雷'],
      videoId: 'ye2s1smuYe8',
      seconds: 0,
      liveStatus: 'live',
      rating: null,
      kind: 'other',
      capturedAt: '2024-05-19T10:00:00.000Z',
    }),
  ];
}
