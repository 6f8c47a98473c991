import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { YOUTUBE_MATCHES } from './youtube/hosts';
import { OPEN_SIDE_PANEL_COMMAND } from './background/open-side-panel';

/**
 * The content security policy of the extension pages (popup, report page, side panel) and
 * the background (docs/architecture.md §13): our own scripts only, no objects, frames or
 * media, images only from us, YouTube's thumbnail host and data URLs, style sheets only
 * from us (no inline style from content), no form submission, no <base>. Connections go to
 * us and to https origins: which https origins a page may actually read is decided by the
 * host permissions the user granted (the YouTube hosts, and a schedule's host granted at
 * run time through optional host permissions), which no static list here can name.
 * `wxt` (dev mode) also needs its dev server's scripts, styles and socket.
 */
function extensionPagesCsp(command: 'build' | 'serve'): string {
  const dev = command === 'serve';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "img-src 'self' https://i.ytimg.com data:",
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "font-src 'self'",
    `connect-src 'self' https:${dev ? ' http://localhost:* ws://localhost:*' : ''}`,
    "media-src 'none'",
    "frame-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/**
 * The popup's and the report page's entry scripts run as soon as they have loaded
 * (`async`), not after the page's style sheets: a module script without it waits for
 * them, and their first reads (entrypoints/popup/main.ts, entrypoints/report/main.tsx,
 * which wait for the document themselves: ui/app-root.ts) need no styles to start. The
 * sheets still block rendering, so nothing is shown unstyled. Vite writes its own tag for
 * the entry, so the attribute is added to the built page.
 */
const entryAsync: PluginOption = {
  name: 'talk-clipper:entry-async',
  transformIndexHtml: {
    order: 'post',
    handler: (html, context) =>
      /(^|\/)(popup|report)(\/index)?\.html$/.test(context.path) ? html.replace(/<script type="module" crossorigin/, '<script type="module" async crossorigin') : html,
  },
};

// Explicit imports everywhere (no auto-imports), so a reader can follow every name.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: {
    // The sources package Mozilla reviewers rebuild from (wxt zip -b firefox). WXT already
    // leaves out node_modules, .output, dotfiles and *.test/*.spec files; tests and test
    // artefacts are not needed to rebuild the add-on either.
    excludeSources: ['tests/**', 'test-results/**', 'playwright-report/**', 'bench/results*', '.tmp/**', '**/*.log'],
  },
  vite: () => ({
    plugins: [preact(), entryAsync],
  }),
  hooks: {
    // The polyfill is for pages and the background. Content scripts only send and answer
    // messages (messaging/protocol.ts), which the browser's own promise-returning
    // runtime/tabs APIs do in both browsers, so there the polyfill would add 10 KB of a
    // 20 KB budget for nothing (docs/architecture.md §7).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  manifest: ({ browser, command }) => ({
    name: 'Talk Clipper',
    description:
      'Clip conference talks from YouTube while you watch, then export a dated trip-report Markdown file for your blog.',
    content_security_policy: { extension_pages: extensionPagesCsp(command) },
    permissions: ['unlimitedStorage', 'contextMenus'],
    host_permissions: [...YOUTUBE_MATCHES],
    // Schedule URL -> Load asks for that one schedule host at that moment
    // (permissions.request inside the click); nothing beyond YouTube is granted at install.
    // https only: the extension pages' CSP connects to https origins only (extensionPagesCsp).
    optional_host_permissions: ['https://*/*'],
    commands: {
      'clip-talk': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Clip the talk playing now',
      },
      // The side panel (entrypoints/sidepanel: WXT writes Chrome's side_panel with the
      // sidePanel permission, and Firefox's sidebar_action). Firefox toggles its sidebar
      // itself on this reserved name; Chrome has none, so the background opens it.
      [browser === 'firefox' ? '_execute_sidebar_action' : OPEN_SIDE_PANEL_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open the Talk Clipper side panel',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'talk-clipper@talk-clipper.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142 (desktop 140):
            // without this, web-ext lint warns KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
