/**
 * The one message contract shared by every context (DESIGN.md §2).
 *
 * - content script -> background: `captureClip` with a page snapshot; the background
 *   validates sender and shape, turns the snapshot into a clip draft, writes it and
 *   answers only after the transaction committed.
 * - popup / background -> content script: `requestClip` asks the tab to clip now (popup
 *   button, keyboard command, context menu); the answer is the same ClipResult.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Clip } from '../model/types';
import type { PageSnapshot } from '../youtube/snapshot';

export type ClipVia = 'page-button' | 'popup' | 'command' | 'context-menu';

/** Why no clip was written; each has a sentence the user sees. */
export type RefusalCode = 'not-a-video' | 'ad' | 'upcoming' | 'navigating' | 'invalid' | 'storage' | 'too-fast';

export type ClipResult =
  | { status: 'saved'; clip: Clip; tripName: string }
  | { status: 'duplicate'; clip: Clip; tripName: string }
  | { status: 'refused'; code: RefusalCode; message: string };

export interface ProtocolMap {
  captureClip(data: { snapshot: PageSnapshot; via: ClipVia }): ClipResult;
  requestClip(data: { via: ClipVia }): ClipResult;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
