/**
 * A Playwright test that runs in real Chromium with the built extension loaded and
 * https://www.youtube.com/... answered offline by the fixture responder.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, chromium, expect } from '@playwright/test';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { respondToYouTube } from '../../fixtures/youtube/fake-youtube';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium's flags: the extension in `extensionDir` (or none at all), and no calls home
 * (this machine's network is closed; Chromium would otherwise keep trying).
 */
export function chromiumArgs(extensionDir: string | null): string[] {
  return [
    ...(extensionDir !== null ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--autoplay-policy=no-user-gesture-required',
  ];
}

export async function launchWithExtension(
  options: { headless?: boolean; userDataDir?: string; offline?: boolean } = {},
): Promise<BrowserContext> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(EXTENSION_DIR),
  });
  if (options.offline ?? true) await routeFakeYouTube(context);
  return context;
}

export async function routeFakeYouTube(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\/(www\.|m\.|music\.)?youtube\.com\//, async (route) => {
    const request = route.request();
    const answer = respondToYouTube(new URL(request.url()), await request.allHeaders());
    await route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
  });
  // Thumbnails: offline, as on a plane; pages must show a quiet placeholder.
  await context.route(/^https:\/\/i\.ytimg\.com\//, (route) => route.abort('internetdisconnected'));
}

export async function extensionServiceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export const test = base.extend<{ context: BrowserContext; extensionId: string }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = await extensionServiceWorker(context);
    await use(new URL(worker.url()).host);
  },
});

export { expect };

/** Opens a fake YouTube page and waits until its <video> can report a time. */
export async function openYouTube(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`https://www.youtube.com${path}`);
  if (await page.locator('#movie_player').count()) {
    await page.waitForFunction(() => Boolean((window as unknown as { __fakeYt?: unknown }).__fakeYt));
    await page.evaluate(() => (window as unknown as { __fakeYt: { ready(): Promise<boolean> } }).__fakeYt.ready());
  }
  return page;
}
