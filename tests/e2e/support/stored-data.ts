/** What the extension stored, read in its own service worker (Chromium). */
import type { BrowserContext } from '@playwright/test';
import { extensionServiceWorker } from './chromium-extension';
import { readTalkClipperDatabase } from './read-database';
import type { StoredData } from './read-database';

export type { StoredData };

export async function readStoredData(context: BrowserContext): Promise<StoredData> {
  const worker = await extensionServiceWorker(context);
  return worker.evaluate(readTalkClipperDatabase);
}
