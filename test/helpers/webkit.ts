import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Readable } from 'node:stream';
import { remote } from 'webdriverio';
import { findMiniBrowser, webkitMissing } from './webkit-install';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd), so parallel runs never collide. */
async function startXvfb(): Promise<{ process: ChildProcess; display: string }> {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  const display = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Xvfb did not start in 10 s')), 10_000);
    (xvfb.stdio[3] as Readable).once('data', (chunk: Buffer) => {
      clearTimeout(timer);
      resolve(`:${chunk.toString().trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code ?? 'signal'})`)));
  });
  return { process: xvfb, display };
}

async function waitForDriver(url: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export type WebKitBrowser = WebdriverIO.Browser;

export interface WebKitDriver {
  /** A new MiniBrowser: its own ephemeral profile (see docs/testing.md), English UI. */
  newBrowser(): Promise<WebKitBrowser>;
  /** Closes that MiniBrowser (its process ends, and with it its ephemeral profile). */
  quit(browser: WebKitBrowser): Promise<void>;
  close(): Promise<void>;
}

/**
 * Xvfb and WebKitWebDriver on a free port, started here and stopped by close(). Sessions
 * connect to that port, so webdriverio never looks for (or downloads) a driver of its own.
 */
export async function startWebKitDriver(): Promise<WebKitDriver> {
  const missing = webkitMissing();
  if (missing) throw new Error(missing);
  const miniBrowser = findMiniBrowser();
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
    // MiniBrowser takes its languages from the environment; without these navigator.languages is ['C'].
    env: { ...process.env, DISPLAY: xvfb.display, LANGUAGE: 'en_US:en', LANG: 'en_US.UTF-8' },
    stdio: 'ignore',
  });
  const sessions = new Set<WebKitBrowser>();
  const stop = async () => {
    await Promise.allSettled([...sessions].map((session) => session.deleteSession()));
    await stopProcess(driver);
    await stopProcess(xvfb.process);
  };
  try {
    await waitForDriver(`http://127.0.0.1:${port}`);
  } catch (error) {
    await stop();
    throw error;
  }

  // A vendor capability webdriverio's types do not list, hence the variable (no literal check).
  const capabilities = {
    browserName: 'MiniBrowser',
    // WebKitWebDriver's BiDi is incomplete; classic WebDriver covers what the suite does.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
  };

  return {
    async newBrowser() {
      const browser = await remote({
        hostname: '127.0.0.1',
        port,
        // Stale elements are expected while React re-renders; the page object looks again.
        logLevel: 'silent',
        connectionRetryCount: 0,
        capabilities,
      });
      sessions.add(browser);
      return browser;
    },
    async quit(browser) {
      sessions.delete(browser);
      await browser.deleteSession();
    },
    close: stop,
  };
}
