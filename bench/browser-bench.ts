/**
 * The figures measured in real Chromium with the built extension loaded (see
 * bench/README.md for what each one means and how it is timed).
 *
 * Every timing is taken inside the browser with performance.now(), so Playwright's own
 * round trips are never part of a figure:
 * - an action starts at the first capture-phase listener of the page (window, capture),
 *   which runs before any of our handlers;
 * - it ends in a MutationObserver callback when the outcome's text appears.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { RECORDING_WITH_CHAPTERS } from '../tests/fixtures/youtube/catalog';
import type { FakeYtWindow } from '../tests/fixtures/youtube/fake-yt';
import { seek } from '../tests/e2e/support/youtube-page';
import { countStored, extensionIdOf, extensionPage, extensionUrl, rawIndexedDbCosts, replaceStoredData, storedClips } from './browser';
import type { Launched } from './browser';
import { generateDataset } from './generate';
import { backupFileOf } from './node-bench';
import { figure, median, repeat } from './measure';
import type { Figure } from './measure';

const SEED = 20_240_517;
const KB = 1024;

type Log = (line: string) => void;

/* ------------------------------------------------------------------ sizes */

function fileKB(path: string): { raw: number; gzip: number } {
  const bytes = readFileSync(path);
  return { raw: bytes.length / KB, gzip: gzipSync(bytes, { level: 9 }).length / KB };
}

