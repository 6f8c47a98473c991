/**
 * The capture scenarios, written once and run by both browser suites
 * (tests/e2e/chromium/capture.spec.ts with Playwright, tests/e2e/firefox/capture.firefox.ts
 * with puppeteer): on our fake YouTube page, a person presses Clip talk and reads the
 * page's status, and the test reads what the extension stored.
 *
 * A scenario sees the browser only through `CaptureBrowser` and `YouTubeTab`, which each
 * suite implements with its own driver, and checks through the suite's own `expect`.
 */
import {
  DESCRIPTION_CHAPTERS_RECORDING,
  LIVE_STREAM,
  PLAIN_VIDEO,
  RECORDING_WITH_CHAPTERS,
  SECOND_VIDEO,
  UPCOMING_STREAM,
} from '../../fixtures/youtube/catalog';
import type { StoredData } from '../support/read-database';

/** A fake YouTube tab, as a person (and the test) meets it. */
export interface YouTubeTab {
  /** Presses the page's Clip talk button (waits until it is shown). */
  clip(): Promise<void>;
  /** Waits until the status beside the button says `expected`: all of it (a string) or a match (a pattern). */
  waitForStatus(expected: string | RegExp): Promise<void>;
  /** Moves the player to `seconds` and waits until it reports that time. */
  seek(seconds: number): Promise<void>;
  /** The <video> element's own currentTime. */
  videoTime(): Promise<number>;
  /** YouTube's in-page navigation to another video, the player catching up `playerLagMs` later; waits for the new URL. */
  navigateInPage(videoId: string, playerLagMs: number): Promise<void>;
  /** Starts or ends an ad in the player. */
  setAd(showing: boolean): Promise<void>;
  /** The text of the page's main heading, once shown. */
  heading(): Promise<string>;
  /** Whether the Clip talk button is shown, once our content script's host element is on the page. */
  clipButtonShown(): Promise<boolean>;
  /** The theme our host element follows, once it says `theme`; then the button's background colour. */
  clipButtonBackgroundIn(theme: 'dark' | 'light'): Promise<string>;
}

export interface CaptureBrowser {
  openYouTube(path: string): Promise<YouTubeTab>;
  readStoredData(): Promise<StoredData>;
}

/** The checks a scenario makes: a part of both Playwright's and Vitest's `expect`. */
export interface Checks {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatchObject(expected: Record<string, unknown>): void;
  toHaveLength(expected: number): void;
  toBeGreaterThanOrEqual(expected: number): void;
  toBeLessThan(expected: number): void;
}
export type Expect = (actual: unknown) => Checks;

export interface CaptureScenario {
  name: string;
  run(browser: CaptureBrowser, expect: Expect): Promise<void>;
}

