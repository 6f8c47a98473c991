import { render } from 'preact';
import { ReportApp } from '../../components/report/ReportApp';
import { requestPersistentStorage } from '../../storage/persistence';
import '../../ui/theme.css';
import '../../components/report/report.css';

// Ask once per page load that the browser keep the user's clips under storage pressure.
void requestPersistentStorage();

const root = document.getElementById('app');
if (root === null) throw new Error('report.html has no #app element');
render(<ReportApp />, root);