/** JS files an HTML entry loads up front: its module script and every modulepreload. */
function scriptsOfHtml(extensionDir: string, html: string): string[] {
  const text = readFileSync(join(extensionDir, html), 'utf8');
  const paths = new Set<string>();
  for (const match of text.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) if (match[1] !== undefined) paths.add(match[1]);
  for (const match of text.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) if (match[1] !== undefined) paths.add(match[1]);
  return [...paths].map((path) => join(extensionDir, path.replace(/^\//, '')));
}

export function sizeFigures(extensionDir: string): Figure[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const contentScripts = [...new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []))];
  const figures: Figure[] = [];
  let total = 0;
  let totalGzip = 0;
  for (const script of contentScripts) {
    const size = fileKB(join(extensionDir, script));
    total += size.raw;
    totalGzip += size.gzip;
    figures.push(figure('Bundle size', `content script ${script} (minified)`, 'KB', [size.raw], { note: `${size.gzip.toFixed(2)} KB gzip` }));
  }
  figures.push(
    figure('Bundle size', 'content scripts injected into YouTube, total (minified)', 'KB', [total], {
      budget: { max: 20, source: 'docs/architecture.md §7' },
      note: `${totalGzip.toFixed(2)} KB gzip`,
    }),
  );
  for (const html of ['popup.html', 'report.html']) {
    let raw = 0;
    let gzip = 0;
    const files = scriptsOfHtml(extensionDir, html);
    for (const file of files) {
      const size = fileKB(file);
      raw += size.raw;
      gzip += size.gzip;
    }
    figures.push(
      figure('Bundle size', `${html} JS (${files.length} chunk${files.length === 1 ? '' : 's'})`, 'KB', [raw], { note: `${gzip.toFixed(2)} KB gzip` }),
    );
  }
  const background = fileKB(join(extensionDir, 'background.js'));
  figures.push(figure('Bundle size', 'background.js (service worker)', 'KB', [background.raw], { note: `${background.gzip.toFixed(2)} KB gzip` }));
  return figures;
}

/* ------------------------------------------------------------ in-page timing */

interface Span {
  start?: number;
  end?: number;
  epoch?: number;
  text?: string;
}

/**
 * Installs, in the page's main world, a start mark (first trusted click / change / input
 * seen by a capture listener on window) and an end mark (first time the text of an
 * element matching `selector`, searched in the document and in open shadow roots of
 * `shadowHost`, matches `pattern`).
 */
export async function armSpan(page: Page, pattern: string, selector: string, shadowHost?: string): Promise<void> {
  await page.evaluate(
    ({ pattern, selector, shadowHost }) => {
      const w = window as unknown as { __span: Span; __spanOff?: () => void };
      w.__spanOff?.();
      const span: Span = {};
      w.__span = span;
      const re = new RegExp(pattern);
      const root: Document | ShadowRoot = shadowHost !== undefined ? (document.querySelector(shadowHost)?.shadowRoot ?? document) : document;
      const onStart = () => {
        if (span.start === undefined) {
          span.start = performance.now();
          span.epoch = Date.now();
        }
      };
      const check = () => {
        if (span.end !== undefined || span.start === undefined) return;
        for (const element of root.querySelectorAll(selector)) {
          const text = element.textContent ?? '';
          if (re.test(text)) {
            span.end = performance.now();
            span.text = text;
            return;
          }
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(root, { subtree: true, childList: true, characterData: true });
      for (const type of ['click', 'change', 'input']) window.addEventListener(type, onStart, true);
      w.__spanOff = () => {
        observer.disconnect();
        for (const type of ['click', 'change', 'input']) window.removeEventListener(type, onStart, true);
      };
    },
    { pattern, selector, shadowHost },
  );
}

export async function spanResult(page: Page, timeoutMs = 60_000): Promise<Required<Span>> {
  await page.waitForFunction(() => (window as unknown as { __span: Span }).__span.end !== undefined, undefined, { timeout: timeoutMs, polling: 50 });
  const span = await page.evaluate(() => (window as unknown as { __span: Span }).__span);
  if (span.start === undefined || span.end === undefined || span.epoch === undefined) throw new Error('span not measured');
  return { start: span.start, end: span.end, epoch: span.epoch, text: span.text ?? '' };
}

/**
 * One Import backup through the report page's own control, on an empty database: ms from
 * the file being chosen to the "Imported" status. Checks that every clip was stored.
 */
export async function timeBackupImport(page: Page, admin: Page, extensionId: string, buffer: Buffer, clips: number): Promise<number> {
  await replaceStoredData(admin, { trips: [], clips: [] });
  await page.goto(extensionUrl(extensionId, 'report.html'));
  await page.getByRole('button', { name: 'Import backup' }).waitFor();
  await page.locator('.empty').waitFor();
  await armSpan(page, '^Imported ', '[role="status"]');
  await page.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer });
  const span = await spanResult(page);
  const counts = await countStored(admin);
  if (counts.clips !== clips) throw new Error(`import stored ${counts.clips} clips, expected ${clips.toLocaleString('en-US')}`);
  return span.end - span.start;
}

/**
 * A first-render mark, installed before the page's own scripts run: the time (from
 * navigation start) when an element matching `selector` is first in the DOM.
 */
export const FIRST_RENDER_SCRIPT = `(() => {
  if (!location.protocol.startsWith('chrome-extension')) return;
  const marks = {};
  window.__firstRender = marks;
  const check = () => {
    for (const [name, selector] of Object.entries(window.__firstRenderSelectors || {})) {
      if (marks[name] === undefined && document.querySelector(selector)) marks[name] = performance.now();
    }
  };
  window.__firstRenderSelectors = ${JSON.stringify({
    row: '[role="list"] > li',
    empty: '.empty, .no-trip',
    count: '.list-count',
  })};
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
  // When the page's code first opens the database: the JavaScript has loaded and run.
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    if (marks.dbOpen === undefined) marks.dbOpen = performance.now();
    return open.apply(this, args);
  };
})();`;

async function firstRender(page: Page, url: string, mark: 'row' | 'empty', alsoDbOpen?: number[]): Promise<number> {
  await page.goto(url);
  await page.waitForFunction((name) => (window as unknown as { __firstRender?: Record<string, number> }).__firstRender?.[name] !== undefined, mark, {
    timeout: 60_000,
    polling: 50,
  });
  const marks = await page.evaluate(() => (window as unknown as { __firstRender: Record<string, number> }).__firstRender);
  if (alsoDbOpen !== undefined && marks.dbOpen !== undefined) alsoDbOpen.push(marks.dbOpen);
  return marks[mark] ?? Number.NaN;
}

const V2_INDEXES = [
  { name: 'tripId', keyPath: 'tripId' },
  { name: '[tripId+capturedAt]', keyPath: ['tripId', 'capturedAt'] },
  { name: '[videoId+seconds]', keyPath: ['videoId', 'seconds'] },
  { name: '[tripId+videoId+seconds]', keyPath: ['tripId', 'videoId', 'seconds'] },
  { name: '[tripId+day]', keyPath: ['tripId', 'day'] },
  { name: '[tripId+rating]', keyPath: ['tripId', 'rating'] },
  { name: '[tripId+kind]', keyPath: ['tripId', 'kind'] },
  { name: 'tags', keyPath: 'tags', multiEntry: true },
  { name: 'updatedAt', keyPath: 'updatedAt' },
];
/** Version 3 (storage/schema.ts): only the indexes some query uses. */
const V3_INDEXES = V2_INDEXES.filter((index) => ['[tripId+capturedAt]', '[tripId+videoId+seconds]'].includes(index.name));
/** No secondary index at all: the write floor of the rows themselves. */
const NO_INDEXES: typeof V2_INDEXES = [];

/* ------------------------------------------------------------------- capture */


export async function openVideo(context: BrowserContext, path: string, withExtension = true): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`https://www.youtube.com${path}`);
  await page.waitForFunction(() => Boolean((window as unknown as { __fakeYt?: unknown }).__fakeYt));
  await page.evaluate(() => (window as unknown as FakeYtWindow).__fakeYt.ready());
  if (withExtension) await page.locator('#talk-clipper').waitFor({ state: 'attached' });
  return page;
}

