/**
 * frab-compatible `schedule.xml` (frab, pretalx, wafer) and its ancestor Pentabarf's:
 * `<schedule><conference/><day date><room name><event id guid>…`. frab and wafer give each
 * event a `<date>` with its offset; Pentabarf (FOSDEM) gives only the day's date and a
 * local `HH:MM` `<start>`, read in the trip's Conference time zone. One reader for both:
 * the elements are the same, only where the instant comes from differs.
 *
 * The XML is checked and read by schedule/xml-tree.ts (saxes).
 */
import type { Schedule, ScheduleTalk } from './model';
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
import { type XmlElement, XmlSyntaxError, childNamed, childText, childrenNamed, parseXmlTree } from './xml-tree';

/** Checks the XML is well formed (saying the line and column where it is not), then reads it. */
export function readXml(text: string, context: ParseContext): XmlElement {
  try {
    return parseXmlTree(text);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    const reason = error.reason.replace(/\.$/, '');
    if (error.atEnd && /unclosed|unexpected end|before end/i.test(reason)) {
      fail(context, 'the XML', `stops before it is complete (line ${error.line}, ${reason}): the file is cut short`);
    }
    fail(context, 'the XML', `is broken at line ${error.line}, column ${error.column} (${reason})`);
  }
}

export function isFrabXml(root: XmlElement): boolean {
  return root.name === 'schedule';
}

export function parseFrabXml(schedule: XmlElement, context: ParseContext): Schedule {
  if (!isFrabXml(schedule)) fail(context, `the root element <${schedule.name.slice(0, 50)}>`, 'is not <schedule>');
  const conference = childNamed(schedule, 'conference');
  const zoneName = childText(conference, 'time_zone_name');
  const fileZone = zoneName && isValidTimeZone(zoneName) ? zoneName : undefined;
  const timeZone = fileZone ?? context.timeZone;
  const baseUrl = safeUrl(childText(conference, 'base_url'));
  const dayChangeMs = clockToMs(childText(conference, 'day_change')) ?? 0;

  const rooms: string[] = [];
  const talks: ScheduleTalk[] = [];
  let withDates = 0;
  const days = childrenNamed(schedule, 'day');
  if (days.length === 0) fail(context, '<schedule>', 'has no <day> elements');
  for (const day of days) {
    const dayName = `<day date="${(day.attributes.date ?? '').slice(0, 40)}"> (line ${day.line})`;
    const dayDate = readDate(day.attributes.date);
    for (const roomElement of childrenNamed(day, 'room')) {
      const roomName = cleanText(roomElement.attributes.name, LIMITS.room);
      if (roomName && !rooms.includes(roomName)) rooms.push(roomName);
      for (const event of childrenNamed(roomElement, 'event')) {
        const eventName = `<event id="${(event.attributes.id ?? '').slice(0, 40)}"> at line ${event.line}`;
        if (talks.length === LIMITS.talks) fail(context, eventName, `is one talk too many (at most ${LIMITS.talks} are read)`);
        const room = cleanText(childText(event, 'room') || roomName, LIMITS.room);
        if (room && !rooms.includes(room)) rooms.push(room);

        const dateText = childText(event, 'date');
        // Read in the Conference time zone: the file names no zone, and the event no offset.
        const floating = fileZone === undefined && !(dateText && hasOffset(dateText));
        let start: Date | undefined;
        if (dateText && hasOffset(dateText)) {
          start = readDateTime(dateText, timeZone);
          if (!start) fail(context, `the <date> of ${eventName}`, 'is not a date-time');
          withDates += 1;
        } else {
          const startMs = clockToMs(childText(event, 'start'));
          if (startMs === undefined) fail(context, `the <start> of ${eventName}`, 'is not a time (HH:MM)');
          if (!dayDate) fail(context, dayName, 'has no date="YYYY-MM-DD"');
          // Before the conference's day change (e.g. 01:00 with day_change 04:00) is after midnight.
          const midnight = new Date(Date.UTC(dayDate.year, dayDate.month - 1, dayDate.day + (startMs < dayChangeMs ? 1 : 0)));
          start = wallClockToInstant(
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
        const duration = durationToMs(childText(event, 'duration'));
        if (duration === undefined) fail(context, `the <duration> of ${eventName}`, 'is not a duration (HH:MM)');
        const code = cleanText(event.attributes.guid || event.attributes.id || childText(event, 'slug'), 200);
        if (!code) fail(context, eventName, 'has neither a guid nor an id');
        const title = childNamed(event, 'title');
        if (!title) fail(context, eventName, 'has no <title>');

        const links = [...childrenNamed(childNamed(event, 'attachments'), 'attachment'), ...childrenNamed(childNamed(event, 'links'), 'link')];
        talks.push({
          code,
          title: cleanText(title.text, LIMITS.title),
          speakers: readSpeakers(childrenNamed(childNamed(event, 'persons'), 'person').map((person) => person.text)),
          room,
          start: start.toISOString(),
          end: new Date(start.getTime() + duration).toISOString(),
          type: optionalText(childText(event, 'type'), LIMITS.name),
          track: optionalText(childText(event, 'track'), LIMITS.name),
          url: safeUrl(childText(event, 'url'), baseUrl),
          // An <attachment> without text is named by its type (slides, paper, video).
          slides: readLinks(links.map((link) => ({ url: link.attributes.href, label: link.text || link.attributes.type })), baseUrl),
          ...(floating ? { floating } : {}),
        });
      }
    }
  }

  return {
    title: cleanText(childText(conference, 'title'), LIMITS.title),
    timeZone,
    rooms,
    talks,
    format: talks.length > 0 && withDates === talks.length ? 'frab-xml' : 'pentabarf-xml',
  };
}
