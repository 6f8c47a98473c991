/**
 * The current trip's name, renameable in place (a text field labelled "Trip name").
 * Saves as you type like the clip editor; an empty name is never saved. Enter saves
 * now, Escape goes back to the saved name.
 */
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Trip } from '../model/types';
import type { TripChanges } from '../storage/trips';
import { useAutosave } from '../ui/use-autosave';

export type SaveTrip = (id: string, changes: TripChanges) => Promise<Trip>;

export interface TripNameFieldProps {
  trip: Trip;
  /** Defaults to storage's updateTrip. */
  save?: SaveTrip;
  /** Visible label; "Trip name" unless told. */
  label?: string;
  class?: string;
}

const EMPTY_NAME_MESSAGE = 'A trip needs a name; the empty name is not saved.';

/** storage's updateTrip, loaded on the first save: the popup shows the field before zod is loaded. */
const updateTripLazily: SaveTrip = async (id, changes) => {
  const { updateTrip } = await import('../storage/trips');
  return updateTrip(id, changes);
};

export function TripNameField({ trip, save = updateTripLazily, label = 'Trip name', class: className }: TripNameFieldProps) {
  const id = useId();
  const [name, setName] = useState(trip.name);
  const nameRef = useRef(trip.name);
  const lastSaved = useRef(trip.name);
  /** updatedAt of the newest version of the trip seen or written: older live results are ignored. */
  const newestSeen = useRef(trip.updatedAt);
  const [emptyError, setEmptyError] = useState(false);
  const tripId = trip.id;
  const saveRef = useRef(save);
  saveRef.current = save;

  const autosave = useAutosave(async () => {
    const wanted = nameRef.current.trim();
    setEmptyError(wanted === '');
    if (wanted === '' || wanted === lastSaved.current) return;
    const stored = await saveRef.current(tripId, { name: wanted });
    lastSaved.current = stored.name;
    if (stored.updatedAt > newestSeen.current) newestSeen.current = stored.updatedAt;
  });
  const { isPending } = autosave;

  useEffect(() => {
    if (trip.updatedAt < newestSeen.current) return;
    newestSeen.current = trip.updatedAt;
    if (trip.name === lastSaved.current || isPending()) return;
    lastSaved.current = trip.name;
    nameRef.current = trip.name;
    setName(trip.name);
    setEmptyError(false);
  }, [trip.name, trip.updatedAt, isPending]);

  const onInput = (event: JSX.TargetedEvent<HTMLInputElement>) => {
    nameRef.current = event.currentTarget.value;
    setName(nameRef.current);
    if (nameRef.current.trim() !== '') setEmptyError(false);
    autosave.schedule();
  };

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void autosave.flush();
    } else if (event.key === 'Escape' && nameRef.current !== lastSaved.current) {
      event.preventDefault(); // keep the popup open
      nameRef.current = lastSaved.current;
      setName(lastSaved.current);
      setEmptyError(false);
      autosave.schedule();
    }
  };

  const error = emptyError ? EMPTY_NAME_MESSAGE : autosave.error;
  const errorId = `${id}-error`;

  return (
    <div class={['field', 'trip-name', className].filter(Boolean).join(' ')}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={name}
        onInput={onInput}
        onKeyDown={onKeyDown}
        onBlur={() => void autosave.flush()}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        autoComplete="off"
        spellcheck={false}
      />
      {error !== null && (
        <p id={errorId} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
