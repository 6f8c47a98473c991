/**
 * The data model's fixed lists (docs/architecture.md §4), free of any runtime
 * dependency so that pure code, the popup and the content scripts can import them
 * without pulling in zod. model/schemas.ts builds its enums from these lists.
 */

export const LIVE_STATUSES = ['live', 'was_live', 'vod', 'premiere'] as const;

export const TALK_KINDS = ['keynote', 'talk', 'workshop', 'lightning', 'panel', 'open-space', 'other'] as const;

/** Rating tiers, best first. `null` on a clip means unrated. */
export const RATINGS = ['awesome', 'liked', 'good'] as const;

/**
 * The clip fields a schedule match fills. A field the user edited is listed in the
 * clip's `editedFields` and a match never changes it again.
 */
export const MATCHED_FIELDS = ['title', 'speakers', 'kind', 'day', 'links'] as const;

/** How a stream got its room: read from its title, or chosen by the user with Room. */
export const ROOM_SOURCES = ['title', 'user'] as const;
