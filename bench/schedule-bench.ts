/**
 * Schedule import and matching times (not a test: tests never measure time).
 *   npx tsx bench/schedule-bench.ts
 * Prints, for every sample in tests/fixtures/schedules/, the time parseSchedule takes
 * (the first, cold run in this process, then the median of the warm runs), and the
 * time findTalk takes for 1,000 clips on the largest sample (FOSDEM 2021, 773 talks in
 * 108 rooms): on a freshly imported schedule (the first batch builds the per-room
 * index) and again on the same one. Medians; the very first run of each is shown apart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { findTalk } from '../schedule/match';
import { parseSchedule } from '../schedule/parse';

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
