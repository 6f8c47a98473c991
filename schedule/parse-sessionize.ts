/**
 * Sessionize `api/v2/<id>/view/All` JSON: `sessions`, `rooms`, `speakers`, `categories`,
 * joined by id. `startsAt`/`endsAt` are the event's local wall clock without an offset,
 * so they are read in the trip's Conference time zone. A session's format ("Lightning
 * talk", "Session") and track come from its category items.
 */
import type { Schedule, ScheduleTalk } from './model';
import { LIMITS, type ParseContext, cleanText, fail, hasOffset, optionalText, readDateTime, readSpeakers } from './read-values';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isSessionizeAll(data: unknown): boolean {
  return isObject(data) && Array.isArray(data.sessions) && Array.isArray(data.rooms);
}

export function parseSessionize(data: unknown, context: ParseContext): Schedule {
  if (!isSessionizeAll(data)) fail(context, 'the top level', 'has no "sessions" and "rooms" lists');
  const root = data as Json;
  const roomsById = new Map<string, string>();
  (root.rooms as unknown[]).forEach((room, index) => {
    if (!isObject(room)) fail(context, `rooms[${index}]`, 'is not a room');
    const name = cleanText(room.name, LIMITS.room);
    if (!name) fail(context, `rooms[${index}].name`, 'is missing');
    roomsById.set(String(room.id), name);
  });
  const speakersById = new Map<string, string>();
  if (Array.isArray(root.speakers)) {
    for (const speaker of root.speakers) {
      if (!isObject(speaker)) continue;
      const name = cleanText(speaker.fullName ?? `${String(speaker.firstName ?? '')} ${String(speaker.lastName ?? '')}`, LIMITS.name);
      if (name) speakersById.set(String(speaker.id), name);
    }
  }
  // Category item id → [the category's title, the item's name].
  const categoryItems = new Map<string, [string, string]>();
  if (Array.isArray(root.categories)) {
    for (const category of root.categories) {
      if (!isObject(category) || !Array.isArray(category.items)) continue;
      for (const item of category.items) {
        if (isObject(item)) categoryItems.set(String(item.id), [cleanText(category.title, LIMITS.name), cleanText(item.name, LIMITS.name)]);
      }
    }
  }
  const pick = (ids: unknown, title: RegExp): string | undefined => {
    if (!Array.isArray(ids)) return undefined;
    for (const id of ids) {
      const entry = categoryItems.get(String(id));
      if (entry && title.test(entry[0]) && entry[1]) return entry[1];
    }
    return undefined;
  };

  const talks: ScheduleTalk[] = [];
  (root.sessions as unknown[]).forEach((session, index) => {
    const path = `sessions[${index}]`;
    if (!isObject(session)) fail(context, path, 'is not a session');
    if (talks.length === LIMITS.talks) fail(context, path, `is one talk too many (at most ${LIMITS.talks} are read)`);
    // Accepted but not yet scheduled sessions have no time or room: they were not given.
    if (session.startsAt === null && session.endsAt === null) return;
    const start = readDateTime(session.startsAt, context.timeZone);
    if (!start) fail(context, `${path}.startsAt`, 'is not a date-time');
    const end = readDateTime(session.endsAt, context.timeZone);
    if (!end) fail(context, `${path}.endsAt`, 'is not a date-time');
    const room = roomsById.get(String(session.roomId));
    if (room === undefined) fail(context, `${path}.roomId`, `is ${JSON.stringify(session.roomId)}, which is not in "rooms"`);
    const code = cleanText(session.id, 200);
    if (!code) fail(context, `${path}.id`, 'is missing');
    const speakerIds = Array.isArray(session.speakers) ? session.speakers : [];
    talks.push({
      code,
      title: cleanText(session.title, LIMITS.title),
      speakers: readSpeakers(speakerIds.map((id) => (isObject(id) ? id.name : speakersById.get(String(id))))),
      room,
      start: start.toISOString(),
      end: end.toISOString(),
      type: optionalText(pick(session.categoryItems, /format|type/i), LIMITS.name),
      track: optionalText(pick(session.categoryItems, /track|categor|topic/i), LIMITS.name),
      slides: [],
      // Sessionize writes local times without an offset: read in the Conference time zone.
      ...(typeof session.startsAt === 'string' && !hasOffset(session.startsAt) ? { floating: true } : {}),
    });
  });

  return { title: '', timeZone: context.timeZone, rooms: [...new Set(roomsById.values())], talks, format: 'sessionize' };
}
