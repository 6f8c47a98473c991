/**
 * Writing the exported report into a connected blog folder (docs/architecture.md §6).
 *
 * Written against the smallest slice of the File System Access API it needs
 * (`BlogDirectory`), so that the same code runs on a real FileSystemDirectoryHandle from
 * `showDirectoryPicker()`, on the origin-private file system (`navigator.storage.getDirectory()`,
 * used by the end-to-end test) and on an in-memory fake in unit tests. No other browser API.
 */
import { errorName } from '../storage/errors';

/** What `values()` yields: a child's kind and name. */
export interface BlogEntry {
  readonly kind: 'file' | 'directory';
  readonly name: string;
}

export interface BlogWritable {
  write(data: string): Promise<void>;
  close(): Promise<void>;
  abort?(reason?: unknown): Promise<void>;
}

export interface BlogFile extends BlogEntry {
  readonly kind: 'file';
  getFile(): Promise<{ text(): Promise<string> }>;
  createWritable(): Promise<BlogWritable>;
}

export type PermissionMode = { mode: 'read' | 'readwrite' };

/** The part of FileSystemDirectoryHandle this module uses. */
export interface BlogDirectory extends BlogEntry {
  readonly kind: 'directory';
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<BlogDirectory>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<BlogFile>;
  values(): AsyncIterable<BlogEntry>;
  /** Chromium only; absent means "no permission model" (treated as granted). */
  queryPermission?(descriptor: PermissionMode): Promise<PermissionState>;
  requestPermission?(descriptor: PermissionMode): Promise<PermissionState>;
}

export type BlogKind = 'jekyll' | 'hugo' | 'astro' | 'unknown';

export interface BlogLayout {
  kind: BlogKind;
  /** Where posts go, relative to the folder, `/`-separated; '' is the folder root. */
  subfolder: string;
  /** The file that gave the kind away (e.g. `_config.yml`), if any. */
  marker?: string;
}

export const BLOG_KIND_LABELS: Record<BlogKind, string> = {
  jekyll: 'Jekyll',
  hugo: 'Hugo',
  astro: 'Astro',
  unknown: 'Unknown blog layout',
};

export const POSTS_SUBFOLDER: Record<BlogKind, string> = {
  jekyll: '_posts',
  hugo: 'content/posts',
  astro: 'src/content/blog',
  unknown: '',
};

/** Hugo's own config names win over everything; `config.toml` (older Hugo) is checked after Jekyll. */
const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json'];
const JEKYLL_CONFIGS = ['_config.yml', '_config.yaml', '_config.toml'];
const LEGACY_HUGO_CONFIGS = ['config.toml'];
const ASTRO_CONFIG = /^astro\.config\.(?:mjs|cjs|js|mts|cts|ts)$/;

/** Decide the blog kind from the names of the folder's top-level files. Pure. */
export function detectBlogKindFromNames(fileNames: Iterable<string>): BlogLayout {
  const names = new Set(fileNames);
  const pick = (kind: BlogKind, marker: string): BlogLayout => ({ kind, subfolder: POSTS_SUBFOLDER[kind], marker });
  for (const name of HUGO_CONFIGS) if (names.has(name)) return pick('hugo', name);
  const astro = [...names].sort().find((name) => ASTRO_CONFIG.test(name));
  if (astro !== undefined) return pick('astro', astro);
  for (const name of JEKYLL_CONFIGS) if (names.has(name)) return pick('jekyll', name);
  for (const name of LEGACY_HUGO_CONFIGS) if (names.has(name)) return pick('hugo', name);
  return { kind: 'unknown', subfolder: POSTS_SUBFOLDER.unknown };
}

/** Look at the folder's top-level files and say which kind of blog it is. */
export async function detectBlogKind(dir: BlogDirectory): Promise<BlogLayout> {
  const files: string[] = [];
  for await (const entry of dir.values()) {
    if (entry.kind === 'file') files.push(entry.name);
  }
  return detectBlogKindFromNames(files);
}

/** "Jekyll → _posts/", or the unknown-layout sentence. */
export function describeLayout(layout: BlogLayout): string {
  if (layout.kind === 'unknown') return 'Unknown blog layout: files go in the folder root';
  return `${BLOG_KIND_LABELS[layout.kind]} → ${layout.subfolder}/`;
}

/** The sentence shown once a folder is connected: "Connected: blog (Jekyll → _posts/)". */
export function connectedMessage(folderName: string, layout: BlogLayout): string {
  return `Connected: ${folderLabel(folderName)} (${describeLayout(layout)})`;
}

