/**
 * A button that opens the file chooser (Import backup, Import schedule): the file input
 * stays out of sight and out of the tab order, named for screen readers and tests, and
 * is reset after each choice so choosing the same file again imports it again.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface FileImportButtonProps {
  /** The visible button text, e.g. "Import schedule". */
  children: ComponentChildren;
  /** The file input's accessible name, e.g. "Schedule file". */
  inputLabel: string;
  /** The input's `accept`: extensions and media types. */
  accept: string;
  disabled: boolean;
  busy: boolean;
  onFile: (file: File) => void;
}

export function FileImportButton({ children, inputLabel, accept, disabled, busy, onFile }: FileImportButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={disabled} aria-busy={busy} onClick={() => inputRef.current?.click()}>
        {children}
      </button>
      <input
        ref={inputRef}
        class="visually-hidden"
        type="file"
        accept={accept}
        aria-label={inputLabel}
        tabIndex={-1}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file !== undefined) onFile(file);
        }}
      />
    </>
  );
}
