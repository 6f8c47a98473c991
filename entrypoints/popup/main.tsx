import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import '../../ui/theme.css';
import './popup.css';

const root = document.getElementById('app');
if (root === null) throw new Error('popup.html has no #app element');
render(<PopupApp />, root);
