/**
 * A clip and a conference schedule -> what the clip should say. Pure: no browser APIs,
 * no storage. The storage layer (storage/schedules.ts) reads the clips, asks this module
 * for each clip's changes and writes them.
 *
 * - The moment of a clip is the broadcast's actual start (`streamStart`) plus the clip's
 *   offset; the talk is the one the schedule has in the stream's room at that moment
 *   (findTalk: slots, overruns, breaks).
 * - A match fills title, speakers, kind, day and links ("talk page", then "slides",
 *   "recording", "paper" or the schedule's own label: link-label.ts) and
 *   remembers the talk's code, but never a field listed in the clip's `editedFields`.
 * - A clip that matches no talk (any more) only loses its talk code: what an earlier
 *   match filled stays, since the writer may have built on it.
 */
import { MATCHED_FIELDS } from '../model/constants';
import type { Clip, Link, MatchedField, RoomSource, TalkKind } from '../model/types';
import { clipLinksOf } from './link-label';
import type { Schedule, ScheduleTalk } from './model';
import { findTalk, talkKind } from './match';
import { roomForStreamTitle } from './rooms';
import { dayInTimeZone } from '../model/time-zone';

/** Label of the link to the talk's page on the conference site. */
export const TALK_PAGE_LABEL = 'talk page';

/** The fields of a clip a match may fill, plus the matched talk's code. */
export type MatchChanges = Partial<Pick<Clip, MatchedField>> & { talkCode?: string | undefined };

/** The instant a clip shows: stream start + offset; undefined without a known stream start. */
export function clipMoment(clip: Pick<Clip, 'streamStart' | 'seconds'>): Date | undefined {
  if (clip.streamStart === undefined) return undefined;
  const start = Date.parse(clip.streamStart);
  if (!Number.isFinite(start)) return undefined;
  return new Date(start + clip.seconds * 1000);
}

/** The talk's page, then the links the schedule gives (slides, recordings, papers…), each URL once. */
export function talkLinks(talk: ScheduleTalk): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  const add = (label: string, url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    links.push({ label, url });
  };
  if (talk.url !== undefined) add(TALK_PAGE_LABEL, talk.url);
  for (const link of clipLinksOf(talk.slides)) add(link.label, link.url);
  return links;
}

export interface TalkFields {
  title: string;
  speakers: string[];
  kind: TalkKind;
  day?: string;
  links: Link[];
}

/** What a clip of `talk` says, the day taken in the conference's time zone. */
export function fieldsOfTalk(talk: ScheduleTalk, timeZone: string): TalkFields {
  const fields: TalkFields = { title: talk.title, speakers: [...talk.speakers], kind: talkKind(talk), links: talkLinks(talk) };
  const day = dayInTimeZone(talk.start, timeZone);
  if (day !== undefined) fields.day = day;
  return fields;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The changes that make `clip` say what `talk` says, leaving edited fields alone;
 * `null` when nothing changes. No talk: only the talk code goes (see the module note).
 */
export function matchChanges(clip: Clip, talk: ScheduleTalk | undefined, timeZone: string): MatchChanges | null {
  if (talk === undefined) return clip.talkCode === undefined ? null : { talkCode: undefined };
  const fields = fieldsOfTalk(talk, timeZone);
  const edited = new Set(clip.editedFields ?? []);
  const changes: MatchChanges = {};
  for (const field of MATCHED_FIELDS) {
    if (edited.has(field)) continue;
    const value = fields[field];
    if (value === undefined || same(value, clip[field])) continue;
    Object.assign(changes, { [field]: value });
  }
  if (clip.talkCode !== talk.code) changes.talkCode = talk.code;
  return Object.keys(changes).length === 0 ? null : changes;
}

/**
 * The matched fields among `changes` that really change `clip`, added to the clip's
 * edited fields: what a user's edit (editor, bulk action) records. Undefined when the
 * clip had none and gains none.
 */
export function editedFieldsAfter(clip: Clip, changes: object): MatchedField[] | undefined {
  const edited = new Set<MatchedField>(clip.editedFields ?? []);
  const record = changes as Record<string, unknown>;
  for (const field of MATCHED_FIELDS) {
    if (!(field in record)) continue;
    const next = record[field];
    // undefined leaves a required field as is, and clears the optional day (an edit too).
    const changed = next === undefined ? field === 'day' && clip.day !== undefined : !same(next, clip[field]);
    if (changed) edited.add(field);
  }
  if (edited.size === 0) return clip.editedFields;
  return MATCHED_FIELDS.filter((field) => edited.has(field));
}

/** The room of a stream: the user's choice, else the most specific room its title names. */
export function roomOfStream(
  stored: { room?: string; roomSource: RoomSource } | undefined,
  rooms: readonly string[],
  streamTitle: string,
): { room: string | undefined; roomSource: RoomSource } {
  if (stored?.roomSource === 'user') return { room: stored.room, roomSource: 'user' };
  return { room: roomForStreamTitle([...rooms], streamTitle), roomSource: 'title' };
}

/**
 * The talk on at the clip's moment in `room`, if any. A clip, or a moment of the stream
 * not clipped yet (the side panel's position): its stream start and offset are all it takes.
 */
export function talkOfClip(clip: Pick<Clip, 'streamStart' | 'seconds'>, schedule: Schedule, room: string | undefined): ScheduleTalk | undefined {
  if (room === undefined) return undefined;
  const moment = clipMoment(clip);
  return moment === undefined ? undefined : findTalk(schedule, room, moment);
}
