/**
 * The sentences of the export panel, pure so they are unit-tested and the end-to-end
 * test can match them.
 */
import { folderLabel } from './blog-folder';

export const NO_FOLDER_API_MESSAGE = 'This browser cannot write into folders; Export report downloads the file instead.';

export function downloadedMessage(filename: string): string {
  return `Downloaded ${filename}.`;
}

export const COPIED_MESSAGE = 'Copied the Markdown to the clipboard.';

export function copyFailedMessage(error: unknown): string {
  return `Could not copy to the clipboard: ${detailOf(error)}`;
}

export function writtenMessage(path: string, folderName: string, replaced: boolean): string {
  return `${replaced ? 'Replaced' : 'Wrote'} ${path} in ${folderLabel(folderName)}.`;
}

export function existsQuestion(path: string, folderName: string): string {
  return `${path} already exists in ${folderLabel(folderName)}. Overwrite it with this export?`;
}

export function notOverwrittenMessage(path: string): string {
  return `Not written: ${path} already exists and was left as it was.`;
}

export function permissionDeniedMessage(folderName: string): string {
  return `Talk Clipper may not write into ${folderLabel(folderName)}: access was not granted. Write to blog folder asks again.`;
}

export function accessLapsedNote(folderName: string): string {
  return `Connected: ${folderLabel(folderName)} (access needs to be granted again; Write to blog folder asks)`;
}

export function disconnectedMessage(folderName: string): string {
  return `Disconnected ${folderLabel(folderName)}. The folder itself is unchanged.`;
}

export function writeFailedMessage(error: unknown): string {
  return `Could not write into the blog folder: ${detailOf(error)}`;
}

export function renderFailedMessage(error: unknown): string {
  return `Could not build the report: ${detailOf(error)}`;
}

export function detailOf(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  return String(error);
}
