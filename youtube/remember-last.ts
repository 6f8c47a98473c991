/**
 * Remembers a pure function's last answer: clipping several talks of one stream reads the
 * same description and chapter list again and again, and the background should not.
 * Answers are shared between calls, so callers must not change them.
 */
export function rememberLast<Args extends unknown[], Result>(compute: (...args: Args) => Result, keyOf: (...args: Args) => string): (...args: Args) => Result {
  let lastKey: string | undefined;
  let lastResult: Result | undefined;
  return (...args: Args): Result => {
    const key = keyOf(...args);
    if (key !== lastKey || lastResult === undefined) {
      lastResult = compute(...args);
      lastKey = key;
    }
    return lastResult;
  };
}
