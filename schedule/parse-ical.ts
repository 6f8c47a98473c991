/**
 * iCalendar (.ics) schedules, read with ical.js: one VEVENT a talk, LOCATION its room.
 * Times come in three kinds: UTC (`20200918T110000Z`), with a TZID (resolved from the
 * file's own VTIMEZONE when it has one, else as an IANA zone name through Intl), and
 * floating (no zone: the trip's Conference time zone). All-day events are not talks and
 * are left out. Speakers come from ATTENDEE names, a "Speaker: …" first line of the
 * description, or pretalx's "Title - Speakers" summary.
 */
import ICAL from 'ical.js';
import type { Schedule, ScheduleTalk } from './model';
import { LIMITS, type ParseContext, cleanText, fail, optionalText, readLinks, readSpeakers, safeUrl } from './read-values';
import { isValidTimeZone, wallClockToInstant } from '../model/time-zone';

/**
 * Checks BEGIN/END nesting and content lines with their line numbers (ical.js's own errors
 * say no line), and returns the line of each VEVENT's BEGIN, in order.
 */
function checkStructure(text: string, context: ParseContext): number[] {
  const lines = text.split(/\r\n|\n|\r/);
  const open: { name: string; line: number }[] = [];
  const events: number[] = [];
  const check = (content: string, line: number) => {
    if (!/^[A-Za-z0-9-]+[;:]/.test(content) || !content.includes(':')) fail(context, `line ${line}`, 'is not an iCalendar line (NAME:value)');
    const begin = /^BEGIN:([A-Za-z0-9-]+)\s*$/i.exec(content);
    if (begin) {
      const name = begin[1]!.toUpperCase();
      if (name === 'VEVENT' && open.length === 1) events.push(line);
      open.push({ name, line });
      return;
    }
    const end = /^END:([A-Za-z0-9-]+)\s*$/i.exec(content);
    if (end) {
      const name = end[1]!.toUpperCase();
      const top = open.pop();
      if (!top) fail(context, `line ${line}`, `ends ${name}, which was never begun`);
      if (top.name !== name) fail(context, `line ${line}`, `ends ${name}, but the ${top.name} begun at line ${top.line} is still open`);
    }
  };
  // Content lines may be folded: a line starting with a space or tab continues the one before.
  let content = '';
  let contentLine = 0;
  lines.forEach((raw, index) => {
    if (raw.startsWith(' ') || raw.startsWith('\t')) {
      content += raw.slice(1);
      return;
    }
    if (content) check(content, contentLine);
    content = raw;
    contentLine = index + 1;
  });
  if (content) check(content, contentLine);
  const unclosed = open.at(-1);
  if (unclosed) fail(context, `the ${unclosed.name} begun at line ${unclosed.line}`, `never ends (no END:${unclosed.name} by line ${lines.length}): the file is cut short`);
  return events;
}

