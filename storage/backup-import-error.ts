/**
 * The error of a backup file that cannot be imported, zod-free, so the report page can
 * refuse a file too large to read before the backup code (storage/backup.ts) has loaded.
 */
import { summarizeProblems, type Problem } from './problems';

/** A file that cannot be imported; nothing was changed. `message` names what and where. */
export class BackupImportError extends Error {
  override readonly name = 'BackupImportError';
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(`This backup file cannot be imported, so nothing was changed. ${summarizeProblems(problems)}.`);
    this.problems = problems;
  }

  /** The same sentence as `message`, for symmetry with StorageWriteError. */
  get userMessage(): string {
    return this.message;
  }
}
