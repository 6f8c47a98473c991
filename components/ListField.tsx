/**
 * A labelled text field holding a comma-separated list (speakers, tags, categories), with
 * the hint that says how to separate the entries. The clip editor and the trip form share
 * it; ui/fields.ts parses what it holds.
 */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { listEntriesHint } from '../ui/labels';

export interface ListFieldProps {
  label: string;
  value: string;
  onInput: (event: JSX.TargetedEvent<HTMLInputElement>) => void;
  /** What the entries are, for the hint: `tags` gives "Separate tags with commas." */
  entries: string;
}

export function ListField({ label, value, onInput, entries }: ListFieldProps) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="text" value={value} onInput={onInput} aria-describedby={`${id}-hint`} autoComplete="off" />
      <small id={`${id}-hint`} class="hint">
        {listEntriesHint(entries)}
      </small>
    </div>
  );
}
