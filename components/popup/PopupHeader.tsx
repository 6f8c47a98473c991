/**
 * The popup's header: the current trip's name (renameable), Clip talk, Open trip report,
 * Open side panel where the browser has one, and the status line with Undo after a
 * delete. Its plain-DOM twin for the first paint is in first-paint.ts.
 */
import type { Ref } from 'preact';
import type { Trip } from '../../model/types';
import { canOpenSidePanel } from '../../ui/side-panel';
import { TripNameField } from '../TripNameField';
import { CLIP_TALK, NO_TRIP_MESSAGE, OPEN_SIDE_PANEL, OPEN_TRIP_REPORT, TRIP_NAME_LABEL } from './popup-text';
import type { HeaderActions } from './use-header-actions';
import type { Status } from './use-status-line';

export interface PopupHeaderProps {
  trip: Trip | undefined;
  /** The first read has not answered yet (no "No trip yet" until it has). */
  loading: boolean;
  actions: HeaderActions;
  status: Status;
  onUndo: () => void;
  clipButtonRef: Ref<HTMLButtonElement>;
}

export function PopupHeader({ trip, loading, actions, status, onUndo, clipButtonRef }: PopupHeaderProps) {
  return (
    <header class="popup-header">
      {trip !== undefined ? <TripNameField key={trip.id} trip={trip} label={TRIP_NAME_LABEL} /> : !loading && <p class="no-trip">{NO_TRIP_MESSAGE}</p>}
      <div class="header-actions">
        <button type="button" ref={clipButtonRef} class="button-primary" onClick={() => void actions.clipTalk()} aria-busy={actions.busy}>
          {CLIP_TALK}
        </button>
        <button type="button" onClick={() => void actions.openReport()}>
          {OPEN_TRIP_REPORT}
        </button>
      </div>
      {canOpenSidePanel() && (
        <button type="button" class="button-small" onClick={actions.openPanel}>
          {OPEN_SIDE_PANEL}
        </button>
      )}
      <div class="status-bar">
        <p class={status.error === true ? 'status status-error' : 'status'} role="status">
          {status.text}
        </p>
        {status.undo !== undefined && (
          <button type="button" class="button-small" onClick={onUndo}>
            Undo
          </button>
        )}
      </div>
    </header>
  );
}
