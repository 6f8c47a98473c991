/**
 * The export panel's two feedback lines: an outcome for the role=status line and a
 * failure for the role=alert line; saying one clears the other.
 */
import { useCallback, useState } from 'preact/hooks';

export interface Feedback {
  status: string;
  error: string;
  say(status: string): void;
  fail(error: string): void;
}

export function useFeedback(): Feedback {
  const [lines, setLines] = useState({ status: '', error: '' });
  const say = useCallback((status: string) => setLines({ status, error: '' }), []);
  const fail = useCallback((error: string) => setLines({ status: '', error }), []);
  return { ...lines, say, fail };
}
