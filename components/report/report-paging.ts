/**
 * How many rows of the report page's clip list are rendered at once (the rest is reached
 * with Previous / Next page), and how many are read before the whole trip: one page.
 * Free of Preact, so the page's first paint uses it before the app loads.
 */
export const PAGE_SIZE = 100;

/** Clips read before the whole trip: one page of rows. */
export const FIRST_ROWS = PAGE_SIZE;