/** A folder's name for sentences; the root of the origin-private file system has none. */
export function folderLabel(folderName: string): string {
  return folderName === '' ? 'the unnamed folder' : folderName;
}

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) < 0x20) return true;
  return false;
}

export class BlogPathError extends Error {
  override name = 'BlogPathError';
}

/**
 * Split a `/`-separated relative folder path into its parts, refusing anything that could
 * leave the folder (`..`, absolute paths, backslashes, empty or dot-only parts).
 */
export function subfolderParts(subfolder: string): string[] {
  const trimmed = subfolder.trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return [];
  const parts = trimmed.split(/\/+/);
  for (const part of parts) {
    if (part === '.' || part === '..' || /[\\<>:"|?*]/.test(part) || hasControlCharacter(part)) {
      throw new BlogPathError(`“${subfolder}” is not a folder inside the blog folder.`);
    }
  }
  return parts;
}

function checkFileName(filename: string): void {
  if (filename === '' || filename === '.' || filename === '..' || /[\\/<>:"|?*]/.test(filename) || hasControlCharacter(filename)) {
    throw new BlogPathError(`“${filename}” is not a valid file name.`);
  }
}

/** The file if it exists, undefined if nothing has that name. Other errors (a folder of that name, no permission) propagate. */
async function existingFile(dir: BlogDirectory, name: string): Promise<BlogFile | undefined> {
  try {
    return await dir.getFileHandle(name);
  } catch (error) {
    if (errorName(error) === 'NotFoundError') return undefined;
    throw error;
  }
}

export type WriteResult = { status: 'written'; path: string } | { status: 'exists'; path: string };

export interface WriteOptions {
  /** Replace an existing file of that name (only after the user said so). */
  overwrite: boolean;
  /** Folder path inside `dir`; created when missing. '' or omitted: the folder root. */
  subfolder?: string;
}

/**
 * Write `markdown` to `subfolder/filename` inside `dir`, creating the subfolder. When the
 * file exists and `overwrite` is false, nothing is touched and `{ status: 'exists' }` comes
 * back so the caller can ask the user. `path` is relative to `dir`.
 */
export async function writeReport(dir: BlogDirectory, filename: string, markdown: string, options: WriteOptions): Promise<WriteResult> {
  checkFileName(filename);
  const parts = subfolderParts(options.subfolder ?? '');
  const path = [...parts, filename].join('/');

  // Look before creating anything, so that a refused overwrite leaves no trace.
  let target: BlogDirectory | undefined = dir;
  for (const part of parts) {
    try {
      target = await target.getDirectoryHandle(part);
    } catch (error) {
      if (errorName(error) !== 'NotFoundError') throw error;
      target = undefined;
      break;
    }
  }
  if (target !== undefined && !options.overwrite && (await existingFile(target, filename)) !== undefined) {
    return { status: 'exists', path };
  }

  let folder = dir;
  for (const part of parts) folder = await folder.getDirectoryHandle(part, { create: true });
  const file = await folder.getFileHandle(filename, { create: true });
  const writable = await file.createWritable();
  try {
    await writable.write(markdown);
    await writable.close();
  } catch (error) {
    await writable.abort?.(error).catch(() => undefined);
    throw error;
  }
  return { status: 'written', path };
}

/**
 * Make sure the page may write into `dir`. Asks the user again (`requestPermission`,
 * which needs a user gesture: call it from a click handler) when the permission lapsed.
 * True when writing is allowed.
 */
export async function ensureWritePermission(dir: BlogDirectory): Promise<boolean> {
  const descriptor: PermissionMode = { mode: 'readwrite' };
  if (dir.queryPermission === undefined) return true;
  if ((await dir.queryPermission(descriptor)) === 'granted') return true;
  if (dir.requestPermission === undefined) return false;
  return (await dir.requestPermission(descriptor)) === 'granted';
}

/** A structural check for values read back from storage (a backup may hold `{}` instead of a handle). */
export function isBlogDirectory(value: unknown): value is BlogDirectory {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof BlogDirectory, unknown>>;
  return (
    candidate.kind === 'directory' &&
    typeof candidate.name === 'string' &&
    typeof candidate.getDirectoryHandle === 'function' &&
    typeof candidate.getFileHandle === 'function' &&
    typeof candidate.values === 'function'
  );
}
