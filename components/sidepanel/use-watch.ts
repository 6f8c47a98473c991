/**
 * What plays in the followed tab, kept current while the panel is open: the panel opens
 * a port to the tab's content script (which then, and only then, pushes the position
 * once a second while the video plays, and says when YouTube switched video), and reads
 * the page snapshot a clip would read when it connects and after each switch.
 *
 * Everything is keyed by video id: a switch empties the view at once, and a position
 * for another video than the one shown makes the panel read the page again, so the
 * previous video's talk is never shown. A lost port (page reload, tab closed, content
 * script gone) is retried; the background service worker is not on this path at all,
 * so its sleeping changes nothing here.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PANEL_PORT, sendMessage } from '../../messaging/protocol';
import type { PanelPush } from '../../messaging/protocol';
import { parsePageSnapshot } from '../../youtube/snapshot-schema';
import { watchFromSnapshot } from '../../youtube/watch';
import type { WatchedVideo } from '../../youtube/watch';

export type WatchState =
  | { status: 'looking' }
  /** Nobody answered in the tab: not YouTube, or a YouTube tab loaded before the extension. */
  | { status: 'unreachable' }
  /** YouTube answered, but there is nothing to follow (not a video page, an ad, not started). */
  | { status: 'refused'; message: string }
  | { status: 'watching'; video: WatchedVideo; seconds: number; paused: boolean };

const NAVIGATING_RETRY_MS = 400;
const NAVIGATING_RETRIES = 8;
const RECONNECT_MS = 1000;
const RECONNECT_RETRIES = 10;

type Port = ReturnType<typeof browser.tabs.connect>;

function isPush(value: unknown): value is PanelPush {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'navigated') return true;
  return (
    message.type === 'position' &&
    typeof message.seconds === 'number' &&
    Number.isFinite(message.seconds) &&
    message.seconds >= 0 &&
    typeof message.paused === 'boolean' &&
    (message.videoId === null || typeof message.videoId === 'string')
  );
}

export function useWatch(tabId: number | null | undefined): WatchState {
  const [state, setState] = useState<WatchState>({ status: 'looking' });

  useEffect(() => {
    setState({ status: 'looking' });
    if (tabId === null || tabId === undefined) {
      if (tabId === null) setState({ status: 'unreachable' });
      return;
    }
    let active = true;
    let port: Port | undefined;
    let shown: string | undefined;
    let reading = 0;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const later = (run: () => void, ms: number) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (active) run();
      }, ms);
      timers.add(timer);
    };

    const read = async (attempt = 0): Promise<void> => {
      const ticket = ++reading;
      let answer: unknown;
      try {
        answer = await sendMessage('readPage', undefined, tabId);
      } catch {
        answer = undefined;
      }
      if (!active || ticket !== reading) return;
      const snapshot = parsePageSnapshot(answer);
      if (!snapshot.success) {
        shown = undefined;
        setState({ status: 'unreachable' });
        return;
      }
      const outcome = watchFromSnapshot(snapshot.data);
      if (!outcome.ok) {
        shown = undefined;
        if (outcome.code === 'navigating' && attempt < NAVIGATING_RETRIES) {
          setState({ status: 'looking' });
          later(() => void read(attempt + 1), NAVIGATING_RETRY_MS);
          return;
        }
        setState({ status: 'refused', message: outcome.message });
        return;
      }
      shown = outcome.video.videoId;
      setState({ status: 'watching', video: outcome.video, seconds: outcome.seconds, paused: true });
    };

    const onPush = (message: unknown) => {
      if (!isPush(message)) return;
      if (message.type === 'navigated') {
        shown = undefined;
        setState({ status: 'looking' });
        void read();
        return;
      }
      if (shown === undefined || (message.videoId !== null && message.videoId !== shown)) {
        // A position for a video we do not show: what plays changed under us.
        if (message.videoId !== null) void read();
        return;
      }
      const { seconds, paused } = message;
      setState((current) => (current.status === 'watching' && current.video.videoId === shown ? { ...current, seconds, paused } : current));
    };

    const connect = (attempt = 0) => {
      let mine: Port | undefined;
      try {
        mine = browser.tabs.connect(tabId, { name: PANEL_PORT, frameId: 0 });
      } catch {
        mine = undefined;
      }
      port = mine;
      let heard = false;
      mine?.onMessage.addListener((message: unknown) => {
        heard = true;
        onPush(message);
      });
      mine?.onDisconnect.addListener(() => {
        if (!active || port !== mine) return;
        port = undefined;
        // Reload, navigation to another site, or no content script (yet): try again a few times.
        const next = heard ? 0 : attempt + 1;
        if (next <= RECONNECT_RETRIES) later(() => connect(next), RECONNECT_MS);
        else setState({ status: 'unreachable' });
      });
      void read();
    };

    // A full page load in the tab brings a new content script: connect to it afresh.
    const onUpdated = (updatedId: number, change: { status?: string }) => {
      if (updatedId !== tabId || change.status !== 'complete') return;
      port?.disconnect();
      port = undefined;
      connect();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    connect();

    return () => {
      active = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
      for (const timer of timers) clearTimeout(timer);
      port?.disconnect();
    };
  }, [tabId]);

  return state;
}
