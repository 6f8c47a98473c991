/** The shown trip's schedule and its streams' rooms, live; none while another trip's load. */
import type { StoredSchedule, StreamRoom } from '../../model/types';
import { getSchedule, listStreamRooms } from '../../storage/schedule-queries';
import { useLiveQuery } from '../../ui/use-live-query';

export interface TripSchedule {
  stored: StoredSchedule | undefined;
  /** Stream records by video id. */
  streams: ReadonlyMap<string, StreamRoom>;
}

interface Answer {
  tripId: string | undefined;
  stored: StoredSchedule | undefined;
  streams: StreamRoom[];
}

const NONE: TripSchedule = { stored: undefined, streams: new Map() };

export function useTripSchedule(tripId: string | undefined): TripSchedule {
  const query = useLiveQuery<Answer>(async () => {
    if (tripId === undefined) return { tripId, stored: undefined, streams: [] };
    const [stored, streams] = await Promise.all([getSchedule(tripId), listStreamRooms(tripId)]);
    return { tripId, stored, streams };
  }, [tripId]);
  const value = query.value;
  if (value === undefined || value.tripId !== tripId) return NONE;
  return { stored: value.stored, streams: new Map(value.streams.map((stream) => [stream.videoId, stream])) };
}
