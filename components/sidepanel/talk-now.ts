/**
 * The talk now on in the side panel, by the rule that names a clip of this moment: from
 * the current trip's schedule when it has one, the stream has a room and the video knows
 * its broadcast's start; from the chapters otherwise. The room is `roomOfStream` (the
 * user's choice, else the room the stream's title names) and the talk `talkOfClip` (the
 * broadcast's start plus the position, then `findTalk`), the very functions the match
 * after a capture uses (schedule/apply-match.ts), so a clip taken now gets this talk.
 * Pure.
 */
import { offsetAt, clockFormatter, ianaTimeZone } from '../../model/time-zone';
import type { Link, StreamRoom, TalkKind } from '../../model/types';
import { fieldsOfTalk, roomOfStream, talkOfClip } from '../../schedule/apply-match';
import type { Schedule } from '../../schedule/model';
import { chapterTalkAt } from '../../youtube/watch';
import type { TalkNow, WatchedVideo } from '../../youtube/watch';

/** What the panel reads of the current trip for one stream. */
export interface StreamSchedule {
  schedule: Schedule;
  /** The stream's stored record (the room chosen or read), if one was written yet. */
  stream: StreamRoom | undefined;
}

/** A talk as the schedule has it: where, when (UTC instants, and the conference's zone), what. */
export interface ScheduledSlot {
  room: string;
  start: string;
  end: string;
  timeZone: string;
  kind: TalkKind;
  /** The talk page, then slides: the links a matched clip gets. */
  links: Link[];
}

export interface PanelTalk extends TalkNow {
  /** Where the talk began, in seconds of this video: a clip before it belongs to another talk. */
  startSeconds?: number;
  /** Set when the talk comes from the schedule. */
  slot?: ScheduledSlot;
  /** The stream's room, when the schedule has no talk there now (a break, a gap). */
  idleRoom?: string;
}

/** The stream's room for each answer of the panel's query and stream title: read once, not at every position. */
const roomsByPlan = new WeakMap<StreamSchedule, Map<string, string | undefined>>();

function roomOf(plan: StreamSchedule, streamTitle: string): string | undefined {
  let byTitle = roomsByPlan.get(plan);
  if (byTitle === undefined) roomsByPlan.set(plan, (byTitle = new Map()));
  if (!byTitle.has(streamTitle)) byTitle.set(streamTitle, roomOfStream(plan.stream, plan.schedule.rooms, streamTitle).room);
  return byTitle.get(streamTitle);
}

export function talkNowAt(plan: StreamSchedule | undefined, video: WatchedVideo, seconds: number): PanelTalk {
  const streamStart = video.streamStart;
  const room = plan === undefined ? undefined : roomOf(plan, video.streamTitle);
  if (plan !== undefined && room !== undefined && streamStart !== undefined) {
    const talk = talkOfClip({ streamStart, seconds }, plan.schedule, room);
    if (talk === undefined) return { ...chapterTalk(video, seconds), idleRoom: room };
    const { timeZone } = plan.schedule;
    const fields = fieldsOfTalk(talk, timeZone);
    return {
      title: fields.title,
      speakers: fields.speakers,
      startSeconds: Math.ceil((Date.parse(talk.start) - Date.parse(streamStart)) / 1000),
      slot: { room, start: talk.start, end: talk.end, timeZone, kind: fields.kind, links: fields.links },
    };
  }
  return chapterTalk(video, seconds);
}

function chapterTalk(video: WatchedVideo, seconds: number): PanelTalk {
  const talk: PanelTalk = chapterTalkAt(video, seconds);
  if (talk.chapter !== undefined) talk.startSeconds = talk.chapter.seconds;
  return talk;
}

function clockRange(slot: ScheduledSlot, timeZone: string): string {
  const clock = clockFormatter(timeZone);
  return `${clock.format(new Date(slot.start))}–${clock.format(new Date(slot.end))}`;
}

/**
 * When the talk is on: `09:30–10:00 Europe/Berlin`, in the conference's zone, followed by
 * the viewer's own clock where it differs (`09:30–10:00 Europe/Berlin, 08:30–09:00 here`).
 */
export function slotTime(slot: ScheduledSlot, viewerTimeZone: string): string {
  const zone = ianaTimeZone(slot.timeZone);
  const there = `${clockRange(slot, zone)} ${zone}`;
  const start = Date.parse(slot.start);
  let sameClock: boolean;
  try {
    sameClock = offsetAt(start, zone) === offsetAt(start, viewerTimeZone);
  } catch {
    sameClock = true;
  }
  return sameClock ? there : `${there}, ${clockRange(slot, viewerTimeZone)} here`;
}
