/**
 * The figures measured in Node: the pure Markdown renderer, and backup import / export
 * through the real storage code on fake-indexeddb (an in-memory IndexedDB written in
 * JavaScript: slower than a browser's, so those two are indicative; the browser figures
 * in browser-bench.ts are the ones judged against the budget).
 */
// First: every module below must see the in-memory IndexedDB when Dexie loads.
import 'fake-indexeddb/auto';
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { resolveExportOptions } from '../markdown/export-options';
import type { ReportLayout } from '../markdown/export-options';
import { renderReport } from '../markdown/render-report';
import { BACKUP_FORMAT, BACKUP_VERSION, createBackup, importBackup, parseBackup } from '../storage/backup';
import type { BackupFile } from '../storage/backup';
import { db } from '../storage/db';
import { generateDataset } from './generate';
import { figure, ratio, repeat, timed } from './measure';
import type { Figure, Ratio } from './measure';

const SEED = 20_240_517;
const EXPORT_BUDGET = { max: 200, source: 'docs/architecture.md §7: export of 10,000 clips' };
const IMPORT_BUDGET = { max: 2000, source: 'docs/architecture.md §7: backup import of 10,000 clips' };

export function backupFileOf(data: { trips: BackupFile['trips']; clips: BackupFile['clips'] }): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2024-06-01T12:00:00.000Z', trips: data.trips, clips: data.clips, settings: [] };
}

async function emptyDatabase(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}

export async function renderFigures(log: (line: string) => void): Promise<Figure[]> {
  const figures: Figure[] = [];
  const options = resolveExportOptions({}, '2024-06-01');
  for (const size of [100, 1_000, 10_000]) {
    const { trips, clips } = generateDataset({ clips: size, seed: SEED, trips: 1 });
    const trip = trips[0];
    if (trip === undefined) throw new Error('no trip generated');
    let bytes = 0;
    const samples = await repeat(size >= 10_000 ? 9 : 15, 3, () =>
      timed(() => {
        bytes = renderReport(trip, clips, options).markdown.length;
      }),
    );
    figures.push(
      figure('Export (Node)', `renderReport, ${size.toLocaleString('en-US')} clips (jekyll, rating layout)`, 'ms', samples, {
        budget: size === 10_000 ? EXPORT_BUDGET : undefined,
        note: `${(bytes / 1024).toFixed(0)} KB of Markdown`,
      }),
    );
    log(`  renderReport ${size}: done`);
  }
  const { trips, clips } = generateDataset({ clips: 10_000, seed: SEED, trips: 1 });
  const trip = trips[0];
  if (trip === undefined) throw new Error('no trip generated');
  const layouts: ReportLayout[] = ['kind', 'day', 'chronological'];
  for (const layout of layouts) {
    const layoutOptions = resolveExportOptions({ layout, frontMatter: 'hugo-toml' }, '2024-06-01');
    const samples = await repeat(7, 2, () => timed(() => renderReport(trip, clips, layoutOptions)));
    figures.push(figure('Export (Node)', `renderReport, 10,000 clips (hugo-toml, ${layout} layout)`, 'ms', samples, { budget: EXPORT_BUDGET }));
  }
  log('  renderReport layouts: done');
  return figures;
}

export async function backupFigures(log: (line: string) => void): Promise<Figure[]> {
  const figures: Figure[] = [];
  const data = generateDataset({ clips: 10_000, seed: SEED });
  const text = JSON.stringify(backupFileOf(data), null, 2);
  const note = `fake-indexeddb; file of ${(text.length / 1024 / 1024).toFixed(1)} MB, ${data.trips.length} trips`;

  figures.push(figure('Backup (Node)', 'parse + validate a 10,000-clip backup (no writes)', 'ms', await repeat(5, 1, () => timed(() => parseBackup(text)))));
  log('  parseBackup: done');

  const importSamples = await repeat(3, 1, async () => {
    await emptyDatabase();
    return timed(() => importBackup(text));
  });
  figures.push(figure('Backup (Node)', 'importBackup 10,000 clips into an empty database', 'ms', importSamples, { budget: IMPORT_BUDGET, note }));
  log('  importBackup: done');

  // The same file again: everything is compared, nothing is written.
  const again = await repeat(3, 0, () => timed(() => importBackup(text)));
  figures.push(figure('Backup (Node)', 'importBackup the same 10,000 clips again (adds nothing)', 'ms', again, { note }));
  const count = await db.clips.count();
  if (count !== 10_000) throw new Error(`import stored ${count} clips, expected 10,000`);

  const exportSamples = await repeat(5, 1, () => timed(async () => JSON.stringify(await createBackup(), null, 2)));
  figures.push(figure('Backup (Node)', 'createBackup + JSON of 10,000 clips (Download backup)', 'ms', exportSamples, { note: 'fake-indexeddb' }));
  log('  createBackup: done');
  await emptyDatabase();
  db.close();
  return figures;
}

