import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../../helpers/server';
import { AppPage, TEST_PASSPHRASE } from '../pages/app-page';

describe('unlocking with a passkey (WebAuthn PRF)', () => {
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

  it('adds a passkey, unlocks with it, and removes it, the passphrase still working', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    // WebAuthn needs a domain, not an IP address: the same server, as localhost.
    const base = `http://localhost:${server.port}`;
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        hasPrf: true,
        automaticPresenceSimulation: true,
      },
    });
    const app = new AppPage(page, base);
    await app.load('/');
    await app.setUpVault();
    await app.addMember({ name: 'Passkey Person', dateOfBirth: '1991-09-09' });
    await page.getByText('Passkey Person').waitFor();

    await app.goto('/settings');
    await page.getByRole('heading', { name: 'Passkey' }).waitFor();
    await page
      .locator('form')
      .filter({ hasText: 'Add a passkey' })
      .getByLabel('Passphrase')
      .fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByText('You can unlock with a passkey').waitFor();

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('button', { name: 'Unlock with a passkey' }).click();
    await app.waitUntilOpen();
    await app.goto('/');
    await page.getByText('Passkey Person').waitFor();

    await app.goto('/settings');
    await page.getByRole('button', { name: 'Remove the passkey' }).click();
    await page.getByRole('button', { name: 'Add a passkey' }).waitFor();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    expect(await page.getByRole('button', { name: 'Unlock with a passkey' }).count()).toBe(0);
    await app.unlock();
    await context.close();
  });
});
