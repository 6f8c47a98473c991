/**
 * Real Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built
 * extension (.output/firefox-mv3) installed as a temporary add-on and every request
 * going through the offline fixture proxy (./fixture-proxy.ts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';

export const EXTENSION_DIR = resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const ADDON_ID = 'talk-clipper@talk-clipper.dev';
/** Pinned through extensions.webextensions.uuids, so pages live at a known moz-extension:// origin. */
export const EXTENSION_UUID = '7a1c2e9b-3d4f-4b8a-9c6d-5e0f1a2b3c4d';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  /** Where Firefox saves downloads (browser.download.dir); removed by close(). */
  downloadDir: string;
  close(): Promise<void>;
}

export function firefoxPrefs(proxyPort: number, downloadDir: string): Record<string, unknown> {
  return {
    // Every request goes to the fixture proxy; https arrives as CONNECT (fixture-proxy.ts).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.failover_direct': false,
    // Names are resolved by the proxy (which never resolves anything): no DNS, no DoH.
    'network.proxy.socks_remote_dns': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    // A fixed moz-extension:// origin for our add-on.
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    // The fixture's WebM may load and seek without a user gesture.
    'media.autoplay.default': 0,
    // Downloads land in a temp folder, without a dialog.
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
    'browser.helperApps.neverAsk.saveToDisk': 'text/markdown,text/plain,application/json,application/octet-stream',
  };
}

