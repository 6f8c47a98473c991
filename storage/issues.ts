/**
 * Readable validation problems: a JSON-style path (`clips[12].videoId`) and a short
 * sentence fragment (`must be an 11-character YouTube video id`), shared by the
 * repositories (StorageWriteError) and backup import (BackupImportError).
 */
import { z } from 'zod';
import { formatPath } from './problems';
import type { Problem } from './problems';

// The zod-free half lives in problems.ts (storage/errors.ts needs it without zod).
export { formatPath, problemSentence, summarizeProblems } from './problems';
export type { Problem } from './problems';

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function describeValues(values: readonly unknown[]): string {
  const shown = values.map((value) => JSON.stringify(value)).join(', ');
  return values.length === 1 ? shown : `one of ${shown}`;
}

/**
 * Per-parse error map (zod 4): plain-English messages for zod's built-in checks.
 * Messages set on the schemas themselves (model/schemas.ts) take precedence.
 */
export const readableErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${min} characters long`;
      if (issue.origin === 'array') return `must have at least ${min} items`;
      return `must be ${issue.inclusive === false ? '>' : '>='} ${min}`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${max} characters long`;
      if (issue.origin === 'array') return `must have at most ${max} items`;
      return `must be ${issue.inclusive === false ? '<' : '<='} ${max}`;
    }
    case 'invalid_value':
      return `must be ${describeValues(issue.values)}`;
    case 'invalid_format':
      if (issue.format === 'uuid') return 'must be a UUID';
      if (issue.format === 'datetime') return 'must be an ISO date-time such as 2024-05-24T09:30:00Z';
      return `is not a valid ${issue.format}`;
    default:
      return undefined;
  }
};

/** Validates with readable messages; never throws. */
export function check<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; value: z.output<S> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(value, { error: readableErrorMap });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}
