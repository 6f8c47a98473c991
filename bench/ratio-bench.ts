/**
 * The figures judged against a floor built and measured in the same browser run
 * (bench/floors.ts), alternating real and floor so that the machine's load hits both
 * alike: click -> commit, popup and report page first row, the clip count, backup
 * import; and the idle probe on a YouTube page.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { CLIP_RATE_LIMIT } from '../background/capture-handler';
import { RECORDING_WITH_CHAPTERS } from '../tests/fixtures/youtube/catalog';
import { seek } from '../tests/e2e/support/youtube-page';
import { FIRST_RENDER_SCRIPT, armSpan, openVideo, spanResult, timeBackupImport } from './browser-bench';
import { extensionIdOf, extensionPage, extensionUrl, replaceStoredData } from './browser';
import type { Launched } from './browser';
import { FLOOR_PAGES } from './floors';
import { generateDataset } from './generate';
import { backupFileOf } from './node-bench';
import { figure, interleave, ratio } from './measure';
import type { Figure, Ratio } from './measure';

const SEED = 20_240_517;
type Log = (line: string) => void;

/* ------------------------------------------------------------- click -> commit */

async function clearStatus(page: Page, host: string): Promise<void> {
  await page.evaluate((selector) => {
    const status = document.querySelector(selector)?.shadowRoot?.querySelector('[role="status"]');
    if (status) status.textContent = '';
  }, host);
}

