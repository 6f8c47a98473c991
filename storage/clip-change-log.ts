/**
 * The clips other contexts (popup, background, another tab) write from now on, heard on
 * Dexie's BroadcastChannel, for a page's first read: what the page showed from that read
 * is brought up to date once its clip feed starts (components/report/trip-clips-feed.ts),
 * which then listens through Dexie itself. Needs no Dexie: it may start before Dexie is
 * loaded. The page's own writes need no log: none is made before the feed starts.
 */
import { DEXIE_WRITES_CHANNEL, addChangedKeys, changedKeysOf, noChangedKeys, takeChangedKeys, type ChangedKeys } from './changed-keys';
import { DATABASE_NAME } from './database-name';

export interface ClipChangeLog {
  /** Stops listening and answers the clip keys heard since the log started. */
  close(): ChangedKeys;
}

/** Starts a log now; where there is no BroadcastChannel, nothing can be heard and it stays empty. */
export function startClipChangeLog(database: string = DATABASE_NAME): ClipChangeLog {
  const heard = noChangedKeys();
  if (typeof BroadcastChannel === 'undefined') return { close: () => heard };
  const channel = new BroadcastChannel(DEXIE_WRITES_CHANNEL);
  // Node (the unit tests): an open channel must not keep the process alive, as storage/write-signal.ts.
  const unref: unknown = Reflect.get(channel, 'unref');
  if (typeof unref === 'function') unref.call(channel);
  channel.onmessage = (event: MessageEvent<unknown>) => addChangedKeys(heard, changedKeysOf(event.data, database, 'clips'));
  let closed = false;
  return {
    close() {
      if (!closed) {
        closed = true;
        channel.close();
      }
      return takeChangedKeys(heard);
    },
  };
}
