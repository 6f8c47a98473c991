/**
 * One clip edited elsewhere -> the open report page shows it, at 1k / 10k / 50k clips in
 * the trip, against a floor in the same page: what a change costs the report page once
 * it has read the whole trip (components/report/use-trip-clips.ts).
 *
 * The edit is made as another context makes one (the popup, the background, another
 * tab): from a second extension tab, a raw IndexedDB `put` of the clip with a new title;
 * once the transaction completed, the keys it wrote are posted on Dexie's channel
 * (`x-storagemutated-1`, as storage/write-signal.ts does after a raw capture). Timed from
 * that commit to the row's new title in the report page's DOM (a MutationObserver), on
 * one clock (`performance.timeOrigin + performance.now()` in both tabs).
 *
 * Floor: the same edit, the same commit, the key posted on a channel of its own, which
 * the report page answers with one raw `get` of that key by a connection of its own and
 * the title set into one element: read what changed, show it.
 */
import type { Page } from '@playwright/test';
import { DATABASE_NAME } from '../storage/database-name';
import { extensionIdOf, extensionPage, extensionUrl, replaceStoredData } from './browser';
import type { Launched } from './browser';
import { generateDataset } from './generate';
import { figure, interleave, ratio } from './measure';
import type { Ratio } from './measure';
import { reportSettled } from './ratio-bench';

const SEED = 20_240_517;
const SIZES = [1_000, 10_000, 50_000];
const FLOOR_CHANNEL = 'bench-reread-floor';
const FLOOR_ROW = 'bench-reread-floor-row';
type Log = (line: string) => void;

interface EditRequest {
  database: string;
  id: string;
  title: string;
  /** Dexie's channel (the real page) or the floor's. */
  channel: string;
  floor: boolean;
}

/** In the writing tab: puts the clip with `title`, then posts what changed; answers the commit's time. */
function editAndSignal(request: EditRequest): Promise<number> {
  const holder = window as unknown as { __benchDb?: Promise<IDBDatabase> };
  holder.__benchDb ??= new Promise((resolve, reject) => {
    const open = indexedDB.open(request.database);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  return holder.__benchDb.then(
    (database) =>
      new Promise<number>((resolve, reject) => {
        const tx = database.transaction('clips', 'readwrite');
        const clips = tx.objectStore('clips');
        const read = clips.get(request.id);
        let row: Record<string, unknown> | undefined;
        read.onsuccess = () => {
          row = { ...(read.result as Record<string, unknown>), title: request.title, updatedAt: new Date().toISOString() };
          clips.put(row);
        };
        tx.onerror = () => reject(tx.error);
        tx.oncomplete = () => {
          const committed = performance.timeOrigin + performance.now();
          const channel = new BroadcastChannel(request.channel);
          if (request.floor) {
            channel.postMessage({ id: request.id });
          } else if (row !== undefined) {
            // What Dexie's own commit of this put announces (storage/write-signal.ts): the key, and its key in each index.
            const one = (key: unknown) => ({ d: 1, from: key, to: key });
            const base = `idb://${request.database}/clips/`;
            channel.postMessage({
              [base]: one(request.id),
              [`${base}:dels`]: one(request.id),
              [`${base}[tripId+capturedAt]`]: one([row.tripId, row.capturedAt]),
              [`${base}[tripId+videoId+seconds]`]: one([row.tripId, row.videoId, row.seconds]),
            });
          }
          channel.close();
          resolve(committed);
        };
      }),
  );
}

/** In the report page: the floor's listener (one raw get by key, its title into one element). */
function installFloor(input: { database: string; channel: string; rowId: string }): void {
  const row = document.createElement('p');
  row.id = input.rowId;
  document.body.append(row);
  const opened = new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(input.database);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  new BroadcastChannel(input.channel).onmessage = (event: MessageEvent<{ id: string }>) => {
    void opened.then((database) => {
      const read = database.transaction('clips', 'readonly').objectStore('clips').get(event.data.id);
      read.onsuccess = () => {
        row.textContent = (read.result as { title: string }).title;
      };
    });
  };
}

/** In the report page: from now on, records when `selector` first holds `text`. */
function armShown(input: { selector: string; text: string }): void {
  const holder = window as unknown as { __shownAt?: number };
  holder.__shownAt = undefined;
  const check = () => {
    if (document.querySelector(input.selector)?.textContent?.trim() !== input.text) return false;
    holder.__shownAt = performance.timeOrigin + performance.now();
    observer.disconnect();
    return true;
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
}

async function shownAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt, undefined, { timeout: 120_000, polling: 20 });
  return (await handle.jsonValue()) as number;
}

/** Untimed: the page has done what the edit set off (the export preview is re-rendered after 300 ms on a big trip). */
async function quiet(page: Page): Promise<void> {
  await page.waitForTimeout(400);
  await page.waitForFunction(reportSettled, undefined, { timeout: 180_000, polling: 100 });
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 })));
}

