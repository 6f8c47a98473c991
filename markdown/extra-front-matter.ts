/**
 * Extra front matter: YAML the user types once per trip (`ShowToc: true`, `weight: 2`,
 * `type: post`, a gallery list…), read here into values that keep their types, so that
 * each flavour's serializer writes them its own way (YAML for Jekyll and Hugo YAML, TOML
 * for Hugo TOML).
 *
 * It is read as YAML 1.1, as Jekyll reads it: `true`/`yes` are booleans, `2` a number,
 * `[a, b]` and `- a` lists, `2024-05-25` a date and `2024-05-25T10:00:00+02:00` a
 * date-time that keeps its offset. The top level must be a mapping of keys to values.
 * Every problem is a sentence naming its line.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Tags } from 'yaml';
import type { FrontMatterFlavour } from './export-options';
import { FrontMatterDate, YAML_TIMESTAMP_TAG } from './front-matter-date';

export type FrontMatterValue = string | number | boolean | null | Date | readonly FrontMatterValue[] | { readonly [key: string]: FrontMatterValue };

/** Top-level keys and values, in the order written. */
export type FrontMatterEntries = ReadonlyArray<readonly [string, FrontMatterValue]>;

export interface FrontMatterProblem {
  /** 1-based */
  line: number;
  message: string;
}

export type ExtraFrontMatter = { ok: true; entries: FrontMatterEntries } | { ok: false; problems: FrontMatterProblem[] };

/** Longest extra front matter accepted, in characters. */
export const EXTRA_FRONT_MATTER_MAX = 20_000;
/** Aliases (`*anchor`) allowed before a document counts as an alias bomb. */
const MAX_ALIASES = 100;

/** The YAML 1.1 tags with the timestamp replaced by one that keeps offsets. */
export function frontMatterTags(tags: Tags): Tags {
  return [...tags.filter((tag) => (typeof tag === 'string' ? tag !== 'timestamp' : tag.tag !== YAML_TIMESTAMP_TAG.tag)), YAML_TIMESTAMP_TAG];
}

/** A problem in `value` for this flavour (TOML has no null), or undefined. */
function unwritable(value: unknown, flavour: FrontMatterFlavour): string | undefined {
  if (value === null) return flavour === 'hugo-toml' ? 'TOML front matter cannot hold an empty value (null); give it a value or remove the key' : undefined;
  if (value instanceof FrontMatterDate) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'is not a real date' : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = unwritable(item, flavour);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) || flavour !== 'jekyll' ? undefined : 'is not a finite number';
    case 'object': {
      if (Object.getPrototypeOf(value) !== Object.prototype) return 'is not a value front matter can hold';
      for (const [key, item] of Object.entries(value)) {
        if (key === '__proto__') return 'uses the reserved key __proto__';
        const problem = unwritable(item, flavour);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    default:
      return 'is not a value front matter can hold';
  }
}

/**
 * Reads `text` (YAML) for `flavour`. Blank text is no extra keys. A key that appears
 * twice, a value TOML cannot hold (for Hugo TOML) and anything but a mapping at the top
 * are problems, each on its line.
 */
export function parseExtraFrontMatter(text: string, flavour: FrontMatterFlavour): ExtraFrontMatter {
  if (text.trim() === '') return { ok: true, entries: [] };
  if (text.length > EXTRA_FRONT_MATTER_MAX) return { ok: false, problems: [{ line: 1, message: `Extra front matter is longer than ${EXTRA_FRONT_MATTER_MAX.toLocaleString('en')} characters.` }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.1', customTags: frontMatterTags, uniqueKeys: true, prettyErrors: false, lineCounter });
  const lineOf = (offset: number | undefined): number => lineCounter.linePos(offset ?? 0).line;
  const problems: FrontMatterProblem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    line: error.linePos?.[0].line ?? lineOf(error.pos[0]),
    message: error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message,
  }));
  if (problems.length > 0) return { ok: false, problems };
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { ok: true, entries: [] };
  if (!isMap(contents)) return { ok: false, problems: [{ line: lineOf(contents.range[0]), message: 'Extra front matter must be keys with values (key: value), one per line.' }] };

  const entries: Array<readonly [string, FrontMatterValue]> = [];
  for (const pair of contents.items) {
    const keyNode = pair.key;
    const line = lineOf(isScalar(keyNode) ? keyNode.range?.[0] : undefined);
    if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number' && typeof keyNode.value !== 'boolean')) {
      problems.push({ line, message: 'A key must be a plain word or text.' });
      continue;
    }
    const key = String(keyNode.value);
    if (key.trim() === '' || key === '__proto__') {
      problems.push({ line, message: `“${key}” cannot be a key.` });
      continue;
    }
    let value: unknown;
    try {
      value = pair.value === null ? null : (pair.value as { toJS(doc: unknown, options: object): unknown }).toJS(doc, { maxAliasCount: MAX_ALIASES });
    } catch (error) {
      problems.push({ line, message: `${key}: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    const problem = unwritable(value, flavour);
    if (problem !== undefined) problems.push({ line, message: `${key} ${problem.startsWith('is') || problem.startsWith('uses') ? problem : `— ${problem}`}.` });
    else entries.push([key, value as FrontMatterValue]);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}

/** One sentence for the problems, each with its line: "Extra front matter, line 3: …". */
export function extraFrontMatterMessage(problems: readonly FrontMatterProblem[]): string {
  return problems.map((problem) => `Extra front matter, line ${problem.line}: ${problem.message.replace(/\.?$/, '.')}`).join(' ');
}
