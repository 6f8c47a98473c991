/**
 * The connected blog folder (File System Access, Chromium only): the remembered handle
 * (export/folder-store.ts), its access and detected kind of blog, and connecting,
 * disconnecting and writing the report into it. A write onto an existing file becomes a
 * `conflict` that waits for the user's Overwrite or Cancel.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { connectedMessage, detectBlogKind, ensureWritePermission, writeReport } from '../../export/blog-folder';
import type { BlogDirectory, BlogLayout } from '../../export/blog-folder';
import { directoryPicker, forgetBlogFolder, loadBlogFolder, saveBlogFolder } from '../../export/folder-store';
import type { DirectoryPicker } from '../../export/folder-store';
import {
  accessLapsedNote,
  disconnectedMessage,
  notOverwrittenMessage,
  permissionDeniedMessage,
  writeFailedMessage,
  writtenMessage,
} from '../../export/messages';
import { userMessageOf } from '../../ui/use-autosave';
import { useLiveQuery } from '../../ui/use-live-query';
import type { Feedback } from './use-feedback';
import type { Rendered } from './use-rendered-report';

export interface FolderState {
  handle: BlogDirectory;
  /** undefined until detected (needs read access). */
  layout?: BlogLayout;
  access: PermissionState;
}

interface WriteTarget {
  handle: BlogDirectory;
  filename: string;
  markdown: string;
  subfolder: string;
}

export interface Conflict extends WriteTarget {
  path: string;
}

export interface BlogFolder {
  /** undefined where the browser has no folder picker. */
  picker: DirectoryPicker | undefined;
  folder: FolderState | undefined;
  busy: boolean;
  conflict: Conflict | undefined;
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  write(): Promise<void>;
  overwrite(): Promise<void>;
  cancelOverwrite(): void;
}

export interface BlogFolderInputs {
  feedback: Pick<Feedback, 'say' | 'fail'>;
  /** The report as of now. */
  report(): Rendered;
  /** The typed subfolder; blank means the detected one. */
  subfolder(): string;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function readAccess(handle: BlogDirectory): Promise<PermissionState> {
  if (handle.queryPermission === undefined) return 'granted';
  return handle.queryPermission({ mode: 'readwrite' });
}

async function inspect(handle: BlogDirectory): Promise<FolderState> {
  const access = await readAccess(handle);
  if (access !== 'granted') return { handle, access };
  return { handle, access, layout: await detectBlogKind(handle) };
}

export function useBlogFolder({ feedback, report, subfolder }: BlogFolderInputs): BlogFolder {
  const { say, fail } = feedback;
  const picker = useMemo(() => directoryPicker(), []);
  const stored = useLiveQuery(() => loadBlogFolder(), []);
  const [folder, setFolder] = useState<FolderState | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<Conflict | undefined>(undefined);

  useEffect(() => {
    const handle = stored.value;
    if (handle === undefined) {
      setFolder(undefined);
      return;
    }
    let active = true;
    inspect(handle)
      .then((state) => {
        if (active) setFolder(state);
      })
      .catch((error: unknown) => {
        if (!active) return;
        setFolder({ handle, access: 'prompt' });
        fail(writeFailedMessage(error));
      });
    return () => {
      active = false;
    };
  }, [stored.value, fail]);

  /** Runs `task` as the one busy operation; a failure is said as a write failure. */
  const busyWith = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      fail(writeFailedMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const put = async (target: WriteTarget, overwrite: boolean) => {
    const result = await writeReport(target.handle, target.filename, target.markdown, { overwrite, subfolder: target.subfolder });
    if (result.status === 'exists') setConflict({ ...target, path: result.path });
    else say(writtenMessage(result.path, target.handle.name, overwrite));
  };

  const connect = async () => {
    if (picker === undefined) return;
    let handle: BlogDirectory;
    try {
      handle = await picker({ mode: 'readwrite', id: 'talk-clipper-blog' });
    } catch (error) {
      if (!isAbort(error)) fail(writeFailedMessage(error));
      return;
    }
    await busyWith(async () => {
      const state = await inspect(handle);
      await saveBlogFolder(handle);
      setFolder(state);
      say(state.layout !== undefined ? connectedMessage(handle.name, state.layout) : accessLapsedNote(handle.name));
    });
  };

  const disconnect = async () => {
    if (folder === undefined) return;
    const name = folder.handle.name;
    try {
      await forgetBlogFolder();
      setFolder(undefined);
      say(disconnectedMessage(name));
    } catch (error) {
      fail(userMessageOf(error));
    }
  };

  const write = async () => {
    if (folder === undefined) return;
    const rendered = report();
    if (!rendered.ok) return fail(rendered.message);
    const handle = folder.handle;
    await busyWith(async () => {
      // Asks again (a browser prompt) when access lapsed; this click is the needed gesture.
      if (!(await ensureWritePermission(handle))) {
        setFolder({ handle, access: 'denied', layout: folder.layout });
        return fail(permissionDeniedMessage(handle.name));
      }
      const layout = folder.layout ?? (await detectBlogKind(handle));
      setFolder({ handle, access: 'granted', layout });
      await put({ handle, filename: rendered.filename, markdown: rendered.markdown, subfolder: subfolder().trim() || layout.subfolder }, false);
    });
  };

  const overwrite = async () => {
    const target = conflict;
    setConflict(undefined);
    if (target !== undefined) await busyWith(() => put(target, true));
  };

  const cancelOverwrite = () => {
    const target = conflict;
    setConflict(undefined);
    if (target !== undefined) say(notOverwrittenMessage(target.path));
  };

  return { picker, folder, busy, conflict, connect, disconnect, write, overwrite, cancelOverwrite };
}
