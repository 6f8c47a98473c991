/**
 * The Room select on a stream's group in the clip list: which room of the schedule the
 * stream shows. It starts as read from the stream's title; choosing one (or No room)
 * is remembered as the user's choice and matches the stream's clips again.
 */
import { useId } from 'preact/hooks';
import type { StreamRoom } from '../../model/types';
import { roomOfStream } from '../../schedule/apply-match';
import { userMessageOf } from '../../ui/use-autosave';
import type { ScheduleStatus } from './ScheduleSection';
import { matchedMessage } from './schedule-view';

export interface StreamRoomSelectProps {
  tripId: string;
  videoId: string;
  streamTitle: string;
  /** The schedule's rooms. */
  rooms: readonly string[];
  stored: StreamRoom | undefined;
  page: ScheduleStatus;
}

const NO_ROOM = '';

export function StreamRoomSelect({ tripId, videoId, streamTitle, rooms, stored, page }: StreamRoomSelectProps) {
  const uid = useId();
  const { room } = roomOfStream(stored, rooms, streamTitle);
  const choices = room !== undefined && !rooms.includes(room) ? [...rooms, room] : rooms;

  const choose = async (value: string) => {
    try {
      const next = value === NO_ROOM ? undefined : value;
      const { setStreamRoom } = await import('../../storage/schedules');
      const summary = await setStreamRoom(tripId, videoId, next);
      page.say(`${next === undefined ? 'No room' : next} for this stream. ${matchedMessage(summary)}`);
    } catch (failure) {
      page.setError(userMessageOf(failure));
    }
  };

  return (
    <div class="stream-room">
      <label for={`${uid}-room`}>Room</label>
      <select id={`${uid}-room`} value={room ?? NO_ROOM} onChange={(event) => void choose(event.currentTarget.value)} aria-describedby={room === undefined ? `${uid}-none` : undefined}>
        <option value={NO_ROOM}>No room</option>
        {choices.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      {room === undefined && (
        <small id={`${uid}-none`} class="hint hint-warning">
          This stream has no room, so its clips are not matched: choose its room.
        </small>
      )}
    </div>
  );
}
