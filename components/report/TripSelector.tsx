/**
 * Which trip the page shows: a select labelled "Trip" (options named by the trip's
 * name), New trip and Delete trip. (Which trip is current is shown by the trip form.) Deleting is undoable from the status area, so it
 * asks no question.
 */
import { useId } from 'preact/hooks';
import type { Trip } from '../../model/types';

export interface TripSelectorProps {
  trips: readonly Trip[];
  selectedId: string | undefined;
  busy: boolean;
  onSelect: (id: string) => void;
  onNew: () => void;
  onDelete: () => void;
}

export function TripSelector({ trips, selectedId, busy, onSelect, onNew, onDelete }: TripSelectorProps) {
  const id = useId();
  return (
    <div class="trip-selector">
      <div class="field">
        <label for={id}>Trip</label>
        <select
          id={id}
          value={selectedId ?? ''}
          onChange={(event) => onSelect(event.currentTarget.value)}
          disabled={trips.length === 0}
        >
          {trips.length === 0 && <option value="">No trips yet</option>}
          {trips.map((trip) => (
            <option key={trip.id} value={trip.id}>
              {trip.name}
            </option>
          ))}
        </select>
      </div>
      <div class="trip-selector-actions">
        <button type="button" onClick={onNew} disabled={busy}>
          New trip
        </button>
        <button type="button" class="button-danger" onClick={onDelete} disabled={busy || selectedId === undefined}>
          Delete trip
        </button>
      </div>
    </div>
  );
}
