/**
 * Schedule import and matching times (not a test: tests never measure time).
 *   npx tsx bench/schedule-bench.ts
 * Prints, for every sample in tests/fixtures/schedules/, the time parseSchedule takes
 * (the first, cold run in this process, then the median of the warm runs), and the
 * time findTalk takes for 1,000 clips on the largest sample (FOSDEM 2021, 773 talks in
 * 108 rooms): on a freshly imported schedule (the first batch builds the per-room
 * index) and again on the same one. Medians; the very first run of each is shown apart.
 *
 * Then the app's storage path, in Node on fake-indexeddb (an in-memory IndexedDB written in
 * JavaScript, slower than a browser's): what Import schedule does with the largest sample
 * (parseSchedule, then saveSchedule: validate, store, settle the streams' rooms, match the
 * trip's clips, one transaction) into a trip without clips and into one with 1,000 clips on
 * its rooms' streams; and Match to schedule (matchTripClips) on those 1,000 clips, both when
 * every clip gets named (1,000 reads, matches and writes) and when all are already named
 * (reads and matches, no write). A fresh database each run; the setup is not timed.
 */
// First: the storage modules below must see the in-memory IndexedDB when Dexie loads.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Clip } from '../model/types';
import { findTalk } from '../schedule/match';
import { parseSchedule } from '../schedule/parse';
import type { Schedule } from '../schedule/model';
import { saveCapturedClip } from '../storage/clips';
import { db } from '../storage/db';
import { matchTripClips, saveSchedule } from '../storage/schedules';
import { createTrip } from '../storage/trips';

const folder = new URL('../tests/fixtures/schedules/', import.meta.url);
const samples = readdirSync(folder).filter((name) => /\.(json|xml|ics)$/.test(name) && !name.startsWith('c3voc'));
const RUNS = Number(process.env.RUNS ?? 7);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

console.log(`load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}, ${RUNS} warm runs each`);
for (const name of samples) {
  const text = readFileSync(new URL(name, folder), 'utf8');
  const times: number[] = [];
  let talks = 0;
  for (let run = 0; run <= RUNS; run += 1) {
    const started = performance.now();
    talks = parseSchedule({ text, fileName: name }, { timeZone: 'Europe/Brussels' }).talks.length;
    times.push(performance.now() - started);
  }
  const [cold, ...warm] = times;
  console.log(`parse ${name} (${(text.length / 1e6).toFixed(2)} MB, ${talks} talks): first ${ms(cold!)}, median ${ms(median(warm))}`);
}

// 1,000 clips on FOSDEM 2021: moments spread over both days' programme, in rooms that have talks.
const fosdemText = readFileSync(new URL('pentabarf-fosdem2021.schedule.xml', folder), 'utf8');
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const withIndexBuild: number[] = [];
const indexReady: number[] = [];
let matched = 0;
for (let round = 0; round <= RUNS; round += 1) {
  // A fresh schedule each round, as after an import: its first batch builds the per-room index.
  const schedule = parseSchedule({ text: fosdemText, fileName: 'fosdem.xml' }, { timeZone: 'Europe/Brussels' });
  const clips = Array.from({ length: 1000 }, () => {
    const talk = schedule.talks[Math.floor(random() * schedule.talks.length)]!;
    const span = Date.parse(talk.end) - Date.parse(talk.start);
    return { room: talk.room, at: new Date(Date.parse(talk.start) + (random() * 1.4 - 0.2) * span) };
  });
  let started = performance.now();
  matched = clips.filter((clip) => findTalk(schedule, clip.room, clip.at)).length;
  withIndexBuild.push(performance.now() - started);
  started = performance.now();
  clips.forEach((clip) => findTalk(schedule, clip.room, clip.at));
  indexReady.push(performance.now() - started);
}
console.log(
  `findTalk x 1,000 clips on FOSDEM 2021 (${matched} matched): first batch on a fresh schedule (builds the index) median ${ms(median(withIndexBuild.slice(1)))} (very first ${ms(withIndexBuild[0]!)}); again on the same schedule median ${ms(median(indexReady.slice(1)))}`,
);

// The storage path (Node, fake-indexeddb).
async function freshDatabase(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}

