/**
 * `npm run demo`: with a display, opens Debian's Chromium with the built extension on a
 * conference stream (with no network, or OFFLINE=1, the bundled offline demo stream) for
 * you to use. Without a display, runs the whole journey headless (scripts/headless-demo.ts).
 */
import { launchWithExtension } from '../tests/e2e/support/chromium-extension';
import { RECORDING_WITH_CHAPTERS } from '../tests/fixtures/youtube/catalog';
import { runHeadlessDemo } from './headless-demo';

const REAL_STREAM = 'https://www.youtube.com/watch?v=Ch3Bs3K4Oeo&t=7873';

async function youtubeReachable(): Promise<boolean> {
  if (process.env.OFFLINE === '1') return false;
  try {
    const response = await fetch('https://www.youtube.com/', { method: 'HEAD', signal: AbortSignal.timeout(3000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('No display: running the whole journey in headless Chromium (with a display, the demo opens the browser for you).');
    await runHeadlessDemo();
    return;
  }
  const online = await youtubeReachable();
  const context = await launchWithExtension({ headless: false, offline: !online });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(online ? REAL_STREAM : `https://www.youtube.com/watch?v=${RECORDING_WITH_CHAPTERS.videoId}&t=1h2m3s`);
  console.log(
    online
      ? 'Chromium is open on a PyCon Italia stream with Talk Clipper loaded. Press “Clip talk” under the player.'
      : 'No network: Chromium is open on the bundled offline demo stream with Talk Clipper loaded. Press “Clip talk” under the player.',
  );
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