export async function rereadRatios(launched: Launched, log: Log): Promise<Ratio[]> {
  const { context } = launched;
  const extensionId = await extensionIdOf(context);
  const admin = await extensionPage(context, extensionId);
  const report = await context.newPage();
  const ratios: Ratio[] = [];
  const medians = new Map<number, number[]>();
  for (const size of SIZES) {
    const data = generateDataset({ clips: size, seed: SEED, trips: 1 });
    await replaceStoredData(admin, { ...data, currentTripId: data.trips[0]?.id });
    await report.goto(extensionUrl(extensionId, 'report.html'));
    await report.waitForFunction(reportSettled, undefined, { timeout: 180_000, polling: 100 });
    await report.evaluate(installFloor, { database: DATABASE_NAME, channel: FLOOR_CHANNEL, rowId: FLOOR_ROW });
    // A clip whose row is on the page's first screen.
    const id = await report.locator('li.report-clip[data-clip-id]').first().getAttribute('data-clip-id');
    if (id === null) throw new Error('no clip row on the report page');
    const selector = `li.report-clip[data-clip-id="${id}"] .clip-title`;
    let edits = 0;
    const once = async (floor: boolean) => {
      edits += 1;
      const title = `Edited talk ${size} #${edits}`;
      await report.evaluate(armShown, { selector: floor ? `#${FLOOR_ROW}` : selector, text: title });
      const committed = await admin.evaluate(editAndSignal, { database: DATABASE_NAME, id, title, channel: floor ? FLOOR_CHANNEL : 'x-storagemutated-1', floor });
      const shown = await shownAt(report);
      await quiet(report);
      return shown - committed;
    };
    const samples = await interleave(size >= 50_000 ? 5 : 7, 1, { real: () => once(false), floor: () => once(true) });
    medians.set(size, samples.real);
    const n = size.toLocaleString('en-US');
    ratios.push(
      ratio(
        'Report page',
        `one clip edited in another tab -> the report page shows it, ${n} clips in the trip`,
        figure('Report page', `edit committed -> row shows it, ${n} clips`, 'ms', samples.real),
        figure('Report page', 'floor: the key on a channel -> one raw get by key -> its title into one element, same page', 'ms', samples.floor),
        { note: 'raw put from a second extension tab, its keys posted on Dexie\'s channel as storage/write-signal.ts does; commit -> new title in the row (MutationObserver)' },
      ),
    );
    log(`  reread ${n}: done`);
  }
  const smallest = SIZES[0] as number;
  const largest = SIZES[SIZES.length - 1] as number;
  const flat = ratio(
    'Report page',
    `one clip edited -> shown, ${largest.toLocaleString('en-US')} clips against ${smallest.toLocaleString('en-US')} (flat in trip size: 1x)`,
    figure('Report page', `edit -> shown, ${largest.toLocaleString('en-US')} clips`, 'ms', medians.get(largest) ?? []),
    figure('Report page', `edit -> shown, ${smallest.toLocaleString('en-US')} clips`, 'ms', medians.get(smallest) ?? []),
    { target: 1.5, note: 'the two sizes ran minutes apart: ratio of medians' },
  );
  flat.ratio = flat.real.median / flat.floor.median;
  flat.withinTarget = flat.ratio <= (flat.target ?? Number.POSITIVE_INFINITY);
  ratios.push(flat);
  await report.close();
  await admin.close();
  return ratios;
}
