/**
 * The current trip's schedule and this stream's stored room, kept current while the
 * panel shows the video: an import, a Room choice on the report page or another current
 * trip shows in the panel at once. Clip writes (notes typed here) do not re-read the
 * schedule: the query reads only the settings, trips, schedules and streams tables.
 */
import { getCurrentTripId } from '../../storage/queries';
import { getSchedule, getStreamRoom } from '../../storage/schedules';
import { useLiveQuery } from '../../ui/use-live-query';
import type { LiveQueryState } from '../../ui/use-live-query';
import type { StreamSchedule } from './talk-now';

export function useStreamSchedule(videoId: string): LiveQueryState<StreamSchedule | null> {
  return useLiveQuery(async () => {
    const tripId = await getCurrentTripId();
    if (tripId === undefined) return null;
    const [stored, stream] = await Promise.all([getSchedule(tripId), getStreamRoom(tripId, videoId)]);
    return stored === undefined ? null : { schedule: stored.schedule, stream };
  }, [videoId]);
}
