import { readdirSync, readFileSync } from 'node:fs';
import { startFixtureProxy } from './support/fixture-proxy';
import { launchFirefox, openYouTube, clipButton, waitForStatus, openExtensionPage } from './support/firefox-extension';
const proxy = await startFixtureProxy();
const s = await launchFirefox({ proxyPort: proxy.port });
try {
  const page = await openYouTube(s.browser, '/watch?v=Ch3Bs3K4Oeo&t=1h2m3s');
  await (await clipButton(page)).click();
  console.log(await waitForStatus(page, /Clipped/));
  const live = await openYouTube(s.browser, '/live/4f23X0UuT-0');
  await (await clipButton(live)).click();
  console.log(await waitForStatus(live, /Clipped/));
  const popup = await openExtensionPage(s.browser, 'popup.html');
  await new Promise((r) => setTimeout(r, 1000));
  console.log(await popup.evaluate(() => document.body.innerText));
  const report = await openExtensionPage(s.browser, 'report.html');
  const btn = await report.waitForSelector('button ::-p-text(Export report)');
  await new Promise((r) => setTimeout(r, 1000));
  await btn!.click();
  await new Promise((r) => setTimeout(r, 2000));
  console.log(await report.evaluate(() => document.body.innerText.slice(0, 3000)));
  for (const f of readdirSync(s.downloadDir)) console.log('FILE', f, readFileSync(`${s.downloadDir}/${f}`, 'utf8'));
} finally {
  await s.close();
  await proxy.close();
}