export async function captureFigures(launched: Launched, log: Log): Promise<Figure[]> {
  const { context } = launched;
  const extensionId = await extensionIdOf(context);
  const video = await openVideo(context, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=600`);
  const button = video.getByRole('button', { name: 'Clip talk' });
  let seconds = 600;

  const toStatus: number[] = [];
  const toStamp: number[] = [];
  const clickEpochs = new Map<number, number>();
  await repeat(12, 2, async (run) => {
    seconds += 60;
    await seek(video, seconds);
    await armSpan(video, '^Clipped', '[role="status"]', '#talk-clipper');
    await button.click();
    const span = await spanResult(video);
    if (run >= 0) {
      toStatus.push(span.end - span.start);
      clickEpochs.set(seconds, span.epoch);
    }
    return 0;
  });
  log('  in-page Clip talk: done');

  // Popup / keyboard command path: an extension context asks the tab with `requestClip`
  // (the popup's button and the background's command handler both send exactly this
  // message through messaging/protocol.ts), timed in an extension page from send to answer.
  // The real popup cannot be opened headless, and popup.html in a tab of its own would
  // target itself (it clips "the active tab of its window").
  const popup = await context.newPage();
  await popup.goto(extensionUrl(extensionId, 'popup.html'));
  const tabId = await popup.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> } } }).chrome;
    const tabs = await api.tabs.query({ url: 'https://www.youtube.com/*' });
    return tabs[0]?.id ?? -1;
  });
  const popupSamples: number[] = [];
  await repeat(12, 2, async (run) => {
    seconds += 60;
    await seek(video, seconds);
    const answer = await popup.evaluate(async ({ tab, id }) => {
      const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } } }).chrome;
      const start = performance.now();
      const response = (await api.tabs.sendMessage(tab, { id, type: 'requestClip', timestamp: Date.now() })) as {
        res?: { status?: string };
      };
      return { ms: performance.now() - start, status: response.res?.status ?? 'no answer' };
    }, { tab: tabId, id: 1000 + run });
    if (answer.status !== 'saved') throw new Error(`requestClip answered ${answer.status}`);
    if (run >= 0) popupSamples.push(answer.ms);
    return 0;
  });
  log('  requestClip from an extension page: done');

  const clips = await storedClips(popup);
  for (const clip of clips) {
    const epoch = clickEpochs.get(clip.seconds);
    if (epoch !== undefined) toStamp.push(Date.parse(clip.capturedAt) - epoch);
  }
  await popup.close();
  await video.close();
  if (clips.length !== 28) throw new Error(`capture benchmark stored ${clips.length} clips, expected 28`);

  return [
    figure('Capture', 'Clip talk (in-page button) click -> status shown (row committed before the answer)', 'ms', toStatus, {
      budget: { max: 15, source: 'docs/architecture.md §7: Clip talk click -> row committed' },
      note: 'upper bound of click -> commit: the background answers only after the transaction committed',
    }),
    figure('Capture', 'Clip talk (in-page button) click -> background stamps the clip (capturedAt)', 'ms', toStamp, {
      note: 'ms resolution (ISO capturedAt vs Date.now at click); the part before the write transaction',
    }),
    figure('Capture', 'Clip talk via requestClip (popup button / keyboard command route) -> answer after commit', 'ms', popupSamples, {
      budget: { max: 15, source: 'docs/architecture.md §7: Clip talk -> row committed' },
      note: 'extension page -> tab -> background -> answer; the keyboard command cannot be pressed in headless Chromium, the popup cannot be opened',
    }),
  ];
}

/* ----------------------------------------------------------------- pages */

export async function pageFigures(launched: Launched, log: Log): Promise<Figure[]> {
  const { context } = launched;
  const extensionId = await extensionIdOf(context);
  await context.addInitScript(FIRST_RENDER_SCRIPT);
  const admin = await extensionPage(context, extensionId);
  const figures: Figure[] = [];
  const page = await context.newPage();

  for (const size of [0, 500, 5_000]) {
    if (size === 0) await replaceStoredData(admin, { trips: [], clips: [] });
    else {
      const data = generateDataset({ clips: size, seed: SEED, trips: 1 });
      await replaceStoredData(admin, { ...data, currentTripId: data.trips[0]?.id });
    }
    const dbOpen: number[] = [];
    const samples = await repeat(7, 2, (run) => firstRender(page, extensionUrl(extensionId, 'popup.html'), size === 0 ? 'empty' : 'row', run >= 0 ? dbOpen : undefined));
    figures.push(
      figure('Popup', `  of which: navigation -> the popup's first indexedDB.open (JS loaded and run), ${size.toLocaleString('en-US')} clips`, 'ms', dbOpen),
    );
    figures.push(
      figure('Popup', `first render, ${size.toLocaleString('en-US')} clips stored (navigation -> first ${size === 0 ? 'empty-state text' : 'clip row'} in DOM)`, 'ms', samples, {
        budget: size === 5_000 ? { max: 100, source: 'docs/architecture.md §7' } : undefined,
        note: size === 0 ? undefined : 'all clips in the current trip (worst case: counted, 50 newest shown)',
      }),
    );
    log(`  popup ${size}: done`);
  }

  // Report page with 5,000 and 10,000 clips in the trip it opens.
  for (const size of [5_000, 10_000]) {
    const data = generateDataset({ clips: size, seed: SEED, trips: 1 });
    await replaceStoredData(admin, { ...data, currentTripId: data.trips[0]?.id });
    const samples = await repeat(5, 1, () => firstRender(page, extensionUrl(extensionId, 'report.html'), 'row'));
    figures.push(figure('Report page', `open with ${size.toLocaleString('en-US')} clips (navigation -> first clip row in DOM)`, 'ms', samples));
    log(`  report ${size}: done`);
  }

  // Floors: raw IndexedDB with the old v2 clips indexes, the current v3 ones, and none.
  const floorData = generateDataset({ clips: 10_000, seed: SEED, trips: 1 }).clips;
  for (const [label, indexes] of [
    [`v2 schema (${V2_INDEXES.length} clip indexes)`, V2_INDEXES],
    [`v3 schema (current, ${V3_INDEXES.length} clip indexes)`, V3_INDEXES],
    ['primary key only (no index)', NO_INDEXES],
  ] as const) {
    const costs = [];
    for (let run = 0; run < 3; run++) costs.push(await rawIndexedDbCosts(admin, floorData, [...indexes]));
    costs.shift();
    figures.push(figure('IndexedDB floor', `raw put of 10,000 clips in one transaction, ${label}`, 'ms', costs.map((c) => c.writeMs), { note: 'no Dexie, no validation' }));
    if (indexes === V2_INDEXES) {
      figures.push(figure('IndexedDB floor', 'raw getAll of 10,000 clips', 'ms', costs.map((c) => c.readMs)));
      figures.push(figure('IndexedDB floor', 'raw count of a 10,000-clip trip (tripId index)', 'ms', costs.map((c) => c.countMs)));
      figures.push(figure('IndexedDB floor', 'raw 50 newest of a 10,000-clip trip ([tripId+capturedAt] cursor)', 'ms', costs.map((c) => c.newest50Ms)));
    }
  }
  log('  IndexedDB floors: done');

  // Export end to end: three trips of 100, 1,000 and 10,000 clips.
  const exportSizes = [100, 1_000, 10_000];
  const trips = exportSizes.map((size, index) => generateDataset({ clips: size, seed: SEED + index, trips: 1 }));
  await replaceStoredData(admin, {
    trips: trips.flatMap((data) => data.trips),
    clips: trips.flatMap((data) => data.clips),
    currentTripId: trips[0]?.trips[0]?.id,
  });
  for (const [index, size] of exportSizes.entries()) {
    const tripId = trips[index]?.trips[0]?.id ?? '';
    await page.goto(extensionUrl(extensionId, `report.html?trip=${tripId}`));
    const exportButton = page.getByRole('button', { name: 'Export report' });
    await exportButton.waitFor({ timeout: 60_000 });
    // Let the (debounced) preview finish first, so the click is measured alone.
    await page.locator('.export-rendered, .export-raw').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    const samples = await repeat(size >= 10_000 ? 5 : 7, 2, async () => {
      await armSpan(page, '^Downloaded ', '[role="status"]');
      const download = page.waitForEvent('download');
      await exportButton.click();
      const span = await spanResult(page);
      await (await download).delete();
      return span.end - span.start;
    });
    figures.push(
      figure('Export (browser)', `Export report click -> "Downloaded" status, ${size.toLocaleString('en-US')} clips`, 'ms', samples, {
        budget: size === 10_000 ? { max: 200, source: 'docs/architecture.md §7: export of 10,000 clips' } : undefined,
        note: 'report page, jekyll + rating layout; render + Blob + download start + status render',
      }),
    );
    log(`  export ${size}: done`);
  }

  // Backup import of 10,000 clips through the page's Import backup (empty database each run).
  const backupData = generateDataset({ clips: 10_000, seed: SEED });
  const backupText = JSON.stringify(backupFileOf(backupData), null, 2);
  const buffer = Buffer.from(backupText, 'utf8');
  const importSamples = await repeat(4, 1, () => timeBackupImport(page, admin, extensionId, buffer, 10_000));
  figures.push(
    figure('Backup (browser)', 'Import backup of 10,000 clips (file chosen -> "Imported" status), empty database', 'ms', importSamples, {
      budget: { max: 2000, source: 'docs/architecture.md §7' },
      note: `report page; file of ${(buffer.length / 1024 / 1024).toFixed(1)} MB: read + parse + validate + one transaction`,
    }),
  );
  log('  import: done');

  // The same file again: nothing to add.
  const againSamples = await repeat(3, 0, async () => {
    await armSpan(page, '^Imported ', '[role="status"]');
    await page.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer });
    const span = await spanResult(page);
    return span.end - span.start;
  });
  figures.push(figure('Backup (browser)', 'Import the same 10,000-clip backup again (adds nothing)', 'ms', againSamples));

  const downloadSamples = await repeat(4, 1, async () => {
    await armSpan(page, '^Backup downloaded', '[role="status"]');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download backup' }).click();
    const span = await spanResult(page);
    await (await download).delete();
    return span.end - span.start;
  });
  figures.push(
    figure('Backup (browser)', 'Download backup of 10,000 clips (click -> "Backup downloaded" status)', 'ms', downloadSamples, {
      note: 'createBackup + JSON.stringify + Blob + download start',
    }),
  );
  log('  download backup: done');
  await page.close();
  await admin.close();
  return figures;
}

