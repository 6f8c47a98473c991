/**
 * The report built from the trip, its clips and the choices: `renderNow` for an export
 * (always the current choices), `useRenderedReport` for the preview (at once for small
 * trips, debounced for big ones).
 */
import { useEffect, useState } from 'preact/hooks';
import type { PanelChoices } from '../../export/choices-store';
import { renderFailedMessage } from '../../export/messages';
import { optionsFromChoices, previewDelay } from '../../export/panel-model';
import { renderReport } from '../../markdown/render-report';
import type { Clip, Trip } from '../../model/types';

export type Rendered = { ok: true; filename: string; markdown: string } | { ok: false; message: string };

/** Today's date (YYYY-MM-DD) and the browser's time zone, for the default date and the post time's offset. */
export interface ExportClock {
  today: string;
  timeZone: string;
}

export function renderNow(trip: Trip, clips: readonly Clip[], choices: PanelChoices, clock: ExportClock): Rendered {
  try {
    const { filename, markdown } = renderReport(trip, clips, optionsFromChoices(choices, clock.today, clock.timeZone));
    return { ok: true, filename, markdown };
  } catch (error) {
    return { ok: false, message: renderFailedMessage(error) };
  }
}

/** The preview's report; undefined until first rendered. */
export function useRenderedReport(trip: Trip, clips: readonly Clip[], choices: PanelChoices | undefined, clock: ExportClock): Rendered | undefined {
  const [rendered, setRendered] = useState<Rendered | undefined>(undefined);
  useEffect(() => {
    if (choices === undefined) return;
    const run = () => setRendered(renderNow(trip, clips, choices, clock));
    const delay = previewDelay(clips.length);
    if (delay === 0) {
      run();
      return;
    }
    const timer = setTimeout(run, delay);
    return () => clearTimeout(timer);
  }, [trip, clips, choices, clock]);
  return rendered;
}
