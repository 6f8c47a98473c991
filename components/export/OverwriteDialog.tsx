/** The overwrite question, as an in-page modal dialog: open while there is a conflict, Cancel focused. */
import { useEffect, useId, useRef } from 'preact/hooks';
import { existsQuestion } from '../../export/messages';
import type { Conflict } from './use-blog-folder';

export interface OverwriteDialogProps {
  conflict: Conflict | undefined;
  onOverwrite: () => void;
  onCancel: () => void;
}

export function OverwriteDialog({ conflict, onOverwrite, onCancel }: OverwriteDialogProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (conflict !== undefined && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (conflict === undefined && dialog.open) {
      dialog.close();
    }
  }, [conflict]);

  return (
    <dialog
      ref={dialogRef}
      class="export-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h3 id={titleId}>Replace the existing file?</h3>
      <p>{conflict !== undefined ? existsQuestion(conflict.path, conflict.handle.name) : ''}</p>
      <div class="export-actions">
        <button type="button" class="button-danger" onClick={onOverwrite}>
          Overwrite
        </button>
        <button type="button" ref={cancelRef} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
