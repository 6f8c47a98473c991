import { render } from 'preact';

render(<main>Talk Clipper</main>, document.getElementById('app')!);
