/**
 * Errors of the storage layer. A StorageWriteError means that nothing was written: the
 * failed transaction was rolled back and the previous data is intact. `userMessage` is a
 * sentence to show to the user as is.
 */
// problems.ts, not issues.ts: this module is loaded by every page and must not pull in zod.
import { summarizeProblems, type Problem } from './problems';

export type StorageWriteErrorCode = 'validation' | 'not-found' | 'quota' | 'aborted' | 'unknown';

const UNCHANGED = 'Your previous data is unchanged.';

export class StorageWriteError extends Error {
  override readonly name = 'StorageWriteError';
  readonly code: StorageWriteErrorCode;
  /** A sentence the user can read. */
  readonly userMessage: string;
  /** For validation failures: the first invalid field, e.g. `links[0].url`. */
  readonly field?: string;
  readonly problems: Problem[];

  constructor(
    code: StorageWriteErrorCode,
    userMessage: string,
    options: { cause?: unknown; field?: string; problems?: Problem[]; message?: string } = {},
  ) {
    super(options.message ?? userMessage, { cause: options.cause });
    this.code = code;
    this.userMessage = userMessage;
    this.field = options.field;
    this.problems = options.problems ?? [];
  }
}

/** Nothing was saved because a value is invalid; names the field(s). */
export function validationError(what: string, problems: Problem[]): StorageWriteError {
  const first = problems[0];
  const detail = summarizeProblems(problems, 3);
  return new StorageWriteError('validation', `The ${what} was not saved: ${detail}. ${UNCHANGED}`, {
    field: first?.path,
    problems,
  });
}

export function notFoundError(what: string, id: string): StorageWriteError {
  return new StorageWriteError('not-found', `The ${what} no longer exists; it may have been deleted in another window. ${UNCHANGED}`, {
    message: `${what} ${id} not found`,
  });
}

/** The `name` of an Error or DOMException (`QuotaExceededError`, `NotFoundError`, ...), if it has one. */
export function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : undefined;
}

function isQuotaError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    if (errorName(current) === 'QuotaExceededError') return true;
    const next = current as { inner?: unknown; cause?: unknown };
    current = next.inner ?? next.cause;
  }
  return false;
}

/** Turns any failure of a write transaction into a StorageWriteError (kept as is if it already is one). */
export function toStorageWriteError(error: unknown): StorageWriteError {
  if (error instanceof StorageWriteError) return error;
  if (isQuotaError(error)) {
    return new StorageWriteError(
      'quota',
      `The browser has no storage space left for Talk Clipper, so nothing was saved. Free some disk space or delete old trips, then try again. ${UNCHANGED}`,
      { cause: error },
    );
  }
  const name = errorName(error);
  const code: StorageWriteErrorCode = name === 'AbortError' || name === 'TransactionInactiveError' ? 'aborted' : 'unknown';
  const reason = error instanceof Error ? error.message : String(error);
  return new StorageWriteError(code, `Saving failed and nothing was changed; please try again. ${UNCHANGED}`, {
    cause: error,
    message: `Storage write failed: ${reason}`,
  });
}

/** Runs a write and converts every failure into a StorageWriteError. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw toStorageWriteError(error);
  }
}
