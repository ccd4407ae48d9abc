import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { AppPage } from './pages/app-page';
import { walkEveryScreen } from './pages/every-screen';
import { brokenWords, doubleTextSize, horizontalOverflow } from './pages/layout-checks';

const locales = [
  { locale: 'en-US', lang: 'en', member: 'Tran Thi Mai' },
  { locale: 'ja-JP', lang: 'ja', member: '佐藤 一郎' },
] as const;

describe('every screen reads at 320 px with 200 % text (WCAG 1.4.4, 1.4.10)', () => {
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

  for (const { locale, lang, member } of locales) {
    it(`in ${lang}: nothing overflows sideways, no word or number group is split`, async () => {
      const context = await browser.newContext({ locale, viewport: { width: 320, height: 640 } });
      const app = await AppPage.open(context, server.url, '/', { vault: 'leave' });
      const found: Record<string, string[]> = {};
      await walkEveryScreen(app, member, async (screen) => {
        await doubleTextSize(app.page);
        found[screen] = [...(await horizontalOverflow(app.page)), ...(await brokenWords(app.page))];
      });
      expect(Object.keys(found).length).toBeGreaterThanOrEqual(19);
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((name) => [name, []])));
      await context.close();
    });
  }

  it('the checks find a real overflow and a split word (they can fail)', async () => {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 320, height: 640 },
    });
    const page = await context.newPage();
    await page.setContent(
      '<body style="margin:0;overflow-wrap:anywhere"><div style="width:400px">wide</div>' +
        '<p style="width:60px">Applications</p></body>',
    );
    expect(await horizontalOverflow(page)).toEqual([
      expect.stringContaining('div "wide" spans 0..400 of 320'),
    ]);
    expect(await brokenWords(page)).toEqual(['"Applications" in <p>']);
    await context.close();
  });

  it('radio buttons and check boxes are 44 px targets', async () => {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 320, height: 640 },
    });
    const app = await AppPage.open(context, server.url, '/members/new');
    await app.page.getByRole('textbox', { name: 'Full name' }).waitFor();
    const boxes = app.page.locator('input[type=radio], input[type=checkbox]');
    expect(await boxes.count()).toBeGreaterThan(2);
    for (const box of await boxes.all()) {
      const size = await box.boundingBox();
      expect(size?.width).toBeGreaterThanOrEqual(44);
      expect(size?.height).toBeGreaterThanOrEqual(44);
    }
    await context.close();
  });
});
