/**
 * Reads every trip and clip straight from the extension's IndexedDB. It runs inside an
 * extension context (Chromium's service worker, or a Firefox extension page), so nothing
 * of our code sits between the test and the rows. It must stay self-contained: the test
 * frameworks send its source text to the browser.
 */
import type { Clip, Trip } from '../../../model/types';

export interface StoredData {
  trips: Trip[];
  clips: Clip[];
}

export function readTalkClipperDatabase(): Promise<StoredData> {
  return new Promise<StoredData>((resolve, reject) => {
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
        database.close();
        // A JSON round trip hands plain objects back over any protocol (CDP or BiDi).
        resolve(JSON.parse(JSON.stringify({ trips: trips.result, clips: clips.result })) as StoredData);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
