/**
 * The Schedule view: the conference's talks by day and room, the clipped ones marked and
 * linked to their clips, so the writer sees what they watched and what they missed.
 * Days with clips are open; the others open on demand (a big conference has hundreds of
 * talks a day).
 */
import { useId, useMemo } from 'preact/hooks';
import type { Clip } from '../../model/types';
import type { Schedule } from '../../schedule/model';
import { displayTitle, watchUrl } from '../../ui/fields';
import { formatClock } from '../../youtube/time';
import type { ViewDay, ViewTalk } from './schedule-view';
import { scheduleDays } from './schedule-view';

export interface ScheduleViewProps {
  schedule: Schedule;
  clips: readonly Clip[];
}

export function ScheduleView({ schedule, clips }: ScheduleViewProps) {
  const headingId = `${useId()}-schedule-view`;
  const days = useMemo(() => scheduleDays(schedule, clips), [schedule, clips]);
  const clipped = days.reduce((sum, day) => sum + day.clippedCount, 0);
  return (
    <section class="schedule-view" aria-labelledby={headingId}>
      <h3 id={headingId}>Schedule view</h3>
      <p class="hint">
        {clipped === 0 ? 'No talk of the schedule is clipped yet.' : `${clipped.toLocaleString('en-US')} ${clipped === 1 ? 'talk' : 'talks'} clipped.`} Times in{' '}
        {schedule.timeZone}.
      </p>
      {days.map((day) => (
        <ScheduleDay key={day.day} day={day} open={day.clippedCount > 0 || days.length === 1} />
      ))}
    </section>
  );
}

function ScheduleDay({ day, open }: { day: ViewDay; open: boolean }) {
  return (
    <details class="schedule-day" open={open}>
      <summary>
        {day.label}
        {day.clippedCount > 0 && <span class="hint"> — {day.clippedCount} clipped</span>}
      </summary>
      <div class="schedule-rooms">
        {day.rooms.map((room) => (
          <section key={room.room} class="schedule-room" aria-label={`${room.room}, ${day.label}`}>
            <h4>{room.room}</h4>
            <ul role="list">
              {room.talks.map((item) => (
                <ScheduleTalkItem key={item.talk.code} item={item} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </details>
  );
}

function ScheduleTalkItem({ item }: { item: ViewTalk }) {
  const { talk, clips } = item;
  const classes = ['schedule-talk', clips.length > 0 ? 'schedule-talk-clipped' : '', item.isBreak ? 'schedule-talk-break' : ''].filter(Boolean).join(' ');
  return (
    <li class={classes}>
      <span class="schedule-time">{item.time}</span>{' '}
      <span class="schedule-title">{talk.url !== undefined ? <a href={talk.url} target="_blank" rel="noopener noreferrer">{talk.title}</a> : talk.title}</span>
      {talk.speakers.length > 0 && <span class="schedule-speakers"> — {talk.speakers.join(', ')}</span>}
      {clips.length > 0 && (
        <span class="schedule-clips">
          {' '}
          <span class="chip chip-clipped">Clipped</span>
          {clips.map((clip) => (
            <a key={clip.id} class="schedule-clip-link" href={watchUrl(clip.videoId, clip.seconds)} target="_blank" rel="noopener noreferrer">
              {`Your clip “${displayTitle(clip)}” at ${formatClock(clip.seconds)}`}
            </a>
          ))}
        </span>
      )}
    </li>
  );
}
