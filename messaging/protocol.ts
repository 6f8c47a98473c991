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
import { browser } from 'wxt/browser';
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

type Type = keyof ProtocolMap;
type DataOf<K extends Type> = Parameters<ProtocolMap[K]>[0];
type AnswerOf<K extends Type> = ReturnType<ProtocolMap[K]>;

/** Who sent a message (runtime.MessageSender, the parts we read). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** A tab, or one frame of it, to send to. */
export interface TabTarget {
  tabId: number;
  frameId?: number;
}

/** On the wire: the message's type and data; the answer is `{ res }`, or `{ err }` when the handler threw. */
interface Envelope {
  type: string;
  data?: unknown;
}

type Reply = { res: unknown } | { err: string };

/**
 * Sends one message: to the background and the extension's pages without a target, to a
 * tab's content script (one frame of it) with one. Straight on runtime/tabs.sendMessage
 * (no library): the capture's message is on the click's path (docs/architecture.md §15).
 * Rejects when nobody answers or the handler threw.
 */
export async function sendMessage<K extends Type>(type: K, data: DataOf<K>, target?: number | TabTarget): Promise<AnswerOf<K>> {
  const message: Envelope = { type, data };
  const tab = typeof target === 'number' ? { tabId: target } : target;
  const reply: unknown =
    tab === undefined
      ? await browser.runtime.sendMessage(message)
      : await browser.tabs.sendMessage(tab.tabId, message, tab.frameId === undefined ? undefined : { frameId: tab.frameId });
  if (typeof reply !== 'object' || reply === null) throw new Error('No response');
  if ('err' in reply) throw new Error(String((reply as { err: unknown }).err));
  return (reply as { res: unknown }).res as AnswerOf<K>;
}

type Handler<K extends Type> = (message: { data: DataOf<K>; sender: Sender }) => AnswerOf<K> | Promise<AnswerOf<K>>;

const handlers = new Map<string, (message: { data: unknown; sender: Sender }) => unknown>();

function listen(message: unknown, sender: Sender, respond: (reply: Reply) => void): boolean {
  const type: unknown = typeof message === 'object' && message !== null ? Reflect.get(message, 'type') : undefined;
  const handler = typeof type === 'string' ? handlers.get(type) : undefined;
  if (handler === undefined) return false;
  let answer: unknown;
  try {
    answer = handler({ data: Reflect.get(message as object, 'data'), sender });
  } catch (error) {
    respond({ err: error instanceof Error ? error.message : String(error) });
    return false;
  }
  // A handler that answers nothing (clipRenamed) keeps no channel open.
  if (answer === undefined) return false;
  Promise.resolve(answer).then(
    (res) => respond({ res }),
    (error: unknown) => respond({ err: error instanceof Error ? error.message : String(error) }),
  );
  return true;
}

/**
 * Handles one message type in this context (one handler per type). The data is whatever
 * the sender put there: every handler checks it (and the sender) before acting on it.
 */
export function onMessage<K extends Type>(type: K, handler: Handler<K>): void {
  if (handlers.size === 0) browser.runtime.onMessage.addListener(listen as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  handlers.set(type, handler as (message: { data: unknown; sender: Sender }) => unknown);
}
