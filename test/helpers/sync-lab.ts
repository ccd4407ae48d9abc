import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { distDir } from './server';
import { startProxiedServer, type ProxiedServer } from './sync-server';

export interface SyncLab {
  /** The real server behind a fault proxy, serving the production build. */
  readonly server: ProxiedServer;
  readonly browser: Browser;
}

/**
 * For a describe block of browser sync tests: starts the server and Chromium before its tests
 * and stops them after. Read `server` and `browser` inside the tests (they exist from then on).
 */
export function useSyncLab(): SyncLab {
  let server: ProxiedServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startProxiedServer({ staticDir: distDir });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the sync lab is used before beforeAll ran');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
