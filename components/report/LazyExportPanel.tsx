/**
 * The export panel, loaded when first shown (after every clip of the trip is read): its
 * Markdown, YAML, TOML, Liquid and preview code stays out of the report page's first
 * rows (docs/architecture.md §15).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ExportPanelProps } from '../export/ExportPanel';
import { EXPORT_LOADING } from './report-messages';

type Panel = (props: ExportPanelProps) => preact.JSX.Element;

let loading: Promise<Panel> | undefined;

export function LazyExportPanel(props: ExportPanelProps) {
  const [Panel, setPanel] = useState<Panel | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  useEffect(() => {
    let active = true;
    loading ??= import('../export/ExportPanel').then((module) => module.ExportPanel);
    loading.then(
      (panel) => active && setPanel(() => panel),
      (error: unknown) => active && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      active = false;
    };
  }, []);
  if (Panel !== undefined) return <Panel {...props} />;
  return <ExportPlaceholder text={failure === undefined ? EXPORT_LOADING : `The export could not be loaded (${failure}). Reload the page.`} />;
}

/** Where the export panel goes while it is not there yet. */
export function ExportPlaceholder({ text }: { text: string }) {
  return (
    <section class="export-panel" aria-labelledby="export-placeholder-heading" aria-busy="true">
      <h2 id="export-placeholder-heading">Export</h2>
      <p class="hint">{text}</p>
    </section>
  );
}