/**
 * A full garbage collection now. Node runs the bench without --expose-gc, so the flag is
 * set at run time and `gc` taken from a fresh context, where V8 then defines it.
 */
function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  const collect: unknown = runInNewContext('gc');
  if (typeof collect !== 'function') throw new Error('V8 did not expose gc');
  return () => void collect();
}

/** Milliseconds V8 paused for garbage collection, summed from `start()` until `stop()`. */
function gcPauses(): { start(): Promise<void>; stop(): Promise<number> } {
  let paused = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) paused += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  // GC entries are delivered asynchronously: let those of earlier collections in first.
  const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    async start() {
      await delivered();
      paused = 0;
    },
    async stop() {
      await delivered();
      return paused;
    },
  };
}

const EXPORT_SIZES = [10_000, 50_000] as const;

/**
 * Export against JSON.stringify of the same trip and clips, at 10,000 and 50,000 clips,
 * and whether the renderer stays linear (time per clip at 50,000 against 10,000).
 *
 * Fair to both sizes: both data sets are generated first, so every sample runs on the
 * same heap; the sizes alternate within each round (the order swapping every round),
 * after the same warm-up rounds, so neither is timed while the renderer still compiles;
 * and a full collection runs before every sample, so no sample pays for the garbage of
 * the one before it. What a render collects of its own garbage stays in its time, and is
 * also shown apart (GC paused), with the heap in use.
 */
export async function exportRatios(log: (line: string) => void): Promise<(Ratio | Figure)[]> {
  const options = resolveExportOptions({}, '2024-06-01');
  const collect = garbageCollector();
  const pauses = gcPauses();
  const data = EXPORT_SIZES.map((size) => {
    const { trips, clips } = generateDataset({ clips: size, seed: SEED, trips: 1 });
    const trip = trips[0];
    if (trip === undefined) throw new Error('no trip generated');
    return { size, trip, clips };
  });
  const samples = data.map(() => ({ render: [] as number[], stringify: [] as number[], renderGc: [] as number[], renderCpu: [] as number[] }));
  const rounds = 7;
  for (let round = -2; round < rounds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) {
      const { trip, clips } = data[index] as (typeof data)[number];
      const into = samples[index] as (typeof samples)[number];
      collect();
      await pauses.start();
      const cpuBefore = process.cpuUsage();
      const render = await timed(() => renderReport(trip, clips, options));
      const cpu = process.cpuUsage(cpuBefore);
      const renderGc = await pauses.stop();
      collect();
      const stringify = await timed(() => JSON.stringify({ trip, clips }));
      if (round < 0) continue;
      into.render.push(render);
      into.renderGc.push(renderGc);
      into.renderCpu.push((cpu.user + cpu.system) / 1000);
      into.stringify.push(stringify);
    }
  }
  collect();
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  log(`  export: done (heap in use with both data sets: ${heapMb.toFixed(0)} MB)`);

  const out: (Ratio | Figure)[] = [];
  const perClip = new Map<number, Figure>();
  const cpuPerClip = new Map<number, Figure>();
  data.forEach(({ size }, index) => {
    const { render, stringify, renderGc, renderCpu } = samples[index] as (typeof samples)[number];
    const n = size.toLocaleString('en-US');
    const real = figure('Export', `renderReport, ${n} clips`, 'ms', render);
    out.push(ratio('Export', `renderReport, ${n} clips (jekyll, rating layout)`, real, figure('Export', 'floor: JSON.stringify of the same trip and clips', 'ms', stringify)));
    out.push(
      figure('Export', `renderReport, ${n} clips: of which GC paused`, 'ms', renderGc, {
        note: `full collection before every sample; heap in use ${heapMb.toFixed(0)} MB (both data sets)`,
      }),
    );
    perClip.set(size, figure('Export', `renderReport per 10,000 clips, at ${n}`, 'ms', render.map((ms) => (ms * 10_000) / size)));
    cpuPerClip.set(size, figure('Export', `renderReport CPU time per 10,000 clips, at ${n}`, 'ms', renderCpu.map((ms) => (ms * 10_000) / size)));
  });
  const at10 = perClip.get(10_000);
  const at50 = perClip.get(50_000);
  if (at10 !== undefined && at50 !== undefined) {
    out.push(
      ratio('Export', 'renderReport time per clip at 50,000 against at 10,000 (linear: 1x)', at50, at10, {
        target: 1.25,
        note: 'paired: the two sizes ran one after the other in each round, on the same heap',
      }),
    );
  }
  const cpu10 = cpuPerClip.get(10_000);
  const cpu50 = cpuPerClip.get(50_000);
  if (cpu10 !== undefined && cpu50 !== undefined) {
    out.push(
      ratio('Export', 'renderReport CPU time per clip at 50,000 against at 10,000 (linear: 1x)', cpu50, cpu10, {
        note: "the process's CPU time (GC threads included) during the render: what the machine's other users take is left out",
      }),
    );
  }
  return out;
}
