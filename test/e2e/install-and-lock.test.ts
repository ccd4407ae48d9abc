import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { AppPage } from './pages/app-page';

/**
 * Chromium fires beforeinstallprompt only after its engagement heuristics, which a test run
 * never meets; this dispatches the same event, with the prompt the browser would show.
 */
async function browserOffersInstall(page: Page): Promise<void> {
  await page.evaluate(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true });
    Object.assign(event, {
      prompt: () => {
        (window as unknown as { prompted: boolean }).prompted = true;
        return Promise.resolve();
      },
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    dispatchEvent(event);
  });
}

describe('installing, the backup, the lock screen and file inputs', () => {
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

  it('offers "Install Madoguchi" when the browser can install, and nothing once installed', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url, '/');
    const offer = app.page.getByRole('region', { name: 'Install Madoguchi' });
    expect(await offer.count()).toBe(0);
    await browserOffersInstall(app.page);
    await offer.waitFor();
    await offer.getByRole('button', { name: 'Install Madoguchi' }).click();
    expect(
      await app.page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted),
    ).toBe(true);
    await app.page.evaluate(() => dispatchEvent(new Event('appinstalled')));
    await offer.waitFor({ state: 'detached' });

    // "Not now" on the household screen is remembered; Settings still offers it.
    await browserOffersInstall(app.page);
    await offer.getByRole('button', { name: 'Not now' }).click();
    await offer.waitFor({ state: 'detached' });
    await app.goto('/settings');
    await offer.waitFor();
    await app.goto('/');
    expect(await offer.count()).toBe(0);
    await context.close();
  });

  it('shows the Add to Home Screen hint on iPhone Safari', async () => {
    const context = await browser.newContext({
      locale: 'en-US',
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
    });
    const app = await AppPage.open(context, server.url, '/');
    await app.page.getByText(/tap the Share button, then “Add to Home Screen”/).waitFor();
    await context.close();
  });

  it('confirms the backup was saved, and the file input speaks the app language', async () => {
    const context = await browser.newContext({ locale: 'ja-JP', acceptDownloads: true });
    const app = await AppPage.open(context, server.url, '/settings');
    const download = app.page.waitForEvent('download');
    await app.page.getByRole('button', { name: 'バックアップファイルを保存' }).click();
    await download;
    await app.page.getByText('バックアップを保存しました').waitFor();
    await app.page.getByText('バックアップから復元').click();
    await app.page.getByText('ファイルを選ぶ').waitFor();
    await app.page.getByText('ファイルが選ばれていません').waitFor();
    await app.page.getByLabel('バックアップファイル').setInputFiles({
      name: 'my-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{}'),
    });
    await app.page.getByText('my-backup.json').waitFor();
    await context.close();
  });

  it('switches the language on the lock screen', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url, '/');
    await app.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await app.heading().filter({ hasText: 'Madoguchi is locked' }).waitFor();
    await app.page.getByRole('radio', { name: '日本語' }).check();
    await app.heading().filter({ hasText: '窓口はロックされています' }).waitFor();
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await app.unlock();
    await context.close();
  });
});
