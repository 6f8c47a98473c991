/**
 * The tab's end of an open side panel. A panel opens a port (PANEL_PORT) to this tab;
 * only while at least one is open does this listen to the main video's `timeupdate`,
 * `seeked`, `play` and `pause` and to YouTube's in-page navigation, and push the
 * position (once per whole second of playback, and after each seek) on the ports. No
 * port, no listener: the page pays nothing when no panel is open, and nothing here
 * runs on a timer.
 */
import { browser } from 'wxt/browser';
import { PANEL_PORT } from '../messaging/protocol';
import type { PanelPush } from '../messaging/protocol';
import { mainVideo, withTimeout } from './page-snapshot';

type Port = ReturnType<typeof browser.runtime.connect>;
type Position = { currentTime: unknown; videoId: unknown };

const MEDIA_EVENTS = ['timeupdate', 'seeked', 'play', 'pause'] as const;
const POSITION_TIMEOUT_MS = 500;

export function servePanels(doc: Document, readPosition: () => Promise<Position>): void {
  const ports = new Set<Port>();
  let lastSecond = -1;

  const push = (message: PanelPush) => {
    for (const port of ports) {
      try {
        port.postMessage(message);
      } catch {
        ports.delete(port);
      }
    }
  };

  const sendPosition = async (video: HTMLVideoElement) => {
    const answer = await withTimeout(readPosition().catch(() => null), POSITION_TIMEOUT_MS);
    const time = typeof answer?.currentTime === 'number' ? answer.currentTime : video.currentTime;
    if (!Number.isFinite(time) || time < 0) return;
    const videoId = typeof answer?.videoId === 'string' ? answer.videoId : null;
    push({ type: 'position', videoId, seconds: Math.floor(time), paused: video.paused });
  };

  const onMedia = (event: Event) => {
    const video = event.target;
    if (!(video instanceof HTMLVideoElement) || video !== mainVideo(doc)) return;
    const second = Math.floor(video.currentTime);
    if (event.type === 'timeupdate' && second === lastSecond) return;
    lastSecond = second;
    void sendPosition(video);
  };

  const onNavigated = () => {
    lastSecond = -1;
    push({ type: 'navigated' });
  };

  const listen = (on: boolean) => {
    // Media events do not bubble: listen in the capture phase, for whichever <video> YouTube uses now.
    for (const type of MEDIA_EVENTS) {
      if (on) doc.addEventListener(type, onMedia, true);
      else doc.removeEventListener(type, onMedia, true);
    }
    if (on) doc.addEventListener('yt-navigate-finish', onNavigated);
    else doc.removeEventListener('yt-navigate-finish', onNavigated);
  };

  browser.runtime.onConnect.addListener((port: Port) => {
    if (port.name !== PANEL_PORT) return;
    if (ports.size === 0) listen(true);
    ports.add(port);
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      if (ports.size === 0) listen(false);
    });
    const video = mainVideo(doc);
    if (video !== null) void sendPosition(video);
  });
}
