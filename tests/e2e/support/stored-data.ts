/**
 * Reads what the extension really stored, straight from its IndexedDB, inside its own
 * service worker (so nothing of our code sits between the test and the rows).
 */
import type { BrowserContext } from '@playwright/test';
import type { Clip, Trip } from '../../../model/types';
import { extensionServiceWorker } from './chromium-extension';

export interface StoredData {
  trips: Trip[];
  clips: Clip[];
}

export async function readStoredData(context: BrowserContext): Promise<StoredData> {
  const worker = await extensionServiceWorker(context);
  return worker.evaluate(
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
          const tx = database.transaction(['trips', 'clips'], 'readonly');
          const trips = tx.objectStore('trips').getAll();
          const clips = tx.objectStore('clips').getAll();
          tx.oncomplete = () => {
            resolve({ trips: trips.result as Trip[], clips: clips.result as Clip[] });
            database.close();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
