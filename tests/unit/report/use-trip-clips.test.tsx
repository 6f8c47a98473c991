// @vitest-environment jsdom
/**
 * The report page's hook for the shown trip's clips (components/report/use-trip-clips.ts)
 * opens its clip feed during the render, so the first rows show from the first render; it
 * must close it however soon the page lets go of it, even before Preact has run its
 * effects (they run after the paint), or the feed would keep listening to every write.
 */
import { Dexie } from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTripClips } from '../../../components/report/use-trip-clips';
import { createTrip } from '../../../storage/trips';
import { renderRootPerTest } from '../support/render-root';

function Clips({ tripId }: { tripId: string | undefined }) {
  const { shown, total } = useTripClips(tripId);
  return <p>{`${shown.length} of ${total}`}</p>;
}

/** How many listeners Dexie's announcement of committed writes has (the feeds among them). */
const writeListeners = () => Dexie.on('storagemutated').subscribers.length;

describe('useTripClips', () => {
  const rootOf = renderRootPerTest();
  let root: HTMLElement;
  beforeEach(() => {
    root = rootOf();
  });

  it('stops listening to writes when unmounted right after its first render', async () => {
    const trip = await createTrip({ name: 'Trip' });
    const before = writeListeners();
    render(<Clips tripId={trip.id} />, root);
    expect(writeListeners()).toBe(before + 1);
    render(null, root);
    expect(writeListeners()).toBe(before);
  });

  it('listens with one feed at a time across trip changes, and none once unmounted', async () => {
    const [a, b] = [await createTrip({ name: 'A' }), await createTrip({ name: 'B' })];
    const before = writeListeners();
    await act(() => render(<Clips tripId={a.id} />, root));
    await act(() => render(<Clips tripId={b.id} />, root));
    await act(() => render(<Clips tripId={undefined} />, root));
    await act(() => render(<Clips tripId={a.id} />, root));
    expect(writeListeners()).toBe(before + 1);
    await act(() => render(null, root));
    expect(writeListeners()).toBe(before);
  });
});