export const CAPTURE_SCENARIOS: readonly CaptureScenario[] = [
  {
    name: 'a recording with chapters opened at &t=1h2m3s clips the chapter as the talk',
    async run(browser, expect) {
      const tab = await browser.openYouTube(`/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=1h2m3s`);
      await tab.clip();
      await tab.waitForStatus('Clipped “Rust is easy” at 1:02:03 to PyCon Italia 2023');

      const { clips, trips } = await browser.readStoredData();
      expect(clips).toHaveLength(1);
      expect(clips[0]).toMatchObject({
        videoId: RECORDING_WITH_CHAPTERS.videoId,
        seconds: 3723,
        title: 'Rust is easy',
        speakers: ['Luca Barbato'],
        streamTitle: RECORDING_WITH_CHAPTERS.title,
        channel: 'PyCon Italia',
        liveStatus: 'was_live',
        chapter: { title: 'Rust is easy — Luca Barbato', seconds: 3300 },
      });
      expect(trips.map((trip) => trip.name)).toEqual(['PyCon Italia 2023']);
      expect(clips[0]?.tripId).toBe(trips[0]?.id);
    },
  },
  {
    name: 'chapters written in the description propose the talk when the player has none',
    async run(browser, expect) {
      const tab = await browser.openYouTube(`/watch?v=${DESCRIPTION_CHAPTERS_RECORDING.videoId}&t=23300`);
      await tab.clip();
      await tab.waitForStatus(/Develop modern games in Python the old-school way/);
      const { clips } = await browser.readStoredData();
      expect(clips[0]).toMatchObject({
        seconds: 23300,
        title: 'Develop modern games in Python the old-school way',
        speakers: ['Ada Bianchi'],
        chapter: { seconds: 6 * 3600 + 27 * 60 + 56 },
      });
    },
  },
  {
    name: 'a /live/ stream records the player time since the broadcast began, not the <video> time',
    async run(browser, expect) {
      const tab = await browser.openYouTube(`/live/${LIVE_STREAM.videoId}`);
      await tab.seek(7800);
      expect(Math.floor(await tab.videoTime())).toBe(600);

      await tab.clip();
      await tab.waitForStatus(/at 2:10:00/);
      const { clips } = await browser.readStoredData();
      expect(clips).toHaveLength(1);
      expect(clips[0]).toMatchObject({
        videoId: LIVE_STREAM.videoId,
        seconds: 7800,
        liveStatus: 'live',
        channel: 'PyCon US',
        streamTitle: LIVE_STREAM.title,
        day: '2024-05-17',
      });
      expect(clips[0]?.liveEdge?.edgeSeconds).toBeGreaterThanOrEqual(7800);
    },
  },
  {
    name: 'after in-page navigation the clip describes the video on screen, never the previous one',
    async run(browser, expect) {
      const tab = await browser.openYouTube(`/watch?v=${PLAIN_VIDEO.videoId}&t=100`);
      await tab.navigateInPage(SECOND_VIDEO.videoId, 700);
      await tab.clip();
      await tab.waitForStatus(new RegExp(`Clipped “${SECOND_VIDEO.title}”`));

      const { clips } = await browser.readStoredData();
      expect(clips).toHaveLength(1);
      expect(clips[0]).toMatchObject({
        videoId: SECOND_VIDEO.videoId,
        title: SECOND_VIDEO.title,
        streamTitle: SECOND_VIDEO.title,
        channel: SECOND_VIDEO.channel,
        liveStatus: 'vod',
      });
      expect(clips[0]?.seconds).toBeLessThan(5);
    },
  },
  {
    name: 'clipping the same moment twice keeps one clip and says so',
    async run(browser, expect) {
      const tab = await browser.openYouTube(`/watch?v=${PLAIN_VIDEO.videoId}&t=300`);
      await tab.clip();
      await tab.waitForStatus(/Clipped/);
      await tab.seek(308);
      await tab.clip();
      await tab.waitForStatus(`Already clipped “${PLAIN_VIDEO.title}” at 0:05:00 — not added again`);
      await tab.seek(320);
      await tab.clip();
      await tab.waitForStatus(/at 0:05:20/);
      const { clips } = await browser.readStoredData();
      expect(clips.map((clip) => clip.seconds).sort((a, b) => a - b)).toEqual([300, 320]);
    },
  },
  {
    name: 'while an ad plays no clip is written and the page says why',
    async run(browser, expect) {
      const tab = await browser.openYouTube(`/watch?v=${PLAIN_VIDEO.videoId}&t=60&ad=1`);
      await tab.clip();
      await tab.waitForStatus(/ad is playing/);
      expect((await browser.readStoredData()).clips).toHaveLength(0);

      await tab.setAd(false);
      await tab.clip();
      await tab.waitForStatus(/Clipped/);
      expect((await browser.readStoredData()).clips).toHaveLength(1);
    },
  },
  {
    name: 'an upcoming stream cannot be clipped yet, and the page says why',
    async run(browser, expect) {
      const tab = await browser.openYouTube(`/watch?v=${UPCOMING_STREAM.videoId}`);
      await tab.clip();
      await tab.waitForStatus(/not started|upcoming/i);
      expect((await browser.readStoredData()).clips).toHaveLength(0);
    },
  },
  {
    name: 'a channel page offers no Clip talk button',
    async run(browser, expect) {
      const tab = await browser.openYouTube('/@PyConItalia');
      expect(await tab.heading()).toBe('PyConItalia');
      // The content script is there (its host element), but there is no video to clip.
      expect(await tab.clipButtonShown()).toBe(false);
    },
  },
  {
    name: 'the button follows YouTube’s dark theme',
    async run(browser, expect) {
      const tab = await browser.openYouTube(`/watch?v=${PLAIN_VIDEO.videoId}&theme=dark`);
      expect(await tab.clipButtonBackgroundIn('dark')).toBe('rgb(241, 241, 241)');
    },
  },
];
