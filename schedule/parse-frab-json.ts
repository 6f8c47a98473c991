/**
 * pretalx and frab `schedule.json` (the c3voc schedule.json shape):
 * `schedule.conference.days[].rooms{name: events[]}`. An event's `date` carries the
 * instant (with its offset); `start` is the local HH:MM and `duration` HH:MM. Older
 * files have no `conference.time_zone_name`: the trip's Conference time zone stands in.
 */
import type { Schedule, ScheduleFormat, ScheduleTalk } from './model';
import {
  LIMITS,
  type ParseContext,
  cleanText,
  clockToMs,
  durationToMs,
  fail,
  hasOffset,
  optionalText,
  readDate,
  readDateTime,
  readLinks,
  readSpeakers,
  safeUrl,
} from './read-values';
import { isValidTimeZone, wallClockToInstant } from '../model/time-zone';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when the JSON looks like a pretalx/frab schedule.json. */
export function isFrabJson(data: unknown): boolean {
  return isObject(data) && isObject(data.schedule) && isObject(data.schedule.conference);
}

function formatOf(data: Json, firstEvent: Json | undefined): ScheduleFormat {
  const generator = isObject(data.generator) ? data.generator : isObject((data.schedule as Json).generator) ? ((data.schedule as Json).generator as Json) : undefined;
  if (generator && typeof generator.name === 'string') return /pretalx/i.test(generator.name) ? 'pretalx-json' : 'frab-json';
  // pretalx talk pages are /<event>/talk/<CODE>/; frab's are /events/<id>.html.
  const url = firstEvent && typeof firstEvent.url === 'string' ? firstEvent.url : '';
  return /\/talk\/[A-Z0-9]+\/?$/.test(url) ? 'pretalx-json' : 'frab-json';
}

export function parseFrabJson(data: unknown, context: ParseContext): Schedule {
  if (!isFrabJson(data)) fail(context, 'schedule.conference', 'is missing');
  const root = data as Json;
  const conference = (root.schedule as Json).conference as Json;
  const baseUrl = safeUrl((root.schedule as Json).base_url);
  const zoneName = typeof conference.time_zone_name === 'string' ? conference.time_zone_name.trim() : '';
  const fileZone = zoneName && isValidTimeZone(zoneName) ? zoneName : undefined;
  const timeZone = fileZone ?? context.timeZone;
  const days = conference.days;
  if (!Array.isArray(days)) fail(context, 'schedule.conference.days', 'is not a list of days');

  const rooms: string[] = [];
  const addRoom = (name: string) => {
    if (name && !rooms.includes(name)) rooms.push(name);
  };
  if (Array.isArray(conference.rooms)) {
    conference.rooms.forEach((room) => addRoom(cleanText(isObject(room) ? room.name : undefined, LIMITS.room)));
  }

  const talks: ScheduleTalk[] = [];
  let firstEvent: Json | undefined;
  days.forEach((day, dayIndex) => {
    const dayPath = `schedule.conference.days[${dayIndex}]`;
    if (!isObject(day)) fail(context, dayPath, 'is not a day');
    const dayDate = readDate(day.date);
    if (!isObject(day.rooms)) fail(context, `${dayPath}.rooms`, 'is not a map of rooms');
    for (const [roomKey, events] of Object.entries(day.rooms)) {
      const roomPath = `${dayPath}.rooms[${JSON.stringify(roomKey)}]`;
      if (!Array.isArray(events)) fail(context, roomPath, 'is not a list of talks');
      events.forEach((event, eventIndex) => {
        const path = `${roomPath}[${eventIndex}]`;
        if (!isObject(event)) fail(context, path, 'is not a talk');
        firstEvent ??= event;
        if (talks.length === LIMITS.talks) fail(context, path, `is one talk too many (at most ${LIMITS.talks} are read)`);
        const room = cleanText(typeof event.room === 'string' && event.room.trim() ? event.room : roomKey, LIMITS.room);
        addRoom(room);
        const start = eventStart(event, dayDate, day, timeZone, context, path);
        // Read in the Conference time zone: the file names no zone, and the event no offset.
        const floating = fileZone === undefined && !(typeof event.date === 'string' && hasOffset(event.date));
        const duration = durationToMs(event.duration);
        if (duration === undefined) fail(context, `${path}.duration`, 'is not a duration (HH:MM)');
        const persons = Array.isArray(event.persons) ? event.persons : [];
        const linkList = [
          ...(Array.isArray(event.attachments) ? event.attachments : []),
          ...(Array.isArray(event.links) ? event.links : []),
        ].filter(isObject);
        const code = cleanText(event.guid ?? event.code ?? event.id ?? event.slug, 200);
        if (!code) fail(context, path, 'has neither a guid nor an id');
        if (typeof event.title !== 'string') fail(context, `${path}.title`, 'is missing');
        talks.push({
          code,
          title: cleanText(event.title, LIMITS.title),
          speakers: readSpeakers(persons.map((person) => (isObject(person) ? (person.public_name ?? person.name ?? person.full_public_name) : person))),
          room,
          start: start.toISOString(),
          end: new Date(start.getTime() + duration).toISOString(),
          type: optionalText(event.type, LIMITS.name),
          track: optionalText(event.track, LIMITS.name),
          url: safeUrl(event.url, baseUrl),
          slides: readLinks(linkList.map((link) => ({ url: link.url ?? link.href, label: link.title ?? link.label })), baseUrl),
          ...(floating ? { floating } : {}),
        });
      });
    }
  });

  return {
    title: cleanText(conference.title ?? conference.acronym, LIMITS.title),
    timeZone,
    rooms,
    talks,
    format: formatOf(root, firstEvent),
  };
}

function eventStart(event: Json, dayDate: ReturnType<typeof readDate>, day: Json, timeZone: string, context: ParseContext, path: string): Date {
  if (typeof event.date === 'string' && hasOffset(event.date)) {
    const instant = readDateTime(event.date, timeZone);
    if (instant) return instant;
    fail(context, `${path}.date`, 'is not a date-time');
  }
  if (typeof event.date === 'string') {
    const local = readDateTime(event.date, timeZone);
    if (local) return local;
  }
  // No usable date: the day's date plus the local start; a start before the day's own
  // start hour (e.g. 01:00 on a day starting 09:00) is after midnight, on the next date.
  const startMs = clockToMs(event.start);
  if (startMs === undefined) fail(context, `${path}.start`, 'is not a time (HH:MM)');
  if (!dayDate) fail(context, `${path.replace(/\.rooms.*$/, '')}.date`, 'is not a date (YYYY-MM-DD)');
  const dayStart = typeof day.day_start === 'string' ? /T(\d{2}:\d{2})/.exec(day.day_start)?.[1] : undefined;
  const dayStartMs = clockToMs(dayStart) ?? 0;
  const nextDay = startMs < dayStartMs ? 1 : 0;
  const midnight = new Date(Date.UTC(dayDate.year, dayDate.month - 1, dayDate.day + nextDay));
  return wallClockToInstant(
    {
      year: midnight.getUTCFullYear(),
      month: midnight.getUTCMonth() + 1,
      day: midnight.getUTCDate(),
      hour: Math.floor(startMs / 3_600_000),
      minute: Math.floor(startMs / 60_000) % 60,
    },
    timeZone,
  );
}
