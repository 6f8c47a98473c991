import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage } from '../messaging/protocol';
import type { ClipResult } from '../messaging/protocol';
import { bridge } from '../messaging/bridge-protocol';
import { createClipButton } from '../capture/clip-button';
import { keepPlaced } from '../capture/keep-placed';
import { clipFromPage } from '../capture/clip-flow';
import { describeClipResult, describeRenamedClip } from '../capture/describe-result';
import { isClipRenamed, isFromExtension, pageVideoId } from '../capture/follow-rename';
import { takePageSnapshot } from '../capture/page-snapshot';
import { servePanels } from '../capture/panel-link';
import { YOUTUBE_MATCHES } from '../youtube/hosts';
import { isChannelLivePage, isVideoPage } from '../youtube/url';

// Isolated world: the Clip talk button, and the tab's end of every other way to clip.
// Kept tiny on purpose: no Dexie, no Preact, no parsing of player data here.
export default defineContentScript({
  matches: [...YOUTUBE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    let busy = false;
    // What the status announced last, so the follow-up match's rename of that clip (and no other) can update it.
    let announced: ClipResult | undefined;
    const button = createClipButton(document, () => void clip());
    // A channel's /live page shows its current stream without the id in the URL.
    const place = () => button.place(document, isVideoPage(location.href) || isChannelLivePage(location.href));

    async function clip(): Promise<ClipResult> {
      if (busy) return { status: 'refused', code: 'invalid', message: 'Still saving the previous clip…' };
      busy = true;
      button.setBusy(true);
      try {
        place();
        const result = await clipFromPage(() => takePageSnapshot(document, () => bridge.sendMessage('readPlayer')));
        button.showStatus(describeClipResult(result));
        announced = result;
        return result;
      } finally {
        busy = false;
        button.setBusy(false);
      }
    }

    onMessage('requestClip', () => clip());
    // From the background only (a runtime message; page events never get here), for the clip announced, on its video.
    onMessage('clipRenamed', ({ data, sender }) => {
      const text = isFromExtension(sender, browser.runtime.id) && isClipRenamed(data) ? describeRenamedClip(announced, data, pageVideoId(document, location.href), button.statusText()) : undefined;
      if (text !== undefined) button.showStatus(text);
    });
    // A side panel reads what a clip would read, seeks, and follows the position over a port.
    onMessage('readPage', () => takePageSnapshot(document, () => bridge.sendMessage('readPlayer')));
    // Seek only the video the link was written for, never the one playing after a navigation.
    onMessage('seekTo', async ({ data }) => {
      const { videoId } = await bridge.sendMessage('readPosition');
      return videoId === data.videoId && bridge.sendMessage('seekTo', data.seconds);
    });
    servePanels(document, () => bridge.sendMessage('readPosition'));
    place();
    // YouTube navigates without reloading (the button shows on video pages only; a clip
    // announced before a navigation is never renamed after it, nor during one: the
    // rename's video is checked on arrival) ...
    ctx.addEventListener(document, 'yt-navigate-finish', () => {
      announced = undefined;
      place();
    });
    // ... and re-renders the area under the player: re-anchor when that takes the button away.
    const observer = keepPlaced(document, button.host, place);
    ctx.onInvalidated(() => observer.disconnect());
  },
});
