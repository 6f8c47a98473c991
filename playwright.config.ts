import { defineConfig } from '@playwright/test';

// End-to-end tests drive the built extension (.output/chrome-mv3) in Debian's Chromium.
// One worker: each test starts its own browser profile, and the machine has two cores.
export default defineConfig({
  testDir: 'tests/e2e/chromium',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
