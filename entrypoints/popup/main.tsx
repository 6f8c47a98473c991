import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { db } from '../../storage/db';
import '../../ui/theme.css';
import './popup.css';

// Start opening the database now, while Preact renders the frame, not after its first paint.
void db.open().catch(() => undefined);

const root = document.getElementById('app');
if (root === null) throw new Error('popup.html has no #app element');
render(<PopupApp />, root);
