/**
 * The report page's one status line (with the Undo it may offer) and its one alert, and
 * `run`, which performs one write at a time: a failure shows the storage layer's sentence
 * in the alert and keeps the data as it was.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { Clip, Trip } from '../../model/types';
import type { TripExtras } from '../../storage/trips';
import { userMessageOf } from '../../ui/use-autosave';

/** What Undo puts back: deleted clips, or a deleted trip with its clips. */
export type Undo = { kind: 'clips'; rows: Clip[] } | { kind: 'trip'; trip: Trip; clips: Clip[]; wasCurrent: boolean; extras?: TripExtras };

export interface Status {
  text: string;
  undo?: Undo;
}

export interface PageStatus {
  status: Status;
  error: string | null;
  busy: boolean;
  /** Shows `text` in the status line (offering Undo when `undo` is given) and clears the alert. */
  say: (text: string, undo?: Undo) => void;
  /** Clears the status line unless it offers Undo. */
  quiet: () => void;
  setError: (text: string | null) => void;
  run: (action: () => Promise<void>) => Promise<void>;
}

export function usePageStatus(): PageStatus {
  const [status, setStatus] = useState<Status>({ text: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);

  const say = useCallback((text: string, undo?: Undo) => {
    setStatus({ text, undo });
    setError(null);
  }, []);

  const quiet = useCallback(() => setStatus((current) => (current.undo !== undefined ? current : { text: '' })), []);

  const run = useCallback(async (action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await action();
    } catch (failure) {
      setError(userMessageOf(failure));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  return { status, error, busy, say, quiet, setError, run };
}
