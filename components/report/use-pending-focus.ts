/**
 * Where keyboard focus goes after an action, once the page has rendered its result:
 * the Undo button after a delete, the Clips heading after Undo, the trip name after
 * New trip.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

export type FocusTarget = 'undo' | 'clips' | 'trip-name';

export interface PendingFocus {
  undoRef: RefObject<HTMLButtonElement>;
  clipsHeadingRef: RefObject<HTMLHeadingElement>;
  tripFormRef: RefObject<HTMLDivElement>;
  /** Moves focus to `target` after the next render that shows it. */
  focusSoon: (target: FocusTarget) => void;
}

export function usePendingFocus(): PendingFocus {
  const undoRef = useRef<HTMLButtonElement>(null);
  const clipsHeadingRef = useRef<HTMLHeadingElement>(null);
  const tripFormRef = useRef<HTMLDivElement>(null);
  const pending = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = pending.current;
    if (target === null) return;
    if (target === 'undo' && undoRef.current !== null) {
      undoRef.current.focus();
      pending.current = null;
    } else if (target === 'clips' && clipsHeadingRef.current !== null) {
      clipsHeadingRef.current.focus();
      pending.current = null;
    } else if (target === 'trip-name') {
      const input = tripFormRef.current?.querySelector<HTMLInputElement>('.trip-field-name input');
      if (input !== null && input !== undefined) {
        input.focus();
        input.select();
        pending.current = null;
      }
    }
  });

  const focusSoon = (target: FocusTarget) => {
    pending.current = target;
  };

  return { undoRef, clipsHeadingRef, tripFormRef, focusSoon };
}
