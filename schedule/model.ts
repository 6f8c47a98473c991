/**
 * The one model every schedule format is read into (pretalx/frab JSON, frab/Pentabarf
 * XML, iCalendar, Sessionize): a conference, its rooms and its talks, with every time an
 * instant. Pure: no browser APIs. Types come from these schemas (z.infer).
 *
 * This file is the contract between the parsers (schedule/parse*.ts), the matcher
 * (schedule/match.ts) and the storage and pages that keep and show a schedule.
 */
import { z } from 'zod';

/** An instant, always written in UTC: `2024-05-25T09:30:00.000Z`. */
export const instant = z.iso.datetime();

const text = (max: number) => z.string().max(max);

export const SCHEDULE_FORMATS = ['pretalx-json', 'frab-json', 'frab-xml', 'pentabarf-xml', 'ical', 'sessionize'] as const;
export type ScheduleFormat = (typeof SCHEDULE_FORMATS)[number];

export const scheduleLinkSchema = z.object({ label: text(500), url: z.url({ protocol: /^https?$/ }).max(4096) });

export const scheduleTalkSchema = z.object({
  /** Stable within one schedule: pretalx/frab guid or code, iCal UID, Sessionize id. */
  code: text(200).min(1),
  title: text(1000),
  speakers: z.array(text(200)).max(50),
  /** The room's name, exactly as in `rooms`. */
  room: text(300),
  start: instant,
  end: instant,
  /** Free text from the schedule, e.g. "Talk", "Keynote", "Lightning Talks", "Break". */
  type: text(200).optional(),
  track: text(200).optional(),
  /** The talk's page on the conference site. */
  url: z.url({ protocol: /^https?$/ }).max(4096).optional(),
  /** Slides and other attachments the schedule links. */
  slides: z.array(scheduleLinkSchema).max(50),
  /**
   * Its times are wall-clock times the file gives without a zone, read in the Conference
   * time zone (`readInTimeZone`): they move when that zone changes (retime.ts).
   */
  floating: z.boolean().optional(),
});

export const scheduleSchema = z.object({
  title: text(1000),
  /** IANA time zone of the conference (from the file, else the trip's Conference time zone). */
  timeZone: text(100),
  /** The Conference time zone the floating talks' times were read in (absent in schedules imported before it was kept). */
  readInTimeZone: text(100).optional(),
  rooms: z.array(text(300)).max(1000),
  talks: z.array(scheduleTalkSchema).max(10_000),
  format: z.enum(SCHEDULE_FORMATS),
});

export type ScheduleLink = z.infer<typeof scheduleLinkSchema>;

/** The order talks are kept in: by start, then by room. */
export function byStartAndRoom(a: Pick<ScheduleTalk, 'start' | 'room'>, b: Pick<ScheduleTalk, 'start' | 'room'>): number {
  return a.start.localeCompare(b.start) || a.room.localeCompare(b.room);
}
export type ScheduleTalk = z.infer<typeof scheduleTalkSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;

export { ScheduleImportError } from './import-error';
