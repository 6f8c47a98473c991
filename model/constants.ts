/**
 * The data model's fixed lists (docs/architecture.md §4), free of any runtime
 * dependency so that pure code, the popup and the content scripts can import them
 * without pulling in zod. model/schemas.ts builds its enums from these lists.
 */

export const LIVE_STATUSES = ['live', 'was_live', 'vod', 'premiere'] as const;

export const TALK_KINDS = ['keynote', 'talk', 'workshop', 'lightning', 'panel', 'open-space', 'other'] as const;

/** Rating tiers, best first. `null` on a clip means unrated. */
export const RATINGS = ['awesome', 'liked', 'good'] as const;
