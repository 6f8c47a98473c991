/**
 * The popup's status line: one sentence (polite status, or an error shown as an alert)
 * and, after a delete, the rows Undo puts back while the undo window (UNDO_MS) lasts.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ClipResult } from '../../model/clip-result';
import type { Clip } from '../../model/types';

export const UNDO_MS = 10_000;

export interface Status {
  text: string;
  /** Rows that Undo puts back, while the undo window lasts. */
  undo?: Clip[];
  /** Shown as an error (role=alert) rather than a polite status. */
  error?: boolean;
  /** The Clip talk answer `text` announces: once the follow-up match renames that clip, the line says the talk's name. */
  announced?: ClipResult;
}

export interface StatusLine {
  status: Status;
  /** Shows `next`; with `undo`, Undo is offered for UNDO_MS. */
  say: (next: Status) => void;
  /** The rows Undo would put back now (none once the window has closed). */
  undoable: () => Clip[];
}

export function useStatusLine(): StatusLine {
  const [status, setStatus] = useState<Status>({ text: '' });
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const statusRef = useRef(status);
  statusRef.current = status;

  useEffect(() => () => clearTimeout(undoTimer.current), []);

  const say = useCallback((next: Status) => {
    clearTimeout(undoTimer.current);
    undoTimer.current = undefined;
    setStatus(next);
    if (next.undo !== undefined) {
      undoTimer.current = setTimeout(() => {
        undoTimer.current = undefined;
        setStatus((current) => ({ text: current.text }));
      }, UNDO_MS);
    }
  }, []);

  const undoable = useCallback(() => (undoTimer.current !== undefined ? (statusRef.current.undo ?? []) : []), []);

  return { status, say, undoable };
}
