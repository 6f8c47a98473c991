/**
 * The one message contract shared by every context (docs/architecture.md §3).
 *
 * - content script -> background: `captureClip` with a page snapshot; the background
 *   validates sender and shape, turns the snapshot into a clip draft, writes it and
 *   answers only after the transaction committed.
 * - popup / background -> content script: `requestClip` asks the tab to clip now (popup
 *   button, keyboard command, context menu, side panel); the answer is the same ClipResult.
 * - side panel -> content script: `readPage` answers the same page snapshot a clip
 *   would send (the panel reads it with the pure code in youtube/), `seekTo` moves the
 *   player. While a panel keeps a port named PANEL_PORT open to the tab, the content
 *   script pushes PanelPush messages on it (position, navigation); with no port open it
 *   listens to nothing.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ClipResult } from '../model/clip-result';
import type { PageSnapshot } from '../youtube/snapshot';

export type { ClipResult, RefusalCode } from '../model/clip-result';

export interface ProtocolMap {
  captureClip(data: { snapshot: PageSnapshot }): ClipResult;
  /** Clip talk asked of the tab (popup, side panel, keyboard command, context menu): the tab clips as its own button does. */
  requestClip(): ClipResult;
  readPage(): PageSnapshot;
  seekTo(data: { videoId: string; seconds: number }): boolean;
}

/** The name of the port a side panel opens to a tab's content script (tabs.connect). */
export const PANEL_PORT = 'talk-clipper-panel';

/**
 * What the content script pushes to a connected panel: the player's position (at most
 * once per whole second while it plays, and after each seek), or that the page switched
 * video (the panel then reads the page again). Untrusted on arrival: the page can move
 * its own player anywhere.
 */
export type PanelPush =
  | { type: 'position'; videoId: string | null; seconds: number; paused: boolean }
  | { type: 'navigated' };

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
