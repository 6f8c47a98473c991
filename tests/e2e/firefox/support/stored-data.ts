/**
 * What the extension stored, read through one of its own pages in Firefox
 * (moz-extension://<pinned uuid>/popup.html): the Firefox twin of ../../support/stored-data.ts.
 */
import type { Browser } from 'puppeteer-core';
import { readTalkClipperDatabase } from '../../support/read-database';
import type { StoredData } from '../../support/read-database';
import { openExtensionPage } from './firefox-extension';

export type { StoredData };

export async function readStoredData(browser: Browser): Promise<StoredData> {
  const page = await openExtensionPage(browser, 'popup.html');
  try {
    return await page.evaluate(readTalkClipperDatabase);
  } finally {
    await page.close();
  }
}
