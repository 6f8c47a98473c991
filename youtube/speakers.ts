/**
 * Split a chapter title such as `Fearless concurrency — Jane Doe & Li Wei` into the
 * talk title and its speakers.
 *
 * Separators: ` — ` / ` – ` (spaces optional around em and en dashes), ` - ` (spaces
 * required, so `Real-Time` stays whole) and ` by `. The LAST separator splits, so a
 * title may itself contain one (`Rust - the good parts by Jane Doe`).
 *
 * Heuristic for "the tail is person names" (otherwise nothing is split):
 * - parenthesised parts are dropped first (`Jane Doe (Acme)` -> `Jane Doe`);
 * - it splits on `,`, `&` and ` and ` into at most 6 names;
 * - each name is 1 to 4 words made of letters (plus `'`, `.`, `-`), with no digits;
 * - each name has a capitalised word (or a word in a script without case), and no
 *   common English function word (`the`, `of`, `to`, `with`, `how`, ...), which rules
 *   out sentence tails like `what's new in the language`.
 * Title-cased non-names (`Lessons Learned`) still pass: the user can fix speakers.
 */

export interface TitleAndSpeakers {
  title: string;
  speakers: string[];
}

const SEPARATOR = /\s*[—–]\s*|\s+-\s+|\s+by\s+/g;
const NAME_SPLIT = /\s*,\s*|\s*&\s*|\s+and\s+/;
const WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;
const NAME_START = /^(?:\p{Lu}|\p{Lt}|\p{Lo})/u;
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'into', 'is', 'are', 'was', 'be',
  'your', 'our', 'my', 'we', 'you', 'it', 'how', 'why', 'what', 'when', 'not', 'or', 'vs',
]);
const MAX_NAMES = 6;
const MAX_WORDS_PER_NAME = 4;

function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_WORDS_PER_NAME) return false;
  if (!words.every((word) => WORD.test(word))) return false;
  if (words.some((word) => FUNCTION_WORDS.has(word.toLowerCase()))) return false;
  return words.some((word) => NAME_START.test(word));
}

/** The speaker names in a separator's tail, or null when it does not look like names. */
export function parseSpeakerNames(tail: string): string[] | null {
  const withoutAffiliations = tail.replace(/\s*\([^()]*\)/g, ' ').trim();
  if (withoutAffiliations === '' || /\d/.test(withoutAffiliations)) return null;
  const names = withoutAffiliations
    .split(NAME_SPLIT)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0 || names.length > MAX_NAMES) return null;
  return names.every(looksLikeName) ? names : null;
}

export function splitTitleAndSpeakers(chapterTitle: string): TitleAndSpeakers {
  const whole = chapterTitle.trim();
  let start = -1;
  let end = -1;
  for (const match of whole.matchAll(SEPARATOR)) {
    start = match.index;
    end = match.index + match[0].length;
  }
  if (start < 0) return { title: whole, speakers: [] };
  const title = whole.slice(0, start).trim();
  const speakers = parseSpeakerNames(whole.slice(end));
  if (title === '' || speakers === null) return { title: whole, speakers: [] };
  return { title, speakers };
}
