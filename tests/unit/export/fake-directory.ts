/**
 * An in-memory stand-in for FileSystemDirectoryHandle: just what export/blog-folder.ts
 * uses (getDirectoryHandle, getFileHandle, entries, values, createWritable, permissions),
 * with the same error names as the browser (NotFoundError, TypeMismatchError).
 */
import type { BlogDirectory, BlogEntry, BlogFile, BlogWritable, PermissionMode } from '../../../export/blog-folder';

function domError(name: string, message: string): Error {
  return new DOMException(message, name);
}

export class FakeFile implements BlogFile {
  readonly kind = 'file' as const;
  /** Writes that were closed, for checking that a refused overwrite wrote nothing. */
  writes = 0;

  constructor(
    readonly name: string,
    public content = '',
  ) {}

  async getFile(): Promise<{ text(): Promise<string> }> {
    const content = this.content;
    return { text: async () => content };
  }

  async createWritable(): Promise<BlogWritable> {
    let buffer = '';
    return {
      write: async (data: string) => {
        buffer += data;
      },
      close: async () => {
        this.content = buffer;
        this.writes += 1;
      },
      abort: async () => undefined,
    };
  }
}

export class FakeDirectory implements BlogDirectory {
  readonly kind = 'directory' as const;
  readonly children = new Map<string, FakeFile | FakeDirectory>();
  permission: PermissionState = 'granted';
  /** What requestPermission answers (the user's click in the prompt). */
  answer: PermissionState = 'granted';
  requests = 0;

  constructor(readonly name = 'blog') {}

  /** Build a tree from paths: `{ '_config.yml': '', 'src/content/blog/': null }` (a trailing `/` makes an empty folder). */
  static from(name: string, files: Record<string, string | null>): FakeDirectory {
    const root = new FakeDirectory(name);
    for (const [path, content] of Object.entries(files)) {
      const parts = path.split('/');
      const fileName = parts.pop() ?? '';
      let dir = root;
      for (const part of parts) {
        let next = dir.children.get(part);
        if (next === undefined) {
          next = new FakeDirectory(part);
          dir.children.set(part, next);
        }
        if (!(next instanceof FakeDirectory)) throw new Error(`${part} is a file`);
        dir = next;
      }
      if (fileName !== '') dir.children.set(fileName, new FakeFile(fileName, content ?? ''));
    }
    return root;
  }

  async getDirectoryHandle(name: string, options: { create?: boolean } = {}): Promise<FakeDirectory> {
    const child = this.children.get(name);
    if (child instanceof FakeDirectory) return child;
    if (child !== undefined) throw domError('TypeMismatchError', `${name} is a file`);
    if (options.create !== true) throw domError('NotFoundError', `${name} not found`);
    const made = new FakeDirectory(name);
    this.children.set(name, made);
    return made;
  }

  async getFileHandle(name: string, options: { create?: boolean } = {}): Promise<FakeFile> {
    const child = this.children.get(name);
    if (child instanceof FakeFile) return child;
    if (child !== undefined) throw domError('TypeMismatchError', `${name} is a folder`);
    if (options.create !== true) throw domError('NotFoundError', `${name} not found`);
    const made = new FakeFile(name);
    this.children.set(name, made);
    return made;
  }

  async *entries(): AsyncIterable<[string, BlogEntry]> {
    for (const [name, child] of this.children) yield [name, child];
  }

  async *values(): AsyncIterable<BlogEntry> {
    for (const child of this.children.values()) yield child;
  }

  async queryPermission(_descriptor: PermissionMode): Promise<PermissionState> {
    return this.permission;
  }

  async requestPermission(_descriptor: PermissionMode): Promise<PermissionState> {
    this.requests += 1;
    if (this.permission !== 'granted') this.permission = this.answer;
    return this.permission;
  }

  /** The entry at a `/`-separated path, or undefined. */
  at(path: string): FakeFile | FakeDirectory | undefined {
    const [first, ...rest] = path.split('/');
    const child = this.children.get(first ?? '');
    if (rest.length === 0) return child;
    return child instanceof FakeDirectory ? child.at(rest.join('/')) : undefined;
  }
}
