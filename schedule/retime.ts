/**
 * A stored schedule read again in another Conference time zone, without its file.
 *
 * Some schedules give wall-clock times and no zone (Pentabarf's `<start>10:00</start>`,
 * Sessionize's `startsAt`, iCal's floating times); the importer read those in the trip's
 * Conference time zone and marked the talks `floating`. When the zone changes, each such
 * talk shows the same wall-clock times in the new zone: exactly what importing the file
 * again would give. Talks whose file named the zone, or an offset, stay where they are.
 * Pure.
 */
import { instantToWallClock, wallClockToInstant } from '../model/time-zone';
import { byStartAndRoom } from './model';
import type { Schedule } from './model';

/** What a change of Conference time zone does to a stored schedule. */
export type RetimeOutcome =
  /** Its floating talks now read in the new zone. */
  | { kind: 'moved'; schedule: Schedule; talks: number }
  /** The file gave every time with its zone or offset: nothing to move. */
  | { kind: 'exact' }
  /** Imported before the zone it was read in was kept: only importing again can move it. */
  | { kind: 'unknown' };

function moved(instant: string, from: string, to: string): string {
  return wallClockToInstant(instantToWallClock(new Date(instant), from), to).toISOString();
}

export function retimeSchedule(schedule: Schedule, timeZone: string): RetimeOutcome {
  const from = schedule.readInTimeZone;
  if (from === undefined) return { kind: 'unknown' };
  const floating = schedule.talks.filter((talk) => talk.floating === true).length;
  if (floating === 0) return { kind: 'exact' };
  if (from === timeZone) return { kind: 'moved', schedule, talks: 0 };
  const talks = schedule.talks
    .map((talk) => (talk.floating === true ? { ...talk, start: moved(talk.start, from, timeZone), end: moved(talk.end, from, timeZone) } : talk))
    .sort(byStartAndRoom);
  return {
    kind: 'moved',
    talks: floating,
    schedule: {
      ...schedule,
      talks,
      readInTimeZone: timeZone,
      // A schedule whose own zone was the Conference time zone (it named none) follows it.
      timeZone: schedule.timeZone === from ? timeZone : schedule.timeZone,
    },
  };
}
