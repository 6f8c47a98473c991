/**
 * The form state of one clip's editor: the text it owns while mounted, saved as you type
 * (debounced) and flushed on demand, and the live updates of the clip it takes in.
 *
 * A live update of the clip (for instance our own save coming back through liveQuery)
 * only replaces the form when it differs from what this editor last saved and nothing
 * typed is waiting to be saved; an older version arriving after a newer save is ignored.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '../../model/types';
import type { ClipChanges } from '../../storage/clips';
import { useAutosave } from '../../ui/use-autosave';
import { changedFields, fieldsFromForm, formFromClip, pickClipFields, sameFields } from '../../ui/fields';
import type { ClipFields, ClipFormState, LinkDraft } from '../../ui/fields';

export type SaveClip = (id: string, changes: ClipChanges) => Promise<Clip>;

/** When a change is saved: after the typing pause, now, or not at all (a blank link row). */
export type SaveWhen = 'soon' | 'now' | 'not';

export interface ClipForm {
  form: ClipFormState;
  /** Changes fields of the form (from the latest form when given a function) and saves them `when`. */
  update: (changes: Partial<ClipFormState> | ((form: ClipFormState) => Partial<ClipFormState>), when?: SaveWhen) => void;
  /** Saves what is waiting now (on blur). */
  flush: () => Promise<void>;
  /** The link rows as they were when last checked (save or blur): errors show for rows unchanged since. */
  checkedLinks: LinkDraft[];
  /** The storage layer's sentence for the last failed save, cleared by the next good one. */
  saveError: string | null;
  /** Saves `changes` outside the form (Snap to talk start) and reports the stored clip as a save does. */
  saveNow: (changes: ClipChanges) => Promise<Clip>;
}

const SAVE_DELAY_MS = 300;

export function useClipForm(clip: Clip, save: SaveClip, onSaved: ((clip: Clip) => void) | undefined): ClipForm {
  const [form, setForm] = useState<ClipFormState>(() => formFromClip(clip));
  const formRef = useRef(form);
  const lastSaved = useRef<ClipFields>(pickClipFields(clip));
  /** updatedAt of the newest version of the clip this editor has seen or written. */
  const newestSeen = useRef(clip.updatedAt);
  const [checkedLinks, setCheckedLinks] = useState<LinkDraft[]>(form.links);

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

  const update = useCallback<ClipForm['update']>(
    (changes, when = 'soon') => {
      const next = { ...formRef.current, ...(typeof changes === 'function' ? changes(formRef.current) : changes) };
      formRef.current = next;
      setForm(next);
      if (when === 'not') return;
      schedule();
      if (when === 'now') void flush();
    },
    [schedule, flush],
  );

  const saveNow = async (changes: ClipChanges) => {
    const stored = await saveRef.current(clipId, changes);
    onSavedRef.current?.(stored);
    return stored;
  };

  return { form, update, flush, checkedLinks, saveError: autosave.error, saveNow };
}
