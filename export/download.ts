/**
 * The two destinations that need no folder: a file download and the clipboard.
 *
 * Downloads use a Blob and an `<a download>` click, so the extension needs no `downloads`
 * permission. Browsers take only a bare file name from `download` (a `/` is replaced or
 * dropped), so the file is saved under its name alone, into the browser's download folder;
 * a subfolder such as `_posts/` applies to the connected blog folder only.
 */
export const MARKDOWN_MIME = 'text/markdown;charset=utf-8';

/** Start a download of `markdown` as `filename`. */
export function downloadMarkdown(filename: string, markdown: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([markdown], { type: MARKDOWN_MIME }));
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
    // The download has taken its copy once the click handler returns; revoke on the next task.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Put `markdown` on the clipboard; throws when the browser refuses (no focus, no permission). */
export async function copyMarkdown(markdown: string, clipboard: Pick<Clipboard, 'writeText'> = navigator.clipboard): Promise<void> {
  await clipboard.writeText(markdown);
}
