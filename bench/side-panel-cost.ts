/**
 * What an open side panel costs the YouTube page: main-thread time (CDP TaskDuration and
 * ScriptDuration of the page's renderer) over 10 s of playback, with no panel and with a
 * panel on `sidepanel.html?tabId=N`, in turns; medians of the runs and of the pairwise
 * differences. The panel itself runs in the extension's process, not on the page.
 *
 *   npm run build && npx tsx bench/side-panel-cost.ts [runs]
 */
import type { BrowserContext, Page } from '@playwright/test';
import { RECORDING_WITH_CHAPTERS } from '../tests/fixtures/youtube/catalog';
import type { FakeYtWindow } from '../tests/fixtures/youtube/fake-yt';
import { EXTENSION_DIR } from '../tests/e2e/support/chromium-extension';
import { extensionIdOf, extensionUrl, launch } from './browser';
import { median } from './measure';

const WINDOW_MS = 10_000;
const runs = Number(process.argv[2] ?? 5);

interface Cost {
  taskMsPerSecond: number;
  scriptMsPerSecond: number;
}

async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = await worker.evaluate(async (wanted) => {
    type Tabs = { query(filter: { url: string }): Promise<Array<{ id?: number; url?: string }>> };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    return (await tabs.query({ url: 'https://www.youtube.com/*' })).find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error('no YouTube tab');
  return id;
}

async function playbackCost(context: BrowserContext, extensionId: string, withPanel: boolean, start: number): Promise<Cost> {
  const page: Page = await context.newPage();
  await page.goto(`https://www.youtube.com/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=${start}`);
  await page.evaluate(() => (window as unknown as FakeYtWindow).__fakeYt.ready());
  let panel: Page | undefined;
  if (withPanel) {
    panel = await context.newPage();
    await panel.goto(extensionUrl(extensionId, `sidepanel.html?tabId=${await tabIdOf(context, page.url())}`));
    await panel.getByRole('region', { name: 'Now playing' }).waitFor();
    await page.bringToFront();
  }
  await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')?.play());
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
    return { task: value('TaskDuration'), script: value('ScriptDuration') };
  };
  const before = await read();
  await page.waitForTimeout(WINDOW_MS);
  const after = await read();
  if (panel !== undefined) {
    const shown = await panel.getByRole('region', { name: 'Now playing' }).textContent();
    if (!shown?.includes('Position')) throw new Error('the panel did not follow the video');
  }
  await cdp.detach();
  await panel?.close();
  await page.close();
  const seconds = WINDOW_MS / 1000;
  return { taskMsPerSecond: ((after.task - before.task) * 1000) / seconds, scriptMsPerSecond: ((after.script - before.script) * 1000) / seconds };
}

async function main(): Promise<void> {
  const launched = await launch(EXTENSION_DIR);
  try {
    const extensionId = await extensionIdOf(launched.context);
    await playbackCost(launched.context, extensionId, true, 100); // warm-up
    const closed: Cost[] = [];
    const open: Cost[] = [];
    for (let run = 0; run < runs; run++) {
      closed.push(await playbackCost(launched.context, extensionId, false, 200 + run * 30));
      open.push(await playbackCost(launched.context, extensionId, true, 200 + run * 30));
      console.log(`run ${run + 1}: closed ${closed[run]?.taskMsPerSecond.toFixed(2)} ms/s, open ${open[run]?.taskMsPerSecond.toFixed(2)} ms/s task time`);
    }
    const pick = (costs: Cost[], key: keyof Cost) => costs.map((cost) => cost[key]);
    const diff = (key: keyof Cost) => open.map((cost, i) => cost[key] - (closed[i]?.[key] ?? 0));
    console.log(`page main-thread task time, panel closed: median ${median(pick(closed, 'taskMsPerSecond')).toFixed(2)} ms per second of playback`);
    console.log(`page main-thread task time, panel open:   median ${median(pick(open, 'taskMsPerSecond')).toFixed(2)} ms per second`);
    console.log(`added by the open panel (pairwise): median ${median(diff('taskMsPerSecond')).toFixed(2)} ms/s task, ${median(diff('scriptMsPerSecond')).toFixed(2)} ms/s script`);
  } finally {
    await launched.dispose();
  }
}

void main();
