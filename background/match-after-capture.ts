/**
 * After a clip is committed and answered: match it to its trip's schedule, as a
 * separate write, so the click -> commit path never waits for a schedule.
 */
import type { ClipResult } from '../messaging/protocol';
import { matchClipToSchedule } from '../storage/schedules';

/** Starts matching a newly saved clip once the current task (which sends the answer) is over. */
export function matchAfterCapture(result: ClipResult, later: (task: () => void) => void = (task) => setTimeout(task, 0)): void {
  if (result.status !== 'saved') return;
  const clipId = result.clip.id;
  later(() => {
    matchClipToSchedule(clipId).catch((error: unknown) => {
      // The clip is saved either way; Match to schedule on the report page tries again.
      console.error('Talk Clipper: matching the new clip to the schedule failed', error);
    });
  });
}
