/**
 * The floors the benchmark judges Talk Clipper against, written by the bench itself at
 * the start of a run (no WXT, no bundler): the least code that can do the same job in
 * the same browser.
 *
 * - A minimal MV3 extension (its own folder): a content script with one button in a
 *   shadow root on YouTube -> `runtime.sendMessage` -> the service worker does one raw
 *   IndexedDB `put` (into a clips store with the same two indexes as ours) -> answers
 *   after the transaction completed -> the button's status text. The floor of
 *   "Clip talk click -> row committed".
 * - Pages added to the private copy of the built extension (same origin, so the same
 *   database and the same extension process as the popup and the report page):
 *   `bench-empty.html` renders one list row from a one-line module script (the cost of
 *   any extension page); `bench-rows.html` opens IndexedDB, reads the current trip id
 *   and that trip's 50 newest clips by the [tripId+capturedAt] index, and renders them
 *   as plain DOM (the floor of the popup's first row); `bench-dexie.html` loads Dexie's
 *   own bundle, for the import floors (raw `put` and Dexie `bulkPut` of the same rows).
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The floor extension's database, store and its indexes (the same as storage/schema.ts v3). */
export const FLOOR_DATABASE = 'floor-clipper';

const FLOOR_MANIFEST = {
  manifest_version: 3,
  name: 'Talk Clipper bench floor',
  version: '1.0.0',
  background: { service_worker: 'floor-worker.js' },
  content_scripts: [{ matches: ['https://www.youtube.com/*'], js: ['floor-content.js'], run_at: 'document_idle' }],
};

const FLOOR_CONTENT = `(() => {
  const host = document.createElement('div');
  host.id = 'floor-clipper';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<button type="button">Floor clip</button><button type="button">Floor clip, same job</button><span role="status"></span>';
  const [plain, sameJob] = root.querySelectorAll('button');
  const status = root.querySelector('span');
  const clip = async (mode) => {
    const video = document.querySelector('video');
    const answer = await chrome.runtime.sendMessage({
      mode,
      videoId: new URL(location.href).searchParams.get('v') || '',
      seconds: Math.floor(video ? video.currentTime : 0),
      streamTitle: document.title,
    });
    status.textContent = (answer.duplicate ? 'Already clipped ' : 'Clipped ') + answer.id;
  };
  plain.addEventListener('click', () => clip('put'));
  sameJob.addEventListener('click', () => clip('same-job'));
  document.body.append(host);
})();
`;

const FLOOR_WORKER = `let opened;
const TRIP = 'floor-trip';
// The count after the last write, kept like the real background keeps its guess.
let floorCount = 0;
function database() {
  opened = opened || new Promise((resolve, reject) => {
    const request = indexedDB.open('${FLOOR_DATABASE}', 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      const store = db.createObjectStore('clips', { keyPath: 'id' });
      store.createIndex('[tripId+capturedAt]', ['tripId', 'capturedAt']);
      store.createIndex('[tripId+videoId+seconds]', ['tripId', 'videoId', 'seconds']);
      db.createObjectStore('settings', { keyPath: 'key' }).put({ key: 'currentTripId', value: TRIP });
      db.createObjectStore('trips', { keyPath: 'id' }).put({ id: TRIP, name: 'Floor trip' });
      db.createObjectStore('counts', { keyPath: 'tripId' }).put({ tripId: TRIP, clips: 0 });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opened;
}
// 'put': one raw put. 'same-job': what a capture must know and write, in one batch of raw
// requests: the current-trip setting, the trip, the duplicate range and the count are
// read, the clip and the count + 1 written; a duplicate aborts.
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  database().then((db) => {
    const stamp = new Date().toISOString();
    const clip = { videoId: message.videoId, seconds: message.seconds, streamTitle: message.streamTitle, id: crypto.randomUUID(), tripId: TRIP, capturedAt: stamp, updatedAt: stamp };
    if (message.mode !== 'same-job') {
      const tx = db.transaction('clips', 'readwrite');
      tx.objectStore('clips').put({ ...clip, tripId: 'floor-put' });
      tx.oncomplete = () => sendResponse({ id: clip.id });
      tx.onerror = () => sendResponse({ error: String(tx.error) });
      return;
    }
    const tx = db.transaction(['settings', 'trips', 'clips', 'counts'], 'readwrite');
    const clips = tx.objectStore('clips');
    const counts = tx.objectStore('counts');
    tx.objectStore('settings').get('currentTripId');
    tx.objectStore('trips').get(TRIP);
    const near = clips.index('[tripId+videoId+seconds]').getAll(IDBKeyRange.bound([TRIP, clip.videoId, clip.seconds - 10], [TRIP, clip.videoId, clip.seconds + 10]));
    counts.get(TRIP);
    clips.add(clip);
    counts.put({ tripId: TRIP, clips: ++floorCount });
    let duplicate;
    near.onsuccess = () => {
      duplicate = near.result[0];
      if (duplicate) tx.abort();
    };
    tx.oncomplete = () => sendResponse({ id: clip.id });
    tx.onabort = () => {
      floorCount--;
      sendResponse(duplicate ? { id: duplicate.id, duplicate: true } : { error: String(tx.error) });
    };
  });
  return true;
});
`;

