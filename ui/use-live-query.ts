/**
 * A small Preact hook over Dexie's liveQuery: runs `query` now and again whenever a
 * table or range it read changes (in this page or any other extension page, including
 * writes by the background), until the component unmounts or `deps` change.
 *
 * While a re-run for new deps is pending, the previous value stays visible (no flash of
 * an empty list when paging).
 *
 * `first`, when given, is the same query already started by the caller (before the first
 * paint, when effects have not run yet): its answer is shown as soon as it arrives,
 * until the live query's own first answer replaces it. An answer already in hand
 * (`{ value }`: the popup's plain-DOM first paint read it) is shown from the first render.
 */
import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface LiveQueryState<T> {
  /** The latest answer; undefined until the first one arrives. */
  value: T | undefined;
  /** The latest failure of the query, cleared by the next answer. */
  error: unknown;
  /** True until the first answer (or failure) for the current deps arrives. */
  loading: boolean;
}

export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[], first?: Promise<T> | { value: T }): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>(() =>
    first !== undefined && !(first instanceof Promise) ? { value: first.value, error: undefined, loading: false } : { value: undefined, error: undefined, loading: true },
  );
  // Subscribed to during the first render, not in an effect: effects run after the first paint.
  const firstSeen = useRef(false);
  if (!firstSeen.current && first instanceof Promise) {
    firstSeen.current = true;
    first.then(
      (value) => setState((previous) => (previous.value === undefined && previous.loading ? { value, error: undefined, loading: false } : previous)),
      () => undefined, // the live query reports its own failure
    );
  }

  useEffect(() => {
    let active = true;
    setState((previous) => (previous.loading ? previous : { ...previous, loading: true }));
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        if (active) setState({ value, error: undefined, loading: false });
      },
      error: (error: unknown) => {
        if (active) setState((previous) => ({ value: previous.value, error, loading: false }));
      },
    });
    return () => {
      active = false;
      subscription.unsubscribe();
    };
    // The query closes over `deps`; re-subscribing on every render would defeat the cache.
  }, deps);

  return state;
}
