/**
 * The sidebar page in Firefox on `sidepanel.html?tabId=N` (as Pop out opens it): the
 * scenario of ../chromium/sidepanel.spec.ts — the chapter's talk, Clip talk, notes
 * saved into that clip, Insert timestamp with the current second, seeking into the next
 * chapter, in-page navigation, and the saved notes when reopened.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { RECORDING_WITH_CHAPTERS, SECOND_VIDEO } from '../../fixtures/youtube/catalog';
import type { FakeYtWindow } from '../../fixtures/youtube/fake-yt';
import { buttonNamed, controlLabelled, openYouTube, seek, waitForText, waitUntil } from './support/firefox-extension';
import { namedText, openSidePanel, waitForNowPlaying, youTubeTabId } from './support/side-panel';
import { readStoredData } from './support/stored-data';
import { useFirefox } from './support/suite';

const VIDEO = RECORDING_WITH_CHAPTERS;
const share = (seconds: number) => `https://www.youtube.com/live/${VIDEO.videoId}?t=${seconds}`;

const nowPlayingText = (panel: Page) => namedText(panel, 'Now playing');

async function waitForNotes(panel: Page, value: string): Promise<void> {
  await waitUntil(panel, (wanted: string) => document.querySelector<HTMLTextAreaElement>('textarea')?.value === wanted, [value]);
}

describe('side panel in Firefox', () => {
  const firefox = useFirefox();

  test('the sidebar page follows the talk, clips it, takes timestamped notes and keeps them', async () => {
    const youtube = await openYouTube(firefox.browser, `/watch?v=${VIDEO.videoId}&t=1500`);
    const tabId = await youTubeTabId(firefox.browser, VIDEO.videoId);
    let panel = await openSidePanel(firefox.browser, tabId);

    await waitForNowPlaying(panel, 'Saving time with Google Slides');
    await waitForNowPlaying(panel, 'Anna Rossi');
    await waitForNowPlaying(panel, 'Position 0:25:00');
    await waitForText(panel, ['Not clipped yet']);

    await (await buttonNamed(panel, 'Clip talk')).click();
    await waitForText(panel, ['Clipped “Saving time with Google Slides” at 0:25:00 to PyCon Italia 2023']);
    const { clips } = await readStoredData(firefox.browser);
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({ videoId: VIDEO.videoId, seconds: 1500, title: 'Saving time with Google Slides' });

    const notes = await controlLabelled<HTMLTextAreaElement>(panel, 'Notes');
    await notes.type('Slides as code.');
    await (await buttonNamed(panel, 'Insert timestamp')).click();
    const written = `Slides as code. [0:25:00](${share(1500)}) `;
    await waitForNotes(panel, written);
    const deadline = Date.now() + 10_000;
    let stored = '';
    while (stored !== written && Date.now() < deadline) {
      stored = (await readStoredData(firefox.browser)).clips[0]?.notes ?? '';
      if (stored !== written) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(stored).toBe(written);

    // Seeking into the next chapter shows that talk.
    await seek(youtube, 3400);
    await waitForNowPlaying(panel, 'Rust is easy');
    expect(await nowPlayingText(panel)).not.toContain('Saving time with Google Slides');
    await waitForText(panel, ['Not clipped yet']);

    // Reopened at the clipped talk, the panel shows the saved notes.
    await seek(youtube, 1600);
    await panel.close();
    panel = await openSidePanel(firefox.browser, tabId);
    await waitForNowPlaying(panel, 'Saving time with Google Slides');
    await waitForNotes(panel, written);

    // In-page navigation: the new video, nothing of the old one.
    await youtube.evaluate((id: string) => (window as unknown as FakeYtWindow).__fakeYt.navigate(id, { playerLagMs: 300 }), SECOND_VIDEO.videoId);
    await waitForNowPlaying(panel, SECOND_VIDEO.title);
    await waitForText(panel, ['Not clipped yet']);
    const body = await panel.evaluate(() => document.body.innerText);
    expect(body).not.toContain('Saving time with Google Slides');
    expect(body).not.toContain(VIDEO.title);
  }, 180_000);
});
