/** Reads the schedule samples in tests/fixtures/schedules/ for the schedule tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSchedule } from '../../../schedule/parse';
import type { Schedule, ScheduleTalk } from '../../../schedule/model';

const folder = fileURLToPath(new URL('../../fixtures/schedules/', import.meta.url));

export function fixtureText(fileName: string): string {
  return readFileSync(folder + fileName, 'utf8');
}

const parsed = new Map<string, Schedule>();

/** The sample parsed with that Conference time zone (once per file and zone: FOSDEM's takes a while). */
export function parseFixture(fileName: string, timeZone = 'Europe/Berlin'): Schedule {
  const key = `${fileName} ${timeZone}`;
  let schedule = parsed.get(key);
  if (!schedule) {
    schedule = parseSchedule({ text: fixtureText(fileName), fileName: fileName.split('/').pop() }, { timeZone });
    parsed.set(key, schedule);
  }
  return schedule;
}

export function talkTitled(schedule: Schedule, title: string): ScheduleTalk {
  const talk = schedule.talks.find((candidate) => candidate.title === title);
  if (!talk) throw new Error(`no talk titled ${title}`);
  return talk;
}

/** The message of the ScheduleImportError that parsing throws (fails the test when none is thrown). */
export function refusal(text: string, fileName?: string, timeZone = 'Europe/Berlin'): string {
  try {
    parseSchedule({ text, fileName }, { timeZone });
  } catch (error) {
    if (error instanceof Error && error.name === 'ScheduleImportError') return error.message;
    throw error;
  }
  throw new Error('the schedule was accepted');
}
