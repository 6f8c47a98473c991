import { defineContentScript } from 'wxt/utils/define-content-script';
import { bridge } from '../messaging/bridge-protocol';
import { navigationFacts, readPlayer } from '../capture/read-player';
import type { NavigationFacts } from '../capture/read-player';
import { readPosition, seekPlayer } from '../capture/player-control';
import { YOUTUBE_MATCHES } from '../youtube/hosts';

// MAIN-world bridge: answers the isolated content script's requests with plain data.
export default defineContentScript({
  matches: [...YOUTUBE_MATCHES],
  world: 'MAIN',
  runAt: 'document_start',
  globalName: false,
  main() {
    let latestNavigation: NavigationFacts | null = null;
    document.addEventListener('yt-navigate-finish', (event) => {
      latestNavigation = navigationFacts(event);
    });
    bridge.onMessage('readPlayer', () =>
      readPlayer(document, latestNavigation, Reflect.get(window, 'ytInitialData')),
    );
    // Only asked while a side panel is connected to this tab.
    bridge.onMessage('readPosition', () => readPosition(document));
    bridge.onMessage('seekTo', ({ data }) => seekPlayer(document, data));
  },
});
