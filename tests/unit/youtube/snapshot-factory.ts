/**
 * Realistic YouTube page snapshots for capture tests. The raw shapes follow what
 * YouTube's player really answers (getVideoData(), getProgressState(), the
 * getPlayerResponse() subset {videoDetails, microformat, playabilityStatus}, and the
 * initial data subset {currentVideoEndpoint, playerOverlays, engagementPanels}),
 * trimmed of fields the extension never reads, and after the bridge's JSON round trip
 * (so NaN and Infinity are null). Browser fixtures can reuse the same shapes.
 */
import type { PageSnapshot, RawPlayerSnapshot } from '../../../youtube/snapshot';

export type FakeKind = 'vod' | 'live' | 'was_live' | 'premiere' | 'upcoming';

export interface FakeChapter {
  title: string;
  seconds: number;
}

export interface FakeVideo {
  id: string;
  kind: FakeKind;
  title: string;
  channel: string;
  channelId: string;
  /** Length of the recording; 0 while live or upcoming. */
  lengthSeconds: number;
  description: string;
  /** microformat publishDate */
  publishDate: string;
  /** liveBroadcastDetails.startTimestamp (streams and premieres only) */
  startTimestamp?: string;
  /** Chapters YouTube shows (initial data); none when undefined. */
  chapters?: readonly FakeChapter[];
  /** YouTube's auto-generated "Key moments" (AUTO_CHAPTERS markers and their panel); none when undefined. */
  keyMoments?: readonly FakeChapter[];
}

/** Day 1 of a conference, streamed from one room (a typical 9-hour stream). */
export const CONFERENCE_STREAM: FakeVideo = {
  id: 'dQw4w9WgXcQ',
  kind: 'live',
  title: 'RustConf 2024 — Day 1 — Main Hall',
  channel: 'Rust Foundation',
  channelId: 'UCaYhcUwRBNscFNUKTjgPFiA',
  lengthSeconds: 0,
  description: 'Welcome to RustConf 2024, live from Montréal!\n\nSchedule: https://rustconf.com/schedule',
  publishDate: '2024-09-10T06:45:12-07:00',
  startTimestamp: '2024-09-10T13:58:12+00:00',
};

export const RECORDED_TALK: FakeVideo = {
  id: 'aB3_-xYz901',
  kind: 'vod',
  title: 'Fearless Concurrency in Practice — Jane Doe',
  channel: 'GOTO Conferences',
  channelId: 'UCs_tLP3AiwYKwdUHpltJPuA',
  lengthSeconds: 2712,
  description: 'Recorded at GOTO Amsterdam 2024.',
  publishDate: '2024-07-02',
};

export function fakeVideo(base: FakeVideo, overrides: Partial<FakeVideo> = {}): FakeVideo {
  return { ...base, ...overrides };
}

const isStreamish = (kind: FakeKind): boolean => kind !== 'vod';

/** movie_player.getVideoData() */
export function videoDataOf(video: FakeVideo): Record<string, unknown> {
  return {
    video_id: video.id,
    author: video.channel,
    title: video.title,
    isPlayable: true,
    errorCode: null,
    video_quality: video.kind === 'upcoming' ? 'unknown' : 'hd1080',
    video_quality_features: [],
    backgroundable: true,
    eventId: 'Xk9hZq2mFJOtkdUPk8mB0Ag',
    cpn: 'h1V8t0Xq0pY5q2Xb',
    isLive: video.kind === 'live' || video.kind === 'premiere',
    isWindowedLive: false,
    isManifestless: video.kind === 'live',
    allowLiveDvr: video.kind === 'live',
    isListed: true,
    isMultiChannelAudio: false,
    hasProgressBarBoundaries: false,
    isPremiere: video.kind === 'premiere',
    itct: 'CAEQu2kiEwjKzY3G6YqIAxXh0EkHHQ2mBdQ=',
    progressBarStartPositionUtcTimeMillis: null,
    progressBarEndPositionUtcTimeMillis: null,
    paidContentOverlayDurationMs: 0,
  };
}

