/**
 * Which part of a chapter line is the talk title and which the speakers, decided by
 * evidence rather than position (see person-names.ts), with one order for the whole
 * list: organisers write every line of a description the same way, so the lines whose
 * parts are unmistakable (`Jelle Zijlstra - PEP 688: Typing for the buffer protocol`)
 * decide how to read the ambiguous ones (`Jon Manning - Yarn Spinner`, `Indra - Jupyter
 * ML model to production`).
 *
 * Forms read: `Title - Speaker`, `Speaker - Title` (also with `–`, `—`, `--`, `|`, `~`,
 * and `Title by Speaker`), `"Title", Speaker`, `Title (Speaker, Speaker)`, `Speaker on
 * Topic`, and lines that hold only names (`00:14 - Lucie Daeye`). When unsure, the whole
 * line stays the title and no speaker is proposed: a wrong speaker is worse than none.
 */
import { withoutEmphasis } from './description-chapters';
import { isNameList, nameEvidence, readNameList } from './person-names';

export interface TitleAndSpeakers {
  title: string;
  speakers: string[];
}

/** One line read in the list's order. `title` null: the line names no talk (only people). */
export interface LineReading {
  title: string | null;
  speakers: string[];
}

export interface ListReading {
  lines: LineReading[];
  /** Most lines hold nothing but names: a list of who spoke when. */
  namesOnly: boolean;
}

type Order = 'speaker-first' | 'title-first';

interface Split {
  title: string;
  speakers: string;
}

interface LineCandidates {
  text: string;
  speakerFirst?: Split;
  titleFirst?: Split;
  /** `Title (Name, Name)`, names strong. */
  parenthesised?: { title: string; speakers: string[] };
  /** `Name on Topic`, name strong. */
  onTopic?: Split;
  /** The whole line is names (weak allowed). */
  names: string[] | null;
  namesStrong: boolean;
  /** What the line itself shows about the order (evidenceOf). */
  evidence: Order | null;
}

/** ` - `, ` -- `, `–`, `—` (spaces optional), ` | `, ` ~ `, ` by `, and ` -Title` (a dash glued to the title). */
const SEPARATOR = /\s+-{1,2}\s+|\s*[—–]\s*|\s+\|\s+|\s+~\s+|\s+(by)\s+|\s+-(?=\p{Lu})/gu;
const MAX_TITLE_LENGTH = 300;

function separators(text: string): { start: number; end: number; by: boolean }[] {
  return [...text.matchAll(SEPARATOR)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    by: match[1] !== undefined,
  }));
}

/** `Title (Jane Doe, Li Wei)` with balanced, possibly nested parentheses at the end. */
function parenthesisedTail(text: string): { title: string; inside: string } | null {
  if (!text.endsWith(')')) return null;
  let depth = 0;
  for (let index = text.length - 1; index >= 0; index -= 1) {
    const char = text[index];
    if (char === ')') depth += 1;
    else if (char === '(') depth -= 1;
    if (depth === 0) {
      const title = text.slice(0, index).trim();
      const inside = text.slice(index + 1, -1).replace(/\s*\([^()]*\)\s*/g, ' ').trim();
      return title === '' ? null : { title, inside };
    }
  }
  return null;
}

/** `"Title", Jane Doe, Li Wei`: the longest run of names after a comma. */
function commaTail(text: string): Split | null {
  const parts = text.split(/\s*,\s*/);
  for (let first = 1; first < parts.length; first += 1) {
    const speakers = parts.slice(first).join(', ');
    if (isNameList(speakers)) return { title: parts.slice(0, first).join(', '), speakers };
  }
  return null;
}

function candidatesOf(text: string): LineCandidates {
  const names = readNameList(text, true);
  const candidates: LineCandidates = { text, names, namesStrong: isNameList(text), evidence: null };
  const found = separators(text);
  const firstPlain = found.find((separator) => !separator.by);
  const last = found[found.length - 1];
  if (firstPlain) candidates.speakerFirst = { speakers: text.slice(0, firstPlain.start), title: text.slice(firstPlain.end) };
  if (last) candidates.titleFirst = { title: text.slice(0, last.start), speakers: text.slice(last.end) };
  // `Title (Jane Doe)`, unless the parentheses are an affiliation after a separator (`Title — Jane Doe (Acme)`).
  const paren = parenthesisedTail(text);
  const afterSeparator = candidates.titleFirst !== undefined && isNameList(candidates.titleFirst.speakers);
  if (paren && !afterSeparator) {
    const speakers = readNameList(paren.inside, false);
    if (speakers) candidates.parenthesised = { title: paren.title, speakers };
  }
  if (found.length === 0) {
    const comma = commaTail(text);
    if (comma) candidates.titleFirst = comma;
    const on = /^(.+?)\s+on\s+(.+)$/u.exec(text);
    if (on?.[1] !== undefined && on[2] !== undefined && isNameList(on[1])) {
      candidates.onTopic = { speakers: on[1], title: on[2] };
    }
  }
  candidates.evidence = evidenceOf(candidates);
  return candidates;
}

