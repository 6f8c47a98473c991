/**
 * Node-level stress (issue #6): 10,000 generated clips through the exporter and a backup
 * round trip on fake-indexeddb, with nothing lost or changed. Not timed.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate';
import { BUILT_IN_LAYOUTS, resolveExportOptions } from '../../../markdown/export-options';
import { LAYOUT_TEMPLATES } from '../../../markdown/template/layout-templates';
import { renderReport } from '../../../markdown/render-report';
import type { Clip, Trip } from '../../../model/types';
import { BACKUP_FORMAT, BACKUP_VERSION, createBackup, importBackup } from '../../../storage/backup';
import { db } from '../../../storage/db';
import { listClipsOfTrip, countClipsOfTrip } from '../../../storage/clips';

const { trips, clips } = generateDataset({ clips: 10_000, seed: 6_006 });

function byId<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function backupText(data: { trips: Trip[]; clips: Clip[] }): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2024-06-01T12:00:00.000Z', ...data, settings: [] });
}

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
});

describe('10,000 clips', () => {
  it('export: every layout writes every talk link of the trip exactly once', () => {
    const { trips: [trip], clips: big } = generateDataset({ clips: 10_000, seed: 77, trips: 1 });
    if (trip === undefined) throw new Error('no trip');
    const expected = big.map((clip) => `${clip.videoId}?t=${clip.seconds}`).sort();
    for (const layout of BUILT_IN_LAYOUTS) {
      const { markdown, filename } = renderReport(trip, big, resolveExportOptions({ layout, linkStyle: 'share' }, '2024-06-01'));
      expect(filename).toMatch(/^2024-06-01-[a-z0-9-]+\.md$/);
      const links = (markdown.match(/https:\/\/(?:www\.youtube\.com\/live\/|youtu\.be\/)[A-Za-z0-9_-]{11}\?t=\d+/g) ?? []).map((link) =>
        link.replace(/^.*\/([A-Za-z0-9_-]{11}\?t=\d+)$/, '$1'),
      );
      expect(links.sort(), layout).toEqual(expected);
    }
  });

  it('export: a custom template (the rating layout as a template) writes every talk link exactly once', () => {
    const { trips: [trip], clips: big } = generateDataset({ clips: 10_000, seed: 77, trips: 1 });
    if (trip === undefined) throw new Error('no trip');
    const { markdown } = renderReport(trip, big, resolveExportOptions({ layout: 'template', template: LAYOUT_TEMPLATES.rating }, '2024-06-01'));
    const links = markdown.match(/https:\/\/(?:www\.youtube\.com\/live\/|youtu\.be\/)[A-Za-z0-9_-]{11}\?t=\d+/g) ?? [];
    const expected = big.map((clip) => `${clip.videoId}?t=${clip.seconds}`).sort();
    expect(links.map((link) => link.replace(/^.*\/([A-Za-z0-9_-]{11}\?t=\d+)$/, '$1')).sort()).toEqual(expected);
  }, 120_000);

  it('backup: import, download and import again into an empty database changes nothing', async () => {
    const summary = await importBackup(backupText({ trips, clips }));
    expect(summary).toMatchObject({ tripsAdded: trips.length, clipsAdded: 10_000, tripsUpdated: 0, clipsUpdated: 0 });
    const first = trips[0];
    if (first === undefined) throw new Error('no trip');
    expect(await countClipsOfTrip(first.id)).toBe(clips.filter((clip) => clip.tripId === first.id).length);
    expect(await listClipsOfTrip(first.id, { limit: 50 })).toHaveLength(50);

    const backup = await createBackup(new Date('2024-06-02T00:00:00.000Z'));
    expect(byId(backup.trips)).toEqual(byId(trips));
    expect(byId(backup.clips)).toEqual(byId(clips));

    // Importing the same data again adds nothing.
    const again = await importBackup(JSON.stringify(backup));
    expect(again).toMatchObject({ tripsAdded: 0, clipsAdded: 0, tripsUpdated: 0, clipsUpdated: 0, unchanged: trips.length + 10_000 });

    // Into an empty database: the very same rows come back.
    db.close();
    await db.delete();
    await db.open();
    await importBackup(JSON.stringify(backup, null, 2));
    expect(byId(await db.trips.toArray())).toEqual(byId(trips));
    expect(byId(await db.clips.toArray())).toEqual(byId(clips));
  }, 120_000);

  it('backup: one bad clip among 10,000 refuses the whole file and writes nothing', async () => {
    const broken = clips.map((clip, index) => (index === 9_999 ? { ...clip, seconds: -1 } : clip));
    await expect(importBackup(backupText({ trips, clips: broken }))).rejects.toThrow(/clips\[9999\]\.seconds/);
    expect(await db.clips.count()).toBe(0);
    expect(await db.trips.count()).toBe(0);
  }, 60_000);
});
