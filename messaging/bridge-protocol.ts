/**
 * The contract between the isolated content script and the MAIN-world bridge: a read
 * request answered with plain data copied out of the page's player, a cheap position
 * read (for a connected side panel) and a seek. The page can see
 * and forge these events, so the answer is untrusted and read defensively (youtube/).
 */
import { defineCustomEventMessaging } from '@webext-core/messaging/page';
import type { RawPlayerSnapshot } from '../youtube/snapshot';

export interface BridgeProtocolMap {
  readPlayer(): RawPlayerSnapshot;
  /** movie_player.getCurrentTime() and getVideoData().video_id, nothing else. */
  readPosition(): { currentTime: unknown; videoId: unknown };
  /** movie_player.seekTo(seconds, true); false when there is no player to ask. */
  seekTo(seconds: number): boolean;
}

export const bridge = defineCustomEventMessaging<BridgeProtocolMap>({ namespace: 'talk-clipper-bridge' });