function wallOf(time: ICAL.Time) {
  return { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
}

/**
 * The instant of a DTSTART/DTEND, whichever of the three kinds of time it is. A local time
 * without a zone is read in the calendar's own zone (`X-WR-TIMEZONE`, as Google Calendar
 * and Apple write it) where it names one, else in the Conference time zone (`floating`).
 */
function instantOf(property: ICAL.Property, context: ParseContext, where: string, calendarZone: string | undefined): { at: Date; floating?: true } | undefined {
  let value: unknown;
  try {
    value = property.getFirstValue();
  } catch {
    fail(context, where, 'is not a date-time');
  }
  if (!(value instanceof ICAL.Time)) fail(context, where, 'is not a date-time');
  if (value.isDate) return undefined; // a whole day: not a talk's slot
  if (value.zone === ICAL.Timezone.utcTimezone) return { at: new Date(Date.UTC(value.year, value.month - 1, value.day, value.hour, value.minute, value.second)) };
  const tzid = property.getParameter('tzid');
  const zoneId = Array.isArray(tzid) ? tzid[0] : tzid;
  if (zoneId) {
    // Defined by a VTIMEZONE in this file: ical.js applies its rules.
    if (value.zone && value.zone !== ICAL.Timezone.localTimezone && value.zone.tzid === zoneId) return { at: new Date(value.toUnixTime() * 1000) };
    // Else an IANA name, possibly behind a vendor prefix ("/mozilla.org/20050126_1/Europe/Berlin").
    const iana = [zoneId, /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(zoneId)?.[1]].find((name) => name && isValidTimeZone(name));
    if (iana) return { at: wallClockToInstant(wallOf(value), iana) };
    fail(context, where, `uses the time zone "${zoneId.slice(0, 80)}", which the file does not define (no VTIMEZONE) and which is not a time zone name`);
  }
  if (calendarZone !== undefined) return { at: wallClockToInstant(wallOf(value), calendarZone) };
  return { at: wallClockToInstant(wallOf(value), context.timeZone), floating: true };
}

const SPEAKER_LINE = /^(?:speakers?|presenters?|presented by|by|von|referent(?:in|en)?)\s*:\s*(.+)$/i;

function speakersOf(event: ICAL.Component, description: string, summary: string, fromPretalx: boolean): { speakers: string[]; title: string } {
  const attendees = event
    .getAllProperties('attendee')
    .map((attendee) => attendee.getParameter('cn'))
    .map((name) => (Array.isArray(name) ? name[0] : name));
  if (attendees.some(Boolean)) return { speakers: readSpeakers(attendees), title: summary };
  const firstLine = description.split(/\r?\n/, 1)[0]?.trim() ?? '';
  const named = SPEAKER_LINE.exec(firstLine)?.[1];
  if (named) return { speakers: readSpeakers(named.split(/\s*(?:,|;|\band\b|&)\s*/)), title: summary };
  // pretalx writes SUMMARY as "Title - Speaker One, Speaker Two".
  const dash = summary.lastIndexOf(' - ');
  if (fromPretalx && dash > 0) return { speakers: readSpeakers(summary.slice(dash + 3).split(/\s*,\s*/)), title: summary.slice(0, dash) };
  return { speakers: [], title: summary };
}

export function parseIcal(text: string, context: ParseContext): Schedule {
  const eventLines = checkStructure(text, context);
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    fail(context, 'the iCalendar data', `could not be read (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'})`);
  }
  if (calendar.name !== 'vcalendar') fail(context, 'line 1', 'does not begin a VCALENDAR');
  const fromPretalx = /pretalx/i.test(String(calendar.getFirstPropertyValue('prodid') ?? ''));
  const wrZone = String(calendar.getFirstPropertyValue('x-wr-timezone') ?? '').trim();
  const calendarZone = wrZone && isValidTimeZone(wrZone) ? wrZone : undefined;

  const rooms: string[] = [];
  const talks: ScheduleTalk[] = [];
  const zonesUsed = new Set<string>();
  calendar.getAllSubcomponents('vevent').forEach((event, index) => {
    const uid = cleanText(event.getFirstPropertyValue('uid'), 200);
    const where = `the VEVENT at line ${eventLines[index] ?? '?'}${uid ? ` (UID ${uid.slice(0, 60)})` : ''}`;
    if (talks.length === LIMITS.talks) fail(context, where, `is one talk too many (at most ${LIMITS.talks} are read)`);
    const startProperty = event.getFirstProperty('dtstart');
    if (!startProperty) fail(context, where, 'has no DTSTART');
    const starts = instantOf(startProperty, context, `the DTSTART of ${where}`, calendarZone);
    if (!starts) return; // all-day entries ("Conference day 1") are not talks
    const start = starts.at;
    const tzid = startProperty.getParameter('tzid');
    if (typeof tzid === 'string') zonesUsed.add(tzid);
    const endProperty = event.getFirstProperty('dtend');
    let end: Date;
    if (endProperty) {
      end = instantOf(endProperty, context, `the DTEND of ${where}`, calendarZone)?.at ?? start;
    } else {
      const duration = event.getFirstPropertyValue('duration');
      end = duration instanceof ICAL.Duration ? new Date(start.getTime() + duration.toSeconds() * 1000) : start;
    }
    const room = cleanText(event.getFirstPropertyValue('location'), LIMITS.room);
    if (room && !rooms.includes(room)) rooms.push(room);
    const description = typeof event.getFirstPropertyValue('description') === 'string' ? String(event.getFirstPropertyValue('description')) : '';
    const { speakers, title } = speakersOf(event, description, String(event.getFirstPropertyValue('summary') ?? ''), fromPretalx);
    const categories = event
      .getAllProperties('categories')
      .flatMap((property) => property.getValues())
      .map((value) => cleanText(value, LIMITS.name))
      .filter(Boolean);
    const attachments = event
      .getAllProperties('attach')
      .map((property) => ({ url: property.getFirstValue(), label: property.getParameter('filename') ?? '' }));
    talks.push({
      code: uid || `event-${index + 1}`,
      title: cleanText(title, LIMITS.title),
      speakers,
      room,
      start: start.toISOString(),
      end: end.toISOString(),
      track: optionalText(categories.join(', '), LIMITS.name),
      url: safeUrl(event.getFirstPropertyValue('url')),
      slides: readLinks(attachments),
      ...(starts.floating ? { floating: true } : {}),
    });
  });

  const onlyZone = zonesUsed.size === 1 ? [...zonesUsed][0] : undefined;
  const timeZone = [wrZone, onlyZone].find((name): name is string => !!name && isValidTimeZone(name)) ?? context.timeZone;
  const title = String(calendar.getFirstPropertyValue('x-wr-calname') ?? calendar.getFirstPropertyValue('x-wr-caldesc') ?? '');
  return { title: cleanText(title, LIMITS.title), timeZone, rooms, talks, format: 'ical' };
}
