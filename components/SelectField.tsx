/** A labelled `<select>` whose value is one of a fixed list of choices. */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { Choice } from '../ui/labels';

export type { Choice } from '../ui/labels';

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  choices: ReadonlyArray<Choice<T>>;
  onChange: (value: T) => void;
}

export function SelectField<T extends string>({ label, value, choices, onChange }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event: JSX.TargetedEvent<HTMLSelectElement>) => {
          // Only a listed value reaches the caller, typed as such.
          const picked = choices.find((choice) => choice.value === event.currentTarget.value);
          if (picked !== undefined) onChange(picked.value);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
