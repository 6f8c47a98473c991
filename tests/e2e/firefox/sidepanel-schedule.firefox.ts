/**
 * The side panel on a room's stream in Firefox: the scenario of
 * ../chromium/sidepanel-schedule.spec.ts, the other way round. The panel clips the talk
 * before the trip has a schedule (the stream's title), then the pretalx DemoCon schedule
 * imported on the report page names the talk now on in the panel at once, and the clip
 * with it; seeking into the next talk shows that one, and Clip talk gives it its name.
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DAY_STREAM_WITHOUT_CHAPTERS } from '../../fixtures/youtube/catalog';
import { buttonNamed, controlLabelled, importScheduleFile, openExtensionPage, openYouTube, seek, waitForText } from './support/firefox-extension';
import { namedText, openSidePanel, waitForNamed, waitForNowPlaying, youTubeTabId } from './support/side-panel';
import { readStoredData } from './support/stored-data';
import type { StoredData } from './support/stored-data';
import { useFirefox } from './support/suite';

const SCHEDULE_FILE = resolve('tests/fixtures/schedules/pretalx-democon.schedule.json');
const STREAM = DAY_STREAM_WITHOUT_CHAPTERS;

async function waitForValue(control: { evaluate<T>(read: (element: HTMLInputElement) => T): Promise<T> }, value: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let shown = '';
  while ((shown = await control.evaluate((element) => element.value)) !== value) {
    if (Date.now() > deadline) throw new Error(`the field never showed "${value}"; it shows "${shown}"`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

async function waitForStored(read: () => Promise<StoredData>, check: (data: StoredData) => boolean): Promise<StoredData> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const data = await read();
    if (check(data) || Date.now() > deadline) return data;
    await new Promise((done) => setTimeout(done, 200));
  }
}

describe('side panel with a schedule in Firefox', () => {
  const firefox = useFirefox();

  test('on a stream with a room the panel names the scheduled talk at the position, and the next one after a seek', async () => {
    const youtube = await openYouTube(firefox.browser, `/watch?v=${STREAM.videoId}&t=600`);
    const panel = await openSidePanel(firefox.browser, await youTubeTabId(firefox.browser, STREAM.videoId));
    // No schedule yet: the stream has no chapters, so the talk is the stream's title.
    await waitForNamed(panel, 'Talk now', STREAM.title);
    await (await buttonNamed(panel, 'Clip talk')).click();
    await waitForText(panel, [`Clipped “${STREAM.title}” at 0:10:00`]);

    // The schedule imported on the report page: the panel names the talk at once, and the clip gets it.
    const report = await openExtensionPage(firefox.browser, 'report.html');
    await waitForText(report, ['Import schedule']);
    await importScheduleFile(report, SCHEDULE_FILE);
    await waitForText(report, ['Imported “DemoCon”']);
    await waitForNamed(panel, 'Talk now', 'Focused 5thgeneration hardware');
    await waitForNamed(panel, 'Talk now', 'Brian Robinson');
    await waitForNamed(panel, 'Talk now', 'Gray Room · 08:00–08:30 UTC');
    await waitForNowPlaying(panel, 'from the schedule');
    await waitForValue(await controlLabelled<HTMLInputElement>(panel, 'Talk title'), 'Focused 5thgeneration hardware');

    // Seeking into the next talk names it, not yet clipped; Clip talk gives the clip its name.
    await seek(youtube, 2400);
    await waitForNamed(panel, 'Talk now', 'Quality-focused 6thgeneration website');
    await waitForNamed(panel, 'Talk now', 'Jordan Parks');
    await waitForNamed(panel, 'Talk now', 'Focused 5thgeneration hardware', { absent: true });
    await waitForText(panel, ['Not clipped yet']);
    await (await buttonNamed(panel, 'Clip talk')).click();
    await waitForText(panel, ['Clipped “Quality-focused 6thgeneration website” at 0:40:00']);
    await waitForValue(await controlLabelled<HTMLInputElement>(panel, 'Talk title'), 'Quality-focused 6thgeneration website');
    const stored = await waitForStored(
      () => readStoredData(firefox.browser),
      ({ clips }) => clips.find((clip) => clip.seconds === 2400)?.title === 'Quality-focused 6thgeneration website',
    );
    expect(stored.clips.find((clip) => clip.seconds === 2400)).toMatchObject({ title: 'Quality-focused 6thgeneration website', speakers: ['Jordan Parks'] });
    expect(await namedText(panel, 'Talk now')).toContain('Talk page');
  }, 180_000);
});
