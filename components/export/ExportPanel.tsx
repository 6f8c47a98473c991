/**
 * Export report (issue #3 item 6): choose Front matter, Layout, Link style, Post date,
 * Post title, Draft; see a live preview; then download the file, copy the Markdown, or
 * write it into a connected blog folder (File System Access, Chromium only).
 *
 * Choices are remembered per trip (export/choices-store.ts); the blog folder handle is
 * remembered for all trips (export/folder-store.ts, which also documents how tests connect
 * an origin-private folder without the picker). Outcomes go to the role=status line,
 * failures to the role=alert line.
 */
import DOMPurify from 'dompurify';
import type { JSX } from 'preact';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { isoDateOf } from '../../markdown/export-options';
import type { FrontMatterFlavour, LinkStyle, ReportLayout } from '../../markdown/export-options';
import { createPreviewRenderer } from '../../markdown/preview';
import { renderReport } from '../../markdown/render-report';
import type { Clip, Trip } from '../../model/types';
import { connectedMessage, detectBlogKind, ensureWritePermission, writeReport } from '../../export/blog-folder';
import type { BlogDirectory, BlogLayout } from '../../export/blog-folder';
import { loadChoices, saveChoices } from '../../export/choices-store';
import type { PanelChoices } from '../../export/choices-store';
import { copyMarkdown, downloadMarkdown } from '../../export/download';
import { directoryPicker, forgetBlogFolder, loadBlogFolder, saveBlogFolder } from '../../export/folder-store';
import {
  accessLapsedNote,
  COPIED_MESSAGE,
  copyFailedMessage,
  disconnectedMessage,
  downloadedMessage,
  existsQuestion,
  NO_FOLDER_API_MESSAGE,
  notOverwrittenMessage,
  permissionDeniedMessage,
  renderFailedMessage,
  writeFailedMessage,
  writtenMessage,
} from '../../export/messages';
import {
  FRONT_MATTER_CHOICES,
  isHugo,
  LAYOUT_CHOICES,
  LINK_STYLE_CHOICES,
  optionsFromChoices,
  previewDelay,
  previewExcerpt,
  truncatedPreviewNote,
  withChoice,
} from '../../export/panel-model';
import { useAutosave, userMessageOf } from '../../ui/use-autosave';
import { SelectField } from '../SelectField';
import { useLiveQuery } from '../../ui/use-live-query';
import { isCalendarDate } from '../../youtube/local-day';
import './export-panel.css';

export interface ExportPanelProps {
  trip: Trip;
  clips: Clip[];
}

type Rendered = { ok: true; filename: string; markdown: string } | { ok: false; message: string };

interface Feedback {
  status: string;
  error: string;
}

interface FolderState {
  handle: BlogDirectory;
  /** undefined until detected (needs read access). */
  layout?: BlogLayout;
  access: PermissionState;
}

interface Conflict {
  path: string;
  filename: string;
  markdown: string;
  handle: BlogDirectory;
  subfolder: string;
}

