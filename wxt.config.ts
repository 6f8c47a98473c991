import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { YOUTUBE_MATCHES } from './youtube/hosts';

// Explicit imports everywhere (no auto-imports), so a reader can follow every name.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Talk Clipper',
    description:
      'Clip conference talks from YouTube while you watch, then export a dated trip-report Markdown file for your blog.',
    permissions: ['unlimitedStorage', 'contextMenus'],
    host_permissions: [...YOUTUBE_MATCHES],
    commands: {
      'clip-talk': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Clip the talk playing now',
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
          },
        }
      : {}),
  }),
});
