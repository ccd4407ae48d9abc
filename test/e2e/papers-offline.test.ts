import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchChromium } from '../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { catalogText } from './pages/catalog';
import { AppPage } from './pages/app-page';

describe('papers without a network', () => {
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

  it('after the font is downloaded in Settings, papers are made offline', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url);
    await app.waitForServiceWorkerControl();
    const text = (key: string) => catalogText('en', key);
    await app.addMember({ name: 'Ana Souza', dateOfBirth: '1985-07-20' });
    await app.page.getByText('Ana Souza').first().waitFor();
    await app.goto('/settings');
    await app.page.getByRole('button', { name: text('settings.papers.download') }).click();
    await app.page.getByText(text('settings.papers.ready')).waitFor({ timeout: 60_000 });
    expect(await axeViolations(app.page)).toEqual([]);

    const wizard = await app.startCertifiedCopyRequest({
      memberName: 'Ana Souza',
      city: 'Kitami',
      municipality: /北見市/,
      copies: 1,
      showCode: false,
      channel: 'mail',
    });
    await context.setOffline(true);
    await server.stopHttp();
    await app.page.getByRole('button', { name: wizard.text('review.finish') }).click();
    await app.page.getByRole('button', { name: text('papers.make') }).click();
    await app.page.getByTitle(text('papers.preview')).waitFor({ timeout: 60_000 });
    expect(await app.page.getByRole('alert').count()).toBe(0);
    await server.startHttp();
    await context.close();
  });
});