function render(trip: Trip, clips: readonly Clip[], choices: PanelChoices, today: string): Rendered {
  try {
    const { filename, markdown } = renderReport(trip, clips, optionsFromChoices(choices, today));
    return { ok: true, filename, markdown };
  } catch (error) {
    return { ok: false, message: renderFailedMessage(error) };
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function readAccess(handle: BlogDirectory): Promise<PermissionState> {
  if (handle.queryPermission === undefined) return 'granted';
  return handle.queryPermission({ mode: 'readwrite' });
}

export function ExportPanel({ trip, clips }: ExportPanelProps) {
  const ids = { title: useId(), date: useId(), postTitle: useId(), draft: useId(), subfolder: useId(), subfolderHint: useId(), raw: useId(), preview: useId(), dialogTitle: useId() };
  const [today] = useState(() => isoDateOf(new Date()));
  const [choices, setChoices] = useState<PanelChoices | undefined>(undefined);
  const choicesRef = useRef<PanelChoices>({});
  /** The trip whose choices choicesRef holds, so a save pending when the trip changes lands on the right trip. */
  const choicesTripRef = useRef(trip.id);
  const [feedback, setFeedback] = useState<Feedback>({ status: '', error: '' });
  const [showRaw, setShowRaw] = useState(false);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<Conflict | undefined>(undefined);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const tripId = trip.id;

  const say = (status: string) => setFeedback({ status, error: '' });
  const fail = (error: string) => setFeedback({ status: '', error });

  const autosave = useAutosave(async () => {
    await saveChoices(choicesTripRef.current, choicesRef.current);
  });

  // Remembered choices of this trip.
  useEffect(() => {
    let active = true;
    setChoices(undefined);
    void autosave.flush();
    loadChoices(tripId)
      .then((loaded) => {
        if (!active) return;
        choicesRef.current = loaded;
        choicesTripRef.current = tripId;
        setChoices(loaded);
      })
      .catch(() => {
        if (!active) return;
        choicesRef.current = {};
        choicesTripRef.current = tripId;
        setChoices({});
      });
    return () => {
      active = false;
    };
  }, [tripId]);

  const choose = <K extends keyof PanelChoices>(key: K, value: PanelChoices[K] | undefined) => {
    const next = withChoice(choicesRef.current, key, value);
    choicesRef.current = next;
    setChoices(next);
    autosave.schedule();
    // A pick (select, date, checkbox) is saved at once: a write started while the page
    // unloads may never commit. Only typed text waits for the typing to pause.
    if (key !== 'title' && key !== 'subfolder') void autosave.flush();
  };

  // The preview: at once for small trips, debounced for big ones.
  const [rendered, setRendered] = useState<Rendered | undefined>(undefined);
  useEffect(() => {
    if (choices === undefined) return;
    const run = () => setRendered(render(trip, clips, choices, today));
    const delay = previewDelay(clips.length);
    if (delay === 0) {
      run();
      return;
    }
    const timer = setTimeout(run, delay);
    return () => clearTimeout(timer);
  }, [trip, clips, choices, today]);

  const previewRenderer = useMemo(() => createPreviewRenderer(DOMPurify(window)), []);
  const excerpt = useMemo(() => (rendered?.ok === true ? previewExcerpt(rendered.markdown) : undefined), [rendered]);
  const previewHtml = useMemo(() => (excerpt !== undefined && !showRaw ? previewRenderer(excerpt.markdown) : ''), [excerpt, showRaw, previewRenderer]);

  /** The export as of now (not the possibly debounced preview). */
  const current = (): Rendered => render(trip, clips, choicesRef.current, today);

  // Blog folder.
  const picker = useMemo(() => directoryPicker(), []);
  const stored = useLiveQuery(() => loadBlogFolder(), []);
  const [folder, setFolder] = useState<FolderState | undefined>(undefined);

  const inspect = useCallback(async (handle: BlogDirectory): Promise<FolderState> => {
    const access = await readAccess(handle);
    if (access !== 'granted') return { handle, access };
    return { handle, access, layout: await detectBlogKind(handle) };
  }, []);

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
        if (active) {
          setFolder({ handle, access: 'prompt' });
          fail(writeFailedMessage(error));
        }
      });
    return () => {
      active = false;
    };
  }, [stored.value, inspect]);

  const onExport = () => {
    const report = current();
    if (!report.ok) return fail(report.message);
    try {
      downloadMarkdown(report.filename, report.markdown);
      say(downloadedMessage(report.filename));
    } catch (error) {
      fail(renderFailedMessage(error));
    }
  };

  const onCopy = async () => {
    const report = current();
    if (!report.ok) return fail(report.message);
    try {
      await copyMarkdown(report.markdown);
      say(COPIED_MESSAGE);
    } catch (error) {
      fail(copyFailedMessage(error));
    }
  };

  const onConnect = async () => {
    if (picker === undefined) return;
    try {
      const handle = await picker({ mode: 'readwrite', id: 'talk-clipper-blog' });
      setBusy(true);
      const state = await inspect(handle);
      await saveBlogFolder(handle);
      setFolder(state);
      say(state.layout !== undefined ? connectedMessage(handle.name, state.layout) : accessLapsedNote(handle.name));
    } catch (error) {
      if (!isAbort(error)) fail(writeFailedMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const onDisconnect = async () => {
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

  const write = async (target: Conflict | { handle: BlogDirectory; filename: string; markdown: string; subfolder: string }, overwrite: boolean) => {
    const result = await writeReport(target.handle, target.filename, target.markdown, { overwrite, subfolder: target.subfolder });
    if (result.status === 'exists') {
      setConflict({ ...target, path: result.path });
      return;
    }
    say(writtenMessage(result.path, target.handle.name, overwrite));
  };

  const onWrite = async () => {
    if (folder === undefined) return;
    const report = current();
    if (!report.ok) return fail(report.message);
    const handle = folder.handle;
    setBusy(true);
    try {
      // Asks again (a browser prompt) when access lapsed; this click is the needed gesture.
      if (!(await ensureWritePermission(handle))) {
        setFolder({ handle, access: 'denied', layout: folder.layout });
        return fail(permissionDeniedMessage(handle.name));
      }
      const layout = folder.layout ?? (await detectBlogKind(handle));
      setFolder({ handle, access: 'granted', layout });
      const subfolder = (choicesRef.current.subfolder ?? '').trim() || layout.subfolder;
      await write({ handle, filename: report.filename, markdown: report.markdown, subfolder }, false);
    } catch (error) {
      fail(writeFailedMessage(error));
    } finally {
      setBusy(false);
    }
  };

  // The overwrite question, as an in-page modal dialog.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (conflict !== undefined && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (conflict === undefined && dialog.open) {
      dialog.close();
    }
  }, [conflict]);

  const onOverwrite = async () => {
    const target = conflict;
    setConflict(undefined);
    if (target === undefined) return;
    setBusy(true);
    try {
      await write(target, true);
    } catch (error) {
      fail(writeFailedMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const onCancelOverwrite = () => {
    const target = conflict;
    setConflict(undefined);
    if (target !== undefined) say(notOverwrittenMessage(target.path));
  };

  if (choices === undefined) {
    return (
      <section class="export-panel" aria-labelledby={ids.title} aria-busy="true">
        <h2 id={ids.title}>Export</h2>
        <p class="hint">Loading export choices…</p>
      </section>
    );
  }

  const options = optionsFromChoices(choices, today);
  const hugo = isHugo(options.frontMatter);
  const dateValue = choices.date ?? today;
  const detectedSubfolder = folder?.layout?.subfolder ?? '';
  // A failed save of the remembered choices shows too (the export itself still works).
  const alertText = feedback.error !== '' ? feedback.error : (autosave.error ?? '');

  return (
    <section class="export-panel" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Export</h2>

      <div class="export-options">
        <SelectField<FrontMatterFlavour> label="Front matter" value={options.frontMatter} choices={FRONT_MATTER_CHOICES} onChange={(value) => choose('frontMatter', value)} />
        <SelectField<ReportLayout> label="Layout" value={options.layout} choices={LAYOUT_CHOICES} onChange={(value) => choose('layout', value)} />
        <SelectField<LinkStyle> label="Link style" value={options.linkStyle} choices={LINK_STYLE_CHOICES} onChange={(value) => choose('linkStyle', value)} />
        <div class="field">
          <label for={ids.date}>Post date</label>
          <input
            id={ids.date}
            type="date"
            value={dateValue}
            required
            onChange={(event: JSX.TargetedEvent<HTMLInputElement>) => {
              const value = event.currentTarget.value;
              // An emptied field means today again; a partial date is ignored until complete.
              if (value === '') choose('date', undefined);
              else if (isCalendarDate(value)) choose('date', value === today ? undefined : value);
            }}
          />
        </div>
        <div class="field export-field-wide">
          <label for={ids.postTitle}>Post title</label>
          <input
            id={ids.postTitle}
            type="text"
            value={choices.title ?? trip.name}
            maxLength={1000}
            onInput={(event: JSX.TargetedEvent<HTMLInputElement>) => {
              const value = event.currentTarget.value;
              choose('title', value === trip.name ? undefined : value);
            }}
          />
        </div>
        <div class="export-check">
          <input
            id={ids.draft}
            type="checkbox"
            checked={hugo && choices.draft === true}
            disabled={!hugo}
            onChange={(event: JSX.TargetedEvent<HTMLInputElement>) => choose('draft', event.currentTarget.checked ? true : undefined)}
          />
          <label for={ids.draft}>Draft</label>
          <span class="hint">{hugo ? '(Hugo)' : '(Hugo front matter only)'}</span>
        </div>
      </div>

      <div class="export-actions">
        <button type="button" class="button-primary" onClick={onExport}>
          Export report
        </button>
        <button type="button" onClick={() => void onCopy()}>
          Copy Markdown
        </button>
      </div>

      {picker === undefined ? (
        <p class="hint export-folder-note">{NO_FOLDER_API_MESSAGE}</p>
      ) : (
        <fieldset class="export-folder group-box">
          <legend>Blog folder</legend>
          {folder === undefined ? (
            <div class="export-actions">
              <button type="button" onClick={() => void onConnect()} aria-busy={busy}>
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
                  value={choices.subfolder ?? ''}
                  placeholder={detectedSubfolder === '' ? '(folder root)' : detectedSubfolder}
                  aria-describedby={ids.subfolderHint}
                  maxLength={300}
                  spellcheck={false}
                  onInput={(event: JSX.TargetedEvent<HTMLInputElement>) => {
                    const value = event.currentTarget.value;
                    choose('subfolder', value.trim() === '' ? undefined : value);
                  }}
                />
                <span id={ids.subfolderHint} class="hint">
                  Where Write to blog folder puts the file, e.g. _posts; empty uses the detected folder. Downloads always use the file name alone.
                </span>
              </div>
              <div class="export-actions">
                <button type="button" class="button-primary" onClick={() => void onWrite()} aria-busy={busy} disabled={busy}>
                  Write to blog folder
                </button>
                <button type="button" onClick={() => void onDisconnect()}>
                  Disconnect
                </button>
              </div>
            </>
          )}
        </fieldset>
      )}

      <p class="status export-status" role="status">
        {feedback.status}
      </p>
      <p class="field-error export-error" role="alert" hidden={alertText === ''}>
        {alertText}
      </p>

      <section class="export-preview" aria-labelledby={ids.preview}>
        <div class="export-preview-head">
          <h3 id={ids.preview}>Preview</h3>
          {rendered?.ok === true && <code class="export-filename">{rendered.filename}</code>}
          <span class="export-check">
            <input id={ids.raw} type="checkbox" checked={showRaw} onChange={(event: JSX.TargetedEvent<HTMLInputElement>) => setShowRaw(event.currentTarget.checked)} />
            <label for={ids.raw}>Show Markdown</label>
          </span>
        </div>
        {rendered === undefined ? (
          <p class="hint">Rendering…</p>
        ) : !rendered.ok ? (
          <p class="field-error">{rendered.message}</p>
        ) : showRaw ? (
          <pre class="export-raw" tabIndex={0} aria-label={`Markdown of ${rendered.filename}`}>
            {rendered.markdown}
          </pre>
        ) : (
          <>
            {excerpt?.truncated === true && <p class="hint">{truncatedPreviewNote(excerpt.markdown.length, rendered.markdown.length)}</p>}
            <div class="export-rendered" tabIndex={0} aria-label="Rendered report" dangerouslySetInnerHTML={{ __html: previewHtml }} />
          </>
        )}
      </section>

      <dialog ref={dialogRef} class="export-dialog" aria-labelledby={ids.dialogTitle} onCancel={(event) => {
        event.preventDefault();
        onCancelOverwrite();
      }}>
        <h3 id={ids.dialogTitle}>Replace the existing file?</h3>
        <p>{conflict !== undefined ? existsQuestion(conflict.path, conflict.handle.name) : ''}</p>
        <div class="export-actions">
          <button type="button" class="button-danger" onClick={() => void onOverwrite()}>
            Overwrite
          </button>
          <button type="button" ref={cancelRef} onClick={onCancelOverwrite}>
            Cancel
          </button>
        </div>
      </dialog>
    </section>
  );
}
