/**
 * Actions on the selected clips: select all matching, move to another trip, set the
 * rating or kind, delete (with Undo in the page's status area).
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Rating, TalkKind, Trip } from '../../model/types';
import { KIND_OPTIONS, RATING_OPTIONS, parseKind, parseRating } from '../../ui/fields';
import { NO_OTHER_TRIP } from './report-messages';

export interface BulkActionsProps {
  /** Clips selected among those matching the filters. */
  selectedCount: number;
  /** Clips matching the filters. */
  matchingCount: number;
  onSelectAll: (selected: boolean) => void;
  /** Trips the clips can move to (all but the shown one). */
  otherTrips: readonly Trip[];
  busy: boolean;
  onMove: (tripId: string) => void;
  onRate: (rating: Rating | null) => void;
  onKind: (kind: TalkKind) => void;
  onDelete: () => void;
}

export function BulkActions({ selectedCount, matchingCount, onSelectAll, otherTrips, busy, onMove, onRate, onKind, onDelete }: BulkActionsProps) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const allRef = useRef<HTMLInputElement>(null);
  const [moveTo, setMoveTo] = useState('');
  const [rating, setRating] = useState<string>('awesome');
  const [kind, setKind] = useState<string>('talk');

  const target = otherTrips.some((trip) => trip.id === moveTo) ? moveTo : (otherTrips[0]?.id ?? '');
  const none = selectedCount === 0;
  const all = matchingCount > 0 && selectedCount === matchingCount;

  useEffect(() => {
    if (allRef.current !== null) allRef.current.indeterminate = !none && !all;
  }, [none, all]);

  return (
    <div class="bulk-actions" role="group" aria-label="Selected clips" aria-busy={busy}>
      <div class="bulk-select">
        <input
          ref={allRef}
          id={id('all')}
          type="checkbox"
          checked={all}
          disabled={matchingCount === 0 || busy}
          onChange={(event) => onSelectAll(event.currentTarget.checked)}
        />
        <label for={id('all')}>Select all matching clips</label>
        <span class="bulk-count" aria-live="polite">
          {selectedCount.toLocaleString('en-US')} selected
        </span>
      </div>

      <div class="bulk-action">
        <label for={id('move')}>Move to trip</label>
        <select id={id('move')} value={target} onChange={(event) => setMoveTo(event.currentTarget.value)} disabled={otherTrips.length === 0}>
          {otherTrips.length === 0 && <option value="">{NO_OTHER_TRIP}</option>}
          {otherTrips.map((trip) => (
            <option key={trip.id} value={trip.id}>
              {trip.name}
            </option>
          ))}
        </select>
        <button type="button" disabled={none || busy || target === ''} onClick={() => onMove(target)}>
          Move
        </button>
      </div>

      <div class="bulk-action">
        <label for={id('rating')}>Set rating</label>
        <select id={id('rating')} value={rating} onChange={(event) => setRating(event.currentTarget.value)}>
          {RATING_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="button" disabled={none || busy} onClick={() => onRate(parseRating(rating))}>
          Apply rating
        </button>
      </div>

      <div class="bulk-action">
        <label for={id('kind')}>Set kind</label>
        <select id={id('kind')} value={kind} onChange={(event) => setKind(event.currentTarget.value)}>
          {KIND_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="button" disabled={none || busy} onClick={() => onKind(parseKind(kind))}>
          Apply kind
        </button>
      </div>

      <button type="button" class="button-danger" disabled={none || busy} onClick={onDelete}>
        Delete selected
      </button>
    </div>
  );
}
