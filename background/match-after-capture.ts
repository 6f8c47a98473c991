/**
 * After a clip is committed and answered: match it to its trip's schedule, as a
 * separate write, so the click -> commit path never waits for a schedule; then, when the
 * match renamed the clip after its talk, tell the tab that clipped it (`clipRenamed`,
 * docs/architecture.md §3), whose status can then say the talk's name.
 */
import type { ClipRenamed, ClipResult } from '../messaging/protocol';
import type { Clip } from '../model/types';
import type { ClipMatch } from '../storage/schedules';
import { matchClipToSchedule } from '../storage/schedules';

/**
 * The rename to tell the tab: only when the match found a talk and the title the capture
 * answered is no longer the clip's (not when no talk covers the moment, the talk's title
 * was already the clip's, or the person renamed the clip in the meantime).
 */
export function renameAfterMatch(captured: Clip, match: ClipMatch | undefined): ClipRenamed | undefined {
  if (match === undefined || match.matched === 0 || match.changed === 0) return undefined;
  const { clip } = match;
  if (clip.id !== captured.id || clip.title === captured.title || clip.editedFields?.includes('title') === true) return undefined;
  return { clipId: clip.id, videoId: clip.videoId, title: clip.title };
}

/**
 * Starts matching a newly saved clip once the current task (which sends the answer) is
 * over; `tell` sends the rename, if any, to the tab the capture came from.
 */
export function matchAfterCapture(
  result: ClipResult,
  tell: (renamed: ClipRenamed) => Promise<unknown> = () => Promise.resolve(),
  later: (task: () => void) => void = (task) => setTimeout(task, 0),
): void {
  if (result.status !== 'saved') return;
  const captured = result.clip;
  later(() => {
    matchClipToSchedule(captured.id).then(
      (match) => {
        const renamed = renameAfterMatch(captured, match);
        // A tab that closed or reloaded meanwhile has nobody to tell: the clip is renamed either way.
        if (renamed !== undefined) tell(renamed).catch(() => undefined);
      },
      (error: unknown) => {
        // The clip is saved either way; Match to schedule on the report page tries again.
        console.error('Talk Clipper: matching the new clip to the schedule failed', error);
      },
    );
  });
}
