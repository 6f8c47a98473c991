/**
 * findTalk: which talk a clip shows, from the stream's room and the clip's moment. Pure.
 *
 * The talk is the one in that room whose slot holds the moment. A talk that overruns
 * still counts for up to OVERRUN_MS after its end, as long as nothing else has started
 * in that room since; after that (a break, a gap) nothing is matched. Breaks, lunch and
 * coffee are never proposed.
 */
import type { Schedule, ScheduleTalk } from './model';
import { isBreak } from './talk-kind';

export { isBreak, talkKind } from './talk-kind';

/** How long after its scheduled end a talk that ran over still counts. */
export const OVERRUN_MS = 10 * 60_000;

interface Slot {
  start: number;
  end: number;
  talk: ScheduleTalk;
}

/** Per schedule: each room's talks (breaks left out), by start. Built once, on first use. */
const slotsBySchedule = new WeakMap<Schedule, Map<string, Slot[]>>();

function slotsOf(schedule: Schedule): Map<string, Slot[]> {
  let byRoom = slotsBySchedule.get(schedule);
  if (!byRoom) {
    byRoom = new Map();
    for (const talk of schedule.talks) {
      if (isBreak(talk)) continue;
      const slot = { start: Date.parse(talk.start), end: Date.parse(talk.end), talk };
      const list = byRoom.get(talk.room);
      if (list) list.push(slot);
      else byRoom.set(talk.room, [slot]);
    }
    for (const list of byRoom.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
    slotsBySchedule.set(schedule, byRoom);
  }
  return byRoom;
}

export function findTalk(schedule: Schedule, room: string, at: Date): ScheduleTalk | undefined {
  const moment = at.getTime();
  if (!room || Number.isNaN(moment)) return undefined;
  const slots = slotsOf(schedule).get(room);
  if (!slots) return undefined;
  // Binary search: the number of talks that started at or before the moment.
  let low = 0;
  let high = slots.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (slots[middle]!.start <= moment) low = middle + 1;
    else high = middle;
  }
  if (low === 0) return undefined;
  // A talk whose slot holds the moment; of several, the one that started last.
  for (let index = low - 1; index >= 0; index -= 1) {
    const slot = slots[index]!;
    if (moment < slot.end) return slot.talk;
    // Slots are by start; one that began over a day before is not a talk still running.
    if (moment - slot.start > 86_400_000) break;
  }
  // None: the talk that started last may be running over, for OVERRUN_MS after its end.
  const last = slots[low - 1]!;
  return moment < last.end + OVERRUN_MS ? last.talk : undefined;
}
