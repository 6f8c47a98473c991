/**
 * Which parts of YouTube's player data the readers in youtube/ read (player-facts.ts,
 * chapters.ts, untrusted.ts `readYouTubeText`), as shapes, and the copy that keeps only
 * them. The MAIN-world bridge (capture/read-player.ts) copies the player's answers and the
 * initial data through these shapes, so the click's message carries a few kilobytes
 * instead of YouTube's whole objects (30-220 KB on the real pages in
 * tests/fixtures/real-youtube). A reader that starts reading another key must add it
 * here: tests/unit/youtube/player-shape.test.ts drafts every real capture both ways.
 */

/** `true`: a string, finite number or boolean kept as it is; an object: these keys; `[shape]`: each element. */
export type Shape = true | readonly [Shape] | { readonly [key: string]: Shape };

/** At most this many elements of any array are kept (readArray reads at most 1000). */
export const MAX_SHAPED_ITEMS = 1000;

/** YouTube text: `{ simpleText }` or `{ runs: [{ text }] }`. */
const TEXT = { simpleText: true, runs: [{ text: true }] } as const;

/** movie_player.getVideoData() */
export const VIDEO_DATA_SHAPE: Shape = { video_id: true, title: true, author: true, isLive: true, isUpcoming: true, isPremiere: true };

/** movie_player.getProgressState() */
export const PROGRESS_SHAPE: Shape = { seekableEnd: true, current: true, ingestionTime: true, isAtLiveHead: true };

/** movie_player.getPlayerResponse() */
export const PLAYER_RESPONSE_SHAPE: Shape = {
  videoDetails: {
    videoId: true,
    title: true,
    author: true,
    isLive: true,
    isLiveContent: true,
    isUpcoming: true,
    isPostLiveDvr: true,
    lengthSeconds: true,
    shortDescription: true,
  },
  microformat: { playerMicroformatRenderer: { publishDate: true, liveBroadcastDetails: { startTimestamp: true } } },
  playabilityStatus: { status: true },
};

/** The initial data (ytInitialData, or the latest navigation's): the video it is for, and its chapters. */
export const INITIAL_DATA_SHAPE: Shape = {
  currentVideoEndpoint: { watchEndpoint: { videoId: true } },
  playerOverlays: {
    playerOverlayRenderer: {
      decoratedPlayerBarRenderer: {
        decoratedPlayerBarRenderer: {
          playerBar: {
            multiMarkersPlayerBarRenderer: {
              markersMap: [{ key: true, value: { chapters: [{ chapterRenderer: { title: TEXT, timeRangeStartMillis: true } }] } }],
            },
          },
        },
      },
    },
  },
  engagementPanels: [
    {
      engagementPanelSectionListRenderer: {
        panelIdentifier: true,
        targetId: true,
        content: {
          macroMarkersListRenderer: {
            contents: [
              {
                macroMarkersListItemRenderer: {
                  title: TEXT,
                  timeDescription: TEXT,
                  onTap: { watchEndpoint: { startTimeSeconds: true } },
                },
              },
            ],
          },
        },
      },
    },
  ],
};

/**
 * A plain copy of `value` holding only what `shape` names (own properties only); null for
 * anything else: a missing key, a wrong type, a number that is not finite, a getter that
 * throws. Keys whose copy is null are left out.
 */
export function copyShaped(value: unknown, shape: Shape): unknown {
  try {
    if (shape === true) {
      const kept = typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
      return kept ? value : null;
    }
    if (typeof value !== 'object' || value === null) return null;
    if (Array.isArray(shape)) {
      if (!Array.isArray(value)) return null;
      const element = shape[0] as Shape;
      return value.slice(0, MAX_SHAPED_ITEMS).map((item: unknown) => copyShaped(item, element));
    }
    if (Array.isArray(value)) return null;
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(shape as { readonly [key: string]: Shape })) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      const kept = copyShaped((value as Record<string, unknown>)[key], inner);
      if (kept !== null) copy[key] = kept;
    }
    return copy;
  } catch {
    return null;
  }
}
