/**
 * Export report (issue #3 item 6, issue #14): choose Front matter, Layout, Link style,
 * Post date and time, Post title, Emoji, Draft, Extra front matter, Tier labels and a
 * custom Template; see a live preview; then download the file, copy the Markdown, or
 * write it into a connected blog folder (File System Access, Chromium only).
 *
 * This component only composes its parts, split by concern:
 * - use-export-choices.ts: the choices remembered per trip (export/choices-store.ts);
 * - ExportChoicesForm.tsx, ExportShapeFields.tsx: the choice fields;
 * - use-rendered-report.ts + ExportPreview.tsx: the report and its live preview;
 * - use-blog-folder.ts + BlogFolderBox.tsx + OverwriteDialog.tsx: the blog folder,
 *   remembered for all trips (export/folder-store.ts, which also documents how tests
 *   connect an origin-private folder without the picker);
 * - use-feedback.ts: outcomes go to the role=status line, failures to the role=alert line.
 */
import { useId, useState } from 'preact/hooks';
import { COPIED_MESSAGE, copyFailedMessage, downloadedMessage, renderFailedMessage } from '../../export/messages';
import { copyMarkdown, downloadMarkdown } from '../../export/download';
import { optionsFromChoices } from '../../export/panel-model';
import { isoDateOf } from '../../markdown/export-options';
import { browserTimeZone } from '../../model/time-zone';
import type { Clip, Trip } from '../../model/types';
import { BlogFolderBox } from './BlogFolderBox';
import { ExportChoicesForm } from './ExportChoicesForm';
import { ExportPreview } from './ExportPreview';
import { ExportShapeFields } from './ExportShapeFields';
import { OverwriteDialog } from './OverwriteDialog';
import { useBlogFolder } from './use-blog-folder';
import { useExportChoices } from './use-export-choices';
import { useFeedback } from './use-feedback';
import { renderNow, useRenderedReport } from './use-rendered-report';
import type { ExportClock } from './use-rendered-report';
import './export-panel.css';

export interface ExportPanelProps {
  trip: Trip;
  clips: Clip[];
}

export function ExportPanel({ trip, clips }: ExportPanelProps) {
  const titleId = useId();
  const [clock] = useState<ExportClock>(() => ({ today: isoDateOf(new Date()), timeZone: browserTimeZone() }));
  const feedback = useFeedback();
  const { choices, latest, choose, commit, saveError } = useExportChoices(trip.id);
  const rendered = useRenderedReport(trip, clips, choices, clock);
  /** The export as of now (not the possibly debounced preview). */
  const current = () => renderNow(trip, clips, latest(), clock);
  const blog = useBlogFolder({ feedback, report: current, subfolder: () => latest().subfolder ?? '' });

  const onExport = () => {
    const report = current();
    if (!report.ok) return feedback.fail(report.message);
    try {
      downloadMarkdown(report.filename, report.markdown);
      feedback.say(downloadedMessage(report.filename));
    } catch (error) {
      feedback.fail(renderFailedMessage(error));
    }
  };

  const onCopy = async () => {
    const report = current();
    if (!report.ok) return feedback.fail(report.message);
    try {
      await copyMarkdown(report.markdown);
      feedback.say(COPIED_MESSAGE);
    } catch (error) {
      feedback.fail(copyFailedMessage(error));
    }
  };

  if (choices === undefined) {
    return (
      <section class="export-panel" aria-labelledby={titleId} aria-busy="true">
        <h2 id={titleId}>Export</h2>
        <p class="hint">Loading export choices…</p>
      </section>
    );
  }

  const options = optionsFromChoices(choices, clock.today, clock.timeZone);
  // A failed save of the remembered choices shows too (the export itself still works).
  const alertText = feedback.error !== '' ? feedback.error : (saveError ?? '');

  return (
    <section class="export-panel" aria-labelledby={titleId} onFocusOut={commit}>
      <h2 id={titleId}>Export</h2>
      <ExportChoicesForm trip={trip} choices={choices} options={options} today={clock.today} choose={choose} />
      <ExportShapeFields choices={choices} options={options} choose={choose} />

      <div class="export-actions">
        <button type="button" class="button-primary" onClick={onExport}>
          Export report
        </button>
        <button type="button" onClick={() => void onCopy()}>
          Copy Markdown
        </button>
      </div>

      <BlogFolderBox blog={blog} subfolder={choices.subfolder ?? ''} onSubfolder={(value) => choose('subfolder', value)} />

      <p class="status export-status" role="status">
        {feedback.status}
      </p>
      <p class="field-error export-error" role="alert" hidden={alertText === ''}>
        {alertText}
      </p>

      <ExportPreview rendered={rendered} />
      <OverwriteDialog conflict={blog.conflict} onOverwrite={() => void blog.overwrite()} onCancel={blog.cancelOverwrite} />
    </section>
  );
}
