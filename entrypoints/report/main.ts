/**
 * The report page's entry, kept small (no Preact, no Dexie, no zod; a unit test holds it
 * to that): the first view (the trips, the current trip, the shown trip's first rows and
 * count) is read with raw IndexedDB and painted as plain DOM (storage/first-read-raw.ts,
 * components/report/first-paint.ts); then the app is loaded and renders over it from the
 * same view (./app.tsx). See docs/architecture.md §15.
 *
 * The page loads this `async` (wxt.config.ts), so it may run before the document is
 * parsed: the read starts at once, the paint waits for #app.
 */
import { endFirstPaint, paintReportFirstPage } from '../../components/report/first-paint';
import { FIRST_ROWS } from '../../components/report/report-paging';
import { pickShownTrip, tripIdFromUrl } from '../../components/report/shown-trip';
import { startClipChangeLog } from '../../storage/clip-change-log';
import { readReportViewRaw } from '../../storage/first-read-raw';
import type { ReportFirstRead } from '../../storage/report-view';
import { appRoot } from '../../ui/app-root';
import '../../ui/theme.css';
import '../../components/report/report.css';
// The app's components bring this sheet too; loaded here, the first paint has it.
import '../../components/report/schedule.css';

const wanted = tripIdFromUrl();
// Started before the read: the clips other contexts write from now on are applied to what it read.
const changes = startClipChangeLog();
const reading = readReportViewRaw(indexedDB, (trips, currentId) => pickShownTrip(trips, wanted, currentId), FIRST_ROWS);

/** What the first paint shows (the app starts from it), or undefined when it showed nothing. */
async function paintFirst(root: HTMLElement): Promise<ReportFirstRead | undefined> {
  const view = await reading;
  try {
    if (view !== undefined) {
      paintReportFirstPage(root, view);
      return { ...view, changes };
    }
  } catch {
    // A stored row this cannot show: the app reads and shows everything itself.
  }
  changes.close();
  return undefined;
}

void appRoot('report.html').then(async (root) => {
  // The app is loaded once the first view is painted (or nothing could be), as the popup's is.
  const painted = await paintFirst(root);
  try {
    const { startReportApp } = await import('./app');
    startReportApp(root, painted);
  } catch (failure) {
    endFirstPaint(root);
    const alert = document.createElement('p');
    alert.className = 'field-error';
    alert.setAttribute('role', 'alert');
    alert.textContent = `Could not load the trip report (${failure instanceof Error ? failure.message : String(failure)}); reload the page.`;
    root.replaceChildren(alert);
  }
});
