/**
 * Undo, offered in the status line after a delete: puts back the deleted clips, or the
 * deleted trip with its clips (current again if it was), and shows what came back.
 */
import { clipCount, restoredClipsMessage } from './report-messages';
import type { PageStatus } from './use-page-status';
import type { FocusTarget } from './use-pending-focus';

export function useUndo({ status, say, run }: PageStatus, show: (tripId: string) => void, focusSoon: (target: FocusTarget) => void): () => Promise<void> {
  return () =>
    run(async () => {
      const what = status.undo;
      if (what === undefined) return;
      if (what.kind === 'clips') {
        const { restoreClips } = await import('../../storage/clips');
        await restoreClips(what.rows);
        focusSoon('clips');
        say(restoredClipsMessage(what.rows.length));
      } else {
        const { restoreTrip, setCurrentTrip } = await import('../../storage/trips');
        await restoreTrip(what.trip, what.clips, what.extras);
        if (what.wasCurrent) await setCurrentTrip(what.trip.id);
        show(what.trip.id);
        say(`Restored trip “${what.trip.name}” and its ${clipCount(what.clips.length)}.`);
      }
    });
}
