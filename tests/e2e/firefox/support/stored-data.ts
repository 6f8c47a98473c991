/**
 * Reads what the extension really stored, straight from its IndexedDB, through one of
 * its own pages in Firefox (moz-extension://<pinned uuid>/popup.html), so nothing in our
 * code sits between the test and the rows. The Firefox twin of ../../support/stored-data.ts.
 */
import type { Browser } from 'puppeteer-core';
import type { StoredData } from '../../support/stored-data';
import { openExtensionPage } from './firefox-extension';

export type { StoredData };

export async function readStoredData(browser: Browser): Promise<StoredData> {
  const page = await openExtensionPage(browser, 'popup.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<StoredData>((resolve, reject) => {
          const open = indexedDB.open('talk-clipper');
          let missing = false;
          // Never create the database from a test: if it does not exist yet, nothing was stored.
          open.onupgradeneeded = () => {
            missing = true;
            open.transaction?.abort();
          };
          open.onerror = () => (missing ? resolve({ trips: [], clips: [] }) : reject(open.error));
          open.onsuccess = () => {
            const database = open.result;
            const names = ['trips', 'clips'].filter((name) => database.objectStoreNames.contains(name));
            if (names.length < 2) return resolve({ trips: [], clips: [] });
            const tx = database.transaction(names, 'readonly');
            const trips = tx.objectStore('trips').getAll();
            const clips = tx.objectStore('clips').getAll();
            tx.oncomplete = () => {
              // A JSON round trip hands plain objects back over BiDi (no Xray, no Date quirks).
              resolve(JSON.parse(JSON.stringify({ trips: trips.result, clips: clips.result })) as StoredData);
              database.close();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}
