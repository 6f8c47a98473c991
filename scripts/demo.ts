/**
 * `npm run demo`: opens Debian's Chromium with the built extension on a conference
 * stream. With no network (or OFFLINE=1), YouTube is the bundled offline demo stream.
 */
import { launchWithExtension } from '../tests/e2e/support/chromium-extension';
import { RECORDING_WITH_CHAPTERS } from '../tests/fixtures/youtube/catalog';

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
    console.error(
      'No display to open a browser on. The extension is built in .output/chrome-mv3:\n' +
        '  chromium --load-extension=$PWD/.output/chrome-mv3\n' +
        'or run this under a desktop session (or xvfb-run npm run demo).',
    );
    process.exit(1);
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
