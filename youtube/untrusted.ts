/**
 * Small readers for untrusted page data (YouTube's player and initial data): walk
 * plain objects without trusting any type, and turn wrong types into undefined.
 * Never calls getters through prototypes, never executes anything.
 */

export type PlainRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path` below `root`, or undefined as soon as a step is not a plain object. */
export function dig(root: unknown, ...path: readonly string[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (!isRecord(current) || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** A string capped to `maxLength` UTF-16 units (not splitting a surrogate pair), else undefined. */
export function readString(value: unknown, maxLength: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.length <= maxLength) return value;
  const cut = value.slice(0, maxLength);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

export function readFiniteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function readBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** An array (at most `maxItems` of it), else an empty array. */
export function readArray(value: unknown, maxItems = 1000): readonly unknown[] {
  return Array.isArray(value) ? value.slice(0, maxItems) : [];
}

/** YouTube text: `{ simpleText }` or `{ runs: [{ text }] }`. */
export function readYouTubeText(value: unknown, maxLength: number): string | undefined {
  const simple = readString(dig(value, 'simpleText'), maxLength);
  if (simple !== undefined) return simple;
  const runs = dig(value, 'runs');
  if (!Array.isArray(runs)) return undefined;
  const text = readArray(runs, 200)
    .map((run) => readString(dig(run, 'text'), maxLength) ?? '')
    .join('');
  return text === '' ? undefined : readString(text, maxLength);
}
