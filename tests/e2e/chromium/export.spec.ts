import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { expect, test } from '../support/chromium-extension';
import { clipOnYouTube, openReportPage } from '../support/report-page';
import { RECORDING_WITH_CHAPTERS } from '../../fixtures/youtube/catalog';

const RUST_LINK = `https://www.youtube.com/live/${RECORDING_WITH_CHAPTERS.videoId}?t=3723`;

async function annotateRustTalk(report: Page): Promise<void> {
  await report.getByRole('button', { name: 'Edit Rust is easy' }).click();
  await report.getByLabel('Kind', { exact: true }).selectOption({ label: 'Keynote' });
  await report.getByLabel('Notes', { exact: true }).fill('Nice talk which shows rust from bottom up.');
  await report.getByRole('button', { name: 'Add link' }).click();
  await report.getByLabel('Link 1 label').fill('slides');
  await report.getByLabel('Link 1 URL').fill('https://example.org/rust (final).pdf');
  await report.getByLabel('Link 1 URL').blur();
  await report.getByRole('button', { name: 'Edit Rust is easy' }).click();
}

function tomlFrontMatter(markdown: string): Record<string, unknown> {
  const match = /^\+\+\+\n([\s\S]*?)\n\+\+\+\n/.exec(markdown);
  if (!match?.[1]) throw new Error(`no TOML front matter in:\n${markdown.slice(0, 300)}`);
  return parseToml(match[1]);
}

