import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchChromium } from '../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { AppPage } from './pages/app-page';
import { walkEveryScreen } from './pages/every-screen';

// The light scheme is a11y.test.ts; here the same screens in the dark and in forced colours.
const runs: { name: string; member: string; options: BrowserContextOptions }[] = [
  { name: 'dark, en', member: 'Tran Thi Mai', options: { locale: 'en-US', colorScheme: 'dark' } },
  { name: 'dark, ja', member: '佐藤 一郎', options: { locale: 'ja-JP', colorScheme: 'dark' } },
  {
    name: 'forced colours (dark), en',
    member: 'Tran Thi Mai',
    options: { locale: 'en-US', colorScheme: 'dark', forcedColors: 'active' },
  },
];

describe('every screen passes axe in the dark scheme and in forced colours', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ staticDir: distDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const { name, member, options } of runs) {
    it(name, async () => {
      const context = await browser.newContext(options);
      const app = await AppPage.open(context, server.url, '/', { vault: 'leave' });
      const dark = await app.page.evaluate(
        () => matchMedia('(prefers-color-scheme: dark)').matches,
      );
      expect(dark).toBe(true);
      // The scheme really applies: the page is dark, not the light page under a dark flag.
      const background = await app.page.evaluate(
        () => getComputedStyle(document.body).backgroundColor,
      );
      expect(background).toBe('rgb(0, 0, 0)');
      const screens: Record<string, string[]> = {};
      await walkEveryScreen(app, member, async (screen) => {
        screens[screen] = await axeViolations(app.page);
      });
      expect(screens).toEqual(Object.fromEntries(Object.keys(screens).map((key) => [key, []])));
      await context.close();
    });
  }
});
