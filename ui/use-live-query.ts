/**
 * A small Preact hook over Dexie's liveQuery: runs `query` now and again whenever a
 * table or range it read changes (in this page or any other extension page, including
 * writes by the background), until the component unmounts or `deps` change.
 *
 * While a re-run for new deps is pending, the previous value stays visible (no flash of
 * an empty list when paging).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveQueryState<T> {
  /** The latest answer; undefined until the first one arrives. */
  value: T | undefined;
  /** The latest failure of the query, cleared by the next answer. */
  error: unknown;
  /** True until the first answer (or failure) for the current deps arrives. */
  loading: boolean;
}

export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>({ value: undefined, error: undefined, loading: true });

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
