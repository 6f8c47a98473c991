/**
 * One clip attempt from the page: snapshot, one typed message to the background, and a
 * retry when YouTube is mid-navigation or the background is waking up.
 */
import { sendMessage } from '../messaging/protocol';
import type { ClipResult } from '../messaging/protocol';
import type { PageSnapshot } from '../youtube/snapshot';

const NAVIGATION_RETRIES = 4;
const NAVIGATION_RETRY_DELAY_MS = 350;
const SEND_RETRIES = 3;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function sendCapture(snapshot: PageSnapshot): Promise<ClipResult> {
  let lastError: unknown;
  for (let attempt = 0; attempt < SEND_RETRIES; attempt++) {
    try {
      const result = await sendMessage('captureClip', { snapshot });
      if (result) return result;
      lastError = new Error('no answer');
    } catch (error) {
      // The service worker may be starting up; a lost clip is worse than a short wait.
      lastError = error;
    }
    await sleep(200 * (attempt + 1));
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  return {
    status: 'refused',
    code: 'storage',
    message: `Talk Clipper could not save this clip (${reason}). Reload the page and try again.`,
  };
}

export async function clipFromPage(takeSnapshot: () => Promise<PageSnapshot>): Promise<ClipResult> {
  let result: ClipResult | undefined;
  for (let attempt = 0; attempt <= NAVIGATION_RETRIES; attempt++) {
    result = await sendCapture(await takeSnapshot());
    if (result.status !== 'refused' || result.code !== 'navigating') return result;
    await sleep(NAVIGATION_RETRY_DELAY_MS);
  }
  return result as ClipResult;
}
