import { defineConfig } from 'vitest/config';

// End-to-end tests in real Firefox ESR (puppeteer-core over WebDriver BiDi) against the
// built .output/firefox-mv3: run by `npm run test:e2e:firefox`, which builds first.
// One file at a time: each test starts its own Firefox profile, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    retry: 0,
    reporters: ['verbose', './tests/e2e/firefox/support/summary-reporter.ts'],
  },
});
