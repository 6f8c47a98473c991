/**
 * The editor of one clip's fields, shared by the popup, the trip-report page and the side
 * panel.
 *
 * Fields are labelled exactly Talk title, Speakers, Kind, Rating, Tags, Notes and Links
 * (docs/architecture.md §8). Edits save as you type (debounced), and are flushed on blur, when the
 * page hides or closes and on unmount. A failed save shows the storage layer's sentence
 * in role=alert and keeps what was typed. The form's state and saving are
 * editor/use-clip-form.ts; its parts are in editor/.
 */
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Clip } from '../model/types';
import { updateClip } from '../storage/clips';
import { KindAndRatingFields } from './editor/KindAndRatingFields';
import { LinksField } from './editor/LinksField';
import { NotesField } from './editor/NotesField';
import { QuickChoices } from './editor/QuickChoices';
import { SnapToTalkStart } from './editor/SnapToTalkStart';
import { useClipForm } from './editor/use-clip-form';
import type { SaveClip } from './editor/use-clip-form';
import { ListField } from './ListField';

export type { SaveClip } from './editor/use-clip-form';

export interface ClipEditorProps {
  /** The stored clip; may be replaced by live updates while the editor is open. */
  clip: Clip;
  /** Writes changes; defaults to storage's updateClip (throws StorageWriteError). */
  save?: SaveClip;
  /** Focus the Talk title field when the editor opens. */
  autoFocus?: boolean;
  /** Called after each successful save with the stored clip. */
  onSaved?: (clip: Clip) => void;
  /** Extra class on the root element. */
  class?: string;
  /** id of the root element (for aria-controls on a toggle). */
  id?: string;
  /** The Markdown link to the moment playing (side panel): adds Insert timestamp to Notes. */
  timestamp?: () => string | null;
  /** Rating and kind also as one-click buttons with one key each (side panel). */
  quickChoices?: boolean;
}

export function ClipEditor({ clip, save = updateClip, autoFocus = false, onSaved, class: className, id, timestamp, quickChoices = false }: ClipEditorProps) {
  const uid = useId();
  const idFor = (name: string) => `${uid}-${name}`;
  const { form, update, flush, checkedLinks, saveError, saveNow } = useClipForm(clip, save, onSaved);
  const [actionError, setActionError] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (autoFocus) titleRef.current?.focus();
  }, [autoFocus]);

  const text =
    (name: 'title' | 'speakers' | 'tags' | 'notes') =>
    (event: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      update({ [name]: event.currentTarget.value });

  const snapped = (error: string | null) => {
    setActionError(error);
    // The button goes away once the clip starts with its chapter: keep focus in the editor.
    if (error === null) titleRef.current?.focus();
  };

  const error = saveError ?? actionError;

  return (
    <div class={['clip-editor', className].filter(Boolean).join(' ')} id={id} onFocusOut={() => void flush()}>
      {error !== null && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}

      <div class="field">
        <label for={idFor('title')}>Talk title</label>
        <input ref={titleRef} id={idFor('title')} type="text" value={form.title} onInput={text('title')} autoComplete="off" />
      </div>

      <ListField label="Speakers" value={form.speakers} onInput={text('speakers')} entries="names" />

      {quickChoices && (
        <QuickChoices rating={form.rating} kind={form.kind} onRating={(rating) => update({ rating }, 'now')} onKind={(kind) => update({ kind }, 'now')} />
      )}

      <KindAndRatingFields form={form} update={update} />

      <ListField label="Tags" value={form.tags} onInput={text('tags')} entries="tags" />

      <NotesField id={idFor('notes')} value={form.notes} onChange={(notes) => update({ notes })} timestamp={timestamp} />

      <LinksField links={form.links} checkedLinks={checkedLinks} update={update} idFor={idFor} />

      <SnapToTalkStart clip={clip} saveNow={saveNow} onOutcome={snapped} hintId={idFor('snap-hint')} />
    </div>
  );
}
