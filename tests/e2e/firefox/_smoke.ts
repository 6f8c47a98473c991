import { startFixtureProxy } from './support/fixture-proxy';
import { launchFirefox, EXTENSION_ORIGIN } from './support/firefox-extension';
const proxy = await startFixtureProxy();
const t0 = Date.now();
const s = await launchFirefox({ proxyPort: proxy.port });
console.log('launched', Date.now() - t0);
try {
  const p2 = await s.browser.newPage();
  try { await p2.goto(`${EXTENSION_ORIGIN}/popup.html`, { timeout: 5000 }); } catch (e) { console.log('goto err', String(e)); }
  console.log('url', p2.url());
  for (const p of await s.browser.pages()) console.log('page', p.url());
  try { console.log(await p2.evaluate(() => [location.href, document.body.innerText])); } catch (e) { console.log('eval err', String(e)); }
} finally {
  await s.close();
  await proxy.close();
}
