/**
 * One page of the trip's clips, grouped by stream: a header per stream (title linking
 * to the stream, channel, number of talks) and its talks as list items, each with a
 * selection checkbox, thumbnail, a link opening the video at the talk's time, the
 * talk's duration (until the next clip of the same stream) and an Edit toggle that
 * opens the shared ClipEditor in place (loaded at the first Edit).
 */
import { useId } from 'preact/hooks';
import type { Clip, StreamRoom } from '../../model/types';
import { WATCH_AT, clipRowView } from '../../ui/clip-row-view';
import { watchUrl } from '../../ui/labels';
import { LazyClipEditor } from '../LazyClipEditor';
import type { StreamGroup } from './clip-view';
import { DURATION, formatDuration, streamDisplayTitle, talksInStreamText } from './clip-view';
import type { ScheduleStatus } from './ScheduleSection';
import { StreamRoomSelect } from './StreamRoomSelect';
import { Thumbnail } from './Thumbnail';
import { formatDay } from '../../model/day';

/** What the Room select of each stream needs, when the trip has a schedule. */
export interface StreamRooms {
  tripId: string;
  rooms: readonly string[];
  streams: ReadonlyMap<string, StreamRoom>;
  page: ScheduleStatus;
}

export interface ClipTableProps {
  groups: readonly StreamGroup[];
  durations: ReadonlyMap<string, number>;
  /** Number of clips of each stream in the whole trip. */
  streamCounts: ReadonlyMap<string, number>;
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  expanded: ReadonlySet<string>;
  onToggleEditor: (id: string) => void;
  rooms?: StreamRooms;
}

export function ClipTable({ groups, durations, streamCounts, selected, onSelect, expanded, onToggleEditor, rooms }: ClipTableProps) {
  return (
    <div class="stream-groups">
      {groups.map((group, index) => (
        <StreamSection
          key={`${group.videoId}-${index}`}
          group={group}
          talks={streamCounts.get(group.videoId) ?? group.clips.length}
          durations={durations}
          selected={selected}
          onSelect={onSelect}
          expanded={expanded}
          onToggleEditor={onToggleEditor}
          rooms={rooms}
        />
      ))}
    </div>
  );
}

interface StreamSectionProps extends Omit<ClipTableProps, 'groups' | 'streamCounts'> {
  group: StreamGroup;
  talks: number;
}

function StreamSection({ group, talks, durations, selected, onSelect, expanded, onToggleEditor, rooms }: StreamSectionProps) {
  const headingId = `${useId()}-stream`;
  const title = streamDisplayTitle(group.streamTitle);
  return (
    <section class="stream-group" aria-labelledby={headingId}>
      <header class="stream-head">
        <h3 id={headingId} class="stream-title">
          <a href={watchUrl(group.videoId, 0)} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        </h3>
        <p class="stream-meta">
          {group.channel.trim() !== '' && <span class="stream-channel">{group.channel}</span>}
          <span>{talksInStreamText(talks)}</span>
          {group.continued && <span>(continued)</span>}
        </p>
        {rooms !== undefined && (
          <StreamRoomSelect
            tripId={rooms.tripId}
            videoId={group.videoId}
            streamTitle={group.streamTitle}
            rooms={rooms.rooms}
            stored={rooms.streams.get(group.videoId)}
            page={rooms.page}
          />
        )}
      </header>
      <ul class="report-clips" role="list" aria-label={`Talks of ${title}`}>
        {group.clips.map((clip) => (
          <ClipRow
            key={clip.id}
            clip={clip}
            duration={durations.get(clip.id)}
            selected={selected.has(clip.id)}
            onSelect={onSelect}
            expanded={expanded.has(clip.id)}
            onToggleEditor={onToggleEditor}
          />
        ))}
      </ul>
    </section>
  );
}

interface ClipRowProps {
  clip: Clip;
  duration: number | undefined;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  expanded: boolean;
  onToggleEditor: (id: string) => void;
}

function ClipRow({ clip, duration, selected, onSelect, expanded, onToggleEditor }: ClipRowProps) {
  const editorId = `${useId()}-editor`;
  const view = clipRowView(clip);
  const { title, href } = view;
  return (
    <li class={selected ? 'report-clip report-clip-selected' : 'report-clip'} data-clip-id={clip.id}>
      <div class="report-clip-head">
        <input
          type="checkbox"
          class="report-clip-check"
          aria-label={`Select ${title}`}
          checked={selected}
          onChange={(event) => onSelect(clip.id, event.currentTarget.checked)}
        />
        <Thumbnail videoId={clip.videoId} seconds={clip.seconds} href={href} />
        <div class="report-clip-main">
          <span class="clip-title">{title}</span>
          <span class="clip-meta">
            <a class="clip-time" href={href} target="_blank" rel="noopener noreferrer">
              <span class="visually-hidden">{WATCH_AT}</span>
              {view.clock}
            </a>
            {duration !== undefined && (
              <span class="clip-duration">
                <span class="visually-hidden">{DURATION}</span>
                {formatDuration(duration)}
              </span>
            )}
            {view.speakers !== undefined && <span class="clip-speakers">{view.speakers}</span>}
            {clip.day !== undefined && <span class="clip-day">{formatDay(clip.day, 'short')}</span>}
            {view.chips.map((chip) => (
              <span key={chip.className} class={chip.className}>
                {chip.label}
              </span>
            ))}
            {clip.tags.map((tag) => (
              <span key={tag} class="chip chip-tag">
                #{tag}
              </span>
            ))}
          </span>
        </div>
        <button
          type="button"
          class="button-small"
          aria-label={view.editLabel}
          aria-expanded={expanded}
          aria-controls={expanded ? editorId : undefined}
          onClick={() => onToggleEditor(clip.id)}
        >
          {expanded ? 'Close' : 'Edit'}
        </button>
      </div>
      {expanded && <LazyClipEditor id={editorId} clip={clip} autoFocus />}
    </li>
  );
}
