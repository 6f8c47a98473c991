/**
 * The shown trip's details: name (the shared TripNameField), place, dates, URL, blog
 * tags and categories, intro and outro (Markdown), and Make current.
 *
 * Saves as you type (debounced) and flushes on blur, on pagehide and when the trip
 * changes or the form unmounts. A field with an invalid value (a non-http URL) is not
 * saved and says so; the other fields still are. A failed write shows the storage
 * layer's sentence in role=alert and keeps what was typed.
 *
 * The form owns its text while mounted: a live update of the trip only replaces it
 * when it differs from what this form last saved and nothing typed is waiting.
 */
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Trip } from '../../model/types';
import { useAutosave } from '../../ui/use-autosave';
import { ListField } from '../ListField';
import { TripNameField } from '../TripNameField';
import type { TripFormState } from './report-messages';
import { INTRO_HINT, OUTRO_HINT, currentTripHint, sameTripForm, tripChanges, tripForm, tripFormProblems } from './report-messages';

export interface TripFormProps {
  trip: Trip;
  isCurrent: boolean;
  /** Whether any trip is current (else the next clip starts a new trip). */
  hasCurrent: boolean;
  onMakeCurrent: () => void;
}

const SAVE_DELAY_MS = 400;

export function TripForm({ trip, isCurrent, hasCurrent, onMakeCurrent }: TripFormProps) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const [form, setForm] = useState<TripFormState>(() => tripForm(trip));
  const formRef = useRef(form);
  /** The stored trip as this form last knew it (its own save's answer, or a live update). */
  const stored = useRef(trip);
  const lastSavedForm = useRef(tripForm(trip));
  /** Field problems are shown once the field was left or saved, not on each keystroke. */
  const [checked, setChecked] = useState<TripFormState>(form);

  const autosave = useAutosave(async () => {
    const current = formRef.current;
    setChecked(current);
    const changes = tripChanges(current, stored.current);
    if (Object.keys(changes).length === 0) return;
    // The write code (with its validation) loads at the first save, not with the page.
    const { updateTrip } = await import('../../storage/trips');
    const saved = await updateTrip(stored.current.id, changes);
    if (saved.updatedAt >= stored.current.updatedAt) stored.current = saved;
    lastSavedForm.current = tripForm(saved);
  }, SAVE_DELAY_MS);

  const { isPending } = autosave;

  // A live query can deliver an older version after our newer save resolved: ignore it.
  useEffect(() => {
    if (trip.updatedAt < stored.current.updatedAt) return;
    stored.current = trip;
    const incoming = tripForm(trip);
    if (sameTripForm(incoming, lastSavedForm.current) || isPending()) return;
    lastSavedForm.current = incoming;
    formRef.current = incoming;
    setForm(incoming);
    setChecked(incoming);
  }, [trip, isPending]);

  const update = (changes: Partial<TripFormState>) => {
    formRef.current = { ...formRef.current, ...changes };
    setForm(formRef.current);
    autosave.schedule();
  };

  const text =
    (name: Exclude<keyof TripFormState, 'startDate' | 'endDate'>) =>
    (event: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      update({ [name]: event.currentTarget.value });

  // A date input reads '' while a date is half typed: wait until it is whole again.
  const date = (name: 'startDate' | 'endDate') => (event: JSX.TargetedEvent<HTMLInputElement>) => {
    if (event.currentTarget.validity.badInput) return;
    update({ [name]: event.currentTarget.value });
  };

  const problems = tripFormProblems(checked);
  const urlProblem = checked.url === form.url ? problems.url : undefined;

  return (
    <section class="trip-form" aria-labelledby={id('heading')} onFocusOut={() => void autosave.flush()}>
      <div class="trip-form-head">
        <h2 id={id('heading')}>Trip details</h2>
        <div class="make-current">
          <button type="button" onClick={onMakeCurrent} aria-describedby={id('current')} class={isCurrent ? undefined : 'button-primary'}>
            Make current
          </button>
          <span id={id('current')} class="hint">
            {currentTripHint(isCurrent, hasCurrent)}
          </span>
        </div>
      </div>

      {autosave.error !== null && (
        <p class="field-error" role="alert">
          {autosave.error}
        </p>
      )}

      <div class="trip-grid">
        <TripNameField key={trip.id} trip={trip} class="trip-field-name" />

        <div class="field">
          <label for={id('place')}>Place</label>
          <input id={id('place')} type="text" value={form.place} onInput={text('place')} autoComplete="off" />
        </div>

        <div class="field">
          <label for={id('start')}>Start date</label>
          <input id={id('start')} type="date" value={form.startDate} onInput={date('startDate')} onChange={date('startDate')} />
        </div>

        <div class="field">
          <label for={id('end')}>End date</label>
          <input
            id={id('end')}
            type="date"
            value={form.endDate}
            min={form.startDate || undefined}
            onInput={date('endDate')}
            onChange={date('endDate')}
            aria-describedby={problems.dateOrder !== undefined ? id('date-order') : undefined}
          />
          {problems.dateOrder !== undefined && (
            <small id={id('date-order')} class="hint hint-warning">
              {problems.dateOrder}
            </small>
          )}
        </div>

        <div class="field trip-field-wide">
          <label for={id('url')}>Trip URL</label>
          <input
            id={id('url')}
            type="url"
            value={form.url}
            onInput={text('url')}
            placeholder="https://…"
            autoComplete="off"
            aria-invalid={urlProblem !== undefined}
            aria-describedby={urlProblem !== undefined ? id('url-error') : undefined}
          />
          {urlProblem !== undefined && (
            <p id={id('url-error')} class="field-error" role="alert">
              {urlProblem}
            </p>
          )}
        </div>

        <ListField label="Blog tags" value={form.tags} onInput={text('tags')} entries="tags" />
        <ListField label="Blog categories" value={form.categories} onInput={text('categories')} entries="categories" />

        <div class="field trip-field-wide">
          <label for={id('intro')}>Intro</label>
          <textarea id={id('intro')} rows={4} value={form.intro} onInput={text('intro')} aria-describedby={id('intro-hint')} />
          <small id={id('intro-hint')} class="hint">
            {INTRO_HINT}
          </small>
        </div>

        <div class="field trip-field-wide">
          <label for={id('outro')}>Outro</label>
          <textarea id={id('outro')} rows={4} value={form.outro} onInput={text('outro')} aria-describedby={id('outro-hint')} />
          <small id={id('outro-hint')} class="hint">
            {OUTRO_HINT}
          </small>
        </div>
      </div>
    </section>
  );
}