/** { videoDetails, microformat, playabilityStatus } of movie_player.getPlayerResponse() */
export function playerResponseOf(video: FakeVideo): Record<string, unknown> {
  const videoDetails: Record<string, unknown> = {
    videoId: video.id,
    title: video.title,
    lengthSeconds: String(video.lengthSeconds),
    keywords: ['conference', 'talk'],
    channelId: video.channelId,
    isOwnerViewing: false,
    shortDescription: video.description,
    isCrawlable: true,
    thumbnail: { thumbnails: [{ url: `https://i.ytimg.com/vi/${video.id}/hqdefault.jpg`, width: 480, height: 360 }] },
    allowRatings: true,
    viewCount: '1843',
    author: video.channel,
    isPrivate: false,
    isUnpluggedCorpus: false,
    isLiveContent: video.kind === 'live' || video.kind === 'was_live' || video.kind === 'upcoming',
  };
  if (video.kind === 'live' || video.kind === 'premiere') {
    Object.assign(videoDetails, {
      isLive: true,
      isLiveDvrEnabled: true,
      liveChunkReadahead: 3,
      isLowLatencyLiveStream: false,
      latencyClass: 'MDE_STREAM_OPTIMIZATIONS_RENDERER_LATENCY_NORMAL',
    });
  }
  if (video.kind === 'upcoming') Object.assign(videoDetails, { isUpcoming: true, isLiveDvrEnabled: true });

  const microformatRenderer: Record<string, unknown> = {
    thumbnail: { thumbnails: [{ url: `https://i.ytimg.com/vi/${video.id}/maxresdefault.jpg`, width: 1280, height: 720 }] },
    embed: { iframeUrl: `https://www.youtube.com/embed/${video.id}`, width: 1280, height: 720 },
    title: { simpleText: video.title },
    description: { simpleText: video.description },
    lengthSeconds: String(video.lengthSeconds),
    ownerProfileUrl: 'http://www.youtube.com/@conference',
    externalChannelId: video.channelId,
    isFamilySafe: true,
    availableCountries: ['NL', 'US'],
    isUnlisted: false,
    hasYpcMetadata: false,
    viewCount: '1843',
    category: 'Science & Technology',
    publishDate: video.publishDate,
    ownerChannelName: video.channel,
    uploadDate: video.publishDate,
  };
  if (isStreamish(video.kind) && video.startTimestamp !== undefined) {
    const broadcast: Record<string, unknown> = { isLiveNow: video.kind === 'live', startTimestamp: video.startTimestamp };
    if (video.kind === 'was_live') broadcast['endTimestamp'] = '2024-09-10T23:01:40+00:00';
    microformatRenderer['liveBroadcastDetails'] = broadcast;
  }

  const playabilityStatus =
    video.kind === 'upcoming'
      ? {
          status: 'LIVE_STREAM_OFFLINE',
          reason: 'Live stream offline',
          playableInEmbed: true,
          liveStreamability: {
            liveStreamabilityRenderer: { videoId: video.id, pollDelayMs: '15000', offlineSlate: { liveStreamOfflineSlateRenderer: {} } },
          },
        }
      : {
          status: 'OK',
          playableInEmbed: true,
          ...(video.kind === 'live' ? { liveStreamability: { liveStreamabilityRenderer: { videoId: video.id, pollDelayMs: '15000' } } } : {}),
          miniplayer: { miniplayerRenderer: { playbackMode: 'PLAYBACK_MODE_ALLOW' } },
        };

  return { videoDetails, microformat: { playerMicroformatRenderer: microformatRenderer }, playabilityStatus };
}

