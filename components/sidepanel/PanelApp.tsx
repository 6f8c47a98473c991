/**
 * The side panel (Chrome's side panel, Firefox's sidebar, or Pop out's small window):
 * follows one tab, shows what plays there and the talk now on, and edits the clip of
 * that moment (WatchView). Off a video it says what to do.
 */
import { browser } from 'wxt/browser';
import type { PublicPath } from 'wxt/browser';
import { useState } from 'preact/hooks';
import { sidePanelPathFor } from '../../ui/side-panel';
import { Shortcuts } from './Shortcuts';
import { useFollowedTab } from './use-followed-tab';
import { useWatch } from './use-watch';
import type { WatchState } from './use-watch';
import { WatchView } from './WatchView';

export interface PanelAppProps {
  /** The tab of `?tabId=N`; null to follow the active tab of the panel's window. */
  fixedTabId: number | null;
}

export const NOT_REACHABLE_MESSAGE =
  'Open a YouTube video in this tab to follow its talks here. (A YouTube tab opened before Talk Clipper was installed needs a reload.)';

function StateMessage({ state }: { state: Exclude<WatchState, { status: 'watching' }> }) {
  if (state.status === 'looking') return <p class="panel-message">Looking at the tab…</p>;
  if (state.status === 'unreachable') return <p class="panel-message">{NOT_REACHABLE_MESSAGE}</p>;
  return <p class="panel-message">{state.message}</p>;
}

export function PanelApp({ fixedTabId }: PanelAppProps) {
  const tabId = useFollowedTab(fixedTabId);
  const watch = useWatch(tabId);
  const [popOutError, setPopOutError] = useState<string | null>(null);

  const popOut = async () => {
    if (typeof tabId !== 'number') return;
    try {
      const url = browser.runtime.getURL(sidePanelPathFor(tabId) as string as PublicPath);
      await browser.windows.create({ url, type: 'popup', width: 420, height: 760 });
      setPopOutError(null);
    } catch (failure) {
      setPopOutError(`Could not pop out the panel: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };

  return (
    <div class="panel">
      <header class="panel-header">
        <h1>Talk Clipper</h1>
        {fixedTabId === null && typeof tabId === 'number' && (
          <button type="button" class="button-small" onClick={() => void popOut()} title="Open this panel in a small window that stays with this tab">
            Pop out
          </button>
        )}
      </header>
      {popOutError !== null && (
        <p class="field-error" role="alert">
          {popOutError}
        </p>
      )}
      <main class="panel-main">
        {watch.status === 'watching' && typeof tabId === 'number' ? (
          <WatchView key={watch.video.videoId} tabId={tabId} video={watch.video} seconds={watch.seconds} paused={watch.paused} />
        ) : (
          <StateMessage state={watch.status === 'watching' ? { status: 'looking' } : watch} />
        )}
      </main>
      <Shortcuts />
    </div>
  );
}
