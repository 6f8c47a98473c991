/**
 * One video in the panel: the stream, the talk now on, the position, Clip talk, and the
 * editor of the clip covering this moment (the same ClipEditor as the popup's and the
 * report page's, with Insert timestamp and one-key rating and kind). Mounted per video
 * id (PanelApp keys it), so nothing of a previous video can show.
 */
import { useRef, useState } from 'preact/hooks';
import { timestampLink } from '../../markdown/timestamp-link';
import { getCurrentTripId, listClipsOfVideo } from '../../storage/queries';
import { clipResultMessage } from '../../ui/messages';
import { requestClipInTab } from '../../ui/request-clip';
import { useLiveQuery } from '../../ui/use-live-query';
import { formatClock } from '../../youtube/time';
import type { WatchedVideo } from '../../youtube/watch';
import { ClipEditor } from '../ClipEditor';
import { clipAtMoment } from './clip-at-moment';
import { NoteTimestamps } from './NoteTimestamps';
import type { TalkSource } from './PanelApp';

export interface WatchViewProps {
  tabId: number;
  video: WatchedVideo;
  seconds: number;
  paused: boolean;
  talkAt: TalkSource;
}

const LIVE_LABELS = { live: 'Live now', was_live: 'Stream recording', vod: 'Video', premiere: 'Premiere' } as const;

export function WatchView({ tabId, video, seconds, paused, talkAt }: WatchViewProps) {
  const talk = talkAt(video, seconds);
  const clipsQuery = useLiveQuery(async () => {
    const tripId = await getCurrentTripId();
    return tripId === undefined ? [] : listClipsOfVideo(tripId, video.videoId);
  }, [video.videoId]);
  const clip = clipAtMoment(clipsQuery.value ?? [], video.videoId, seconds, talk.chapter?.seconds);
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const [busy, setBusy] = useState(false);

  // Insert timestamp reads the position at the moment of the click, not of the last render.
  const moment = useRef({ videoId: video.videoId, liveStatus: video.liveStatus, seconds });
  moment.current = { videoId: video.videoId, liveStatus: video.liveStatus, seconds };

  const clipTalk = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const result = await requestClipInTab(tabId);
      setStatus({ text: clipResultMessage(result), error: result === undefined || result.status === 'refused' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section class="now-playing" aria-label="Now playing">
        <p class="stream-title">{video.streamTitle}</p>
        <p class="stream-meta">
          {[video.channel, LIVE_LABELS[video.liveStatus]].filter((part) => part !== '').join(' · ')}
        </p>
        <h2 class="talk-heading">Talk now</h2>
        <p class="talk-title">{talk.title}</p>
        {talk.speakers.length > 0 && <p class="talk-speakers">{talk.speakers.join(', ')}</p>}
        <p class="position">
          Position <span class="position-clock">{formatClock(seconds)}</span>
          {paused ? ' (paused)' : ''}
          {talk.chapter !== undefined && <span class="hint"> · chapter from {formatClock(talk.chapter.seconds)}</span>}
        </p>
      </section>

      <section class="moment-clip" aria-label="Clip of this moment">
        <div class="clip-actions">
          <button type="button" class="button-primary" onClick={() => void clipTalk()} aria-busy={busy}>
            Clip talk
          </button>
          <p class={status.error ? 'status status-error' : 'status'} role="status">
            {status.text}
          </p>
        </div>
        {clip === undefined ? (
          clipsQuery.loading ? null : <p class="panel-message">Not clipped yet: press Clip talk to start notes on this talk.</p>
        ) : (
          <>
            <p class="clip-heading">
              Clipped at {formatClock(clip.seconds)}: notes go into this clip.
            </p>
            <ClipEditor key={clip.id} clip={clip} timestamp={() => timestampLink(moment.current)} quickChoices />
            <NoteTimestamps tabId={tabId} videoId={video.videoId} notes={clip.notes} />
          </>
        )}
      </section>
    </>
  );
}