/**
 * 1,000 clips of one trip, as captured on FOSDEM 2021's room streams: one stream a room and
 * day, titled with its room and gone live five minutes before its first talk; each clip at a
 * moment inside a random talk (the same spread as above, so some fall in breaks).
 */
async function captureThousandClips(schedule: Schedule): Promise<Clip[]> {
  const firstStart = new Map<string, number>();
  for (const talk of schedule.talks) {
    const key = `${talk.room}\n${talk.start.slice(0, 10)}`;
    firstStart.set(key, Math.min(firstStart.get(key) ?? Infinity, Date.parse(talk.start)));
  }
  const streams = [...firstStart.keys()];
  let captured = 0;
  let tries = 0;
  while (captured < 1000 && tries++ < 5000) {
    const talk = schedule.talks[Math.floor(random() * schedule.talks.length)]!;
    const key = `${talk.room}\n${talk.start.slice(0, 10)}`;
    const streamStart = firstStart.get(key)! - 5 * 60_000;
    const span = Date.parse(talk.end) - Date.parse(talk.start);
    const at = Date.parse(talk.start) + (random() * 1.4 - 0.2) * span;
    const index = streams.indexOf(key);
    const { duplicate } = await saveCapturedClip({
      videoId: `fosdem${String(index).padStart(5, '0')}`,
      seconds: Math.max(0, Math.floor((at - streamStart) / 1000)),
      liveStatus: 'was_live',
      streamTitle: `FOSDEM 2021 - ${talk.room} - ${talk.start.slice(0, 10)}`,
      channel: 'FOSDEM',
      title: `FOSDEM 2021 - ${talk.room}`,
      speakers: [],
      streamStart: new Date(streamStart).toISOString(),
    });
    if (!duplicate) captured += 1;
  }
  return db.clips.toArray();
}

async function storageFigures(): Promise<void> {
  const importEmpty: number[] = [];
  const importWithClips: number[] = [];
  const matchAll: number[] = [];
  const matchAgain: number[] = [];
  let summary = '';
  for (let round = 0; round <= RUNS; round += 1) {
    await freshDatabase();
    const probe = parseSchedule({ text: fosdemText, fileName: 'fosdem.xml' }, { timeZone: 'Europe/Brussels' });
    const clips = await captureThousandClips(probe);
    const tripId = clips[0]!.tripId;

    // Import schedule into the trip with 1,000 clips (parse + store + match all).
    let started = performance.now();
    const schedule = parseSchedule({ text: fosdemText, fileName: 'fosdem.xml' }, { timeZone: 'Europe/Brussels' });
    const imported = await saveSchedule(tripId, schedule, { fileName: 'fosdem.xml' });
    importWithClips.push(performance.now() - started);

    // Match to schedule with nothing left to change, then with every clip back as captured.
    started = performance.now();
    await matchTripClips(tripId);
    matchAgain.push(performance.now() - started);
    await db.clips.bulkPut(clips);
    started = performance.now();
    const matched = await matchTripClips(tripId);
    matchAll.push(performance.now() - started);
    summary = `${imported.matched} of ${imported.clips} clips matched at import, ${matched?.changed ?? 0} written by Match to schedule`;

    // Import schedule into a trip without clips.
    await freshDatabase();
    const trip = await createTrip({ name: 'FOSDEM 2021' });
    started = performance.now();
    await saveSchedule(trip.id, parseSchedule({ text: fosdemText, fileName: 'fosdem.xml' }, { timeZone: 'Europe/Brussels' }), { fileName: 'fosdem.xml' });
    importEmpty.push(performance.now() - started);
  }
  const line = (what: string, times: number[]) => console.log(`${what}: median ${ms(median(times.slice(1)))} (very first ${ms(times[0]!)})`);
  console.log(`storage path in Node on fake-indexeddb, FOSDEM 2021 (${summary}); load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);
  line('Import schedule (parse + saveSchedule), trip without clips', importEmpty);
  line('Import schedule (parse + saveSchedule), trip with 1,000 clips', importWithClips);
  line('Match to schedule, 1,000 clips back as captured (a write for each one named)', matchAll);
  line('Match to schedule, 1,000 clips, all already named (no write)', matchAgain);
}

await storageFigures();
