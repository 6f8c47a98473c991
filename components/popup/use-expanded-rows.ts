/** Which rows of the popup's lists have their editor open. */
import { useCallback, useState } from 'preact/hooks';

export interface ExpandedRows {
  expanded: ReadonlySet<string>;
  toggle: (id: string) => void;
  /** Forgets a row (it was deleted). */
  collapse: (id: string) => void;
}

export function useExpandedRows(): ExpandedRows {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((id: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const collapse = useCallback((id: string) => {
    setExpanded((current) => {
      if (!current.has(id)) return current;
      const next = new Set(current);
      next.delete(id);
      return next;
    });
  }, []);
  return { expanded, toggle, collapse };
}
