/**
 * The trip's remembered export choices (export/choices-store.ts): loaded when the trip
 * changes, saved as they change. A pick (select, date, checkbox) is saved at once, since
 * a write started while the page unloads may never commit; typed text waits for the
 * typing to pause, or for the field to lose focus (`commit`), whichever comes first.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadChoices, saveChoices } from '../../export/choices-store';
import type { PanelChoices } from '../../export/choices-store';
import { withChoice } from '../../export/panel-model';
import { useAutosave } from '../../ui/use-autosave';

/** Choices typed as text: saved when the typing pauses rather than at once. */
const TYPED_CHOICES: ReadonlySet<keyof PanelChoices> = new Set<keyof PanelChoices>(['title', 'subfolder', 'extraFrontMatter', 'template', 'tierLabels']);

export type Choose = <K extends keyof PanelChoices>(key: K, value: PanelChoices[K] | undefined) => void;

export interface ExportChoicesState {
  /** undefined while the trip's choices load. */
  choices: PanelChoices | undefined;
  /** The choices as of now (a handler may run before the next render). */
  latest(): PanelChoices;
  choose: Choose;
  /** Save typed choices now: called when focus leaves a field, so a reload right after typing loses nothing. */
  commit(): void;
  /** The sentence of a failed save, or null. */
  saveError: string | null;
}

export function useExportChoices(tripId: string): ExportChoicesState {
  const [choices, setChoices] = useState<PanelChoices | undefined>(undefined);
  const choicesRef = useRef<PanelChoices>({});
  /** The trip whose choices choicesRef holds, so a save pending when the trip changes lands on the right trip. */
  const choicesTripRef = useRef(tripId);

  const autosave = useAutosave(async () => {
    await saveChoices(choicesTripRef.current, choicesRef.current);
  });

  useEffect(() => {
    let active = true;
    setChoices(undefined);
    void autosave.flush();
    const settle = (loaded: PanelChoices) => {
      if (!active) return;
      choicesRef.current = loaded;
      choicesTripRef.current = tripId;
      setChoices(loaded);
    };
    loadChoices(tripId).then(settle, () => settle({}));
    return () => {
      active = false;
    };
  }, [tripId]);

  const choose: Choose = (key, value) => {
    const next = withChoice(choicesRef.current, key, value);
    choicesRef.current = next;
    setChoices(next);
    autosave.schedule();
    if (!TYPED_CHOICES.has(key)) void autosave.flush();
  };

  return { choices, latest: () => choicesRef.current, choose, commit: () => void autosave.flush(), saveError: autosave.error };
}