/** The line itself shows its order: the speaker side is names, the title side is not. */
function evidenceOf(candidates: LineCandidates): Order | null {
  if (candidates.parenthesised) return 'title-first';
  const { speakerFirst, titleFirst } = candidates;
  const sf = speakerFirst !== undefined && isNameList(speakerFirst.speakers) && nameEvidence(speakerFirst.title) !== 'strong';
  const tf = titleFirst !== undefined && isNameList(titleFirst.speakers) && nameEvidence(titleFirst.title) !== 'strong';
  if (sf && !tf) return 'speaker-first';
  if (tf && !sf) return 'title-first';
  if (!speakerFirst && candidates.onTopic) return 'speaker-first';
  return null;
}

/** Quotes around a whole title (`"Title"`, `“Title”`), or a stray closing curly quote left by a line. */
function withoutQuotes(title: string): string {
  const pairs: [string, string][] = [['"', '"'], ['“', '”'], ['„', '“'], ['«', '»'], ['‘', '’']];
  for (const [open, close] of pairs) {
    if (title.startsWith(open) && title.endsWith(close) && title.length > 2) return title.slice(1, -1).trim();
  }
  if (title.startsWith('“') && !title.includes('”')) return title.slice(1).trim();
  if (title.endsWith('”') && !title.includes('“')) return title.slice(0, -1).trim();
  return title;
}

/** Notes after a title: `(Note: …)`, `(Slides: https://…)`, a trailing link. */
function withoutNotes(title: string): string {
  return title
    .replace(/\s*\((?:note|notes|slides|video|link|see)\b[^()]*\)$/iu, '')
    .replace(/\s*\([^()]*https?:\/\/[^()]*\)$/iu, '')
    .replace(/(\S)\s+https?:\/\/\S+$/u, '$1');
}

export function cleanTalkTitle(title: string): string {
  const cleaned = withoutQuotes(withoutNotes(withoutEmphasis(title).replace(/\s+/g, ' ').trim()))
    .replace(/(?:\s*[-–—:|~,])+$/u, '')
    .trim();
  return cleaned.slice(0, MAX_TITLE_LENGTH);
}

function reading(title: string, speakers: string[]): LineReading | null {
  const cleaned = cleanTalkTitle(title);
  return cleaned === '' ? null : { title: cleaned, speakers };
}

function readAs(candidates: LineCandidates, order: Order, allowWeak: boolean): LineReading | null {
  const split = order === 'speaker-first' ? (candidates.speakerFirst ?? candidates.onTopic) : candidates.titleFirst;
  if (!split) return null;
  const speakers = readNameList(split.speakers, allowWeak);
  return speakers ? reading(split.title, speakers) : null;
}

function readLine(candidates: LineCandidates, order: Order | null, allowWeak: boolean): LineReading {
  const whole = { title: cleanTalkTitle(candidates.text) || candidates.text, speakers: [] };
  if (candidates.parenthesised) {
    return reading(candidates.parenthesised.title, candidates.parenthesised.speakers) ?? whole;
  }
  const own = candidates.evidence;
  const ordered = order ? readAs(candidates, order, allowWeak) : null;
  if (ordered) return ordered;
  // The list's order does not fit this line, or there is none: only the line's own clear evidence.
  if (own && (order === null || own === order)) return readAs(candidates, own, false) ?? whole;
  return whole;
}

/** Share of lines that must hold only names for the list to be read as a names-only list. */
const NAMES_ONLY_SHARE = 0.6;

/** Read every line of one chapter list with one order for the whole list. */
export function readChapterList(texts: readonly string[]): ListReading {
  const all = texts.map((text) => candidatesOf(text.replace(/\s+/g, ' ').trim()));
  const namesOnly = all.length >= 2 && all.filter((line) => line.namesStrong).length >= all.length * NAMES_ONLY_SHARE;
  if (namesOnly) {
    return { namesOnly, lines: all.map((line) => ({ title: null, speakers: line.names ?? [] })) };
  }
  let speakerFirst = 0;
  let titleFirst = 0;
  for (const line of all) {
    if (line.evidence === 'speaker-first') speakerFirst += 1;
    if (line.evidence === 'title-first') titleFirst += 1;
  }
  const order: Order | null =
    speakerFirst > titleFirst ? 'speaker-first' : titleFirst > speakerFirst ? 'title-first' : null;
  const winner = Math.max(speakerFirst, titleFirst);
  const loser = Math.min(speakerFirst, titleFirst);
  // Single-word names (`Indra`, `Mario`) only where the list has clearly shown its order.
  const allowWeak = winner >= 2 && winner >= loser * 3;
  return { namesOnly, lines: all.map((line) => readLine(line, order, allowWeak)) };
}

/** One chapter title on its own (no list to learn the order from). */
export function splitTitleAndSpeakers(chapterTitle: string): TitleAndSpeakers {
  const [line] = readChapterList([chapterTitle]).lines;
  const whole = chapterTitle.trim();
  if (!line) return { title: whole, speakers: [] };
  return { title: line.title ?? whole, speakers: line.speakers };
}