/** Writes the minimal floor extension into a new temporary folder; returns its path. */
export function writeFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'talk-clipper-bench-floor-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(FLOOR_MANIFEST, null, 2));
  writeFileSync(join(dir, 'floor-content.js'), FLOOR_CONTENT);
  writeFileSync(join(dir, 'floor-worker.js'), FLOOR_WORKER);
  return dir;
}

const page = (title: string, body: string) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>\n`;

const EMPTY_PAGE_SCRIPT = `const list = document.querySelector('ul');
const row = document.createElement('li');
row.textContent = 'row';
list.append(row);
`;

/** Open IndexedDB, read the current trip's 50 newest clips by the index, plain DOM. */
const ROWS_PAGE_SCRIPT = `const open = indexedDB.open('talk-clipper');
open.onsuccess = () => {
  const db = open.result;
  const tx = db.transaction(['settings', 'clips'], 'readonly');
  const setting = tx.objectStore('settings').get('currentTripId');
  setting.onsuccess = () => {
    const tripId = setting.result ? setting.result.value : '';
    const range = IDBKeyRange.bound([tripId], [tripId, []]);
    const cursor = tx.objectStore('clips').index('[tripId+capturedAt]').openCursor(range, 'prev');
    const rows = [];
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (at !== null && rows.length < 50) {
        rows.push(at.value);
        if (rows.length < 50) { at.continue(); return; }
      }
      const list = document.querySelector('ul');
      for (const clip of rows) {
        const row = document.createElement('li');
        const title = document.createElement('span');
        title.textContent = clip.title;
        const when = document.createElement('span');
        when.textContent = ' ' + clip.seconds + ' s, ' + clip.speakers.join(', ');
        row.append(title, when);
        list.append(row);
      }
    };
  };
};
`;

/**
 * Adds the floor pages to `extensionDir` (the bench's private copy of the build): the
 * empty page, the 50-row page, and a page with Dexie's own bundle loaded.
 */
export function addFloorPages(extensionDir: string): void {
  const bench = join(extensionDir, 'bench');
  mkdirSync(bench, { recursive: true });
  writeFileSync(join(bench, 'empty.html'), page('Empty page', '<ul role="list"></ul><script type="module" src="empty.js"></script>'));
  writeFileSync(join(bench, 'empty.js'), EMPTY_PAGE_SCRIPT);
  writeFileSync(join(bench, 'rows.html'), page('50 rows', '<ul role="list"></ul><script type="module" src="rows.js"></script>'));
  writeFileSync(join(bench, 'rows.js'), ROWS_PAGE_SCRIPT);
  const require = createRequire(import.meta.url);
  copyFileSync(require.resolve('dexie/dist/dexie.min.js'), join(bench, 'dexie.min.js'));
  writeFileSync(join(bench, 'dexie.html'), page('Dexie', '<script src="dexie.min.js"></script>'));
}

export const FLOOR_PAGES = { empty: 'bench/empty.html', rows: 'bench/rows.html', dexie: 'bench/dexie.html' } as const;
