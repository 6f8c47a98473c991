/**
 * Chromium under automation cannot answer an extension's permission prompt
 * (permissions.request waits for a person). To test what happens after a person chose
 * Allow, this launches a profile in which the extension already holds the given origins,
 * written into the profile's Preferences the way Chromium records a granted optional
 * host permission. permissions.request for a held origin resolves at once, unprompted.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { extensionServiceWorker, launchWithExtension } from './chromium-extension';

interface PermissionSet {
  explicit_host?: string[];
}

export async function launchWithGrantedOrigins(origins: string[]): Promise<{ context: BrowserContext; extensionId: string }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'talk-clipper-granted-'));
  const first = await launchWithExtension({ userDataDir });
  const extensionId = new URL((await extensionServiceWorker(first)).url()).host;
  await first.close();

  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as { extensions: { settings: Record<string, Record<string, PermissionSet>> } };
  const settings = prefs.extensions.settings[extensionId];
  if (settings === undefined) throw new Error(`no settings for extension ${extensionId} in ${file}`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    const set = settings[key] ?? {};
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), ...origins])];
    settings[key] = set;
  }
  writeFileSync(file, JSON.stringify(prefs));

  const context = await launchWithExtension({ userDataDir });
  return { context, extensionId };
}
