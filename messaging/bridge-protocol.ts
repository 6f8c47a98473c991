/**
 * The contract between the isolated content script and the MAIN-world bridge: a read
 * request answered with plain data copied out of the page's player, a cheap position
 * read (for a connected side panel) and a seek. The page can see
 * and forge these events, so the answer is untrusted and read defensively (youtube/).
 *
 * Both sides are on the same page, so a request is one synchronous round: the isolated
 * side dispatches a request event on `window`, the bridge's listener answers at once with
 * a response event, and the answer (if any) is in before `dispatchEvent` returns; no
 * answer means no bridge, and the clip is taken from the DOM without waiting. Both
 * details are JSON text: a string crosses between the worlds in every browser as it is,
 * and carries no getter or proxy of the page's.
 */
import type { RawPlayerSnapshot } from '../youtube/snapshot';

export interface BridgeProtocolMap {
  readPlayer(): RawPlayerSnapshot;
  /** movie_player.getCurrentTime() and getVideoData().video_id, nothing else. */
  readPosition(): { currentTime: unknown; videoId: unknown };
  /** movie_player.seekTo(seconds, true); false when there is no player to ask. */
  seekTo(seconds: number): boolean;
}

type Type = keyof BridgeProtocolMap;

const REQUEST_EVENT = 'talk-clipper-bridge:request';
const RESPONSE_EVENT = 'talk-clipper-bridge:response';

function parsed(detail: unknown): unknown {
  if (typeof detail !== 'string') return undefined;
  try {
    return JSON.parse(detail) as unknown;
  } catch {
    return undefined;
  }
}

/** Isolated world: asks the bridge; rejects when nothing answered. */
function sendMessage<K extends Type>(type: K, data?: Parameters<BridgeProtocolMap[K]>[0]): Promise<ReturnType<BridgeProtocolMap[K]>> {
  let answer: unknown;
  const take = (event: Event) => {
    const reply = parsed((event as CustomEvent<unknown>).detail);
    if (typeof reply === 'object' && reply !== null && Reflect.get(reply, 'type') === type) answer = reply;
  };
  window.addEventListener(RESPONSE_EVENT, take);
  try {
    window.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail: JSON.stringify({ type, data }) }));
  } finally {
    window.removeEventListener(RESPONSE_EVENT, take);
  }
  if (answer === undefined) return Promise.reject(new Error('The page bridge did not answer.'));
  return Promise.resolve(Reflect.get(answer as object, 'res') as ReturnType<BridgeProtocolMap[K]>);
}

type Handler<K extends Type> = (message: { data: Parameters<BridgeProtocolMap[K]>[0] }) => ReturnType<BridgeProtocolMap[K]>;

/** MAIN world: answers one request type, synchronously. */
function onMessage<K extends Type>(type: K, handler: Handler<K>): void {
  window.addEventListener(REQUEST_EVENT, (event) => {
    const request = parsed((event as CustomEvent<unknown>).detail);
    if (typeof request !== 'object' || request === null || Reflect.get(request, 'type') !== type) return;
    const res = handler({ data: Reflect.get(request, 'data') as Parameters<BridgeProtocolMap[K]>[0] });
    window.dispatchEvent(new CustomEvent(RESPONSE_EVENT, { detail: JSON.stringify({ type, res }) }));
  });
}

export const bridge = { sendMessage, onMessage };
