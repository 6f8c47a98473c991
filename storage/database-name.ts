/** The IndexedDB name of Talk Clipper's one database (zod- and Dexie-free, for raw readers). */
export const DATABASE_NAME = 'talk-clipper';
