/**
 * The figures measured in Node: the pure Markdown renderer, and backup import / export
 * through the real storage code on fake-indexeddb (an in-memory IndexedDB written in
 * JavaScript: slower than a browser's, so those two are indicative; the browser figures
 * in browser-bench.ts are the ones judged against the budget).
 */
// First: every module below must see the in-memory IndexedDB when Dexie loads.
import 'fake-indexeddb/auto';
import { resolveExportOptions } from '../markdown/export-options';
import type { ReportLayout } from '../markdown/export-options';
import { renderReport } from '../markdown/render-report';
import { BACKUP_FORMAT, BACKUP_VERSION, createBackup, importBackup, parseBackup } from '../storage/backup';
import type { BackupFile } from '../storage/backup';
import { db } from '../storage/db';
import { generateDataset } from './generate';
import { figure, interleave, ratio, repeat, timed } from './measure';
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
 * Export against JSON.stringify of the same trip and clips, alternately, at 10,000 and
 * 50,000 clips (two warm-up rounds each: the first renders compile the renderer); and
 * whether the renderer stays linear (time per clip at 50,000 against 10,000).
 */
export async function exportRatios(log: (line: string) => void): Promise<Ratio[]> {
  const options = resolveExportOptions({}, '2024-06-01');
  const ratios: Ratio[] = [];
  const perClip = new Map<number, Figure>();
  for (const size of [10_000, 50_000]) {
    const { trips, clips } = generateDataset({ clips: size, seed: SEED, trips: 1 });
    const trip = trips[0];
    if (trip === undefined) throw new Error('no trip generated');
    const samples = await interleave(5, 2, {
      render: () => timed(() => renderReport(trip, clips, options)),
      stringify: () => timed(() => JSON.stringify({ trip, clips })),
    });
    const n = size.toLocaleString('en-US');
    const real = figure('Export', `renderReport, ${n} clips`, 'ms', samples.render);
    ratios.push(ratio('Export', `renderReport, ${n} clips (jekyll, rating layout)`, real, figure('Export', 'floor: JSON.stringify of the same trip and clips', 'ms', samples.stringify)));
    perClip.set(size, figure('Export', `renderReport per 10,000 clips, at ${n}`, 'ms', samples.render.map((ms) => (ms * 10_000) / size)));
    log(`  export ${n}: done`);
  }
  const at10 = perClip.get(10_000);
  const at50 = perClip.get(50_000);
  if (at10 !== undefined && at50 !== undefined) {
    const linear = ratio('Export', 'renderReport time per clip at 50,000 against at 10,000 (linear: 1x)', at50, at10, {
      target: 1.25,
      note: 'not paired runs (different data): ratio of medians',
    });
    linear.ratio = at50.median / at10.median;
    linear.withinTarget = linear.ratio <= 1.25;
    ratios.push(linear);
  }
  return ratios;
}
