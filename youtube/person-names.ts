/**
 * Does a piece of a chapter line look like the names of people? Evidence only, no
 * position: a name is one to four capitalised words (particles such as van, de, da, dos
 * in between; initials; diacritics, apostrophes and hyphens inside words), with no
 * digits, no sentence words and no title punctuation. Two or more words are *strong*
 * evidence; a single capitalised word (`Indra`, `Mario`) is *weak* evidence, which a
 * caller accepts only where the rest of the list has already shown where the names are.
 */

export type NameEvidence = 'strong' | 'weak' | 'none';

const MAX_NAMES = 8;
const MAX_WORDS_PER_NAME = 4;

/** Words between the parts of a name: `Guido van Rossum`, `Jacobo de Vera`, `Stéfan van der Walt`. */
const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'el', 'al',
  'bin', 'ibn', 'ter', 'ten', 'zu', 'af', 'av',
]);
/** Suffixes that may end a name. */
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
/** Honorifics dropped from a proposed speaker (`Dr. Russell Keith-Magee`). */
const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|sir)\.?\s+/i;
/** Sentence words: a piece containing one is a title, not a name. */
const SENTENCE_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'into', 'is', 'are', 'was', 'be', 'and', 'or',
  'your', 'our', 'my', 'we', 'you', 'it', 'how', 'why', 'what', 'when', 'not', 'vs', 'about', 'without', 'all', 'this',
  'that', 'can', 'do', 'i', 'me', 'its', "it's", 'us', 'by', 'as', 'no', 'new', 'more', 'less', 'part', 'day', 'en',
]);
/**
 * Capitalised words that open or fill a title far more often than a name: conference
 * and programme words, and the names of languages and tools talks are about.
 */
const TITLE_WORDS = new Set([
  'intro', 'introduction', 'welcome', 'welcoming', 'opening', 'closing', 'keynote', 'panel', 'lightning', 'talk', 'talks',
  'break', 'lunch', 'coffee', 'demo', 'workshop', 'tutorial', 'session', 'summit', 'conference', 'remarks', 'setup',
  'summary', 'conclusion', 'questions', 'q&a', 'announcements', 'sponsor', 'sponsors', 'update', 'news', 'state',
  'overview', 'outro', 'wrap', 'recap', 'agenda', 'schedule', 'end', 'start', 'live', 'stream', 'round', 'track',
  'python', 'pycon', 'django', 'djangocon', 'europython', 'pydata', 'scipy', 'jupyter', 'rust', 'javascript', 'java',
  'go', 'golang', 'linux', 'docker', 'postgres', 'postgresql', 'data', 'code', 'open', 'source', 'web', 'api', 'ai',
  'community', 'project', 'projects', 'testing', 'tests', 'security', 'performance',
]);