/** Clip talk (in-page button) against the floor extension's button on the same page, alternately. */
export async function clickRatios(launched: Launched, log: Log): Promise<Ratio[]> {
  const { context } = launched;
  await extensionIdOf(context);
  const video = await openVideo(context, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=600`);
  await video.locator('#floor-clipper').waitFor({ state: 'attached' });
  const real = video.locator('#talk-clipper').getByRole('button', { name: 'Clip talk' });
  const floor = video.locator('#floor-clipper').getByRole('button', { name: 'Floor clip', exact: true });
  const sameJob = video.locator('#floor-clipper').getByRole('button', { name: 'Floor clip, same job' });
  let seconds = 600;
  // The background takes at most CLIP_RATE_LIMIT clips a second from one tab: space our
  // clicks (untimed) so that none is refused as too fast.
  const spacing = CLIP_RATE_LIMIT.windowMs / CLIP_RATE_LIMIT.limit + 50;
  let lastRealClick = 0;
  const clickOnce = async (host: string, button: typeof real, answer = '^Clipped') => {
    if (host === '#talk-clipper') {
      const wait = lastRealClick + spacing - Date.now();
      if (wait > 0) await video.waitForTimeout(wait);
      lastRealClick = Date.now();
    }
    await clearStatus(video, host);
    await armSpan(video, answer, '[role="status"]', host);
    await button.click();
    const span = await spanResult(video);
    return span.end - span.start;
  };
  const samples = await interleave(12, 2, {
    real: async () => {
      // A new moment each time: a clip within 10 s of the last one is a duplicate.
      seconds += 60;
      await seek(video, seconds);
      return clickOnce('#talk-clipper', real);
    },
    floor: () => clickOnce('#floor-clipper', floor),
    sameJob: async () => {
      // A new moment too: this floor finds duplicates as ours does.
      seconds += 60;
      await seek(video, seconds);
      return clickOnce('#floor-clipper', sameJob);
    },
  });
  // A click within the duplicate window answers with the clip already taken, as fast.
  // First (untimed) a clip at this moment for both that are to find it.
  await clickOnce('#talk-clipper', real, '^(Clipped|Already clipped)');
  await clickOnce('#floor-clipper', sameJob, '^(Clipped|Already clipped)');
  const duplicate = await interleave(7, 1, {
    real: () => clickOnce('#talk-clipper', real, '^Already clipped'),
    floor: () => clickOnce('#floor-clipper', floor),
    sameJob: () => clickOnce('#floor-clipper', sameJob, '^Already clipped'),
  });
  await video.close();
  log('  click -> commit: done');
  const floorFigure = (values: number[]) =>
    figure('Capture', 'floor: minimal extension, content script -> message -> one raw put -> answer', 'ms', values);
  return [
    ratio(
      'Capture',
      'Clip talk click -> status shown (row committed before the answer)',
      figure('Capture', 'Clip talk click -> status', 'ms', samples.real),
      floorFigure(samples.floor),
      { target: 1.5, note: 'same YouTube page, both extensions loaded; click (capture listener on window) -> status text (MutationObserver)' },
    ),
    ratio(
      'Capture',
      'Clip talk click -> status shown, against a raw floor doing the same job',
      figure('Capture', 'Clip talk click -> status', 'ms', samples.real),
      figure('Capture', "floor, same job: one batch of raw requests reading the current trip, the trip, the duplicate range and the count, writing the clip and the count", 'ms', samples.sameJob),
      { note: 'the same content script and message as the floor above; the worker reads and writes what a capture must (bench/floors.ts)' },
    ),
    ratio(
      'Capture',
      'Clip talk again within 10 s (duplicate: answers with the clip already taken)',
      figure('Capture', 'duplicate click -> status', 'ms', duplicate.real),
      floorFigure(duplicate.floor),
    ),
    ratio(
      'Capture',
      'Clip talk again within 10 s, against the same-job floor finding the duplicate',
      figure('Capture', 'duplicate click -> status', 'ms', duplicate.real),
      figure('Capture', 'floor, same job: duplicate found, transaction aborted', 'ms', duplicate.sameJob),
    ),
  ];
}

/* -------------------------------------------------------- popup, report, count */

type Marks = Partial<Record<'row' | 'empty' | 'count' | 'dbOpen', number>>;

/**
 * Navigates `page` to `url` and returns the first-render marks (ms from navigation start)
 * once `wanted` are all set; then, when `settled` is given, waits (untimed) until that
 * holds in the page and the page is idle, so that work the page goes on doing after its
 * first row (the report page reads the whole trip, then renders the export) is not
 * charged to the next page measured.
 */
async function marksOf(page: Page, url: string, wanted: (keyof Marks)[], settled?: () => boolean): Promise<Marks> {
  await page.goto(url);
  await page.waitForFunction(
    (names) => {
      const marks = (window as unknown as { __firstRender?: Record<string, number> }).__firstRender;
      return marks !== undefined && names.every((name) => marks[name] !== undefined);
    },
    wanted,
    { timeout: 120_000, polling: 20 },
  );
  const marks = await page.evaluate(() => (window as unknown as { __firstRender: Marks }).__firstRender);
  if (settled !== undefined) {
    await page.waitForFunction(settled, undefined, { timeout: 180_000, polling: 100 });
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 })));
  }
  return marks;
}

/** The report page has read the whole trip and rendered its export preview. */
export function reportSettled(): boolean {
  const clipsRead = document.querySelector('.report-clips-section[aria-busy="false"]') !== null;
  return clipsRead && document.querySelector('.export-preview .export-rendered, .export-preview .export-raw, .export-preview .field-error') !== null;
}

const PAGE_SIZES = [1_000, 10_000, 50_000];

export async function pageRatios(launched: Launched, log: Log): Promise<{ ratios: Ratio[]; figures: Figure[] }> {
  const { context } = launched;
  const extensionId = await extensionIdOf(context);
  await context.addInitScript(FIRST_RENDER_SCRIPT);
  const admin = await extensionPage(context, extensionId);
  const page = await context.newPage();
  const url = (path: string) => extensionUrl(extensionId, path);
  const ratios: Ratio[] = [];
  const figures: Figure[] = [];
  const countAt = new Map<number, number[]>();
  /** Each round's count time over the same round's 50-row floor page, per trip size. */
  const countOverFloorAt = new Map<number, number[]>();
  // The extension's pages share one renderer: what a report page held (a whole trip of
  // 50,000 clips, its export) is freed while the next page loads, which charged it to that
  // page (navigation -> indexedDB.open grew with the trip for whichever page came next).
  // So the report page is left for the empty page and that heap collected, untimed.
  const adminSession = await context.newCDPSession(admin);
  const leaveReportPage = async () => {
    await page.goto(url(FLOOR_PAGES.empty));
    await adminSession.send('HeapProfiler.collectGarbage');
  };

  for (const size of PAGE_SIZES) {
    const data = generateDataset({ clips: size, seed: SEED, trips: 1 });
    await replaceStoredData(admin, { ...data, currentTripId: data.trips[0]?.id });
    const popupCount: number[] = [];
    const popupOpen: number[] = [];
    const rowsOpen: number[] = [];
    const rounds = size >= 50_000 ? 3 : 5;
    const samples = await interleave(rounds, 1, {
      popup: async (round) => {
        const marks = await marksOf(page, url('popup.html'), ['row', 'count']);
        if (round >= 0) {
          popupCount.push(marks.count ?? Number.NaN);
          popupOpen.push(marks.dbOpen ?? Number.NaN);
        }
        return marks.row ?? Number.NaN;
      },
      rows: async (round) => {
        const marks = await marksOf(page, url(FLOOR_PAGES.rows), ['row']);
        if (round >= 0) rowsOpen.push(marks.dbOpen ?? Number.NaN);
        return marks.row ?? Number.NaN;
      },
      empty: async () => (await marksOf(page, url(FLOOR_PAGES.empty), ['row'])).row ?? Number.NaN,
      report: async () => {
        const row = (await marksOf(page, url('report.html'), ['row'], reportSettled)).row ?? Number.NaN;
        await leaveReportPage();
        return row;
      },
    });
    countAt.set(size, popupCount);
    countOverFloorAt.set(size, popupCount.map((count, round) => count / (samples.rows[round] ?? Number.NaN)));
    const n = size.toLocaleString('en-US');
    const popup = figure('Popup', `popup first row, ${n} clips`, 'ms', samples.popup);
    const rowsFloor = figure('Popup', 'floor: 50-row raw IndexedDB page (open, 50 rows by the index, plain DOM)', 'ms', samples.rows);
    const emptyFloor = figure('Popup', 'floor: empty extension page (one row from a one-line script)', 'ms', samples.empty);
    ratios.push(
      ratio('Popup', `first row, ${n} clips in the trip (from navigation start)`, popup, rowsFloor, {
        target: 1.25,
        note: 'popup.html in a tab; the floor reads the same database',
      }),
      ratio('Popup', `first row, ${n} clips, against an empty extension page`, popup, emptyFloor),
      ratio('Report page', `first row, ${n} clips in the trip, against the popup's first row`, figure('Report page', `report first row, ${n} clips`, 'ms', samples.report), popup, {
        target: 1.5,
      }),
    );
    figures.push(
      figure('Popup', `navigation -> popup's first indexedDB.open, ${n} clips`, 'ms', popupOpen),
      figure('Popup', `navigation -> 50-row floor's indexedDB.open, ${n} clips`, 'ms', rowsOpen),
      figure('Popup', `navigation -> clip count shown, ${n} clips`, 'ms', popupCount),
    );
    log(`  pages ${n}: done`);
  }
  const smallest = PAGE_SIZES[0] as number;
  const largest = PAGE_SIZES[PAGE_SIZES.length - 1] as number;
  const big = largest.toLocaleString('en-US');
  const small = smallest.toLocaleString('en-US');
  // A bigger database makes every page that opens it slower, the floor page too (which
  // counts nothing). So the targeted figure is the count's time over the same round's
  // floor page, at the largest size against the smallest; the plain times are shown too.
  const counts = [
    ratio(
      'Popup',
      `clip count shown, ${big} clips against ${small}, each over the same round's 50-row floor page (constant time: 1x)`,
      figure('Popup', `count shown over the floor's first row, ${big} clips`, 'x', countOverFloorAt.get(largest) ?? []),
      figure('Popup', `popup: count shown over the floor's first row, ${small} clips`, 'x', countOverFloorAt.get(smallest) ?? []),
      { target: 1.25, note: 'navigation -> "Showing 50 of N clips" in the popup, divided by the 50-row floor page in the same round (same database); the two sizes are not paired, ratio of medians' },
    ),
    ratio(
      'Popup',
      `clip count shown, ${big} clips against ${small}, plain times`,
      figure('Popup', `count shown, ${big} clips`, 'ms', countAt.get(largest) ?? []),
      figure('Popup', `popup: count shown with ${small} clips`, 'ms', countAt.get(smallest) ?? []),
      { note: 'the floor page itself slows down as much on the bigger database' },
    ),
  ];
  // Not paired: the two sizes ran minutes apart. Use the ratio of medians.
  for (const count of counts) {
    count.ratio = count.real.median / count.floor.median;
    if (count.target !== undefined) count.withinTarget = count.ratio <= count.target;
  }
  ratios.push(...counts);
  await page.close();
  await admin.close();
  return { ratios, figures };
}

