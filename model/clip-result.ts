/**
 * What every way of clipping answers (docs/architecture.md §3): the clip saved, the same
 * moment already clipped, or a refusal with a code and the sentence the user sees. Pure
 * types, so the capture rules (youtube/draft.ts) name refusals without importing the
 * message contract.
 */
import type { Clip } from './types';

/** Why no clip was written; each has a sentence the user sees. */
export type RefusalCode = 'not-a-video' | 'ad' | 'upcoming' | 'navigating' | 'invalid' | 'storage' | 'too-fast';

export type ClipResult =
  | { status: 'saved'; clip: Clip; tripName: string }
  | { status: 'duplicate'; clip: Clip; tripName: string }
  | { status: 'refused'; code: RefusalCode; message: string };
