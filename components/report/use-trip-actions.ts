/** The report page's trip actions: show another trip, New trip, Delete trip, Make current. */
import { deletedTripMessage } from './report-messages';
import type { PageStatus } from './use-page-status';
import type { FocusTarget } from './use-pending-focus';
import type { ShownTrip } from './use-shown-trip';

export interface TripActions {
  selectTrip: (id: string) => void;
  newTrip: () => Promise<void>;
  removeTrip: () => Promise<void>;
  makeCurrent: () => Promise<void>;
}

export function useTripActions({ trip, currentId, show }: ShownTrip, { say, quiet, run }: PageStatus, focusSoon: (target: FocusTarget) => void): TripActions {
  const selectTrip = (id: string) => {
    show(id);
    quiet();
  };

  const newTrip = () =>
    run(async () => {
      const { createTrip, setCurrentTrip } = await import('../../storage/trips');
      const created = await createTrip({ name: 'New trip' });
      if (currentId === undefined) await setCurrentTrip(created.id);
      show(created.id);
      focusSoon('trip-name');
      say(`Created a new trip${currentId === undefined ? ' (the current trip: new clips go there)' : ''}. Give it a name.`);
    });

  const removeTrip = () =>
    run(async () => {
      if (trip === undefined) return;
      const wasCurrent = trip.id === currentId;
      const { deleteTrip } = await import('../../storage/trips');
      const removed = await deleteTrip(trip.id);
      show(undefined);
      focusSoon('undo');
      say(deletedTripMessage(removed.trip.name, removed.clips.length), {
        kind: 'trip',
        trip: removed.trip,
        clips: removed.clips,
        wasCurrent,
        extras: { schedule: removed.schedule, streams: removed.streams },
      });
    });

  const makeCurrent = () =>
    run(async () => {
      if (trip === undefined) return;
      if (trip.id === currentId) {
        say(`“${trip.name}” is already the current trip: new clips go there.`);
        return;
      }
      const { setCurrentTrip } = await import('../../storage/trips');
      await setCurrentTrip(trip.id);
      say(`“${trip.name}” is now the current trip: new clips go there.`);
    });

  return { selectTrip, newTrip, removeTrip, makeCurrent };
}
