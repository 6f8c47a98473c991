/**
 * The report page's app, loaded by main.ts once the first view is read and painted in
 * plain DOM: renders ReportApp over that paint, starting from the same view, so Preact
 * reuses the painted nodes (nothing moves, no row is replaced), then makes the page live.
 * Without a painted view (no database yet, an older one Dexie is about to upgrade, a row
 * the first paint could not show) the app reads for itself.
 */
import { render } from 'preact';
import { ReportApp } from '../../components/report/ReportApp';
import { endFirstPaint } from '../../components/report/first-paint';
import { db } from '../../storage/db';
import { requestPersistentStorage } from '../../storage/persistence';
import type { ReportFirstRead } from '../../storage/report-view';

export function startReportApp(root: HTMLElement, painted: ReportFirstRead | undefined): void {
  // Dexie creates or upgrades the database here when the first read found none (or an older one).
  void db.open().catch(() => undefined);
  // Ask once per page load that the browser keep the user's clips under storage pressure.
  void requestPersistentStorage();
  if (painted === undefined) root.replaceChildren();
  render(<ReportApp first={painted} />, root);
  endFirstPaint(root);
}
