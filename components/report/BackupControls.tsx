/**
 * Download backup (the whole database as the versioned JSON of docs/architecture.md §4) and
 * Import backup (a file input labelled "Backup file", opened by the button). Outcomes
 * go to the page's status area; failures, named by the storage layer, to its alert.
 * The backup code (with every record's zod schema) loads at the first press, not with
 * the page (docs/architecture.md §15).
 */
import { useState } from 'preact/hooks';
import { FileImportButton } from '../FileImportButton';
import type { ImportSummary } from '../../storage/backup';
import { downloadText } from '../../export/download';
import { BACKUP_LIMITS, fileTooLargeProblem } from '../../storage/backup-bounds';
import { BackupImportError } from '../../storage/backup-import-error';
import { StorageWriteError } from '../../storage/errors';
import { userMessageOf } from '../../ui/use-autosave';
import { BACKUP_FILE_TYPES, backupDownloadedMessage, importSummaryMessage } from './report-messages';

export interface BackupControlsProps {
  onStatus: (text: string) => void;
  onError: (text: string) => void;
  onImported?: (summary: ImportSummary) => void;
}

export function BackupControls({ onStatus, onError, onImported }: BackupControlsProps) {
  const [busy, setBusy] = useState<'download' | 'import' | null>(null);

  const download = async () => {
    setBusy('download');
    try {
      const { backupFileName, createBackup } = await import('../../storage/backup');
      const now = new Date();
      const backup = await createBackup(now);
      const fileName = backupFileName(now);
      downloadText(fileName, `${JSON.stringify(backup, null, 2)}\n`, 'application/json');
      onStatus(backupDownloadedMessage(fileName, backup.trips.length, backup.clips.length));
    } catch (failure) {
      onError(`The backup could not be made: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(null);
    }
  };

  const importFile = async (file: File) => {
    setBusy('import');
    onStatus(`Importing ${file.name}…`);
    try {
      // Refuse a huge file before reading it into memory (same sentence as the importer's);
      // the file is read while the backup code (zod and every record's schema) loads.
      if (file.size > BACKUP_LIMITS.maxBytes) throw new BackupImportError([fileTooLargeProblem(BACKUP_LIMITS.maxBytes)]);
      const [{ importBackup }, text] = await Promise.all([
        import('../../storage/backup'),
        file.text().catch((failure: unknown) => {
          throw new Error(`The file ${file.name} could not be read (${failure instanceof Error ? failure.message : String(failure)}); nothing was changed.`);
        }),
      ]);
      const summary = await importBackup(text);
      onStatus(importSummaryMessage(summary));
      onImported?.(summary);
    } catch (failure) {
      onStatus('');
      if (failure instanceof StorageWriteError) onError(failure.userMessage);
      else onError(failure instanceof Error ? failure.message : userMessageOf(failure));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="backup-controls" role="group" aria-label="Backup">
      <button type="button" onClick={() => void download()} aria-busy={busy === 'download'} disabled={busy !== null}>
        Download backup
      </button>
      <FileImportButton inputLabel="Backup file" accept={BACKUP_FILE_TYPES} disabled={busy !== null} busy={busy === 'import'} onFile={(file) => void importFile(file)}>
        Import backup
      </FileImportButton>
    </div>
  );
}
