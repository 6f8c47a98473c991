/**
 * One clip as a list row: talk title, stream time linking to the video at that moment,
 * a short summary, an Edit toggle revealing the ClipEditor, and Delete.
 *
 * The editor (with the validation it saves through) is loaded on the first Edit, not
 * with the list: the popup shows its rows before zod and the form code are loaded.
 */
import type { ComponentType } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Clip } from '../model/types';
import { KIND_LABELS, RATING_LABELS, displayTitle, watchUrl } from '../ui/labels';
import { formatClock } from '../youtube/time';
import type { ClipEditorProps, SaveClip } from './ClipEditor';

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
  const title = displayTitle(clip);
  const clock = formatClock(clip.seconds);

  useEffect(() => {
    if (highlighted) rowRef.current?.scrollIntoView({ block: 'nearest' });
  }, [highlighted]);

  return (
    <li ref={rowRef} class={highlighted ? 'clip clip-highlighted' : 'clip'} aria-current={highlighted ? 'true' : undefined} data-clip-id={clip.id}>
      <div class="clip-head">
        <div class="clip-main">
          <span class="clip-title">{title}</span>
          <span class="clip-meta">
            <a class="clip-time" href={watchUrl(clip.videoId, clip.seconds)} target="_blank" rel="noopener noreferrer">
              <span class="visually-hidden">Watch at </span>
              {clock}
            </a>
            {clip.speakers.length > 0 && <span class="clip-speakers">{clip.speakers.join(', ')}</span>}
            {clip.kind !== 'talk' && <span class="chip">{KIND_LABELS[clip.kind]}</span>}
            {clip.rating !== null && <span class={`chip chip-${clip.rating}`}>{RATING_LABELS[clip.rating]}</span>}
          </span>
        </div>
        <div class="clip-actions">
          <button
            type="button"
            class="button-small"
            data-row-focus
            aria-label={`Edit ${title}`}
            aria-expanded={expanded}
            aria-controls={expanded ? editorId : undefined}
            onClick={() => onToggle(clip.id)}
          >
            Edit
          </button>
          <button type="button" class="button-small button-danger" aria-label={`Delete ${title}`} onClick={() => onDelete(clip, rowRef.current)}>
            Delete
          </button>
        </div>
      </div>
      {expanded && <LazyClipEditor id={editorId} clip={clip} save={save} autoFocus />}
    </li>
  );
}

type EditorComponent = ComponentType<ClipEditorProps>;

let loadedEditor: EditorComponent | undefined;
let loadingEditor: Promise<EditorComponent> | undefined;

function loadClipEditor(): Promise<EditorComponent> {
  if (loadingEditor === undefined) {
    const loading = import('./ClipEditor').then((module) => {
      loadedEditor = module.ClipEditor;
      return module.ClipEditor;
    });
    loadingEditor = loading;
    // A failed load (extension updated meanwhile...) is tried again on the next Edit.
    loading.catch(() => {
      if (loadingEditor === loading) loadingEditor = undefined;
    });
  }
  return loadingEditor;
}

/** The ClipEditor once its module is loaded; until then a placeholder with the editor's id. */
function LazyClipEditor(props: ClipEditorProps) {
  const [Editor, setEditor] = useState<EditorComponent | undefined>(() => loadedEditor);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (Editor !== undefined) return;
    let active = true;
    loadClipEditor().then(
      (component) => {
        if (active) setEditor(() => component);
      },
      () => {
        if (active) setFailed(true);
      },
    );
    return () => {
      active = false;
    };
  }, [Editor]);

  if (Editor !== undefined) return <Editor {...props} />;
  return (
    <div class="clip-editor clip-editor-loading" id={props.id}>
      {failed ? (
        <p class="field-error" role="alert">
          Could not load the editor; close and reopen it to try again.
        </p>
      ) : (
        <p class="hint">Loading editor…</p>
      )}
    </div>
  );
}
