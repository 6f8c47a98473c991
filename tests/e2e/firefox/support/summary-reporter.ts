/** Prints one unmistakable last line for CI logs: the Firefox suite passed or failed, with counts. */
import type { Reporter, TestModule } from 'vitest/node';

export default class FirefoxSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1;
    }
    const ok = failed === 0 && unhandledErrors.length === 0 && passed > 0;
    const extra = unhandledErrors.length > 0 ? `, ${unhandledErrors.length} unhandled error(s)` : '';
    console.log(
      `\nFIREFOX E2E ${ok ? 'PASS' : 'FAIL'}: ${passed} passed, ${failed} failed, ${skipped} skipped${extra} (Firefox ESR, ${process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'})`,
    );
  }
}