/** movie_player.getProgressState() after a JSON round trip. */
export function progressOf(video: FakeVideo, currentTime: number, liveEdge?: number): Record<string, unknown> {
  const live = video.kind === 'live' || video.kind === 'premiere';
  const seekableEnd = live ? (liveEdge ?? currentTime) : video.lengthSeconds;
  return {
    airingStart: 0,
    airingEnd: 0,
    allowSeeking: true,
    clipStart: 0,
    clipEnd: null,
    current: currentTime,
    displayedStart: 0,
    duration: live ? seekableEnd : video.lengthSeconds,
    ingestionTime: live ? seekableEnd + 4.2 : null,
    isAtLiveHead: live && seekableEnd - currentTime < 10,
    loaded: Math.min(seekableEnd, currentTime + 30),
    seekableStart: 0,
    seekableEnd,
    offset: 0,
    viewerLivestreamJoinMediaTime: live ? 3600 : 0,
  };
}

/** { currentVideoEndpoint, playerOverlays, engagementPanels } of ytInitialData, with the video's chapters. */
export function initialDataOf(video: FakeVideo, where: 'player-bar' | 'panel' | 'both' = 'both'): Record<string, unknown> {
  const chapters = video.chapters ?? [];
  const keyMoments = video.keyMoments ?? [];
  const autoMarkers = {
    key: 'AUTO_CHAPTERS',
    value: {
      chapters: keyMoments.map((moment) => ({
        chapterRenderer: { title: { simpleText: moment.title }, timeRangeStartMillis: moment.seconds * 1000 },
      })),
    },
  };
  const markersMap = [
    ...(keyMoments.length > 0 ? [autoMarkers] : []),
    {
      key: 'DESCRIPTION_CHAPTERS',
      value: {
        chapters: chapters.map((chapter) => ({
          chapterRenderer: {
            title: { simpleText: chapter.title },
            timeRangeStartMillis: chapter.seconds * 1000,
            onActiveCommand: { clickTrackingParams: 'CBkQ', setActivePanelItemAction: { panelTargetId: 'engagement-panel-macro-markers-description-chapters', itemIndex: 0 } },
            thumbnail: { thumbnails: [{ url: `https://i.ytimg.com/vi/${video.id}/hqdefault_${chapter.seconds * 1000}.jpg`, width: 168, height: 94 }] },
          },
        })),
        trackingParams: 'CBgQ',
      },
    },
  ];
  const markersPanel = (identifier: string, heading: string, items: readonly FakeChapter[]) => ({
    engagementPanelSectionListRenderer: {
      panelIdentifier: identifier,
      header: { engagementPanelTitleHeaderRenderer: { title: { simpleText: heading } } },
      content: {
        macroMarkersListRenderer: {
          contents: items.map((chapter) => ({
            macroMarkersListItemRenderer: {
              title: { simpleText: chapter.title },
              timeDescription: { simpleText: formatShort(chapter.seconds) },
              onTap: {
                commandMetadata: { webCommandMetadata: { url: `/watch?v=${video.id}&t=${chapter.seconds}s`, webPageType: 'WEB_PAGE_TYPE_WATCH', rootVe: 3832 } },
                watchEndpoint: { videoId: video.id, startTimeSeconds: chapter.seconds },
              },
              trackingParams: 'CBoQ',
              carouselType: 'MACRO_MARKERS_LIST_ITEM_RENDERER_CAROUSEL_TYPE_DEFAULT',
              timeDescriptionA11yLabel: `${chapter.seconds} seconds`,
            },
          })),
          syncWithPlayer: true,
          trackingParams: 'CBcQ',
        },
      },
      targetId: identifier,
      visibility: 'ENGAGEMENT_PANEL_VISIBILITY_HIDDEN',
    },
  });
  const panel = markersPanel('engagement-panel-macro-markers-description-chapters', 'Chapters', chapters);
  const keyMomentsPanel = markersPanel('engagement-panel-macro-markers-auto-chapters', 'Key moments', keyMoments);
  const commentsPanel = {
    engagementPanelSectionListRenderer: {
      panelIdentifier: 'engagement-panel-comments-section',
      content: { sectionListRenderer: { contents: [] } },
      targetId: 'engagement-panel-comments-section',
    },
  };
  const data: Record<string, unknown> = {
    currentVideoEndpoint: {
      clickTrackingParams: 'IhMI',
      commandMetadata: { webCommandMetadata: { url: `/watch?v=${video.id}`, webPageType: 'WEB_PAGE_TYPE_WATCH', rootVe: 3832 } },
      watchEndpoint: { videoId: video.id, watchEndpointSupportedOnesieConfig: { html5PlaybackOnesieConfig: {} } },
    },
    engagementPanels: [
      commentsPanel,
      ...(keyMoments.length > 0 ? [keyMomentsPanel] : []),
      ...(where === 'player-bar' || chapters.length === 0 ? [] : [panel]),
    ],
  };
  if ((where !== 'panel' && chapters.length > 0) || keyMoments.length > 0) {
    data['playerOverlays'] = {
      playerOverlayRenderer: {
        decoratedPlayerBarRenderer: {
          decoratedPlayerBarRenderer: {
            playerBar: {
              multiMarkersPlayerBarRenderer: {
                visibleOnLoad: { key: chapters.length > 0 ? 'DESCRIPTION_CHAPTERS' : 'AUTO_CHAPTERS' },
                markersMap: where === 'panel' ? markersMap.filter((entry) => entry.key === 'AUTO_CHAPTERS') : markersMap,
              },
            },
          },
        },
      },
    };
  } else {
    data['playerOverlays'] = { playerOverlayRenderer: { endScreen: {} } };
  }
  return data;
}

