/**
 * One clip as a list row: talk title, stream time linking to the video at that moment,
 * a short summary, an Edit toggle revealing the ClipEditor, and Delete.
 *
 * The editor (with the validation it saves through) is loaded on the first Edit, not
 * with the list: the popup shows its rows before zod and the form code are loaded. The
 * collapsed row's markup is also written, as plain DOM, by components/popup/first-paint.ts
 * (the popup's first paint): change both together (tests/unit/popup/first-paint.test.tsx).
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import type { Clip } from '../model/types';
import { WATCH_AT, clipRowView } from '../ui/clip-row-view';
import type { SaveClip } from './ClipEditor';
import { LazyClipEditor } from './LazyClipEditor';

export interface ClipItemProps {
  clip: Clip;
  /** Whether the editor is shown. */
  expanded: boolean;
  onToggle: (id: string) => void;
  /** `row` is the <li>, so the caller can move focus to a neighbour before it goes away. */
  onDelete: (clip: Clip, row: HTMLLIElement | null) => void;
  /** Mark and scroll to this row (the clip just taken, or the duplicate found). */
  highlighted?: boolean;
  /** Passed to the editor; defaults to storage's updateClip. */
  save?: SaveClip;
}

export function ClipItem({ clip, expanded, onToggle, onDelete, highlighted = false, save }: ClipItemProps) {
  const editorId = `${useId()}-editor`;
  const rowRef = useRef<HTMLLIElement>(null);
  const row = clipRowView(clip);

  useEffect(() => {
    if (highlighted) rowRef.current?.scrollIntoView({ block: 'nearest' });
  }, [highlighted]);

  return (
    <li ref={rowRef} class={highlighted ? 'clip clip-highlighted' : 'clip'} aria-current={highlighted ? 'true' : undefined} data-clip-id={clip.id}>
      <div class="clip-head">
        <div class="clip-main">
          <span class="clip-title">{row.title}</span>
          <span class="clip-meta">
            <a class="clip-time" href={row.href} target="_blank" rel="noopener noreferrer">
              <span class="visually-hidden">{WATCH_AT}</span>
              {row.clock}
            </a>
            {row.speakers !== undefined && <span class="clip-speakers">{row.speakers}</span>}
            {row.chips.map((chip) => (
              <span key={chip.className} class={chip.className}>
                {chip.label}
              </span>
            ))}
          </span>
        </div>
        <div class="clip-actions">
          <button
            type="button"
            class="button-small"
            data-row-focus
            aria-label={row.editLabel}
            aria-expanded={expanded}
            aria-controls={expanded ? editorId : undefined}
            onClick={() => onToggle(clip.id)}
          >
            Edit
          </button>
          <button type="button" class="button-small button-danger" aria-label={row.deleteLabel} onClick={() => onDelete(clip, rowRef.current)}>
            Delete
          </button>
        </div>
      </div>
      {expanded && <LazyClipEditor id={editorId} clip={clip} save={save} autoFocus />}
    </li>
  );
}
