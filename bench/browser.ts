/**
 * Browser plumbing for the benchmarks: a private copy of the built extension (so that a
 * rebuild by someone else mid-run cannot change what is measured), Debian Chromium with
 * and without it, the offline fake YouTube, and direct IndexedDB seeding.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import type { Clip, Trip } from '../model/types';
import { CHROMIUM_PATH, EXTENSION_DIR, chromiumArgs, routeFakeYouTube } from '../tests/e2e/support/chromium-extension';

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions of code that
 * Playwright sends into a page in `__name(...)` calls; this makes `__name` exist there.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export interface Launched {
  context: BrowserContext;
  /** Removes the profile directory. */
  dispose(): Promise<void>;
}

/** Copies the built extension to a temporary folder; returns its path. */
export function snapshotExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'talk-clipper-bench-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  return dir;
}

/**
 * Chromium with the extension at `extensionDir` loaded (and, when given, the bench's
 * floor extension beside it), or with no extension at all.
 */
export async function launch(extensionDir: string | null, floorExtensionDir?: string): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'talk-clipper-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    args: chromiumArgs(extensionDir !== null && floorExtensionDir !== undefined ? `${extensionDir},${floorExtensionDir}` : extensionDir),
  });
  await context.addInitScript(KEEP_NAMES_SHIM);
  await routeFakeYouTube(context);
  return {
    context,
    async dispose() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the extension whose service worker is `worker` (Talk Clipper's: background.js). */
export async function extensionIdOf(context: BrowserContext, worker = 'background.js'): Promise<string> {
  const isIt = (url: string) => new URL(url).pathname === `/${worker}`;
  const running = context.serviceWorkers().find((candidate) => isIt(candidate.url()));
  const found = running ?? (await context.waitForEvent('serviceworker', { predicate: (candidate) => isIt(candidate.url()), timeout: 30_000 }));
  return new URL(found.url()).host;
}

export function extensionUrl(extensionId: string, path: string): string {
  return `chrome-extension://${extensionId}/${path}`;
}

/**
 * Makes sure the extension's database exists at its current version (by letting the
 * popup open it with Dexie), and returns an extension page to run IndexedDB code in.
 */
export async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, 'popup.html'));
  await page.getByRole('button', { name: 'Clip talk' }).waitFor();
  // Dexie creates the database on the popup's first query; wait until it is there.
  await page.waitForFunction(async () => (await indexedDB.databases()).some((info) => info.name === 'talk-clipper'));
  return page;
}

/**
 * Replaces everything stored with `trips` and `clips` (current trip: `currentTripId`),
 * writing straight into IndexedDB in one transaction from an extension page, with each
 * trip's row in the counts table (storage/clip-counts.ts) as the extension keeps it.
 */
export async function replaceStoredData(page: Page, data: { trips: Trip[]; clips: Clip[]; currentTripId?: string }): Promise<number> {
  return page.evaluate(
    (input) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('talk-clipper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const start = performance.now();
          const hasCounts = database.objectStoreNames.contains('counts');
          const tx = database.transaction(['trips', 'clips', 'settings', ...(hasCounts ? ['counts'] : [])], 'readwrite');
          const trips = tx.objectStore('trips');
          const clips = tx.objectStore('clips');
          const settings = tx.objectStore('settings');
          trips.clear();
          clips.clear();
          settings.clear();
          for (const trip of input.trips) trips.put(trip);
          for (const clip of input.clips) clips.put(clip);
          if (hasCounts) {
            const counts = tx.objectStore('counts');
            counts.clear();
            const perTrip = new Map<string, number>();
            for (const clip of input.clips) perTrip.set(clip.tripId, (perTrip.get(clip.tripId) ?? 0) + 1);
            for (const [tripId, total] of perTrip) counts.put({ tripId, clips: total });
          }
          if (input.currentTripId !== undefined) settings.put({ key: 'currentTripId', value: input.currentTripId });
          tx.oncomplete = () => {
            database.close();
            resolve(performance.now() - start);
          };
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        };
      }),
    data,
  );
}