test('Export report downloads the dated Markdown file in the chosen flavour and layout', async ({ context, extensionId }) => {
  await clipOnYouTube(context, RECORDING_WITH_CHAPTERS.videoId, 1300);
  await clipOnYouTube(context, RECORDING_WITH_CHAPTERS.videoId, 3723);
  const report = await openReportPage(context, extensionId);
  await annotateRustTalk(report);

  await report.getByLabel('Front matter', { exact: true }).selectOption({ label: 'Hugo (TOML)' });
  await report.getByLabel('Layout').selectOption({ label: 'By kind' });
  await report.getByLabel('Post date').fill('2024-05-25');
  // The live preview follows the choices.
  await expect(report.getByLabel('Rendered report')).toContainText('[KEYNOTE] Rust is easy');

  const downloading = report.waitForEvent('download');
  await report.getByRole('button', { name: 'Export report' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('2024-05-25-pycon-italia-2023.md');
  const markdown = await readFile(await download.path(), 'utf8');

  expect(tomlFrontMatter(markdown)).toMatchObject({ title: 'PyCon Italia 2023' });
  expect(markdown).toContain('# [KEYNOTE] Rust is easy');
  expect(markdown).toContain('# [TALK] Saving time with Google Slides');
  expect(markdown).toContain(`by Luca Barbato - [video](${RUST_LINK}) - [slides](<https://example.org/rust%20(final).pdf>)`);
  expect(markdown).toContain(RUST_LINK);
  expect(markdown).toContain('Nice talk which shows rust from bottom up.');
  // Talks keep stream order, each labelled with its kind (as in the 2024 Florence notes).
  expect(markdown.indexOf('[TALK] Saving time')).toBeLessThan(markdown.indexOf('[KEYNOTE] Rust is easy'));

  // The choices are remembered for this trip.
  await report.reload();
  await expect(report.getByLabel('Front matter', { exact: true })).toHaveValue('hugo-toml');
  await expect(report.getByLabel('Layout')).toHaveValue('kind');
  await expect(report.getByLabel('Post date')).toHaveValue('2024-05-25');
});

/** Connects an origin-private folder holding a Jekyll site, standing in for the folder picker. */
async function connectJekyllFolder(report: Page): Promise<void> {
  await report.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const blog = await root.getDirectoryHandle('blog', { create: true });
    const config = await (await blog.getFileHandle('_config.yml', { create: true })).createWritable();
    await config.write('title: My blog\n');
    await config.close();
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('talk-clipper');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('settings', 'readwrite');
        tx.objectStore('settings').put({ key: 'blogFolder', value: blog });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
  await report.reload();
}

async function readBlogFile(report: Page, path: string[]): Promise<string | null> {
  return report.evaluate(async (parts) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('blog');
    try {
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      return await (await (await dir.getFileHandle(parts[parts.length - 1]!)).getFile()).text();
    } catch {
      return null;
    }
  }, path);
}

test('Write to blog folder puts the file in the detected folder and never overwrites silently', async ({ context, extensionId }) => {
  await clipOnYouTube(context, RECORDING_WITH_CHAPTERS.videoId, 3723);
  const report = await openReportPage(context, extensionId);
  await connectJekyllFolder(report);
  await expect(report.getByText('Connected: blog (Jekyll → _posts/)')).toBeVisible();
  await report.getByLabel('Post date').fill('2024-05-27');

  await report.getByRole('button', { name: 'Write to blog folder' }).click();
  const filePath = ['_posts', '2024-05-27-pycon-italia-2023.md'];
  await expect.poll(() => readBlogFile(report, filePath)).toContain(RUST_LINK);
  const written = (await readBlogFile(report, filePath)) ?? '';
  expect(written.startsWith('---\n')).toBe(true);

  // The user edits the post by hand; writing again asks first, and Cancel keeps their edit.
  await report.evaluate(async () => {
    const posts = await (await (await navigator.storage.getDirectory()).getDirectoryHandle('blog')).getDirectoryHandle('_posts');
    const writable = await (await posts.getFileHandle('2024-05-27-pycon-italia-2023.md')).createWritable();
    await writable.write('edited by hand\n');
    await writable.close();
  });
  await report.getByRole('button', { name: 'Write to blog folder' }).click();
  const dialog = report.getByRole('dialog', { name: 'Replace the existing file?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(report.locator('.export-status')).toContainText('Not written');
  expect(await readBlogFile(report, filePath)).toBe('edited by hand\n');

  await report.getByRole('button', { name: 'Write to blog folder' }).click();
  await dialog.getByRole('button', { name: 'Overwrite' }).click();
  await expect.poll(() => readBlogFile(report, filePath)).toBe(written);
});

test('Extra front matter, a post time and a custom template reach the downloaded file', async ({ context, extensionId }) => {
  await clipOnYouTube(context, RECORDING_WITH_CHAPTERS.videoId, 3723);
  const report = await openReportPage(context, extensionId);
  await annotateRustTalk(report);

  await report.getByLabel('Front matter', { exact: true }).selectOption({ label: 'Hugo (YAML)' });
  await report.getByLabel('Post date').fill('2024-10-06');
  await report.getByLabel('Post time').fill('21:54:45');

  // Invalid YAML is named by its line and the text stays as typed.
  const extra = report.getByLabel('Extra front matter');
  await extra.fill('ShowToc: true\nweight: [2\n');
  await expect(report.getByText(/^Extra front matter, line \d: /).first()).toBeVisible();
  await expect(extra).toHaveValue('ShowToc: true\nweight: [2\n');
  await extra.fill('ShowToc: true\nTocOpen: true\nweight: 2\ncategories: [Blog]\n');

  // Start from the By kind layout, then make it the writer's own.
  await report.getByLabel('Layout').selectOption({ label: 'By kind' });
  await report.getByRole('button', { name: 'Copy layout as template' }).click();
  await expect(report.getByLabel('Layout')).toHaveValue('template');
  const template = report.getByLabel('Template', { exact: true });
  await expect(template).toHaveValue(/\{% for talk in talks %\}# \{\{ talk\.kindTag \}\}/);
  await template.fill('{% for talk in talks %}\n{% if talk.title %}\n');
  await expect(report.getByText(/^Template, line \d: /).first()).toBeVisible();
  await template.fill('{% for talk in talks %}## {{ talk.time }} {{ talk.title | upcase }}\n{{ talk.speakers | join: " & " }} - [watch]({{ talk.url }})\n{% endfor %}');
  // The preview follows the template as it is typed.
  await expect(report.getByLabel('Rendered report')).toContainText('1:02:03 RUST IS EASY');

  const downloading = report.waitForEvent('download');
  await report.getByRole('button', { name: 'Export report' }).click();
  const markdown = await readFile(await (await downloading).path(), 'utf8');
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '';
  const fields = parseYaml(frontMatter, { version: '1.1' }) as Record<string, unknown>;
  expect(fields).toMatchObject({ title: 'PyCon Italia 2023', ShowToc: true, TocOpen: true, weight: 2, categories: ['Blog'] });
  // With the offset of the browser's time zone on that date.
  expect(frontMatter).toMatch(/^date: 2024-10-06T21:54:45[+-]\d\d:\d\d$/m);
  expect(markdown).toContain(`## 1:02:03 RUST IS EASY\nLuca Barbato - [watch](${RUST_LINK})`);

  // All of it is remembered for this trip.
  await report.reload();
  await expect(report.getByLabel('Post time')).toHaveValue('21:54:45');
  await expect(report.getByLabel('Extra front matter')).toHaveValue('ShowToc: true\nTocOpen: true\nweight: 2\ncategories: [Blog]\n');
  await expect(report.getByLabel('Template', { exact: true })).toHaveValue(/talk\.title \| upcase/);
});

test('Tier labels and their emoji are edited on the panel', async ({ context, extensionId }) => {
  await clipOnYouTube(context, RECORDING_WITH_CHAPTERS.videoId, 3723);
  const report = await openReportPage(context, extensionId);
  await report.getByLabel('Front matter', { exact: true }).selectOption({ label: 'Jekyll' });
  await report.getByLabel('Show Markdown').check();
  await expect(report.getByLabel('Unrated emoji')).toHaveValue(':eyes:');
  await report.getByLabel('Unrated emoji').fill('🍿');
  await report.getByLabel('Unrated heading').fill('**Watched at home**');
  // Jekyll writes shortcodes (GitHub Pages renders them); Hugo the character.
  await expect(report.locator('pre.export-raw')).toContainText('### :popcorn: **Watched at home**');
  // The rendered preview shows the emoji, as the blog will.
  await report.getByLabel('Show Markdown').uncheck();
  await expect(report.getByLabel('Rendered report').getByRole('heading', { name: '🍿 Watched at home' })).toBeVisible();
  await report.getByLabel('Show Markdown').check();
  await report.getByLabel('Front matter', { exact: true }).selectOption({ label: 'Hugo (TOML)' });
  await expect(report.locator('pre.export-raw')).toContainText('### 🍿 **Watched at home**');
  await report.getByLabel('Emoji', { exact: true }).selectOption({ label: 'Shortcodes (:star:)' });
  await expect(report.locator('pre.export-raw')).toContainText('### :popcorn: **Watched at home**');
});
