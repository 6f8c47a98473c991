/**
 * The bulk actions on the selected clips (move to another trip, rate, set the kind,
 * delete), each one write with one status sentence. Deleting offers Undo; deleting again
 * while Undo is offered adds to what Undo puts back.
 */
import type { Rating, TalkKind, Trip } from '../../model/types';
import { KIND_LABELS, RATING_LABELS } from '../../ui/labels';
import { deletedClipsMessage, kindMessage, movedMessage, ratedMessage } from './report-messages';
import type { ClipReview } from './use-clip-review';
import type { PageStatus } from './use-page-status';
import type { FocusTarget } from './use-pending-focus';

export interface BulkActionHandlers {
  moveSelected: (tripId: string) => Promise<void>;
  rateSelected: (rating: Rating | null) => Promise<void>;
  kindSelected: (kind: TalkKind) => Promise<void>;
  deleteSelected: () => Promise<void>;
}

export function useBulkActions(
  trips: readonly Trip[],
  { selectedIds, clearSelection }: ClipReview,
  { status, say, run }: PageStatus,
  focusSoon: (target: FocusTarget) => void,
): BulkActionHandlers {
  const moveSelected = (targetId: string) =>
    run(async () => {
      const target = trips.find((t) => t.id === targetId);
      if (target === undefined || selectedIds.length === 0) return;
      const { updateClips } = await import('../../storage/clips');
      await updateClips(selectedIds, { tripId: target.id });
      clearSelection();
      say(movedMessage(selectedIds.length, target.name));
    });

  const rateSelected = (rating: Rating | null) =>
    run(async () => {
      if (selectedIds.length === 0) return;
      const { updateClips } = await import('../../storage/clips');
      await updateClips(selectedIds, { rating });
      say(ratedMessage(selectedIds.length, rating === null ? 'Unrated' : RATING_LABELS[rating]));
    });

  const kindSelected = (kind: TalkKind) =>
    run(async () => {
      if (selectedIds.length === 0) return;
      const { updateClips } = await import('../../storage/clips');
      await updateClips(selectedIds, { kind });
      say(kindMessage(selectedIds.length, KIND_LABELS[kind]));
    });

  const deleteSelected = () =>
    run(async () => {
      if (selectedIds.length === 0) return;
      const { deleteClips } = await import('../../storage/clips');
      const removed = await deleteClips(selectedIds);
      clearSelection();
      const earlier = status.undo?.kind === 'clips' ? status.undo.rows : [];
      const rows = [...earlier, ...removed];
      focusSoon('undo');
      say(deletedClipsMessage(rows.length), { kind: 'clips', rows });
    });

  return { moveSelected, rateSelected, kindSelected, deleteSelected };
}
