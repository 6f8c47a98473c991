/**
 * The report page's app, loaded by main.tsx once its first read is on its way: renders
 * ReportApp from that read.
 */
import { render } from 'preact';
import { ReportApp } from '../../components/report/ReportApp';
import type { ReportFirstView } from '../../storage/report-view';

export function startReportApp(root: HTMLElement, first: Promise<ReportFirstView>): void {
  render(<ReportApp first={first} />, root);
}
