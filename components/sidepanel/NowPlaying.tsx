/**
 * The panel's "Now playing" region: the stream, the talk now on (title, speakers; from
 * the schedule also its kind, room, time and talk page) and the position, with where
 * the talk comes from.
 */
import { useId, useState } from 'preact/hooks';
import { browserTimeZone } from '../../model/time-zone';
import { KIND_LABELS } from '../../ui/labels';
import { formatClock } from '../../youtube/time';
import type { WatchedVideo } from '../../youtube/watch';
import { slotTime } from './talk-now';
import type { PanelTalk } from './talk-now';

const LIVE_LABELS = { live: 'Live now', was_live: 'Stream recording', vod: 'Video', premiere: 'Premiere' } as const;

export interface NowPlayingProps {
  video: WatchedVideo;
  /** Undefined while the trip's schedule is being read. */
  talk: PanelTalk | undefined;
  seconds: number;
  paused: boolean;
}

/** Where the talk comes from, after the position. */
function sourceHint(talk: PanelTalk): string {
  if (talk.slot !== undefined) return ' · from the schedule';
  if (talk.idleRoom !== undefined) return ` · nothing in the schedule for ${talk.idleRoom} now`;
  return talk.chapter !== undefined ? ` · chapter from ${formatClock(talk.chapter.seconds)}` : '';
}

export function NowPlaying({ video, talk, seconds, paused }: NowPlayingProps) {
  const headingId = `${useId()}-talk`;
  const [viewerZone] = useState(browserTimeZone);
  const slot = talk?.slot;
  const kind = slot !== undefined && slot.kind !== 'talk' && slot.kind !== 'other' ? KIND_LABELS[slot.kind] : undefined;
  return (
    <section class="now-playing" aria-label="Now playing">
      <p class="stream-title">{video.streamTitle}</p>
      <p class="stream-meta">{[video.channel, LIVE_LABELS[video.liveStatus]].filter((part) => part !== '').join(' · ')}</p>
      <div class="talk-now" role="group" aria-labelledby={headingId}>
        <h2 class="talk-heading" id={headingId}>Talk now</h2>
        <p class="talk-title">{talk?.title ?? ''}</p>
        {talk !== undefined && talk.speakers.length > 0 && <p class="talk-speakers">{talk.speakers.join(', ')}</p>}
        {slot !== undefined && (
          <p class="talk-slot">
            {[kind, slot.room, slotTime(slot, viewerZone)].filter((part) => part !== undefined).join(' · ')}
          </p>
        )}
        {slot !== undefined && slot.links.length > 0 && (
          <p class="talk-links">
            {slot.links.map((link, index) => (
              <span key={link.url}>
                {index > 0 && ' · '}
                <a href={link.url} target="_blank" rel="noopener noreferrer">
                  {link.label.charAt(0).toUpperCase() + link.label.slice(1)}
                </a>
              </span>
            ))}
          </p>
        )}
      </div>
      <p class="position">
        Position <span class="position-clock">{formatClock(seconds)}</span>
        {paused ? ' (paused)' : ''}
        {talk !== undefined && <span class="hint">{sourceHint(talk)}</span>}
      </p>
    </section>
  );
}
