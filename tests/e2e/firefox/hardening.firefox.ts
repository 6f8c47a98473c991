/**
 * The extension-page content security policy in force in Firefox (issue #13): on the
 * popup, the report page and the side panel, what a script of ours could be tricked into
 * inserting (an inline style sheet, a style attribute, a remote image, an inline script, a
 * form posting elsewhere, a plain-http fetch) is refused, and the page looks as it did. The
 * probe is the Chromium suite's own (tests/e2e/support/csp-probe.ts). The fixture proxy sees
 * every request the browser makes: none goes to the attacker's host.
 */
import { describe, expect, test } from 'vitest';
import { CSP_REFUSED_DIRECTIVES, probeCsp } from '../support/csp-probe';
import { openExtensionPage } from './support/firefox-extension';
import { useFirefox } from './support/suite';

const EVIL = 'https://images.evil.test';

describe('extension-page CSP in Firefox', () => {
  const firefox = useFirefox();

  test('popup, report page and side panel refuse inline style and script, remote images and form submission', async () => {
    for (const file of ['popup.html', 'report.html', 'sidepanel.html']) {
      const page = await openExtensionPage(firefox.browser, file);
      await page.waitForSelector('#app *', { timeout: 15_000 });
      const outcome = await page.evaluate(probeCsp, { host: EVIL, expected: CSP_REFUSED_DIRECTIVES });
      expect(outcome, file).toEqual({ directives: CSP_REFUSED_DIRECTIVES, inlineRan: false, fetched: 'refused', sameLook: true });
      await page.close();
    }
    expect([...firefox.proxy.served, ...firefox.proxy.refused].filter((url) => url.includes('evil.test'))).toEqual([]);
  });
});
