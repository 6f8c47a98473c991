/**
 * The Blog folder box: Connect blog folder, or the connected folder with its Subfolder,
 * Write to blog folder and Disconnect. Where the browser cannot write into folders, a
 * note says so instead.
 */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { connectedMessage } from '../../export/blog-folder';
import { accessLapsedNote, NO_FOLDER_API_MESSAGE } from '../../export/messages';
import type { BlogFolder } from './use-blog-folder';

export interface BlogFolderBoxProps {
  blog: BlogFolder;
  /** The typed subfolder ('' when none). */
  subfolder: string;
  onSubfolder: (value: string | undefined) => void;
}

export function BlogFolderBox({ blog, subfolder, onSubfolder }: BlogFolderBoxProps) {
  const ids = { subfolder: useId(), hint: useId() };
  const { picker, folder, busy } = blog;
  if (picker === undefined) return <p class="hint export-folder-note">{NO_FOLDER_API_MESSAGE}</p>;
  const detectedSubfolder = folder?.layout?.subfolder ?? '';

  return (
    <fieldset class="export-folder group-box">
      <legend>Blog folder</legend>
      {folder === undefined ? (
        <div class="export-actions">
          <button type="button" onClick={() => void blog.connect()} aria-busy={busy}>
            Connect blog folder
          </button>
          <span class="hint">Choose your blog's folder once; the kind of blog (Jekyll, Hugo, Astro) is detected.</span>
        </div>
      ) : (
        <>
          <p class="export-folder-name">{folder.layout !== undefined && folder.access === 'granted' ? connectedMessage(folder.handle.name, folder.layout) : accessLapsedNote(folder.handle.name)}</p>
          <div class="field">
            <label for={ids.subfolder}>Subfolder</label>
            <input
              id={ids.subfolder}
              type="text"
              value={subfolder}
              placeholder={detectedSubfolder === '' ? '(folder root)' : detectedSubfolder}
              aria-describedby={ids.hint}
              maxLength={300}
              spellcheck={false}
              onInput={(event: JSX.TargetedEvent<HTMLInputElement>) => {
                const value = event.currentTarget.value;
                onSubfolder(value.trim() === '' ? undefined : value);
              }}
            />
            <span id={ids.hint} class="hint">
              Where Write to blog folder puts the file, e.g. _posts; empty uses the detected folder. Downloads always use the file name alone.
            </span>
          </div>
          <div class="export-actions">
            <button type="button" class="button-primary" onClick={() => void blog.write()} aria-busy={busy} disabled={busy}>
              Write to blog folder
            </button>
            <button type="button" onClick={() => void blog.disconnect()}>
              Disconnect
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}
