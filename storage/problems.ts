/**
 * Readable validation problems without zod: the Problem shape and how problems are
 * written out. Kept apart from issues.ts (which runs zod) so that storage/errors.ts,
 * needed by every page to recognise a StorageWriteError, does not load zod.
 */

export interface Problem {
  /** JSON path such as `clips[3].seconds`; empty for the whole value. */
  path: string;
  message: string;
}

/** `['clips', 3, 'seconds']` -> `clips[3].seconds` */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** `clips[3].seconds: must be >= 0` (or just the message for the whole value). */
export function problemSentence(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

/** Lists the first `max` problems and says how many more there are. */
export function summarizeProblems(problems: readonly Problem[], max = 10): string {
  const listed = problems.slice(0, max).map(problemSentence).join('; ');
  const rest = problems.length - max;
  return rest > 0 ? `${listed}; and ${rest} more` : listed;
}
