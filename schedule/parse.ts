/**
 * parseSchedule: one schedule file (its text, and its name as a hint) → the one Schedule
 * model. Detects the format from the content, hands it to that format's parser, and
 * checks the result against scheduleSchema. Anything wrong throws a ScheduleImportError
 * whose message is one sentence saying what and where; nothing is half-imported. Pure.
 */
import { ScheduleImportError, byStartAndRoom, scheduleSchema, type Schedule } from './model';
import { isFrabJson, parseFrabJson } from './parse-frab-json';
import { isFrabXml, parseFrabXml, readXml } from './parse-frab-xml';
import { parseIcal } from './parse-ical';
import { isSessionizeAll, parseSessionize } from './parse-sessionize';
import { LIMITS, type ParseContext, uniqueCodes } from './read-values';
import { isValidTimeZone } from '../model/time-zone';

export interface ScheduleInput {
  text: string;
  /** The file's name (or the URL's last part): named in messages, and a hint to the format. */
  fileName?: string;
}

export interface ParseScheduleOptions {
  /** The trip's Conference time zone (IANA), for formats and times that carry none. */
  timeZone: string;
}

type Kind = 'json' | 'xml' | 'ical';

function kindFromName(fileName: string | undefined): Kind | undefined {
  const extension = /\.([a-z]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'xml') return 'xml';
  if (extension === 'ics' || extension === 'ical' || extension === 'ifb') return 'ical';
  return undefined;
}

function kindFromText(text: string): Kind | undefined {
  if (/^[[{]/.test(text)) return 'json';
  if (/^BEGIN:VCALENDAR/i.test(text)) return 'ical';
  if (text.startsWith('<')) return 'xml';
  return undefined;
}

const KIND_NAMES: Record<Kind, string> = { json: 'JSON', xml: 'XML', ical: 'iCalendar' };

export function parseSchedule(input: ScheduleInput, options: ParseScheduleOptions): Schedule {
  const fileName = input.fileName?.trim().slice(0, 200) || undefined;
  const source = fileName ?? 'The schedule';
  if (!isValidTimeZone(options.timeZone)) {
    throw new ScheduleImportError(`The Conference time zone "${options.timeZone.slice(0, 100)}" is not a time zone name this browser knows (e.g. Europe/Berlin).`);
  }
  if (input.text.length > LIMITS.fileChars) {
    throw new ScheduleImportError(`${source}: the file is larger than 20 MB, more than any conference schedule; nothing was imported.`);
  }
  const text = input.text.replace(/^\uFEFF/, '').trimStart();
  if (!text) throw new ScheduleImportError(`${source}: the file is empty.`);
  const context: ParseContext = { source, timeZone: options.timeZone };

  const kind = kindFromText(text);
  const named = kindFromName(fileName);
  if (!kind) {
    throw new ScheduleImportError(
      named
        ? `${source}: the file does not begin like ${KIND_NAMES[named]} (line 1), so it cannot be read as a schedule.`
        : `${source}: the file is not a schedule this importer reads (pretalx or frab schedule.json or schedule.xml, iCalendar .ics, Sessionize view/All JSON).`,
    );
  }

  const schedule = kind === 'json' ? parseJsonSchedule(text, context) : kind === 'xml' ? parseXmlSchedule(text, context) : parseIcal(text, context);
  return finish({ ...schedule, readInTimeZone: options.timeZone, talks: uniqueCodes(schedule.talks) }, context);
}

function parseXmlSchedule(text: string, context: ParseContext): Schedule {
  const document = readXml(text, context);
  if (isFrabXml(document)) return parseFrabXml(document, context);
  throw new ScheduleImportError(`${context.source}: this XML's root element is <${document.name.slice(0, 50)}>, not <schedule> (frab, pretalx, wafer, Pentabarf), so it is not a schedule this importer reads.`);
}

function parseJsonSchedule(text: string, context: ParseContext): Schedule {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ScheduleImportError(`${context.source}: ${jsonErrorWhere(text, error)}`);
  }
  if (isFrabJson(data)) return parseFrabJson(data, context);
  if (isSessionizeAll(data)) return parseSessionize(data, context);
  if (Array.isArray(data)) {
    throw new ScheduleImportError(`${context.source}: this JSON is a list, not a schedule; from Sessionize use the "All" (view/All) export, from pretalx or frab the schedule.json.`);
  }
  throw new ScheduleImportError(`${context.source}: this JSON has neither "schedule.conference" (pretalx, frab) nor "sessions" and "rooms" (Sessionize view/All), so it is not a schedule this importer reads.`);
}

/** Line and column of a JSON syntax error, from the engine's message (V8: "position N"; Firefox: "line L column C"). */
function jsonErrorWhere(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cutShort = `the JSON stops before it is complete (line ${lineCount(text)}, the end of the file): the file is cut short.`;
  if (/unexpected end|end of (json|data)/i.test(message)) return cutShort;
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return `the JSON is broken at line ${lineColumn[1]}, column ${lineColumn[2]}.`;
  const position = /position (\d+)/i.exec(message);
  if (!position) return 'the file is not valid JSON.';
  const index = Number(position[1]);
  if (index >= text.trimEnd().length - 1) return cutShort;
  const before = text.slice(0, index);
  return `the JSON is broken at line ${lineCount(before)}, column ${index - before.lastIndexOf('\n')}.`;
}

function lineCount(text: string): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines += 1;
  return lines;
}

/** Bounds, then the schema: whatever a parser produced must be a valid Schedule. */
function finish(schedule: Schedule, context: ParseContext): Schedule {
  if (schedule.talks.length === 0) throw new ScheduleImportError(`${context.source}: the schedule has no talks; nothing was imported.`);
  if (schedule.rooms.length > LIMITS.rooms) {
    throw new ScheduleImportError(`${context.source}: the schedule has ${schedule.rooms.length} rooms, more than the ${LIMITS.rooms} a schedule may have.`);
  }
  for (const talk of schedule.talks) {
    if (talk.end < talk.start) throw new ScheduleImportError(`${context.source}: the talk "${talk.title.slice(0, 80)}" (${talk.code}) ends before it starts.`);
  }
  const talks = [...schedule.talks].sort(byStartAndRoom);
  const result = scheduleSchema.safeParse({ ...schedule, talks });
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issuePath(issue.path) : 'the schedule';
    throw new ScheduleImportError(`${context.source}: ${where} is not valid (${issue?.message ?? 'unknown problem'}).`);
  }
  return result.data;
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`)).join('') || 'the schedule';
}
