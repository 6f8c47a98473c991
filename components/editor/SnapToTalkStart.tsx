/**
 * Snap to talk start: moves a clip taken inside a chapter to the chapter's start. Shown
 * only while the clip has a chapter that starts elsewhere; once snapped it goes away.
 */
import type { Clip } from '../../model/types';
import type { ClipChanges } from '../../storage/clips';
import { userMessageOf } from '../../ui/use-autosave';
import { formatClock } from '../../youtube/time';

export interface SnapToTalkStartProps {
  clip: Clip;
  saveNow: (changes: ClipChanges) => Promise<Clip>;
  /** The outcome: null when snapped, else the sentence to show. */
  onOutcome: (error: string | null) => void;
  hintId: string;
}

export function SnapToTalkStart({ clip, saveNow, onOutcome, hintId }: SnapToTalkStartProps) {
  const chapter = clip.chapter;
  if (chapter === undefined || chapter.seconds === clip.seconds) return null;
  const snap = async () => {
    try {
      await saveNow({ seconds: chapter.seconds });
      onOutcome(null);
    } catch (failure) {
      onOutcome(userMessageOf(failure));
    }
  };
  return (
    <div class="snap">
      <button type="button" onClick={() => void snap()} aria-describedby={hintId}>
        Snap to talk start
      </button>
      <small id={hintId} class="hint">
        Chapter “{chapter.title}” starts at {formatClock(chapter.seconds)}; this clip is at {formatClock(clip.seconds)}.
      </small>
    </div>
  );
}
