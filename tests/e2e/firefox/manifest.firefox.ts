/**
 * The built Firefox manifest (.output/firefox-mv3/manifest.json): what Firefox and
 * addons.mozilla.org read before any code runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { YOUTUBE_MATCHES } from '../../../youtube/hosts';
import { ADDON_ID, EXTENSION_DIR } from './support/firefox-extension';

interface ContentScript {
  matches: string[];
  js: string[];
  world?: string;
  run_at?: string;
}

interface FirefoxManifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  background?: { scripts?: string[]; service_worker?: string };
  content_scripts?: ContentScript[];
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as FirefoxManifest;

describe('Firefox manifest', () => {
  test('is MV3 with gecko settings: id, Firefox 140+, no data collected', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings?.gecko).toEqual({
      id: ADDON_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    // data_collection_permissions needs Firefox for Android 142.
    expect(manifest.browser_specific_settings?.gecko_android).toEqual({ strict_min_version: '142.0' });
  });

  test('runs the background as an event page script (Firefox has no extension service workers)', () => {
    expect(manifest.background?.scripts).toEqual(['background.js']);
    expect(manifest.background?.service_worker).toBeUndefined();
  });

  test('asks for the fewest permissions: YouTube hosts only, never <all_urls>', () => {
    expect(manifest.permissions?.slice().sort()).toEqual(['contextMenus', 'unlimitedStorage']);
    expect(manifest.host_permissions?.slice().sort()).toEqual([...YOUTUBE_MATCHES].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
  });

  test('gives the extension pages a strict content security policy (docs/architecture.md §13)', () => {
    const directives = new Map(
      (manifest.content_security_policy?.extension_pages ?? '')
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter((words) => words[0] !== '')
        .map(([name, ...sources]) => [name, sources.join(' ')]),
    );
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'object-src': "'none'",
      'img-src': "'self' https://i.ytimg.com data:",
      'style-src': "'self'",
      'font-src': "'self'",
      'connect-src': "'self' https:",
      'media-src': "'none'",
      'frame-src': "'none'",
      'form-action': "'none'",
      'base-uri': "'none'",
    });
  });

  test('injects the MAIN-world bridge at document_start and the button script in the isolated world, on YouTube only', () => {
    const scripts = manifest.content_scripts ?? [];
    expect(scripts).toHaveLength(2);
    const bridge = scripts.find((script) => script.world === 'MAIN');
    const isolated = scripts.find((script) => script.world === undefined || script.world === 'ISOLATED');
    expect(bridge).toMatchObject({ run_at: 'document_start', js: ['content-scripts/youtube-player.js'] });
    expect(isolated).toMatchObject({ js: ['content-scripts/youtube.js'] });
    for (const script of scripts) expect(script.matches.slice().sort()).toEqual([...YOUTUBE_MATCHES].sort());
  });
});
