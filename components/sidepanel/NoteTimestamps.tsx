/**
 * The timestamps written in the clip's notes, as links: a click seeks the video in the
 * followed tab there (the link still opens YouTube at that moment with a middle click,
 * or wherever the notes are exported).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { timestampsIn } from '../../markdown/timestamp-link';
import { sendMessage } from '../../messaging/protocol';

export interface NoteTimestampsProps {
  tabId: number;
  videoId: string;
  notes: string;
}

export function NoteTimestamps({ tabId, videoId, notes }: NoteTimestampsProps) {
  const [error, setError] = useState<string | null>(null);
  const stamps = timestampsIn(notes, videoId);
  if (stamps.length === 0) return null;

  const seek = (seconds: number) => async (event: JSX.TargetedMouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    let done = false;
    try {
      done = (await sendMessage('seekTo', { videoId, seconds }, tabId)) === true;
    } catch {
      done = false;
    }
    setError(done ? null : 'Could not seek: the tab no longer plays this video.');
  };

  return (
    <nav class="note-timestamps" aria-label="Jump to a timestamp">
      <ul>
        {stamps.map((stamp, index) => (
          <li key={`${index}-${stamp.seconds}`}>
            <a href={stamp.url} target="_blank" rel="noreferrer" onClick={seek(stamp.seconds)}>
              {stamp.label}
            </a>
          </li>
        ))}
      </ul>
      {error !== null && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </nav>
  );
}
