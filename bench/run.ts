/**
 * `npm run bench` (after `npm run build`): each figure measured against its floor in the
 * same run (bench/floors.ts, bench/ratio-bench.ts), printed as ratios beside the medians,
 * with the machine's load; everything is also written to bench/results.json.
 *
 * Options (environment): BENCH_ONLY=sizes,click,pages,reread,import,export,idle (the default)
 * runs only those parts; the absolute figures of the first benchmark are the parts
 * node, capture, budgets and mainthread (not run by default).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { captureFigures, mainThreadFigures, pageFigures, sizeFigures } from './browser-bench';
import { addFloorPages, writeFloorExtension } from './floors';
import { clickRatios, idleFigures, importRatios, pageRatios } from './ratio-bench';
import { rereadRatios } from './reread-bench';
import { launch, removeDir, snapshotExtension } from './browser';
import type { Launched } from './browser';
import { figuresTable, ratiosTable } from './measure';
import type { Figure, Ratio } from './measure';
import { backupFigures, exportRatios, renderFigures } from './node-bench';
import { CHROMIUM_PATH } from '../tests/e2e/support/chromium-extension';

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
const parts = new Set((process.env.BENCH_ONLY ?? 'sizes,click,pages,reread,import,export,idle').split(',').map((part) => part.trim()));
const started = performance.now();

function log(line: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[${seconds} s] ${line}`);
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

async function withBrowser<T>(extensionDir: string | null, work: (launched: Launched) => Promise<T>, floorDir?: string): Promise<T> {
  const launched = await launch(extensionDir, floorDir);
  try {
    return await work(launched);
  } finally {
    await launched.dispose();
  }
}

async function main(): Promise<void> {
  const figures: Figure[] = [];
  const ratios: Ratio[] = [];
  const failures: string[] = [];
  const loads: { part: string; loadAverage: number[] }[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  const extensionDir = snapshotExtension();
  addFloorPages(extensionDir);
  const floorDir = writeFloorExtension();
  const step = async (name: string, work: () => Promise<(Figure | Ratio)[]> | (Figure | Ratio)[]) => {
    if (!parts.has(name)) return;
    log(`${name}…`);
    loads.push({ part: name, loadAverage: loadavg().map((value) => Math.round(value * 100) / 100) });
    try {
      for (const result of await work()) {
        if ('ratio' in result) ratios.push(result);
        else figures.push(result);
      }
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push(`${name}: ${message}`);
      log(`${name} FAILED: ${message}`);
    }
  };
  try {
    await step('sizes', () => sizeFigures(extensionDir));
    await step('click', () => withBrowser(extensionDir, (launched) => clickRatios(launched, log), floorDir));
    await step('pages', () =>
      withBrowser(extensionDir, async (launched) => {
        const { ratios: pageRatioList, figures: pageFigureList } = await pageRatios(launched, log);
        return [...pageRatioList, ...pageFigureList];
      }),
    );
    await step('reread', () => withBrowser(extensionDir, (launched) => rereadRatios(launched, log)));
    await step('import', () => withBrowser(extensionDir, (launched) => importRatios(launched, log)));
    await step('export', () => exportRatios(log));
    await step('idle', () => withBrowser(extensionDir, (withExtension) => withBrowser(null, (without) => idleFigures(withExtension, without, log))));
    await step('node', async () => [...(await renderFigures(log)), ...(await backupFigures(log))]);
    await step('capture', () => withBrowser(extensionDir, (launched) => captureFigures(launched, log)));
    await step('budgets', () => withBrowser(extensionDir, (launched) => pageFigures(launched, log)));
    await step('mainthread', () =>
      withBrowser(extensionDir, (withExtension) => withBrowser(null, (without) => mainThreadFigures(withExtension, without, log))),
    );
  } finally {
    removeDir(extensionDir);
    removeDir(floorDir);
  }

  const table = figuresTable(figures);
  const missed = figures.filter((f) => f.withinBudget === false);
  const missedRatios = ratios.filter((r) => r.withinTarget === false);
  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: chromiumVersion(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverageAtStart: Math.round(loadBefore * 100) / 100,
    loadAverageAtEnd: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    loadAverageByPart: loads,
    durationSeconds: Math.round((performance.now() - started) / 1000),
  };
  writeFileSync(RESULTS, `${JSON.stringify({ environment, ratios, figures, failures }, null, 2)}\n`);

  if (ratios.length > 0) console.log(`\n${ratiosTable(ratios)}\n`);
  for (const r of ratios.filter((r) => r.note !== undefined)) console.log(`- ${r.name}: ${r.note}`);
  if (figures.length > 0) console.log(`\n${table}\n`);
  for (const f of figures.filter((f) => f.note !== undefined)) console.log(`- ${f.name}: ${f.note}`);
  console.log(`\n${environment.chromium}, Node ${environment.node}, ${environment.cpus} CPUs, load average (1 min) ${environment.loadAverageAtStart} -> ${environment.loadAverageAtEnd}; by part: ${loads.map((entry) => `${entry.part} ${entry.loadAverage.join('/')}`).join(', ')}, ${environment.durationSeconds} s`);
  console.log(`Results written to ${RESULTS}`);
  if (missedRatios.length > 0) console.log(`\nOver target: ${missedRatios.map((r) => `${r.name} (${r.ratio.toFixed(2)}x, target ${r.target}x)`).join('; ')}`);
  if (missed.length > 0) console.log(`\nOver budget: ${missed.map((f) => `${f.name} (median ${f.median.toFixed(1)} ${f.unit}, budget ${f.budget?.max} ${f.unit})`).join('; ')}`);
  if (failures.length > 0) {
    console.error(`\n${failures.length} part(s) failed:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
