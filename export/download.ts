/**
 * The two destinations that need no folder: a file download (the exported report, and
 * the backup file of the report page) and the clipboard.
 *
 * Downloads use a Blob and an `<a download>` click, so the extension needs no `downloads`
 * permission. Browsers take only a bare file name from `download` (a `/` is replaced or
 * dropped), so the file is saved under its name alone, into the browser's download folder;
 * a subfolder such as `_posts/` applies to the connected blog folder only.
 */
export const MARKDOWN_MIME = 'text/markdown;charset=utf-8';

/** Start a download of `text` as `filename`, of media type `type`. */
export function downloadText(filename: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  anchor.hidden = true;
  doc.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // The download reads the blob after the click returns (a large backup takes a while): release it a minute later.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** Start a download of `markdown` as `filename`. */
export function downloadMarkdown(filename: string, markdown: string, doc: Document = document): void {
  downloadText(filename, markdown, MARKDOWN_MIME, doc);
}

/** Put `markdown` on the clipboard; throws when the browser refuses (no focus, no permission). */
export async function copyMarkdown(markdown: string, clipboard: Pick<Clipboard, 'writeText'> = navigator.clipboard): Promise<void> {
  await clipboard.writeText(markdown);
}
