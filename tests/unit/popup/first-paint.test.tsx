// @vitest-environment jsdom
/**
 * The popup's plain-DOM first paint (components/popup/first-paint.ts) is the markup of
 * PopupApp's first render with the same data, and PopupApp rendered over it keeps its
 * nodes: what the user saw first is what stays, with no second set of rows.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/PopupApp';
import { endFirstPaint, paintFirstPage } from '../../../components/popup/first-paint';
import type { CurrentTripView } from '../../../storage/queries';
import { canOpenSidePanel } from '../../../ui/side-panel';
import { canonicalMarkup } from '../../support/canonical-markup';
import { newClip, newTrip } from '../../support/records';
import { renderRootPerTest } from '../support/render-root';

const canonical = canonicalMarkup;

const trip = newTrip({ name: 'JSConf <b>EU</b> 2025' });
const clips = [
  newClip({ tripId: trip.id, title: 'Rust is easy', seconds: 3723, speakers: ['Ada', 'Grace'], kind: 'keynote', rating: 'awesome' }),
  newClip({ tripId: trip.id, title: '<img src=x onerror="alert(1)">', streamTitle: 'Day 1', rating: 'good' }),
  newClip({ tripId: trip.id, title: '', streamTitle: '', kind: 'lightning' }),
];

const VIEWS: [string, CurrentTripView][] = [
  ['a trip with more clips than shown', { trip, clips, total: 1234 }],
  ['a trip with all its clips shown', { trip, clips, total: 3 }],
  ['an empty trip', { trip, clips: [], total: 0 }],
  ['no trip', { trip: undefined, clips: [], total: 0 }],
];

describe('the popup first paint', () => {
  const rootOf = renderRootPerTest();
  let root: HTMLElement;
  beforeEach(() => {
    root = rootOf();
  });

  it.each(VIEWS)('is the markup of the app’s first render: %s', (_, view) => {
    paintFirstPage(root, view, { sidePanel: canOpenSidePanel() });
    const app = document.createElement('div');
    render(<PopupApp initial={view} />, app);
    expect(canonical(root)).toBe(canonical(app));
    render(null, app);
  });

  it('puts stored text in as text, never as markup', () => {
    paintFirstPage(root, VIEWS[0]![1], { sidePanel: canOpenSidePanel() });
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('.clip-list')?.getAttribute('aria-label')).toBe('Clips in JSConf <b>EU</b> 2025');
    expect([...root.querySelectorAll('.clip-title')].map((title) => title.textContent)).toEqual(['Rust is easy', '<img src=x onerror="alert(1)">', 'Untitled talk']);
    expect(root.querySelector('input')?.value).toBe('JSConf <b>EU</b> 2025');
  });

  it('is inert and busy until the app has taken over, which keeps the painted rows', async () => {
    const view = VIEWS[0]![1];
    paintFirstPage(root, view, { sidePanel: canOpenSidePanel() });
    expect(root.hasAttribute('inert')).toBe(true);
    expect(root.getAttribute('aria-busy')).toBe('true');
    const painted = [...root.querySelectorAll('li')];

    await act(() => render(<PopupApp initial={view} />, root));
    endFirstPaint(root);

    const rows = [...root.querySelectorAll('li')];
    expect(rows).toHaveLength(3);
    rows.forEach((row, i) => expect(row).toBe(painted[i]));
    expect(root.hasAttribute('inert')).toBe(false);
    expect(root.hasAttribute('aria-busy')).toBe(false);
    // The app's handlers are on the painted buttons: Edit opens the row.
    const edit = root.querySelector<HTMLButtonElement>('[aria-label="Edit Rust is easy"]');
    await act(() => edit?.click());
    expect(edit?.getAttribute('aria-expanded')).toBe('true');
  });
});
