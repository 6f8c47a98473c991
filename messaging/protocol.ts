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
 * - background -> the tab that clipped: `clipRenamed` once the follow-up match renamed a
 *   just-saved clip after its scheduled talk; the content script updates the status that
 *   announced that clip, and nothing else (capture/follow-rename.ts).
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
  /** The follow-up match renamed the clip this tab just saved (background -> that tab only). */
  clipRenamed(data: ClipRenamed): void;
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

/**
 * `clipRenamed` (docs/architecture.md §3): the follow-up match (background/
 * match-after-capture.ts, §11) renamed a just-saved clip after its scheduled talk. Sent
 * by the background to the tab that clipped; checked there by `isClipRenamed`
 * (capture/follow-rename.ts) before the status that announced the clip follows it.
 */
export interface ClipRenamed {
  /** The clip the capture answer announced. */
  clipId: string;
  /** Its video: a page that has moved on to another video ignores the message. */
  videoId: string;
  /** The clip's title after the match: the scheduled talk's. */
  title: string;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
