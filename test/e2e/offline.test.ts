import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { AppPage } from './pages/app-page';

describe('installable offline PWA', () => {
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

  it('is controlled by the service worker after the first load', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url);
    await app.waitForServiceWorkerControl();
    const scope = await app.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${server.url}/`);
    await context.close();
  });

  it('starts offline with its data, and a deep link still works', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url);
    await app.waitForServiceWorkerControl();
    await app.addMember({ name: 'Nguyen Van An', dateOfBirth: '1994-03-15' });
    await expect.poll(() => app.page.getByText('Nguyen Van An').count()).toBe(1);
    const wizard = await app.startCertifiedCopyRequest({
      memberName: 'Nguyen Van An',
      dateOfBirth: '1994-03-15',
      city: 'Kanazawa',
      municipality: /金沢市/,
      copies: 2,
      showCode: false,
    });
    const deepLink = `/applications/${wizard.applicationId()}`;
    await app.goto(deepLink);

    await context.setOffline(true);
    await app.reloadAndUnlock();
    await expect
      .poll(() => app.heading().textContent())
      .toBe('Certified copy of the resident record');
    await app.goto('/');
    await expect.poll(() => app.page.getByText('Nguyen Van An').count()).toBe(1);
    await expect.poll(() => app.page.getByText(/You are offline/).count()).toBe(1);

    const fresh = await AppPage.open(context, server.url, deepLink);
    await expect
      .poll(() => fresh.heading().textContent())
      .toBe('Certified copy of the resident record');
    await context.close();
  });

  it('keeps the schemas (zod) and the sign-in code out of the start-up bundle', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const preloaded = [...html.matchAll(/(?:src|href)="\/assets\/([\w-]+)\.js"/g)].map((m) => m[1]);
    expect(preloaded.length).toBeGreaterThan(0);
    expect(preloaded.filter((name) => /^(zod|auth|esm)-[\w-]{8}$/.test(name ?? ''))).toEqual([]);
  });

  it('serves a web app manifest that makes it installable', async () => {
    const response = await fetch(`${server.url}/manifest.webmanifest`);
    expect(response.ok).toBe(true);
    const manifest = (await response.json()) as Record<string, unknown> & {
      icons: { sizes: string; purpose?: string }[];
    };
    expect(typeof manifest.name).toBe('string');
    expect(manifest).toMatchObject({
      short_name: 'Madoguchi',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'ja',
    });
    expect(manifest.icons.map((icon) => `${icon.sizes}/${icon.purpose ?? 'any'}`)).toEqual(
      expect.arrayContaining(['192x192/any', '512x512/any', '512x512/maskable']),
    );
  });
});
