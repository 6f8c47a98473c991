/**
 * The popup's and the report page's entries stay small: what entrypoints/popup/main.ts
 * and entrypoints/report/main.ts load before their first paint (their static imports,
 * followed through our own modules) names no package (no Preact, Dexie or zod), and no
 * module that does. The app comes later, through import('./app').
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Static imports of a module (`import type` and `import()` left out: the build erases or defers them). */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const specifiers: string[] = [];
  for (const match of code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm)) specifiers.push(match[1] ?? '');
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`].find((candidate) => existsSync(candidate) && !candidate.endsWith('.css') && candidate !== dirname(base));
}

function loadedBeforeFirstPaint(entry: string): { modules: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.endsWith('.css')) continue;
      const local = resolveLocal(file, specifier);
      if (local !== undefined) visit(local);
      else if (!specifier.startsWith('.')) packages.add(specifier);
    }
  };
  visit(entry);
  return { modules: [...seen].map((file) => relative(ROOT, file)).sort(), packages: [...packages].sort() };
}

describe('the popup entry', () => {
  const { modules, packages } = loadedBeforeFirstPaint(join(ROOT, 'entrypoints/popup/main.ts'));

  it('loads no package before its first paint', () => {
    expect(packages).toEqual([]);
  });

  it('loads only the first paint, its raw read and the zod-free helpers they share with the app', () => {
    expect(modules).not.toContain('storage/db.ts');
    expect(modules).not.toContain('components/PopupApp.tsx');
    expect(modules).toContain('storage/first-read-raw.ts');
    expect(modules).toContain('components/popup/first-paint.ts');
    expect(modules.every((module) => !module.endsWith('.tsx'))).toBe(true);
  });
});

describe('the report page entry', () => {
  const { modules, packages } = loadedBeforeFirstPaint(join(ROOT, 'entrypoints/report/main.ts'));

  it('loads no package before its first paint', () => {
    expect(packages).toEqual([]);
  });

  it('loads only the first paint, its raw read and the zod-free helpers they share with the app', () => {
    expect(modules).not.toContain('storage/db.ts');
    expect(modules).not.toContain('storage/queries.ts');
    expect(modules).toContain('storage/first-read-raw.ts');
    expect(modules).toContain('components/report/first-paint.ts');
    expect(modules.every((module) => !module.endsWith('.tsx'))).toBe(true);
  });
});
