/**
 * One video in the panel: the stream, the talk now on, the position, Clip talk, and the
 * editor of the clip covering this moment (the same ClipEditor as the popup's and the
 * report page's, with Insert timestamp and one-key rating and kind). Mounted per video
 * id (PanelApp keys it), so nothing of a previous video can show.
 *
 * The talk now on is the schedule's when the current trip has one and the stream a room,
 * else the chapter's (talk-now.ts): the talk a clip taken now is named after.
 */
import { useRef, useState } from 'preact/hooks';
import { timestampLink } from '../../markdown/timestamp-link';
import type { ClipResult } from '../../model/clip-result';
import { getCurrentTripId, listClipsOfVideo } from '../../storage/queries';
import { clipResultMessage } from '../../ui/messages';
import { requestClipInTab } from '../../ui/request-clip';
import { useLiveQuery } from '../../ui/use-live-query';
import { formatClock } from '../../youtube/time';
import type { WatchedVideo } from '../../youtube/watch';
import { ClipEditor } from '../ClipEditor';
import { clipAtMoment } from './clip-at-moment';
import { NoteTimestamps } from './NoteTimestamps';
import { NowPlaying } from './NowPlaying';
import { talkNowAt } from './talk-now';
import type { StreamSchedule } from './talk-now';
import { useStreamSchedule } from './use-stream-schedule';

export interface WatchViewProps {
  tabId: number;
  video: WatchedVideo;
  seconds: number;
  paused: boolean;
}

/** What Clip talk says: a new clip on a scheduled talk is named after it, as its match (a moment later) names it. */
function clipMessage(result: ClipResult | undefined, plan: StreamSchedule | undefined, video: WatchedVideo): string {
  if (result?.status !== 'saved') return clipResultMessage(result);
  const talk = talkNowAt(plan, video, result.clip.seconds);
  return clipResultMessage(talk.slot === undefined ? result : { ...result, clip: { ...result.clip, title: talk.title } });
}

export function WatchView({ tabId, video, seconds, paused }: WatchViewProps) {
  const scheduleQuery = useStreamSchedule(video.videoId);
  const plan = scheduleQuery.value ?? undefined;
  const talk = scheduleQuery.loading && scheduleQuery.value === undefined ? undefined : talkNowAt(plan, video, seconds);
  const clipsQuery = useLiveQuery(async () => {
    const tripId = await getCurrentTripId();
    return tripId === undefined ? [] : listClipsOfVideo(tripId, video.videoId);
  }, [video.videoId]);
  const clip = talk === undefined ? undefined : clipAtMoment(clipsQuery.value ?? [], video.videoId, seconds, talk.startSeconds);
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
      setStatus({ text: clipMessage(result, plan, video), error: result === undefined || result.status === 'refused' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <NowPlaying video={video} talk={talk} seconds={seconds} paused={paused} />

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
          clipsQuery.loading || talk === undefined ? null : <p class="panel-message">Not clipped yet: press Clip talk to start notes on this talk.</p>
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