/* ------------------------------------------------------------- main thread */

interface LoadCost {
  scriptMs: number;
  taskMs: number;
  longTaskMs: number;
  longTasks: number;
}

const LONG_TASK_SCRIPT = `(() => {
  if (location.hostname !== 'www.youtube.com') return;
  const totals = { count: 0, ms: 0 };
  window.__longTasks = totals;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) { totals.count += 1; totals.ms += entry.duration; }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

async function loadCost(context: BrowserContext, url: string): Promise<LoadCost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => (window as unknown as FakeYtWindow).__fakeYt.ready());
  // document_idle content script has run, and its once-a-second check ticked at least once.
  await page.waitForTimeout(1500);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks?: { count: number; ms: number } }).__longTasks ?? { count: 0, ms: 0 });
  await cdp.detach();
  await page.close();
  return { scriptMs: value('ScriptDuration') * 1000, taskMs: value('TaskDuration') * 1000, longTaskMs: longTasks.ms, longTasks: longTasks.count };
}

export async function mainThreadFigures(withExtension: Launched, without: Launched, log: Log): Promise<Figure[]> {
  await withExtension.context.addInitScript(LONG_TASK_SCRIPT);
  await without.context.addInitScript(LONG_TASK_SCRIPT);
  const url = `https://www.youtube.com/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=600`;
  const on: LoadCost[] = [];
  const off: LoadCost[] = [];
  // Alternate the two browsers, so that drift in machine load hits both alike.
  await repeat(9, 2, async (run) => {
    const a = await loadCost(withExtension.context, url);
    const b = await loadCost(without.context, url);
    if (run >= 0) {
      on.push(a);
      off.push(b);
    }
    return 0;
  });
  log('  main thread: done');
  const pick = (list: LoadCost[], key: keyof LoadCost) => list.map((cost) => cost[key]);
  const delta = (key: keyof LoadCost) => on.map((cost, index) => cost[key] - (off[index]?.[key] ?? 0));
  const scriptDelta = median(pick(on, 'scriptMs')) - median(pick(off, 'scriptMs'));
  return [
    figure('YouTube page load', 'script time, page with the extension (CDP ScriptDuration)', 'ms', pick(on, 'scriptMs')),
    figure('YouTube page load', 'script time, same page without the extension', 'ms', pick(off, 'scriptMs')),
    figure('YouTube page load', 'script time added by the content scripts (pairwise difference)', 'ms', delta('scriptMs'), {
      note: `difference of medians: ${scriptDelta.toFixed(1)} ms; load + 1.5 s, fake YouTube watch page`,
    }),
    figure('YouTube page load', 'main-thread task time, with the extension (CDP TaskDuration)', 'ms', pick(on, 'taskMs')),
    figure('YouTube page load', 'main-thread task time, without the extension', 'ms', pick(off, 'taskMs')),
    figure('YouTube page load', 'main-thread task time added (pairwise difference)', 'ms', delta('taskMs')),
    figure('YouTube page load', 'long tasks (>50 ms) with the extension: total ms', 'ms', pick(on, 'longTaskMs'), {
      note: `count median ${median(pick(on, 'longTasks'))}; without the extension: ${median(pick(off, 'longTaskMs')).toFixed(0)} ms, count ${median(pick(off, 'longTasks'))}`,
    }),
  ];
}
