import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { AppPage } from './pages/app-page';

describe('two accounts on one phone', () => {
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

  it('says who is signed in, and after signing out the provider asks again so another account can sign in', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url, '/settings');
    await app.signInFromApp('resident-a');
    await app.goto('/settings');
    await app.page.getByText('Signed in as resident-a').waitFor();

    await app.page.getByRole('button', { name: 'Sign out' }).click();
    await app.page.getByText(/You are not signed in/).waitFor();
    expect(await app.page.getByText('Signed in as').count()).toBe(0);

    // Without prompt=login the provider's own session would sign resident-a in again, silently.
    await app.signInFromApp('resident-b');
    await app.goto('/settings');
    await app.page.getByText('Signed in as resident-b').waitFor();
    await context.close();
  });
});
