import { describe, expect, it } from 'vitest';
import {
  connectedMessage,
  describeLayout,
  detectBlogKind,
  detectBlogKindFromNames,
  ensureWritePermission,
  isBlogDirectory,
  subfolderParts,
  writeReport,
} from '../../../export/blog-folder';
import { FakeDirectory, FakeFile } from './fake-directory';

const FILE = '2024-05-24-pycon-italia-2024.md';

describe('detectBlogKind', () => {
  it.each([
    [{ '_config.yml': 'title: x', 'Gemfile': '', '_posts/': null }, 'jekyll', '_posts', 'Jekyll → _posts/'],
    [{ 'hugo.toml': '', 'content/': null }, 'hugo', 'content/posts', 'Hugo → content/posts/'],
    [{ 'hugo.yaml': '' }, 'hugo', 'content/posts', 'Hugo → content/posts/'],
    [{ 'hugo.json': '' }, 'hugo', 'content/posts', 'Hugo → content/posts/'],
    [{ 'config.toml': '' }, 'hugo', 'content/posts', 'Hugo → content/posts/'],
    [{ 'astro.config.mjs': '', 'package.json': '{}' }, 'astro', 'src/content/blog', 'Astro → src/content/blog/'],
    [{ 'astro.config.ts': '' }, 'astro', 'src/content/blog', 'Astro → src/content/blog/'],
    [{ 'README.md': '', 'notes/': null }, 'unknown', '', 'Unknown blog layout: files go in the folder root'],
    [{}, 'unknown', '', 'Unknown blog layout: files go in the folder root'],
  ] as const)('%o is %s', async (files, kind, subfolder, description) => {
    const layout = await detectBlogKind(FakeDirectory.from('blog', files));
    expect(layout.kind).toBe(kind);
    expect(layout.subfolder).toBe(subfolder);
    expect(describeLayout(layout)).toBe(description);
  });

  it('ignores a folder that merely has a config name', async () => {
    const dir = FakeDirectory.from('blog', { '_config.yml/inner.txt': '' });
    expect((await detectBlogKind(dir)).kind).toBe('unknown');
  });

  it('prefers hugo.toml over a Jekyll-looking _config.yml, and Jekyll over a bare config.toml', () => {
    expect(detectBlogKindFromNames(['_config.yml', 'hugo.toml']).kind).toBe('hugo');
    expect(detectBlogKindFromNames(['_config.yml', 'config.toml']).kind).toBe('jekyll');
  });

  it('says which folder is connected and where files go', () => {
    expect(connectedMessage('my-blog', detectBlogKindFromNames(['_config.yml']))).toBe('Connected: my-blog (Jekyll → _posts/)');
  });
});

describe('writeReport', () => {
  it('creates the subfolder and writes the file', async () => {
    const dir = FakeDirectory.from('blog', { '_config.yml': '' });
    const result = await writeReport(dir, FILE, '# Hello\n', { overwrite: false, subfolder: '_posts' });
    expect(result).toEqual({ status: 'written', path: `_posts/${FILE}` });
    const file = dir.at(`_posts/${FILE}`);
    expect(file).toBeInstanceOf(FakeFile);
    expect((file as FakeFile).content).toBe('# Hello\n');
  });

  it('creates nested subfolders (Hugo, Astro)', async () => {
    const dir = FakeDirectory.from('blog', { 'astro.config.mjs': '', 'src/': null });
    const result = await writeReport(dir, FILE, 'x', { overwrite: false, subfolder: 'src/content/blog' });
    expect(result).toEqual({ status: 'written', path: `src/content/blog/${FILE}` });
    expect((dir.at(`src/content/blog/${FILE}`) as FakeFile).content).toBe('x');
  });

  it('writes into the root when there is no subfolder', async () => {
    const dir = new FakeDirectory('blog');
    expect(await writeReport(dir, FILE, 'x', { overwrite: false })).toEqual({ status: 'written', path: FILE });
    expect((dir.at(FILE) as FakeFile).content).toBe('x');
  });

  it('reports an existing file and leaves it untouched', async () => {
    const dir = FakeDirectory.from('blog', { [`_posts/${FILE}`]: 'mine, hand-edited' });
    const before = dir.at(`_posts/${FILE}`) as FakeFile;
    const result = await writeReport(dir, FILE, 'new', { overwrite: false, subfolder: '_posts' });
    expect(result).toEqual({ status: 'exists', path: `_posts/${FILE}` });
    expect(before.content).toBe('mine, hand-edited');
    expect(before.writes).toBe(0);
  });

  it('replaces an existing file when overwrite is true', async () => {
    const dir = FakeDirectory.from('blog', { [`_posts/${FILE}`]: 'old' });
    const result = await writeReport(dir, FILE, 'new', { overwrite: true, subfolder: '_posts' });
    expect(result).toEqual({ status: 'written', path: `_posts/${FILE}` });
    expect((dir.at(`_posts/${FILE}`) as FakeFile).content).toBe('new');
  });

  it('refuses paths that leave the folder and bad file names', async () => {
    const dir = new FakeDirectory('blog');
    await expect(writeReport(dir, FILE, 'x', { overwrite: false, subfolder: '../elsewhere' })).rejects.toThrow(/not a folder inside/);
    await expect(writeReport(dir, '../x.md', 'x', { overwrite: false })).rejects.toThrow(/not a valid file name/);
    expect(dir.children.size).toBe(0);
  });

  it('propagates a folder standing where the file should be', async () => {
    const dir = FakeDirectory.from('blog', { [`${FILE}/`]: null });
    await expect(writeReport(dir, FILE, 'x', { overwrite: false })).rejects.toThrow(/is a folder/);
  });
});

describe('subfolderParts', () => {
  it('splits and trims slashes', () => {
    expect(subfolderParts(' /content//posts/ ')).toEqual(['content', 'posts']);
    expect(subfolderParts('')).toEqual([]);
  });
});

describe('ensureWritePermission', () => {
  it('does not prompt when permission is granted', async () => {
    const dir = new FakeDirectory();
    expect(await ensureWritePermission(dir)).toBe(true);
    expect(dir.requests).toBe(0);
  });

  it('asks again when the permission lapsed', async () => {
    const dir = new FakeDirectory();
    dir.permission = 'prompt';
    expect(await ensureWritePermission(dir)).toBe(true);
    expect(dir.requests).toBe(1);
    dir.permission = 'prompt';
    dir.answer = 'denied';
    expect(await ensureWritePermission(dir)).toBe(false);
  });
});

describe('isBlogDirectory', () => {
  it('accepts a directory handle and rejects what a JSON backup leaves behind', () => {
    expect(isBlogDirectory(new FakeDirectory())).toBe(true);
    expect(isBlogDirectory({})).toBe(false);
    expect(isBlogDirectory(null)).toBe(false);
    expect(isBlogDirectory(new FakeFile('x'))).toBe(false);
  });
});
