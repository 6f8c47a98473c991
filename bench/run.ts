/**
 * `npm run bench` (after `npm run build`): every budget of docs/architecture.md §7, measured in
 * Node and in real Chromium, printed as a table and written to bench/results.json.
 *
 * Options (environment): BENCH_ONLY=sizes,node,capture,pages,mainthread runs only those parts.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { captureFigures, mainThreadFigures, pageFigures, sizeFigures } from './browser-bench';
import { launch, removeDir, snapshotExtension } from './browser';
import type { Launched } from './browser';
import { figuresTable } from './measure';
import type { Figure } from './measure';
import { backupFigures, renderFigures } from './node-bench';
import { CHROMIUM_PATH } from '../tests/e2e/support/chromium-extension';

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
const parts = new Set((process.env.BENCH_ONLY ?? 'sizes,node,capture,pages,mainthread').split(',').map((part) => part.trim()));
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

async function withBrowser<T>(extensionDir: string | null, work: (launched: Launched) => Promise<T>): Promise<T> {
  const launched = await launch(extensionDir);
  try {
    return await work(launched);
  } finally {
    await launched.dispose();
  }
}

async function main(): Promise<void> {
  const figures: Figure[] = [];
  const failures: string[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  const extensionDir = snapshotExtension();
  const step = async (name: string, work: () => Promise<Figure[]> | Figure[]) => {
    if (!parts.has(name)) return;
    log(`${name}…`);
    try {
      figures.push(...(await work()));
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push(`${name}: ${message}`);
      log(`${name} FAILED: ${message}`);
    }
  };
  try {
    await step('sizes', () => sizeFigures(extensionDir));
    await step('node', async () => [...(await renderFigures(log)), ...(await backupFigures(log))]);
    await step('capture', () => withBrowser(extensionDir, (launched) => captureFigures(launched, log)));
    await step('pages', () => withBrowser(extensionDir, (launched) => pageFigures(launched, log)));
    await step('mainthread', () =>
      withBrowser(extensionDir, (withExtension) => withBrowser(null, (without) => mainThreadFigures(withExtension, without, log))),
    );
  } finally {
    removeDir(extensionDir);
  }

  const table = figuresTable(figures);
  const missed = figures.filter((f) => f.withinBudget === false);
  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: chromiumVersion(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverageAtStart: Math.round(loadBefore * 100) / 100,
    loadAverageAtEnd: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    durationSeconds: Math.round((performance.now() - started) / 1000),
  };
  writeFileSync(RESULTS, `${JSON.stringify({ environment, figures, failures }, null, 2)}\n`);

  console.log(`\n${table}\n`);
  for (const f of figures.filter((f) => f.note !== undefined)) console.log(`- ${f.name}: ${f.note}`);
  console.log(`\n${environment.chromium}, Node ${environment.node}, ${environment.cpus} CPUs, load average ${environment.loadAverageAtStart} -> ${environment.loadAverageAtEnd}, ${environment.durationSeconds} s`);
  console.log(`Results written to ${RESULTS}`);
  if (missed.length > 0) console.log(`\nOver budget: ${missed.map((f) => `${f.name} (median ${f.median.toFixed(1)} ${f.unit}, budget ${f.budget?.max} ${f.unit})`).join('; ')}`);
  if (failures.length > 0) {
    console.error(`\n${failures.length} part(s) failed:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
