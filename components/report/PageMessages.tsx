/**
 * The report page's one status region (role=status, with Undo after deletes) and its one
 * alert (role=alert: the storage layer's sentence, or why the trips could not be read).
 */
import type { RefObject } from 'preact';
import type { Status } from './use-page-status';

export interface PageMessagesProps {
  status: Status;
  error: string | null;
  loadError: unknown;
  undoRef: RefObject<HTMLButtonElement>;
  onUndo: () => void;
  onDismiss: () => void;
}

export function PageMessages({ status, error, loadError, undoRef, onUndo, onDismiss }: PageMessagesProps) {
  return (
    <div class="report-messages">
      <div class="status-bar" role="status">
        <p class="status">{status.text}</p>
        {status.undo !== undefined && (
          <button type="button" ref={undoRef} class="button-small" onClick={onUndo}>
            Undo
          </button>
        )}
      </div>
      {(error !== null || loadError !== undefined) && (
        <div class="field-error report-alert">
          <p role="alert">{error ?? `Could not read your trips: ${loadError instanceof Error ? loadError.message : String(loadError)}`}</p>
          {error !== null && (
            <button type="button" class="button-small" onClick={onDismiss}>
              Dismiss
            </button>
          )}
        </div>
      )}
    </div>
  );
}
