import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // Every unit test gets an in-memory IndexedDB before any module opens the database.
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 20_000,
  },
});
