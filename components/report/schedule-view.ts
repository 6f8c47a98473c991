/**
 * Pure helpers of the report page's schedule parts: the Schedule view's days and rooms,
 * the sentences the schedule controls say, and the time zone choices. No DOM, no storage.
 */
import type { Clip } from '../../model/types';
import { formatDay } from '../../model/day';
import { clockFormatter, dayInTimeZone, isValidTimeZone } from '../../model/time-zone';
import { timeZoneNameChoices } from '../../model/time-zone-names';
import { isBreak } from '../../schedule/match';
import type { Schedule, ScheduleTalk } from '../../schedule/model';
import type { MatchSummary, TimeZoneChange } from '../../storage/schedules';

export interface ViewTalk {
  talk: ScheduleTalk;
  /** `09:30`, in the conference's time zone. */
  time: string;
  isBreak: boolean;
  /** The trip's clips of this talk, earliest first. */
  clips: Clip[];
}

export interface ViewRoom {
  room: string;
  talks: ViewTalk[];
}

export interface ViewDay {
  /** YYYY-MM-DD in the conference's time zone */
  day: string;
  /** `Monday, 14 December 2020` (model/day.ts, as the export's day headings) */
  label: string;
  rooms: ViewRoom[];
  clippedCount: number;
}

/**
 * The schedule by day, then room (in the schedule's room order), then start time, with
 * the trip's clips of each talk (by the talk code a match stored).
 */
export function scheduleDays(schedule: Schedule, clips: readonly Clip[]): ViewDay[] {
  const clipsByCode = new Map<string, Clip[]>();
  for (const clip of clips) {
    if (clip.talkCode === undefined) continue;
    const list = clipsByCode.get(clip.talkCode);
    if (list) list.push(clip);
    else clipsByCode.set(clip.talkCode, [clip]);
  }
  const format = clockFormatter(schedule.timeZone);
  const roomOrder = new Map(schedule.rooms.map((room, index) => [room, index]));
  const days = new Map<string, Map<string, ViewTalk[]>>();
  const sorted = [...schedule.talks].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  for (const talk of sorted) {
    const day = dayInTimeZone(talk.start, schedule.timeZone) ?? talk.start.slice(0, 10);
    let rooms = days.get(day);
    if (!rooms) days.set(day, (rooms = new Map()));
    let list = rooms.get(talk.room);
    if (!list) rooms.set(talk.room, (list = []));
    const own = (clipsByCode.get(talk.code) ?? []).slice().sort((a, b) => a.seconds - b.seconds);
    list.push({ talk, time: format.format(new Date(talk.start)), isBreak: isBreak(talk), clips: own });
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, rooms]) => {
      const roomList = [...rooms.entries()]
        .sort(([a], [b]) => (roomOrder.get(a) ?? Infinity) - (roomOrder.get(b) ?? Infinity) || a.localeCompare(b))
        .map(([room, talks]) => ({ room, talks }));
      const clippedCount = roomList.reduce((sum, room) => sum + room.talks.filter((talk) => talk.clips.length > 0).length, 0);
      return { day, label: formatDay(day), rooms: roomList, clippedCount };
    });
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** What Import schedule / Load say when the schedule is stored. */
export function importedMessage(schedule: Schedule, summary: MatchSummary): string {
  const what = `Imported “${schedule.title.trim() || 'the schedule'}”: ${plural(schedule.talks.length, 'talk')} in ${plural(schedule.rooms.length, 'room')}.`;
  return `${what} ${matchedMessage(summary)}`;
}

/** What a change of the Conference time zone says, with what it did to the schedule. */
export function zoneChangedMessage(timeZone: string, change: TimeZoneChange): string {
  const set = `Conference time zone set to ${timeZone}.`;
  switch (change.schedule) {
    case 'none':
      return set;
    case 'exact':
      return `${set} The schedule gives its own time zone, so its times stay as they are.`;
    case 'unknown':
      return `${set} Import the schedule again to read its times in this zone.`;
    case 'moved':
      return change.talks === 0
        ? `${set} ${matchedMessage(change.summary)}`
        : `${set} The schedule's ${plural(change.talks, 'talk')} without a time zone of their own now read in ${timeZone}. ${matchedMessage(change.summary)}`;
  }
}

/** What Match to schedule says. */
export function matchedMessage(summary: MatchSummary): string {
  if (summary.clips === 0) return 'This trip has no clips to match yet.';
  return `${summary.matched.toLocaleString('en-US')} of ${plural(summary.clips, 'clip')} matched to a talk of the schedule.`;
}

/**
 * The zones this browser knows by their current IANA names (Chromium lists some by older
 * ones: `Asia/Calcutta`), with UTC, sorted; `current` is kept (by its current name) if missing.
 */
export function timeZoneChoices(current: string): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return timeZoneNameChoices(supported, current, isValidTimeZone);
}
