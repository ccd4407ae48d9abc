import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { AppPage } from './pages/app-page';

describe('app updates (R13)', () => {
  let server: RunningServer;
  let browser: Browser;
  let siteDir: string;

  beforeAll(async () => {
    // A copy of the build we can "deploy" a new version into.
    siteDir = mkdtempSync(join(tmpdir(), 'madoguchi-site-'));
    cpSync(distDir, siteDir, { recursive: true });
    server = await startServer({ staticDir: siteDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(siteDir, { recursive: true, force: true });
  });

  it('offers the update by prompt and never reloads over unsaved input', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url, '/members/new');
    await app.waitForServiceWorkerControl();
    await app.page.getByLabel('Full name').fill('Half-typed Name');

    appendFileSync(join(siteDir, 'sw.js'), '\n// a new release\n');
    await app.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await app.page.getByText('Update available').waitFor({ timeout: 30_000 });
    // Waiting, not taken over: the form is untouched.
    expect(await app.page.getByLabel('Full name').inputValue()).toBe('Half-typed Name');

    await app.page.getByRole('button', { name: 'Reload' }).click();
    await app.page.getByText(/unsaved input on this screen/).waitFor();
    expect(await app.page.getByLabel('Full name').inputValue()).toBe('Half-typed Name');

    await app.page.getByRole('button', { name: 'Cancel' }).click();
    await app.page.getByRole('heading', { name: 'Household', level: 1 }).waitFor();
    const reloaded = app.page.waitForEvent('load');
    await app.page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    // A reload forgets the key: the new version opens locked.
    await app.unlock();
    await app.page.getByRole('heading', { name: 'Household', level: 1 }).waitFor();
    expect(await app.page.getByText('Update available').count()).toBe(0);
    await context.close();
  });
});
