/**
 * The **Clip talk** button and its status message, in an open shadow root under the
 * player (so YouTube's styles cannot reach in, and tests can). Follows YouTube's theme.
 */
// One rule a line, written without spaces the browser does not need: the bundler joins the
// literals, so the content script carries the style minified (docs/architecture.md §7).
const STYLE =
  ':host{all:initial;display:block;font:500 14px/1.4 Roboto,Arial,sans-serif}' +
  ':host([data-floating]){position:fixed;left:16px;bottom:16px;z-index:2147483000}' +
  '.bar{display:flex;align-items:center;gap:12px;margin:12px 0 0;color:#0f0f0f}' +
  ':host([data-theme="dark"]) .bar{color:#f1f1f1}' +
  'button{font:inherit;border:0;border-radius:18px;padding:8px 16px;cursor:pointer;background:#0f0f0f;color:#fff}' +
  ':host([data-theme="dark"]) button{background:#f1f1f1;color:#0f0f0f}' +
  'button:focus-visible{outline:2px solid #3ea6ff;outline-offset:2px}' +
  'button[aria-busy="true"]{opacity:.6;cursor:progress}' +
  'button[hidden]{display:none}' +
  '.status:empty{display:none}' +
  '.status{padding:6px 10px;border-radius:8px;background:rgba(0,0,0,.05)}' +
  ':host([data-theme="dark"]) .status{background:rgba(255,255,255,.1)}' +
  ':host([data-floating]) .status{background:#0f0f0f;color:#fff}';

export interface ClipButton {
  host: HTMLElement;
  setBusy(busy: boolean): void;
  showStatus(message: string): void;
  /** The sentence the status shows now ('' once it has cleared). */
  statusText(): string;
  /** Re-anchor under the player (or float when there is no player) and follow the theme. */
  place(doc: Document, onVideoPage: boolean): void;
}

const STATUS_VISIBLE_MS = 12_000;

export function createClipButton(doc: Document, onClick: () => void): ClipButton {
  const host = doc.createElement('div');
  host.id = 'talk-clipper';
  const root = host.attachShadow({ mode: 'open' });
  // A constant markup string, and the style set as text: web-ext lint flags innerHTML built from a template with values.
  root.innerHTML = '<style></style><div class="bar"><button type="button">Clip talk</button><span class="status" role="status" aria-live="polite"></span></div>';
  (root.querySelector('style') as HTMLStyleElement).textContent = STYLE;
  const button = root.querySelector('button') as HTMLButtonElement;
  const status = root.querySelector('.status') as HTMLSpanElement;
  // Only a person's click clips: a page script's button.click() or dispatched event is untrusted.
  button.addEventListener('click', (event) => {
    if (event.isTrusted) onClick();
  });
  let clearTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    host,
    setBusy(busy) {
      button.setAttribute('aria-busy', String(busy));
      button.disabled = busy;
    },
    showStatus(message) {
      status.textContent = message;
      clearTimeout(clearTimer);
      clearTimer = setTimeout(() => (status.textContent = ''), STATUS_VISIBLE_MS);
    },
    statusText() {
      return status.textContent ?? '';
    },
    place(document, onVideoPage) {
      host.dataset.theme = document.documentElement.hasAttribute('dark') ? 'dark' : 'light';
      button.hidden = !onVideoPage;
      const anchor = onVideoPage ? document.querySelector('ytd-watch-flexy #below, ytm-slim-video-metadata-section-renderer') : null;
      if (anchor) {
        delete host.dataset.floating;
        if (host.parentElement !== anchor) anchor.prepend(host);
      } else {
        host.dataset.floating = '';
        if (host.parentElement !== document.body) document.body.append(host);
      }
    },
  };
}
