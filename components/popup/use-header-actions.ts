/**
 * The popup header's actions: Clip talk (one at a time; messaging and the browser API
 * polyfill load on the first click), Open trip report, and Open side panel (which must
 * open inside the click, with no await before it, so the window is known beforehand).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '../../model/types';
import { clipResultMessage } from '../../ui/messages';
import { currentWindowId, openSidePanel } from '../../ui/side-panel';
import type { Status } from './use-status-line';

export interface HeaderActions {
  /** A clip is being taken. */
  busy: boolean;
  clipTalk: () => Promise<void>;
  openReport: () => Promise<void>;
  openPanel: () => void;
}

/** `say` shows outcomes; `show` is told the clip taken or found (to highlight it). */
export function useHeaderActions(say: (status: Status) => void, show: (clip: Clip) => void): HeaderActions {
  const clipping = useRef(false);
  const [busy, setBusy] = useState(false);
  const windowId = useRef<number | undefined>(undefined);
  useEffect(() => {
    void currentWindowId().then((id) => (windowId.current = id));
  }, []);

  const clipTalk = async () => {
    if (clipping.current) return;
    clipping.current = true;
    setBusy(true);
    try {
      const { requestClipFromTab } = await import('../../ui/request-clip');
      const result = await requestClipFromTab();
      say({ text: clipResultMessage(result), error: result === undefined || result.status === 'refused', announced: result });
      if (result !== undefined && result.status !== 'refused') show(result.clip);
    } catch (failure) {
      // Only the import can fail (requestClipFromTab answers undefined rather than throw).
      say({ text: `Could not clip the talk: ${failure instanceof Error ? failure.message : String(failure)}`, error: true });
    } finally {
      clipping.current = false;
      setBusy(false);
    }
  };

  const openReport = async () => {
    try {
      const { openTripReport } = await import('../../ui/request-clip');
      await openTripReport();
    } catch (failure) {
      say({ text: `Could not open the trip report: ${failure instanceof Error ? failure.message : String(failure)}`, error: true });
    }
  };

  const openPanel = () => {
    void openSidePanel(windowId.current).then((opened) => {
      if (opened) window.close();
      else say({ text: 'This browser did not open the side panel: try its keyboard shortcut, Alt+Shift+S.', error: true });
    });
  };

  return { busy, clipTalk, openReport, openPanel };
}
