import { render } from 'preact';
import { PAGE_SIZE, PopupApp } from '../../components/PopupApp';
import { db } from '../../storage/db';
import { getCurrentTripWithClips } from '../../storage/queries';
import '../../ui/theme.css';
import './popup.css';

// Open the database and start the first read now, while Preact renders the frame, not
// after its first paint (when the live query's effect would start it).
void db.open().catch(() => undefined);
const first = getCurrentTripWithClips({ offset: 0, limit: PAGE_SIZE });

const root = document.getElementById('app');
if (root === null) throw new Error('popup.html has no #app element');
render(<PopupApp first={first} />, root);
