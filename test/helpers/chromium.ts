import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

const usualPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = usualPaths.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) ' +
      'or point CHROME_PATH at a Chromium or Chrome binary. `npm run setup` does this on Debian.',
  );
}

// Without the networking flags Chromium hangs on a closed network (docs/testing.md).
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchChromium(
  extraArgs: string[] = [],
  options: LaunchOptions = {},
): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [...chromiumArgs, ...extraArgs],
    ...options,
  });
}
