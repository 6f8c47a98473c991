/**
 * The editor of one clip's fields, shared by the popup and the trip-report page.
 *
 * Fields are labelled exactly Talk title, Speakers, Kind, Rating, Tags, Notes and Links
 * (docs/architecture.md §8). Edits save as you type (debounced), and are flushed on blur, when the
 * page hides or closes and on unmount. A failed save shows the storage layer's sentence
 * in role=alert and keeps what was typed.
 *
 * The form owns its text while mounted: a live update of the clip (for instance our own
 * save coming back through liveQuery) only replaces the form when it differs from what
 * this editor last saved and nothing typed is waiting to be saved.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Clip } from '../model/types';
import { updateClip } from '../storage/clips';
import type { ClipChanges } from '../storage/clips';
import { useAutosave, userMessageOf } from '../ui/use-autosave';
import {
  KIND_OPTIONS,
  RATING_OPTIONS,
  changedFields,
  fieldsFromForm,
  formFromClip,
  linkProblem,
  linkProblemMessage,
  parseKind,
  parseRating,
  pickClipFields,
  sameFields,
} from '../ui/fields';
import type { ClipFields, ClipFormState, LinkDraft } from '../ui/fields';
import { formatClock } from '../youtube/time';
import { NotesField } from './editor/NotesField';
import { QuickChoices } from './editor/QuickChoices';
import { ListField } from './ListField';

export type SaveClip = (id: string, changes: ClipChanges) => Promise<Clip>;

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

const SAVE_DELAY_MS = 300;

export function ClipEditor({ clip, save = updateClip, autoFocus = false, onSaved, class: className, id, timestamp, quickChoices = false }: ClipEditorProps) {
  const uid = useId();
  const fieldId = (name: string) => `${uid}-${name}`;

  const [form, setForm] = useState<ClipFormState>(() => formFromClip(clip));
  const formRef = useRef(form);
  const lastSaved = useRef<ClipFields>(pickClipFields(clip));
  /** updatedAt of the newest version of the clip this editor has seen or written. */
  const newestSeen = useRef(clip.updatedAt);
  /** The link rows as they were when last checked (save or blur): errors show for rows unchanged since. */
  const [checkedLinks, setCheckedLinks] = useState<LinkDraft[]>(form.links);
  const [actionError, setActionError] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const linksRef = useRef<HTMLFieldSetElement>(null);
  const addLinkRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<{ row: number } | 'add' | null>(null);

  const clipId = clip.id;
  const saveRef = useRef(save);
  saveRef.current = save;
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const autosave = useAutosave(async () => {
    const current = formRef.current;
    setCheckedLinks(current.links);
    const changes = changedFields(fieldsFromForm(current), lastSaved.current);
    if (Object.keys(changes).length === 0) return;
    const stored = await saveRef.current(clipId, changes);
    lastSaved.current = pickClipFields(stored);
    if (stored.updatedAt > newestSeen.current) newestSeen.current = stored.updatedAt;
    onSavedRef.current?.(stored);
  }, SAVE_DELAY_MS);
  const { schedule, flush, isPending } = autosave;

  // Take in changes made elsewhere (another page, a restore) unless typing is pending.
  // A live query can deliver an older version after our newer save resolved: ignore it.
  useEffect(() => {
    if (clip.updatedAt < newestSeen.current) return;
    newestSeen.current = clip.updatedAt;
    const incoming = pickClipFields(clip);
    if (sameFields(incoming, lastSaved.current) || isPending()) return;
    lastSaved.current = incoming;
    const next = formFromClip(clip);
    formRef.current = next;
    setForm(next);
    setCheckedLinks(next.links);
  }, [clip, isPending]);

  useEffect(() => {
    if (autoFocus) titleRef.current?.focus();
  }, [autoFocus]);

  // Move focus after adding or removing a link row, once the rows are rendered.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target === 'add') {
      addLinkRef.current?.focus();
      return;
    }
    const input = linksRef.current?.querySelector<HTMLInputElement>(`[data-link-row="${target.row}"][data-link-part="label"]`);
    input?.focus();
  }, [form.links.length]);

  const update = useCallback(
    (changes: Partial<ClipFormState>, immediate = false) => {
      const next = { ...formRef.current, ...changes };
      formRef.current = next;
      setForm(next);
      schedule();
      if (immediate) void flush();
    },
    [schedule, flush],
  );

  const onBlur = () => void flush();

  const text =
    (name: 'title' | 'speakers' | 'tags' | 'notes') =>
    (event: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      update({ [name]: event.currentTarget.value });

  const setLink = (index: number, part: keyof LinkDraft, value: string) => {
    const links = formRef.current.links.map((link, i) => (i === index ? { ...link, [part]: value } : link));
    update({ links });
  };

  const addLink = () => {
    const links = [...formRef.current.links, { label: '', url: '' }];
    pendingFocus.current = { row: links.length - 1 };
    // A blank row is not saved, so no need to save now.
    formRef.current = { ...formRef.current, links };
    setForm(formRef.current);
  };

  const removeLink = (index: number) => {
    const links = formRef.current.links.filter((_, i) => i !== index);
    pendingFocus.current = links.length > 0 ? { row: Math.min(index, links.length - 1) } : 'add';
    update({ links }, true);
  };

  const chapter = clip.chapter;
  const canSnap = chapter !== undefined && chapter.seconds !== clip.seconds;
  const snap = async () => {
    if (chapter === undefined) return;
    try {
      const stored = await saveRef.current(clipId, { seconds: chapter.seconds });
      setActionError(null);
      onSavedRef.current?.(stored);
      // The button goes away once the clip starts with its chapter: keep focus in the editor.
      titleRef.current?.focus();
    } catch (failure) {
      setActionError(userMessageOf(failure));
    }
  };

  const error = autosave.error ?? actionError;

  return (
    <div class={['clip-editor', className].filter(Boolean).join(' ')} id={id} onFocusOut={onBlur}>
      {error !== null && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}

      <div class="field">
        <label for={fieldId('title')}>Talk title</label>
        <input ref={titleRef} id={fieldId('title')} type="text" value={form.title} onInput={text('title')} autoComplete="off" />
      </div>

      <ListField label="Speakers" value={form.speakers} onInput={text('speakers')} entries="names" />

      {quickChoices && (
        <QuickChoices rating={form.rating} kind={form.kind} onRating={(rating) => update({ rating }, true)} onKind={(kind) => update({ kind }, true)} />
      )}

      <div class="field-row">
        <div class="field">
          <label for={fieldId('kind')}>Kind</label>
          <select id={fieldId('kind')} value={form.kind} onChange={(event) => update({ kind: parseKind(event.currentTarget.value) }, true)}>
            {KIND_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={fieldId('rating')}>Rating</label>
          <select
            id={fieldId('rating')}
            value={form.rating ?? ''}
            onChange={(event) => update({ rating: parseRating(event.currentTarget.value) }, true)}
          >
            {RATING_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>

      <ListField label="Tags" value={form.tags} onInput={text('tags')} entries="tags" />

      <NotesField id={fieldId('notes')} value={form.notes} onChange={(notes) => update({ notes })} timestamp={timestamp} />

      <fieldset class="links group-box" ref={linksRef}>
        <legend>Links</legend>
        {form.links.length === 0 && <p class="hint">No links yet (slides, repository…).</p>}
        {form.links.map((link, index) => {
          const n = index + 1;
          const checked = checkedLinks[index];
          const problem = checked !== undefined && checked.url === link.url && checked.label === link.label ? linkProblem(link) : null;
          const errorId = fieldId(`link-${index}-error`);
          return (
            <div class="link-row" key={index}>
              <input
                type="text"
                aria-label={`Link ${n} label`}
                placeholder="Label"
                value={link.label}
                data-link-row={index}
                data-link-part="label"
                onInput={(event) => setLink(index, 'label', event.currentTarget.value)}
                autoComplete="off"
              />
              <input
                type="url"
                aria-label={`Link ${n} URL`}
                placeholder="https://…"
                value={link.url}
                data-link-row={index}
                data-link-part="url"
                aria-invalid={problem !== null}
                aria-describedby={problem !== null ? errorId : undefined}
                onInput={(event) => setLink(index, 'url', event.currentTarget.value)}
                autoComplete="off"
              />
              <button type="button" class="button-quiet" onClick={() => removeLink(index)} aria-label={`Remove link ${n}`} title={`Remove link ${n}`}>
                <span aria-hidden="true">×</span>
              </button>
              {problem !== null && (
                <p class="field-error link-error" id={errorId} role="alert">
                  {linkProblemMessage(index, problem)}
                </p>
              )}
            </div>
          );
        })}
        <button type="button" ref={addLinkRef} onClick={addLink}>
          Add link
        </button>
      </fieldset>

      {canSnap && chapter !== undefined && (
        <div class="snap">
          <button type="button" onClick={() => void snap()} aria-describedby={fieldId('snap-hint')}>
            Snap to talk start
          </button>
          <small id={fieldId('snap-hint')} class="hint">
            Chapter “{chapter.title}” starts at {formatClock(chapter.seconds)}; this clip is at {formatClock(clip.seconds)}.
          </small>
        </div>
      )}
    </div>
  );
}