function formatShort(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export interface PlayerOptions {
  currentTime: number;
  /** Live edge (progress.seekableEnd) for a live stream; defaults to currentTime. */
  liveEdge?: number;
  adShowing?: boolean;
  /** Defaults to the video's id (the page announced it). */
  navigationVideoId?: string | null;
}

/** What the MAIN-world bridge answers on a page showing `video`. */
export function rawPlayerFor(video: FakeVideo, options: PlayerOptions): RawPlayerSnapshot {
  return {
    currentTime: options.currentTime,
    videoData: videoDataOf(video),
    progress: progressOf(video, options.currentTime, options.liveEdge),
    playerResponse: playerResponseOf(video),
    initialData: initialDataOf(video),
    navigationVideoId: options.navigationVideoId === undefined ? video.id : options.navigationVideoId,
    adShowing: options.adShowing ?? false,
  };
}

/** The URL YouTube shows for a video: `/live/ID` while live, `/watch?v=ID` otherwise. */
export function pageUrlOf(video: FakeVideo): string {
  return video.kind === 'live' ? `https://www.youtube.com/live/${video.id}` : `https://www.youtube.com/watch?v=${video.id}`;
}

export interface SnapshotOptions extends Partial<PlayerOptions> {
  url?: string;
  capturedAt?: string;
  utcOffsetMinutes?: number;
  pageVideoId?: string | null;
  domTitle?: string | null;
  domChannel?: string | null;
  videoElementTime?: number | null;
  domAdShowing?: boolean;
  /** Replace the bridge's answer entirely (null: the bridge did not answer). */
  player?: RawPlayerSnapshot | null;
}

/** A PageSnapshot as the content script sends it when the user clips on `video`. */
export function snapshotFor(video: FakeVideo, options: SnapshotOptions = {}): PageSnapshot {
  const currentTime = options.currentTime ?? 3723;
  const player =
    options.player !== undefined
      ? options.player
      : rawPlayerFor(video, {
          currentTime,
          liveEdge: options.liveEdge,
          adShowing: options.adShowing,
          navigationVideoId: options.navigationVideoId,
        });
  return {
    url: options.url ?? pageUrlOf(video),
    capturedAt: options.capturedAt ?? '2024-09-10T15:00:00.000Z',
    utcOffsetMinutes: options.utcOffsetMinutes ?? 120,
    pageVideoId: options.pageVideoId === undefined ? video.id : options.pageVideoId,
    domTitle: options.domTitle === undefined ? video.title : options.domTitle,
    domChannel: options.domChannel === undefined ? video.channel : options.domChannel,
    videoElementTime: options.videoElementTime === undefined ? currentTime + 0.37 : options.videoElementTime,
    adShowing: options.domAdShowing ?? false,
    player,
  };
}
