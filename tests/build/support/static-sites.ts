/**
 * Minimal Hugo and Jekyll sites in temp folders, built offline by the real `hugo` and
 * `jekyll` (Debian packages). A missing tool is an error, never a skip: CI installs both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Post {
  filename: string;
  markdown: string;
}

const BUILD_TIMEOUT_MS = 180_000;

/** Fails with a clear message when `tool` is not on PATH; returns its version line. */
export function requireTool(tool: 'hugo' | 'jekyll'): string {
  const result = spawnSync(tool, tool === 'hugo' ? ['version'] : ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (result.error !== undefined || result.status !== 0) {
    throw new Error(
      `\`${tool}\` is not on PATH or does not run (${result.error?.message ?? result.stderr}). ` +
        `Install the Debian package \`${tool}\` (CI does); the site-build tests never skip.`,
    );
  }
  return result.stdout.trim();
}

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: BUILD_TIMEOUT_MS, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
  if (result.error !== undefined || result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Writes the site and its posts (in content/posts/) and runs `hugo`; returns the output folder. */
export function buildHugoSite(root: string, posts: readonly Post[]): string {
  write(
    join(root, 'hugo.toml'),
    [`baseURL = 'https://example.org/'`, `title = 'Export test'`, `disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']`].join('\n') + '\n',
  );
  write(
    join(root, 'layouts/_default/single.html'),
    '<!DOCTYPE html>\n<html><head><title>{{ .Title }}</title>' +
      '<meta name="title-b64" content="{{ .Title | base64Encode }}">' +
      '<meta name="tags-b64" content="{{ .Params.tags | jsonify | base64Encode }}">' +
      '<meta name="categories-b64" content="{{ .Params.categories | jsonify | base64Encode }}">' +
      // Extra front matter keys (Hugo reads param names in lower case) and the post's instant.
      '<meta name="extra-b64" content="{{ dict "ShowToc" .Params.showtoc "weight" .Params.weight "gallery" .Params.gallery "cover" .Params.cover | jsonify | base64Encode }}">' +
      '<meta name="date-unix" content="{{ .Date.Unix }}">' +
      '</head>\n<body><main>\n{{ .Content }}\n</main></body></html>\n',
  );
  write(join(root, 'layouts/_default/list.html'), '<!DOCTYPE html>\n<html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>\n{{ end }}</body></html>\n');
  for (const post of posts) write(join(root, 'content/posts', post.filename), post.markdown);
  const out = join(root, 'public');
  run('hugo', ['--source', root, '--destination', out, '--buildDrafts', '--buildFuture', '--cacheDir', join(root, '.cache')], root);
  return out;
}

/** Writes the site and its posts (in _posts/) and runs `jekyll build`; returns the output folder. */
export function buildJekyllSite(root: string, posts: readonly Post[]): string {
  write(
    join(root, '_config.yml'),
    [
      'title: Export test',
      'markdown: kramdown',
      'permalink: /posts/:year-:month-:day-:title/',
      'future: true',
      'defaults:',
      '  - scope: { path: "", type: posts }',
      '    values: { layout: post }',
    ].join('\n') + '\n',
  );
  write(join(root, '_layouts/default.html'), '<!DOCTYPE html>\n<html><head><title>{{ page.title | escape }}</title>{{ head }}</head>\n<body>{{ content }}</body></html>\n');
  write(
    join(root, '_layouts/post.html'),
    '---\nlayout: default\n---\n' +
      '<meta name="title-b64" content="{{ page.title | base64_encode }}">' +
      '<meta name="tags-b64" content="{{ page.tags | jsonify | base64_encode }}">' +
      '<meta name="categories-b64" content="{{ page.categories | jsonify | base64_encode }}">' +
      '{% capture extra %}{"ShowToc":{{ page.ShowToc | jsonify }},"weight":{{ page.weight | jsonify }},"gallery":{{ page.gallery | jsonify }},"cover":{{ page.cover | jsonify }}}{% endcapture %}' +
      '<meta name="extra-b64" content="{{ extra | base64_encode }}">' +
      '<meta name="date-unix" content="{{ page.date | date: "%s" }}">\n' +
      '<main>\n{{ content }}\n</main>\n',
  );
  write(join(root, 'index.html'), '---\nlayout: default\n---\n{% for post in site.posts %}<a href="{{ post.url }}">{{ post.title | escape }}</a>\n{% endfor %}\n');
  for (const post of posts) write(join(root, '_posts', post.filename), post.markdown);
  const out = join(root, '_site');
  run('jekyll', ['build', '--source', root, '--destination', out, '--disable-disk-cache', '--trace'], root);
  return out;
}

/** The built page of a post: both sites put `YYYY-MM-DD-slug.md` at `posts/YYYY-MM-DD-slug/index.html`. */
export function builtPage(out: string, filename: string): string {
  const path = join(out, 'posts', filename.replace(/\.md$/, ''), 'index.html');
  if (!existsSync(path)) throw new Error(`no page built for ${filename} (expected ${path})`);
  return readFileSync(path, 'utf8');
}
