/** fast-check arbitraries for export tests: hostile strings, clips, trips, URLs. */
import fc from 'fast-check';
import { BUILT_IN_LAYOUTS, FRONT_MATTER_FLAVOURS, LINK_STYLES } from '../../../../markdown/export-options';
import { LIVE_STATUSES, RATINGS, TALK_KINDS } from '../../../../model/types';
import type { Clip, Link, Trip } from '../../../../model/types';
import { testUuid } from '../../../support/records';

/** Pieces that trip up YAML 1.1/1.2, TOML, Markdown, kramdown, Liquid and Hugo. */
export const HOSTILE_PIECES = [
  'no', 'on', 'yes', 'off', 'y', 'n', 'Y', 'NO', '1.0', '1e3', '0o12', '012', '0x1F', '1_000', '1,000', '1:20', '.5', '.inf', '~', 'null', 'true',
  '2024-05-25', ':star:', ':sym', '---', '+++', '...', '%YAML', '#', ' #', '[EN]', '"', "'", "'''", '"""', ':', ': ', '- ', '? ', '|', '>', '&anchor', '*alias',
  '!tag', '@', '`', '\\', '\\n', '\n', '\r\n', '\t', ' ', '  ', '\u00a0', '\u2028', '\u2029', '\u0085', '\u007f', '\u0000', '\u001b', '\ufeff', '\uffff',
  '🚀', '👩‍💻', 'Москва', '東京', 'العربية', 'ñ', 'é', '{{ x }}', '{% raw %}', '{{< ref >}}', '{:.cls}', '$$', '~~', '*', '_', '__init__', '<br>', '<script>',
  '&amp;', '&#123;', '&', '[x](http://e.com)', '![i](p)', '[^1]', '(', ')', '=', '==', '<http://a>',
] as const;

/** Full Unicode (well-formed) strings, often built from hostile pieces. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...HOSTILE_PIECES),
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 8 }).map((pieces) => pieces.join('')),
);

export const nonBlankHostileString = hostileString.filter((value) => value.trim() !== '');

const urlPathChar = fc.oneof(
  fc.constantFrom(' ', '(', ')', '[', ']', '<', '>', '"', "'", '\\', '{', '}', '|', '`', '^', '%20', '%', '#', '?', '&', '=', '*', '_', '~', '$', '!'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
);

/** http(s) URLs with spaces, parentheses and other characters Markdown cares about. */
export const awkwardUrl: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('https://', 'http://'), fc.constantFrom('example.com', 'en.wikipedia.org', 'a.b.co'), fc.array(urlPathChar, { maxLength: 12 }))
  .map(([scheme, host, path]) => `${scheme}${host}/${path.join('')}`)
  .filter((url) => {
    try {
      return ['http:', 'https:'].includes(new URL(url).protocol);
    } catch {
      return false;
    }
  });

export const linkArbitrary: fc.Arbitrary<Link> = fc.record({ label: hostileString, url: awkwardUrl });

const dayArbitrary = fc.option(fc.constantFrom('2024-05-17', '2024-05-18', '2024-05-19', '2023-12-31'), { nil: undefined });

/** Notes that are valid Markdown on their own, including ones that would glue onto a preceding line. */
const notesArbitrary = fc.constantFrom('', 'Some *notes*.', '- a\n- b', '---', '===', '    indented code', '> quote', '1. one', '| a | b |\n|---|---|\n| 1 | 2 |');

export function clipArbitrary(index: number): fc.Arbitrary<Clip> {
  return fc.record({
    id: fc.constant(testUuid(5000 + index)),
    tripId: fc.constant(testUuid(1)),
    videoId: fc.stringMatching(/^[A-Za-z0-9_-]{11}$/),
    seconds: fc.nat({ max: 86_400 }),
    liveStatus: fc.constantFrom(...LIVE_STATUSES),
    streamTitle: hostileString,
    channel: fc.constant('Channel'),
    title: hostileString,
    speakers: fc.array(hostileString, { maxLength: 3 }),
    kind: fc.constantFrom(...TALK_KINDS),
    rating: fc.option(fc.constantFrom(...RATINGS), { nil: null }),
    tags: fc.constant([]),
    notes: notesArbitrary,
    links: fc.array(linkArbitrary, { maxLength: 3 }),
    day: dayArbitrary,
    capturedAt: fc.constantFrom('2024-05-17T10:00:00.000Z', '2024-05-18T11:00:00.000Z'),
    updatedAt: fc.constant('2024-05-20T00:00:00.000Z'),
  });
}

export const clipsArbitrary: fc.Arbitrary<Clip[]> = fc
  .integer({ min: 0, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => clipArbitrary(index))));

export function tripArbitrary(): fc.Arbitrary<Trip> {
  return fc.record({
    id: fc.constant(testUuid(1)),
    name: nonBlankHostileString,
    tags: fc.array(hostileString, { maxLength: 5 }),
    categories: fc.array(hostileString, { maxLength: 5 }),
    intro: fc.constantFrom('', 'Intro.', '# Heading\n\nText'),
    outro: fc.constantFrom('', 'Outro.'),
    createdAt: fc.constant('2024-01-01T00:00:00.000Z'),
    updatedAt: fc.constant('2024-01-01T00:00:00.000Z'),
  });
}

export const flavourArbitrary = fc.constantFrom(...FRONT_MATTER_FLAVOURS);
export const layoutArbitrary = fc.constantFrom(...BUILT_IN_LAYOUTS);
export const linkStyleArbitrary = fc.constantFrom(...LINK_STYLES);