const CAPITALISED = /^(?:\p{Lu}|\p{Lt})[\p{Ll}\p{Lu}\p{M}'’-]*$/u;
/** A word in a script without letter case (CJK, Arabic, Hebrew, ...). */
const UNCASED = /^\p{Lo}[\p{Lo}\p{M}'’-]*$/u;
const INITIAL = /^(?:\p{Lu}\.){1,3}(?:\p{Lu}\.?)?$|^\p{Lu}$/u;
/** `J.L.` followed by a surname glued to it is split before the check. */
const GLUED_INITIALS = /^((?:\p{Lu}\.){1,3})(\p{Lu}\p{Ll}.*)$/u;
const NICKNAME = /\s*(?:"[^"]{1,30}"|“[^”]{1,30}”|'[^']{1,30}'|‘[^’]{1,30}’)\s*/gu;
const NAME_LIST_SPLIT = /\s*,\s*|\s*&\s*|\s+(?:and|y|und|et|e)\s+|\s+\/\s+|\s+\+\s+/u;

function isAcronym(word: string): boolean {
  const rest = word.slice(1);
  if (rest === rest.toLowerCase()) return false;
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function wordKind(word: string, position: number, count: number): 'name' | 'particle' | 'no' {
  const lower = word.toLowerCase();
  if (SENTENCE_WORDS.has(lower) && !PARTICLES.has(lower)) return 'no';
  if (TITLE_WORDS.has(lower)) return 'no';
  if (position > 0 && PARTICLES.has(lower) && word === lower) return 'particle';
  if (position === count - 1 && position > 0 && SUFFIXES.has(lower)) return 'particle';
  if (INITIAL.test(word)) return 'name';
  // A lowercase middle initial: `Roy m Mezan`.
  if (word.length === 1 && position > 0 && position < count - 1 && word !== word.toUpperCase()) return 'particle';
  if (UNCASED.test(word)) return 'name';
  if (!CAPITALISED.test(word) || isAcronym(word)) return 'no';
  return 'name';
}

/** Longest piece checked for a name; longer is a title. */
const MAX_NAME_LENGTH = 80;
/** Results of nameEvidence, which is pure and called on the same pieces many times per list. */
const evidenceCache = new Map<string, NameEvidence>();
const MAX_CACHED = 4000;

/** Evidence that `text` is one person's name. */
export function nameEvidence(text: string): NameEvidence {
  const cached = evidenceCache.get(text);
  if (cached !== undefined) return cached;
  const evidence = text.length > MAX_NAME_LENGTH ? 'none' : weighNameEvidence(text);
  if (evidenceCache.size >= MAX_CACHED) evidenceCache.clear();
  evidenceCache.set(text, evidence);
  return evidence;
}

function weighNameEvidence(text: string): NameEvidence {
  const plain = text.replace(NICKNAME, ' ').replace(HONORIFIC, '').trim();
  if (plain === '' || /[\d?!:;#@/\\|()[\]{}<>*=_~^$%]/u.test(plain)) return 'none';
  const words = plain
    .split(/\s+/)
    .flatMap((word) => {
      const glued = word.includes('.') ? GLUED_INITIALS.exec(word) : null;
      return glued?.[1] !== undefined && glued[2] !== undefined ? [glued[1], glued[2]] : [word];
    })
    .filter((word) => word !== '');
  if (words.length === 0) return 'none';
  let names = 0;
  let particles = 0;
  for (const [index, word] of words.entries()) {
    const kind = wordKind(word, index, words.length);
    if (kind === 'no') return 'none';
    if (kind === 'name') names += 1;
    else particles += 1;
  }
  if (names > MAX_WORDS_PER_NAME || particles > 3) return 'none';
  const last = words[words.length - 1] ?? '';
  if (PARTICLES.has(last) || (words.length === 1 && INITIAL.test(last))) return 'none';
  return names >= 2 ? 'strong' : 'weak';
}

interface NameList {
  names: string[];
  /** Every name is strong evidence. */
  strong: boolean;
}

const listCache = new Map<string, NameList | null>();
/** Longest piece read as a list of names. */
const MAX_NAME_LIST_LENGTH = MAX_NAMES * MAX_NAME_LENGTH;

/** The person names in a piece (`Ana García, Li Wei & Sam O’Brien`), or null when any part is not a name. */
export function readNameList(text: string, allowWeak: boolean): string[] | null {
  const list = nameList(text);
  return list !== null && (allowWeak || list.strong) ? list.names : null;
}

function nameList(text: string): NameList | null {
  const cached = listCache.get(text);
  if (cached !== undefined) return cached;
  const list = text.length > MAX_NAME_LIST_LENGTH ? null : readNames(text);
  if (listCache.size >= MAX_CACHED) listCache.clear();
  listCache.set(text, list);
  return list;
}

function readNames(text: string): NameList | null {
  const withoutAffiliations = text.replace(/\s*\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (withoutAffiliations === '') return null;
  const parts = withoutAffiliations
    .split(NAME_LIST_SPLIT)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0 || parts.length > MAX_NAMES) return null;
  const names: string[] = [];
  let strong = true;
  for (const part of parts) {
    const evidence = nameEvidence(part);
    if (evidence === 'none') return null;
    if (evidence === 'weak') strong = false;
    names.push(part.replace(HONORIFIC, '').trim());
  }
  return { names, strong };
}

/** Strong evidence for every name of the piece. */
export function isNameList(text: string): boolean {
  return readNameList(text, false) !== null;
}
