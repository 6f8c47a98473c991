/** All clips of the shown trip, live; none (rather than another trip's) while they load. */
import type { Clip } from '../../model/types';
import { listClipsOfTrip } from '../../storage/clips';
import { useLiveQuery } from '../../ui/use-live-query';

export interface TripClips {
  clips: Clip[];
  /** False while the clips of a newly shown trip are still being read. */
  ready: boolean;
  error: unknown;
}

interface Answer {
  tripId: string | undefined;
  clips: Clip[];
}

const NO_CLIPS: Clip[] = [];

export function useTripClips(tripId: string | undefined): TripClips {
  const query = useLiveQuery<Answer>(async () => ({ tripId, clips: tripId === undefined ? [] : await listClipsOfTrip(tripId) }), [tripId]);
  const ready = query.value !== undefined && query.value.tripId === tripId;
  return { clips: ready ? (query.value?.clips ?? NO_CLIPS) : NO_CLIPS, ready, error: query.error };
}