export async function launchFirefox(options: { proxyPort: number; headless?: boolean }): Promise<FirefoxSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build:firefox" first.`);
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: apt-get install -y firefox-esr, or set FIREFOX_PATH.`);
  }
  const downloadDir = mkdtempSync(join(tmpdir(), 'talk-clipper-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    // The fixture proxy's self-signed certificate for www.youtube.com (BiDi session capability).
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(options.proxyPort, downloadDir),
  });
  try {
    const id = await browser.installExtension(EXTENSION_DIR);
    if (id !== ADDON_ID) throw new Error(`Installed add-on id ${id}, expected ${ADDON_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    downloadDir,
    async close() {
      await browser.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

type FakeYtWindow = Window & { __fakeYt?: { seek(seconds: number): void; ready(): Promise<boolean> } };

/** Moves the fake YouTube page's player to `seconds` and waits until it reports that time. */
export async function seek(page: Page, seconds: number): Promise<void> {
  await page.evaluate(async (s: number) => {
    const fake = (window as FakeYtWindow).__fakeYt;
    if (fake === undefined) throw new Error('not a fake YouTube watch page');
    fake.seek(s);
    await fake.ready();
  }, seconds);
}

/** Opens a fake YouTube page and waits until its <video> can report a time. */
export async function openYouTube(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`https://www.youtube.com${path}`);
  if (await page.$('#movie_player')) {
    await waitUntil(page, () => Boolean((window as FakeYtWindow).__fakeYt), []);
    await page.evaluate(() => (window as FakeYtWindow).__fakeYt?.ready());
  }
  return page;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `predicate` in the page every 100 ms until it returns a truthy value, and returns
 * that value; throws after `timeout` ms. It polls from here with page.evaluate rather
 * than with puppeteer's waitForFunction, whose in-page poller is built with Function():
 * Firefox ESR 140.12 refuses that on extension pages (their CSP has no 'unsafe-eval'),
 * while an evaluate over WebDriver BiDi is not subject to the page's CSP. A page that is
 * navigating in between (its context gone) is simply asked again.
 */
export async function waitUntil<Args extends unknown[], Result>(
  page: Page,
  predicate: (...args: Args) => Result,
  args: Args,
  timeout = 10_000,
): Promise<NonNullable<Awaited<Result>>> {
  const deadline = Date.now() + timeout;
  let lastFailure: unknown;
  for (;;) {
    try {
      const value = (await page.evaluate(predicate as (...params: unknown[]) => Result, ...args)) as Awaited<Result>;
      if (value) return value as NonNullable<Awaited<Result>>;
    } catch (failure) {
      lastFailure = failure;
    }
    if (Date.now() > deadline) {
      throw new Error(`Waiting failed: ${timeout} ms passed${lastFailure === undefined ? '' : ` (last failure: ${String(lastFailure)})`}`);
    }
    await sleep(100);
  }
}

/**
 * Opens one of the extension's own pages (popup.html, report.html) in a tab.
 *
 * Firefox loads moz-extension:// pages in the extension process and sends no BiDi
 * navigationStarted event for that switch, so puppeteer's goto() never sees the
 * navigation it waits for (it times out although the page has loaded). The navigation is
 * started with goto() and its outcome ignored; the page is then polled until it is the
 * requested document and fully loaded.
 */
export async function openExtensionPage(browser: Browser, file: string, timeout = 15_000): Promise<Page> {
  const page = await browser.newPage();
  const href = `${EXTENSION_ORIGIN}/${file}`;
  void page.goto(href, { timeout }).catch(() => undefined);
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await page
      .evaluate(() => ({ href: location.href, path: location.origin + location.pathname, ready: document.readyState }))
      .catch(() => null);
    // The page may rewrite its own query (report.html?trip=…): compare without it.
    if (state !== null && state.path === `${EXTENSION_ORIGIN}/${file.split('?')[0] ?? file}` && state.ready === 'complete') return page;
    if (Date.now() > deadline) throw new Error(`${href} did not load in ${timeout} ms (tab shows ${state?.href ?? 'nothing'})`);
    await sleep(100);
  }
}

/** The Clip talk button inside the open shadow root of the page's #talk-clipper host. */
export async function clipButton(page: Page): Promise<ElementHandle<HTMLButtonElement>> {
  const button = await page.waitForSelector('#talk-clipper >>> button', { visible: true });
  if (!button) throw new Error('No Clip talk button on the page');
  return button as ElementHandle<HTMLButtonElement>;
}

/** Text of the status message (role=status) inside #talk-clipper's shadow root. */
export function statusText(page: Page): Promise<string> {
  return page.evaluate(
    () => document.querySelector('#talk-clipper')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '',
  );
}

/** Waits until the page's status message matches (exact text, or a pattern), and returns it. */
export async function waitForStatus(page: Page, expected: string | RegExp, timeout = 10_000): Promise<string> {
  const pattern = typeof expected === 'string' ? null : { source: expected.source, flags: expected.flags };
  const text = typeof expected === 'string' ? expected : null;
  try {
    await waitUntil(
      page,
      (wanted: string | null, wantedPattern: { source: string; flags: string } | null) => {
        const status = document.querySelector('#talk-clipper')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '';
        return wantedPattern ? new RegExp(wantedPattern.source, wantedPattern.flags).test(status) : status === wanted;
      },
      [text, pattern],
      timeout,
    );
  } catch (error) {
    throw new Error(`Status never became ${String(expected)}; it says "${await statusText(page)}" (${String(error)})`);
  }
  return statusText(page);
}

/** Waits until the page's visible text contains every one of `texts`. */
export async function waitForText(page: Page, texts: readonly string[], timeout = 10_000): Promise<void> {
  try {
    await waitUntil(page, (wanted: readonly string[]) => wanted.every((text) => document.body.innerText.includes(text)), [texts], timeout);
  } catch (error) {
    const shown = await page.evaluate(() => document.body.innerText).catch(() => '');
    throw new Error(`Page never showed ${JSON.stringify(texts)}; it shows:\n${shown.slice(0, 2000)}\n(${String(error)})`);
  }
}

/**
 * The form control labelled `label` (a <label for=…> with exactly that text): the
 * Firefox stand-in for getByLabel, since puppeteer's ::-p-aria queries need CDP.
 */
export async function controlLabelled<T extends Element = HTMLElement>(page: Page, label: string): Promise<ElementHandle<T>> {
  await waitUntil(page, (text: string) => [...document.querySelectorAll('label')].some((l) => l.textContent?.trim() === text && l.control !== null), [label]);
  const handle = await page.evaluateHandle(
    (text: string) => [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.control ?? null,
    label,
  );
  const element = handle.asElement();
  if (element === null) throw new Error(`No control labelled "${label}"`);
  return element as ElementHandle<T>;
}

/** The button whose text is exactly `name`. */
export async function buttonNamed(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const button = await page.waitForSelector(`button ::-p-text(${name})`, { visible: true });
  if (!button) throw new Error(`No button "${name}"`);
  return button as ElementHandle<HTMLButtonElement>;
}

/** Import schedule with the file at `path`, through the report page's file input named Schedule file. */
export async function importScheduleFile(report: Page, path: string): Promise<void> {
  const input = (await report.$('input[type="file"][aria-label="Schedule file"]')) as ElementHandle<HTMLInputElement> | null;
  if (input === null) throw new Error('no Schedule file input');
  await input.uploadFile(path);
}
