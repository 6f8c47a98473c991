/** markdown/ is pure: it runs in Node and in pages, so it names no browser or extension API. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../markdown');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('markdown/ purity', () => {
  it.each(sources(ROOT).map((path) => [path.slice(ROOT.length + 1), path]))('%s uses no browser or extension API', (_, path) => {
    const code = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(?:window|document|navigator|localStorage|indexedDB|chrome|browser|fetch)\b/);
    expect(code).not.toMatch(/from '(?:wxt|dexie|preact|webextension-polyfill|@webext-core)/);
  });
});
