/**
 * What the content script gathers from a YouTube page when the user clips, before any
 * interpretation (docs/architecture.md §5). Everything under `player` comes from the
 * page's own JavaScript world (through the MAIN-world bridge) and is untrusted: pure code
 * in youtube/ reads it defensively, never executes it.
 *
 * The types are inferred from the schemas in youtube/snapshot-schema.ts, imported as
 * types only so that the content scripts stay zod-free.
 */
import type { z } from 'zod';
import type { pageSnapshotSchema, rawPlayerSnapshotSchema } from './snapshot-schema';

/** Plain data the MAIN-world bridge copies out of the page's player and initial data. */
export type RawPlayerSnapshot = z.infer<typeof rawPlayerSnapshotSchema>;

export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;
