/**
 * The export's live preview: the report rendered to sanitized HTML (the start of a big
 * one), or with Show Markdown the whole file as text.
 */
import DOMPurify from 'dompurify';
import type { JSX } from 'preact';
import { useId, useMemo, useState } from 'preact/hooks';
import { previewExcerpt, truncatedPreviewNote } from '../../export/panel-model';
import { createPreviewRenderer } from '../../markdown/preview';
import type { Rendered } from './use-rendered-report';

export function ExportPreview({ rendered }: { rendered: Rendered | undefined }) {
  const ids = { heading: useId(), raw: useId() };
  const [showRaw, setShowRaw] = useState(false);
  const previewRenderer = useMemo(() => createPreviewRenderer(DOMPurify(window)), []);
  const excerpt = useMemo(() => (rendered?.ok === true ? previewExcerpt(rendered.markdown) : undefined), [rendered]);
  const previewHtml = useMemo(() => (excerpt !== undefined && !showRaw ? previewRenderer(excerpt.markdown) : ''), [excerpt, showRaw, previewRenderer]);

  return (
    <section class="export-preview" aria-labelledby={ids.heading}>
      <div class="export-preview-head">
        <h3 id={ids.heading}>Preview</h3>
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
  );
}
