/**
 * The contract between the isolated content script and the MAIN-world bridge: one read
 * request, answered with plain data copied out of the page's player. The page can see
 * and forge these events, so the answer is untrusted and read defensively (youtube/).
 */
import { defineCustomEventMessaging } from '@webext-core/messaging/page';
import type { RawPlayerSnapshot } from '../youtube/snapshot';

export interface BridgeProtocolMap {
  readPlayer(): RawPlayerSnapshot;
}

export const bridge = defineCustomEventMessaging<BridgeProtocolMap>({ namespace: 'talk-clipper-bridge' });
