/**
 * Pure helpers behind the clip and trip form fields: text <-> list parsing, labels for
 * the enumerations, link checking and the watch URL of a clip. No DOM, no storage, so
 * they are unit-tested in tests/unit/components/ and shared by the popup and report page.
 */
import { isHttpUrl } from '../model/http-url';
import type { Clip, Link, Rating, TalkKind } from '../model/types';

// Labels, options and display helpers live in labels.ts (no zod: the popup's list uses
// them); they are re-exported here for the editor and the report page.
export {
  KIND_LABELS,
  KIND_OPTIONS,
  RATING_LABELS,
  RATING_OPTIONS,
  UNRATED,
  displayTitle,
  parseKind,
  parseRating,
  watchUrl,
} from './labels';

/**
 * Split a comma-separated field ("Ann Lee, Bob  Ray,") into trimmed, non-empty entries,
 * dropping exact duplicates and collapsing inner runs of whitespace. Commas are the only
 * separator (semicolons and newlines count too, since people paste lists that way).
 */
export function parseList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const item = raw.replace(/\s+/g, ' ').trim();
    if (item === '' || seen.has(item)) continue;
    seen.add(item);
    out.push(item);
  }
  return out;
}

/** The text a list field shows: entries joined by ", ". */
export function formatList(items: readonly string[]): string {
  return items.join(', ');
}

/** Tags: like parseList, without a leading '#' people type out of habit. */
export function parseTags(text: string): string[] {
  return parseList(text.replace(/(^|[,;\s])#+/g, '$1'));
}

export { isHttpUrl } from '../model/http-url';

/** One row of the Links group as typed: both parts are free text until checked. */
export interface LinkDraft {
  label: string;
  url: string;
}

export type LinkProblem = 'missing-url' | 'invalid-url';

/**
 * What is wrong with a typed link row, or null when it is fine or still blank.
 * A blank row (no label, no URL) is simply not saved and is not an error.
 */
export function linkProblem(link: LinkDraft): LinkProblem | null {
  const url = link.url.trim();
  if (url === '') return link.label.trim() === '' ? null : 'missing-url';
  return isHttpUrl(url) ? null : 'invalid-url';
}

export function linkProblemMessage(index: number, problem: LinkProblem): string {
  const n = index + 1;
  return problem === 'missing-url'
    ? `Link ${n} needs a URL; it is not saved yet.`
    : `Link ${n} URL must start with http:// or https://; it is not saved.`;
}

/**
 * The links to store from the typed rows: only complete rows with an http(s) URL.
 * An empty label falls back to the URL's host, so every stored link has readable text.
 */
export function linksToSave(drafts: readonly LinkDraft[]): Link[] {
  const out: Link[] = [];
  for (const draft of drafts) {
    const url = draft.url.trim();
    if (url === '' || !isHttpUrl(url)) continue;
    out.push({ label: draft.label.trim(), url });
  }
  return out;
}

/** The editable fields of a clip, as stored. */
export type ClipFields = Pick<Clip, 'title' | 'speakers' | 'kind' | 'rating' | 'tags' | 'notes' | 'links'>;

/** The editable fields of a clip, as typed in the form. */
export interface ClipFormState {
  title: string;
  speakers: string;
  kind: TalkKind;
  rating: Rating | null;
  tags: string;
  notes: string;
  links: LinkDraft[];
}

export function formFromClip(clip: ClipFields): ClipFormState {
  return {
    title: clip.title,
    speakers: formatList(clip.speakers),
    kind: clip.kind,
    rating: clip.rating,
    tags: formatList(clip.tags),
    notes: clip.notes,
    links: clip.links.map((link) => ({ label: link.label, url: link.url })),
  };
}

export function fieldsFromForm(form: ClipFormState): ClipFields {
  return {
    title: form.title.trim(),
    speakers: parseList(form.speakers),
    kind: form.kind,
    rating: form.rating,
    tags: parseTags(form.tags),
    notes: form.notes,
    links: linksToSave(form.links),
  };
}

export function pickClipFields(clip: ClipFields): ClipFields {
  return {
    title: clip.title,
    speakers: clip.speakers,
    kind: clip.kind,
    rating: clip.rating,
    tags: clip.tags,
    notes: clip.notes,
    links: clip.links.map((link) => ({ label: link.label, url: link.url })),
  };
}

export function sameFields(a: ClipFields, b: ClipFields): boolean {
  return JSON.stringify(pickClipFields(a)) === JSON.stringify(pickClipFields(b));
}

/** Insert `text` into `value` in place of the selection [start, end); returns the new value and caret. */
export function insertAt(value: string, start: number, end: number, text: string): { value: string; caret: number } {
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  return { value: value.slice(0, from) + text + value.slice(to), caret: from + text.length };
}

/** The fields of `next` that differ from `previous` (compared by value). */
export function changedFields(next: ClipFields, previous: ClipFields): Partial<ClipFields> {
  const changes: Partial<ClipFields> = {};
  const a = pickClipFields(next);
  const b = pickClipFields(previous);
  const keys = Object.keys(a) as Array<keyof ClipFields>;
  for (const key of keys) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
      (changes as Record<keyof ClipFields, unknown>)[key] = a[key];
    }
  }
  return changes;
}
