import { render } from 'preact';
import { ReportApp } from '../../components/report/ReportApp';
import { pickShownTrip, tripIdFromUrl } from '../../components/report/use-shown-trip';
import { FIRST_ROWS } from '../../components/report/use-trip-clips';
import { db } from '../../storage/db';
import { readReportFirstView } from '../../storage/report-view';
import { requestPersistentStorage } from '../../storage/persistence';
import '../../ui/theme.css';
import '../../components/report/report.css';

// Ask once per page load that the browser keep the user's clips under storage pressure.
void requestPersistentStorage();

// Open the database and start the first read (trips, and the shown trip's first rows and
// count) now, while Preact renders the frame, not after its first paint.
void db.open().catch(() => undefined);
const wanted = tripIdFromUrl();
const first = readReportFirstView((trips, currentId) => pickShownTrip(trips, wanted, currentId), FIRST_ROWS);

const root = document.getElementById('app');
if (root === null) throw new Error('report.html has no #app element');
render(<ReportApp first={first} />, root);
