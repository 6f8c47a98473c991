import { render } from 'preact';
import { PanelApp } from '../../components/sidepanel/PanelApp';
import { fixedTabIdOf } from '../../components/sidepanel/use-followed-tab';
import '../../ui/theme.css';
import './sidepanel.css';

const root = document.getElementById('app');
if (root === null) throw new Error('sidepanel.html has no #app element');
render(<PanelApp fixedTabId={fixedTabIdOf(location.search)} />, root);
