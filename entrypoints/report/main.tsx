/**
 * The report page's entry: starts the first read (trips, and the shown trip's first rows
 * and count: storage/report-view.ts) at once, then loads the page's components
 * (./app.tsx), which are fetched and run while the read is on its way, and renders them
 * from it. The page loads this `async` (wxt.config.ts), so it may run before the document
 * is parsed: the read starts at once, the render waits for #app (docs/architecture.md §15).
 */
import { pickShownTrip, tripIdFromUrl } from '../../components/report/use-shown-trip';
import { FIRST_ROWS } from '../../components/report/use-trip-clips';
import { db } from '../../storage/db';
import { readReportFirstView } from '../../storage/report-view';
import { requestPersistentStorage } from '../../storage/persistence';
import { appRoot } from '../../ui/app-root';
import '../../ui/theme.css';
import '../../components/report/report.css';

// Open the database and start the first read now, before the page's components load.
void db.open().catch(() => undefined);
const wanted = tripIdFromUrl();
const first = readReportFirstView((trips, currentId) => pickShownTrip(trips, wanted, currentId), FIRST_ROWS);

// Ask once per page load that the browser keep the user's clips under storage pressure.
void requestPersistentStorage();

const app = import('./app');
app.catch(() => undefined); // reported below, once #app is there

void appRoot('report.html').then(async (root) => {
  try {
    const { startReportApp } = await app;
    startReportApp(root, first);
  } catch (failure) {
    const alert = document.createElement('p');
    alert.className = 'field-error';
    alert.setAttribute('role', 'alert');
    alert.textContent = `Could not load the trip report (${failure instanceof Error ? failure.message : String(failure)}); reload the page.`;
    root.replaceChildren(alert);
  }
});
