/**
 * Vitest wiring for a Firefox scenario file: one fixture proxy for the file, and a fresh
 * Firefox profile with the extension installed for every test (as the Chromium suite does).
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { startFixtureProxy } from './fixture-proxy';
import type { FixtureProxy } from './fixture-proxy';
import { launchFirefox } from './firefox-extension';
import type { FirefoxSession } from './firefox-extension';

export interface FirefoxSuite {
  readonly browser: Browser;
  readonly session: FirefoxSession;
  readonly proxy: FixtureProxy;
}

export function useFirefox(): FirefoxSuite {
  let proxy: FixtureProxy | undefined;
  let session: FirefoxSession | undefined;
  beforeAll(async () => {
    proxy = await startFixtureProxy();
  });
  afterAll(async () => {
    await proxy?.close();
  });
  beforeEach(async () => {
    if (!proxy) throw new Error('fixture proxy did not start');
    proxy.served.length = 0;
    proxy.refused.length = 0;
    session = await launchFirefox({ proxyPort: proxy.port, headless: process.env.HEADFUL !== '1' });
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready (used outside a test?)`);
    return value;
  };
  return {
    get browser() {
      return need(session, 'Firefox').browser;
    },
    get session() {
      return need(session, 'Firefox');
    },
    get proxy() {
      return need(proxy, 'The fixture proxy');
    },
  };
}