/* ----------------------------------------------------------------- import */

/** Empties the clips, trips and settings stores with raw IndexedDB. */
async function clearStored(admin: Page): Promise<void> {
  await replaceStoredData(admin, { trips: [], clips: [] });
}

export async function importRatios(launched: Launched, log: Log): Promise<Ratio[]> {
  const { context } = launched;
  const extensionId = await extensionIdOf(context);
  const admin = await extensionPage(context, extensionId);
  const floors = await context.newPage();
  await floors.goto(extensionUrl(extensionId, FLOOR_PAGES.dexie));
  const page = await context.newPage();
  const data = generateDataset({ clips: 10_000, seed: SEED });
  const text = JSON.stringify(backupFileOf(data), null, 2);
  const buffer = Buffer.from(text, 'utf8');
  // The rows and the file's text, handed to the floor page once (not timed).
  await floors.evaluate((input) => {
    (window as unknown as { __rows: unknown; __text: string }).__rows = input.rows;
    (window as unknown as { __text: string }).__text = input.text;
  }, { rows: { trips: data.trips, clips: data.clips }, text });

  const rawPut = (parse: boolean) =>
    floors.evaluate(
      (parseFirst) =>
        new Promise<number>((resolve, reject) => {
          const w = window as unknown as { __rows: { trips: unknown[]; clips: unknown[] }; __text: string };
          const start = performance.now();
          const rows = parseFirst ? (JSON.parse(w.__text) as { trips: unknown[]; clips: unknown[] }) : w.__rows;
          const open = indexedDB.open('talk-clipper');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const database = open.result;
            const tx = database.transaction(['trips', 'clips'], 'readwrite');
            for (const trip of rows.trips) tx.objectStore('trips').put(trip);
            for (const clip of rows.clips) tx.objectStore('clips').put(clip);
            tx.oncomplete = () => {
              database.close();
              resolve(performance.now() - start);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      parse,
    );
  const dexieBulkPut = () =>
    floors.evaluate(async () => {
      type Table = { bulkPut(rows: unknown[]): Promise<unknown> };
      type Db = { open(): Promise<Db>; close(): void; table(name: string): Table; transaction(mode: string, tables: string[], scope: () => Promise<void>): Promise<void> };
      const w = window as unknown as { Dexie: new (name: string) => Db; __rows: { trips: unknown[]; clips: unknown[] } };
      const start = performance.now();
      const database = await new w.Dexie('talk-clipper').open();
      await database.transaction('rw', ['trips', 'clips'], async () => {
        await database.table('trips').bulkPut(w.__rows.trips);
        await database.table('clips').bulkPut(w.__rows.clips);
      });
      database.close();
      return performance.now() - start;
    });

  const samples = await interleave(3, 1, {
    real: () => timeBackupImport(page, admin, extensionId, buffer, 10_000),
    raw: async () => {
      await clearStored(admin);
      return rawPut(false);
    },
    parsed: async () => {
      await clearStored(admin);
      return rawPut(true);
    },
    dexie: async () => {
      await clearStored(admin);
      return dexieBulkPut();
    },
  });
  await page.close();
  await floors.close();
  await admin.close();
  log('  import: done');
  const mb = (buffer.length / 1024 / 1024).toFixed(1);
  const real = figure('Backup', 'Import backup of 10,000 clips', 'ms', samples.real, {
    note: `report page, file chosen -> "Imported" status, empty database; file of ${mb} MB`,
  });
  return [
    ratio('Backup', 'Import backup, 10,000 clips (file chosen -> "Imported" status)', real, figure('Backup', 'floor: raw IndexedDB put of the same rows, one transaction', 'ms', samples.raw), {
      target: 1.15,
    }),
    ratio('Backup', 'Import backup, 10,000 clips, against JSON.parse of the file + raw put', real, figure('Backup', 'floor: JSON.parse of the same file + raw put', 'ms', samples.parsed)),
    ratio('Backup', 'Import backup, 10,000 clips, against Dexie bulkPut', real, figure('Backup', 'floor: Dexie bulkPut of the same rows, one transaction', 'ms', samples.dexie)),
  ];
}

/* ---------------------------------------------------------------- idle probe */

interface TraceEvent {
  name: string;
  cat?: string;
  args?: { data?: { frame?: string; url?: string } };
}

/** What runs in the main frame of a YouTube watch page during `idleMs` of doing nothing. */
async function idleActivity(context: BrowserContext, withExtension: boolean, idleMs: number): Promise<{ timers: number; ours: number }> {
  const page = await openVideo(context, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=600`, withExtension);
  await page.waitForTimeout(1_000); // settle: document_idle scripts, first paints
  const cdp = await context.newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const frame = frameTree.frame.id;
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => {
    events.push(...(message.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' });
  await page.waitForTimeout(idleMs);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  const inFrame = events.filter((event) => event.args?.data?.frame === frame);
  return {
    timers: inFrame.filter((event) => event.name === 'TimerFire').length,
    ours: inFrame.filter((event) => event.name === 'FunctionCall' && (event.args?.data?.url ?? '').startsWith('chrome-extension://')).length,
  };
}

export async function idleFigures(withExtension: Launched, without: Launched, log: Log): Promise<Figure[]> {
  const idleMs = 5_000;
  const on: { timers: number; ours: number }[] = [];
  const off: { timers: number; ours: number }[] = [];
  await interleave(3, 0, {
    on: async () => {
      on.push(await idleActivity(withExtension.context, true, idleMs));
      return 0;
    },
    off: async () => {
      off.push(await idleActivity(without.context, false, idleMs));
      return 0;
    },
  });
  log('  idle probe: done');
  const note = `fake YouTube watch page, ${idleMs / 1000} s untouched after load + 1 s; Chromium trace (devtools.timeline) of the page's main frame`;
  return [
    figure('Idle YouTube page', 'our code run while idle (FunctionCall from chrome-extension://)', 'count', on.map((probe) => probe.ours), {
      budget: { max: 0, source: 'issue #15: no timers on a YouTube page while idle' },
      note,
    }),
    figure('Idle YouTube page', 'timers fired while idle, with the extension', 'count', on.map((probe) => probe.timers), { note }),
    figure('Idle YouTube page', 'timers fired while idle, without the extension', 'count', off.map((probe) => probe.timers)),
  ];
}
