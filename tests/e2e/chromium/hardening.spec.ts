/**
 * Hardening (issue #13) as an attacker would try it: a hostile page, hostile backups and
 * hostile notes. Each test acts through the doors a user (or the page) has.
 */
import { expect, openYouTube, test } from '../support/chromium-extension';
import { readStoredData } from '../support/stored-data';
import { clipButton, pageStatus } from '../support/youtube-page';
import type { FakeYtWindow } from '../../fixtures/youtube/fake-yt';
import { RECORDING_WITH_CHAPTERS } from '../../fixtures/youtube/catalog';

test('a page script that presses Clip talk 40 times, or forges bridge messages, stores nothing', async ({ context }) => {
  const page = await openYouTube(context, `/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=100`);
  await clipButton(page).evaluate(async (button) => {
    const fake = (window as unknown as FakeYtWindow).__fakeYt;
    for (let index = 0; index < 40; index++) {
      // A different moment each time, so no press would be a mere duplicate.
      fake.seek(200 + index * 90);
      await fake.ready();
      (button as HTMLButtonElement).click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      // Forged requests on the MAIN-world bridge's channel: it carries facts, never commands.
      for (const type of ['captureClip', 'requestClip', 'readPlayer']) {
        window.dispatchEvent(
          new CustomEvent('@webext-core/messaging/custom-events', {
            detail: { namespace: 'talk-clipper-bridge', instanceId: 'page', message: { id: index, type, data: { via: 'page-button' }, timestamp: Date.now() } },
          }),
        );
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  // Then a person presses it once: that one press is the only clip.
  await clipButton(page).click();
  await expect(pageStatus(page)).toContainText('Clipped');
  const { clips, trips } = await readStoredData(context);
  expect(clips).toHaveLength(1);
  expect(trips).toHaveLength(1);
});