export async function countStored(page: Page): Promise<{ trips: number; clips: number }> {
  return page.evaluate(
    () =>
      new Promise<{ trips: number; clips: number }>((resolve, reject) => {
        const open = indexedDB.open('talk-clipper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const tx = database.transaction(['trips', 'clips'], 'readonly');
          const trips = tx.objectStore('trips').count();
          const clips = tx.objectStore('clips').count();
          tx.oncomplete = () => {
            database.close();
            resolve({ trips: trips.result, clips: clips.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * Raw IndexedDB costs in an extension page (no Dexie, no validation), as floors for the
 * figures above them: writing `clips` into a scratch database whose clips store has the
 * given indexes, and reading them all back.
 */
export async function rawIndexedDbCosts(
  page: Page,
  clips: Clip[],
  indexes: { name: string; keyPath: string | string[]; multiEntry?: boolean }[],
): Promise<{ writeMs: number; readMs: number; countMs: number; newest50Ms: number }> {
  return page.evaluate(
    ({ clips, indexes }) =>
      new Promise<{ writeMs: number; readMs: number; countMs: number; newest50Ms: number }>((resolve, reject) => {
        const name = `bench-scratch-${indexes.length}`;
        const drop = indexedDB.deleteDatabase(name);
        drop.onerror = () => reject(drop.error);
        drop.onsuccess = () => {
          const open = indexedDB.open(name, 1);
          open.onupgradeneeded = () => {
            const store = open.result.createObjectStore('clips', { keyPath: 'id' });
            for (const index of indexes) store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry ?? false });
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const database = open.result;
            const writeStart = performance.now();
            const tx = database.transaction('clips', 'readwrite');
            for (const clip of clips) tx.objectStore('clips').put(clip);
            tx.onerror = () => reject(tx.error);
            tx.oncomplete = () => {
              const writeMs = performance.now() - writeStart;
              const readStart = performance.now();
              const read = database.transaction('clips', 'readonly');
              const all = read.objectStore('clips').getAll();
              all.onerror = () => reject(all.error);
              all.onsuccess = () => {
                const readMs = performance.now() - readStart;
                const tripId = clips[0]?.tripId ?? '';
                const countStart = performance.now();
                const range = IDBKeyRange.bound([tripId, ''], [tripId, '\uffff']);
                const hasNewestIndex = indexes.some((index) => index.name === '[tripId+capturedAt]');
                const store = database.transaction('clips', 'readonly').objectStore('clips');
                // Count a trip the way the schema allows: its own index, the compound one (v3), or the whole store.
                const tripIndex = indexes.some((index) => index.name === 'tripId')
                  ? store.index('tripId').count(tripId)
                  : hasNewestIndex
                    ? store.index('[tripId+capturedAt]').count(range)
                    : store.count();
                tripIndex.onerror = () => reject(tripIndex.error);
                tripIndex.onsuccess = () => {
                  const countMs = performance.now() - countStart;
                  if (!hasNewestIndex) {
                    database.close();
                    indexedDB.deleteDatabase(name);
                    resolve({ writeMs, readMs, countMs, newest50Ms: Number.NaN });
                    return;
                  }
                  const newestStart = performance.now();
                  const cursor = database.transaction('clips', 'readonly').objectStore('clips').index('[tripId+capturedAt]').openCursor(range, 'prev');
                  let seen = 0;
                  cursor.onsuccess = () => {
                    const at = cursor.result;
                    if (at !== null && ++seen < 50) {
                      at.continue();
                      return;
                    }
                    const newest50Ms = performance.now() - newestStart;
                    database.close();
                    indexedDB.deleteDatabase(name);
                    resolve({ writeMs, readMs, countMs, newest50Ms });
                  };
                  cursor.onerror = () => reject(cursor.error);
                };
              };
            };
          };
        };
      }),
    { clips, indexes },
  );
}

/** Every stored clip, read straight from IndexedDB in an extension page. */
export async function storedClips(page: Page): Promise<Clip[]> {
  return page.evaluate(
    () =>
      new Promise<Clip[]>((resolve, reject) => {
        const open = indexedDB.open('talk-clipper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const request = database.transaction('clips', 'readonly').objectStore('clips').getAll();
          request.onsuccess = () => {
            database.close();
            resolve(request.result as Clip[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
