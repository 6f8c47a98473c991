// @vitest-environment jsdom
/**
 * The report page's plain-DOM first paint (components/report/first-paint.ts) is the
 * markup of ReportApp's first render with the same first view, and ReportApp rendered
 * over it keeps its nodes: what the user saw first is what stays (nothing moves, no row
 * is replaced), and it acts once the app has taken over.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReportApp } from '../../../components/report/ReportApp';
import { endFirstPaint, paintReportFirstPage } from '../../../components/report/first-paint';
import { startClipChangeLog } from '../../../storage/clip-change-log';
import type { ReportFirstRead, ReportFirstView } from '../../../storage/report-view';
import { canonicalMarkup } from '../../support/canonical-markup';
import { newClip, newTrip, testUuid } from '../../support/records';
import { renderRootPerTest } from '../support/render-root';

const trip = newTrip({ name: 'JSConf <b>EU</b> 2025', place: 'Berlin', startDate: '2025-06-02', endDate: '2025-06-01', url: 'ftp://example.org', tags: ['js'], intro: 'Hello *there*' });
const other = newTrip({ id: testUuid(2), name: 'PyCon', timeZone: 'Europe/Prague', startDate: '2024-01-01' });
const stream = { videoId: 'dQw4w9WgXcQ', streamTitle: 'Day 1 <i>main</i> hall', channel: 'JSConf' };
const clips = [
  newClip({ id: testUuid(11), tripId: trip.id, ...stream, title: 'Rust is easy', seconds: 3723, speakers: ['Ada', 'Grace'], kind: 'keynote', rating: 'awesome', day: '2025-06-02', tags: ['rust', 'wasm'] }),
  newClip({ id: testUuid(12), tripId: trip.id, ...stream, title: '<img src=x onerror="alert(1)">', seconds: 5400, rating: 'good' }),
  newClip({ id: testUuid(13), tripId: trip.id, videoId: 'abcdefghijk', streamTitle: '', channel: '', title: '', seconds: 60, kind: 'lightning' }),
];

const view = (overrides: Partial<ReportFirstView>): ReportFirstView => ({ trips: [trip, other], currentId: trip.id, tripId: trip.id, clips, total: 1234, ...overrides });

/** The view as the app gets it, with its log of other contexts' writes (closed by the app's clip feed). */
const read = (first: ReportFirstView): ReportFirstRead => ({ ...first, changes: startClipChangeLog() });

const VIEWS: [string, ReportFirstView][] = [
  ['a trip with more clips than its first rows', view({})],
  ['a trip whose first rows are all its clips', view({ total: 3 })],
  ['a trip that is not the current one, with a time zone', view({ tripId: other.id, clips: [], total: 0 })],
  ['an empty trip, no trip current', view({ currentId: undefined, clips: [], total: 0 })],
  ['the only trip', view({ trips: [trip], total: 3 })],
  ['no trips', { trips: [], currentId: undefined, tripId: undefined, clips: [], total: 0 }],
];

describe('the report page first paint', () => {
  const rootOf = renderRootPerTest();
  let root: HTMLElement;
  beforeEach(() => {
    root = rootOf();
  });

  it.each(VIEWS)('is the markup of the app’s first render: %s', (_, first) => {
    // The page's URL names the trip shown when it is not the one the app would pick itself (?trip=).
    history.replaceState(null, '', first.tripId !== undefined && first.tripId !== first.currentId ? `?trip=${first.tripId}` : '?');
    paintReportFirstPage(root, first);
    const app = document.createElement('div');
    render(<ReportApp first={read(first)} />, app);
    // Line by line, so that a difference shows as one.
    const lines = (markup: string) => markup.replace(/<option [^]*?<\/option>/g, (option) => option.replace(/\n/g, ' ')).split(/(?=<)/);
    expect(lines(canonicalMarkup(root))).toEqual(lines(canonicalMarkup(app)));
    render(null, app);
  });

  it('puts stored text in as text, never as markup', () => {
    paintReportFirstPage(root, VIEWS[0]![1]);
    expect(root.querySelector('img:not(.thumb img), b, i')).toBeNull();
    expect([...root.querySelectorAll('.clip-title')].map((title) => title.textContent)).toEqual(['Rust is easy', '<img src=x onerror="alert(1)">', 'Untitled talk']);
    expect(root.querySelector<HTMLInputElement>('.trip-name input')?.value).toBe('JSConf <b>EU</b> 2025');
    expect(root.querySelector('.stream-title')?.textContent).toBe('Day 1 <i>main</i> hall');
  });

  it('is inert and busy until the app has taken over, which keeps the painted nodes and makes them act', async () => {
    const first = VIEWS[0]![1];
    paintReportFirstPage(root, first);
    expect(root.hasAttribute('inert')).toBe(true);
    expect(root.getAttribute('aria-busy')).toBe('true');
    const painted = [...root.querySelectorAll('li, input, select, textarea, button')];

    await act(() => render(<ReportApp first={read(first)} />, root));
    endFirstPaint(root);

    const after = [...root.querySelectorAll('li, input, select, textarea, button')];
    expect(after).toHaveLength(painted.length);
    after.forEach((node, i) => expect(node).toBe(painted[i]));
    expect(root.hasAttribute('inert')).toBe(false);
    expect(root.hasAttribute('aria-busy')).toBe(false);
    // The app's handlers are on the painted nodes: selecting a row counts it.
    const check = root.querySelector<HTMLInputElement>('[aria-label="Select Rust is easy"]');
    await act(() => check?.click());
    expect(root.querySelector('.bulk-count')?.textContent).toBe('1 selected');
  });
});
