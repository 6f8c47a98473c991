/**
 * Save-as-you-type: `schedule()` after each change saves `delay` ms after the last one;
 * `flush()` saves a pending change now. Pending changes are also flushed when the page
 * is hidden or closed (`pagehide`, `visibilitychange`: the toolbar popup closes without
 * warning) and when the component unmounts, so no keystroke is lost.
 *
 * Saves run one after another, never overlapping, so a slow write cannot land after a
 * newer one. `save` is read at call time: it should read the latest form state from a
 * ref, not from a render's closure.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { StorageWriteError } from '../storage/errors';

export interface Autosave {
  /** Note a change: it is saved `delay` ms after the last call. */
  schedule(): void;
  /** Save a pending change now (blur, close). Resolves when every started save settled. */
  flush(): Promise<void>;
  /** Whether a change waits to be saved or is being saved (then a live update may be stale). */
  isPending(): boolean;
  /** The sentence of the last failed save, cleared by the next successful one. */
  error: string | null;
}

/** A sentence the user can read for any failure of a write. */
export function userMessageOf(error: unknown): string {
  if (error instanceof StorageWriteError) return error.userMessage;
  const detail = error instanceof Error ? error.message : String(error);
  return `Saving failed: ${detail}`;
}

export function useAutosave(save: () => Promise<void>, delay = 300): Autosave {
  const saveRef = useRef(save);
  saveRef.current = save;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dirty = useRef(false);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);
  const mounted = useRef(true);
  const [error, setError] = useState<string | null>(null);

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== undefined) {
      clearTimeout(timer.current);
      timer.current = undefined;
    }
    if (dirty.current) {
      dirty.current = false;
      inFlight.current += 1;
      chain.current = chain.current.then(async () => {
        try {
          await saveRef.current();
          if (mounted.current) setError(null);
        } catch (failure) {
          if (mounted.current) setError(userMessageOf(failure));
          else console.error('Talk Clipper: a change could not be saved', failure);
        } finally {
          inFlight.current -= 1;
        }
      });
    }
    return chain.current;
  }, []);

  const schedule = useCallback(() => {
    dirty.current = true;
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void flush();
    }, delay);
  }, [delay, flush]);

  const isPending = useCallback(() => dirty.current || inFlight.current > 0, []);

  useEffect(() => {
    mounted.current = true;
    const onHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  return { schedule, flush, isPending, error };
}
