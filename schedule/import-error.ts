/**
 * Why a schedule file was refused: one sentence for the user that says what is wrong
 * and where (a line, a JSON path or an element), e.g.
 * `schedule.json: conference.days[2].rooms["Saal 1"][4].start is not a time (HH:MM).`
 *
 * Its own module, free of zod, so that a page can name it without loading the schedule
 * model (schedule/model.ts re-exports it).
 */
export class ScheduleImportError extends Error {
  override name = 'ScheduleImportError';
}
