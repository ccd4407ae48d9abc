import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { names } from '../e2e/pages/names';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { axeViolationsInWebKit } from '../helpers/webkit-axe';
import { startWebKitDriver, type WebKitDriver } from '../helpers/webkit';
import { TEST_PASSPHRASE, WebKitAppPage } from './pages/app-page';

describe('WebKit: first start, the vault, a member with a code, lock and unlock (axe on each)', () => {
  let server: RunningServer;
  let webkit: WebKitDriver;

  beforeAll(async () => {
    server = await startServer({ staticDir: distDir });
    webkit = await startWebKitDriver();
  });

  afterAll(async () => {
    await webkit?.close();
    await server?.close();
  });

  it('sets up the vault on first start, keeps a member with a code, locks and unlocks', async () => {
    const browser = await webkit.newBrowser();
    const app = new WebKitAppPage(browser, server.url);
    await app.load('/');
    await app.waitForHeading(names.setupHeading);
    await app.waitForServiceWorkerControl();
    expect(await axeViolationsInWebKit(browser)).toEqual([]);
    await app.setUpVault();

    // WebKit's date field keeps a year typed short as it is (0088): refused, nothing typed lost.
    await app.click('link', names.addPerson);
    await app.fill(names.fullName, 'Short Year');
    await app.fillDate(names.dateOfBirth, '0088-11-02');
    await app.click('button', names.save);
    await app.waitForText('Check the year of birth');
    expect(await axeViolationsInWebKit(browser)).toEqual([]);
    expect(await (await app.byLabel(names.fullName)).getValue()).toBe('Short Year');
    await app.goto('/');

    // Full-width digits and separators, as people paste them; only the last three are shown.
    await app.addMember({
      name: 'Maria Santos Oliveira',
      dateOfBirth: '1988-11-02',
      code: '２４７２７-０５９ ６０８',
    });
    await app.waitForText('Maria Santos Oliveira');
    await app.byName('Resident record code ending in 608');
    expect(await axeViolationsInWebKit(browser)).toEqual([]);
    expect(await app.text()).not.toContain('24727059608');

    await app.goto('/settings');
    // This WebKit has neither StorageManager nor WebAuthn (docs/testing.md): the settings say
    // the browser cannot promise to keep the data, and no passkey is offered; the passphrase is.
    const engine = await browser.execute(() => ({
      storage: 'storage' in navigator,
      webauthn: typeof PublicKeyCredential !== 'undefined',
    }));
    await app.waitForText(
      engine.storage ? /promised to keep|may delete/ : 'This browser cannot promise to keep',
    );
    expect(await app.count('button', 'Add a passkey')).toBe(engine.webauthn ? 1 : 0);
    expect(await app.count('heading', 'Passkey')).toBe(engine.webauthn ? 1 : 0);
    expect(await axeViolationsInWebKit(browser)).toEqual([]);
    await app.click('button', 'Lock');
    await app.waitForHeading(names.lockedHeading);
    expect(await app.text()).not.toContain('Maria Santos Oliveira');
    expect(await app.count('navigation', /./)).toBe(0);
    expect(await app.count('button', 'Unlock with a passkey')).toBe(0);
    expect(await axeViolationsInWebKit(browser)).toEqual([]);

    await app.fill(names.passphrase, 'not the passphrase');
    await app.click('button', names.unlock);
    await app.waitForText('That passphrase is not right');
    await app.unlock(TEST_PASSPHRASE);
    await app.goto('/');
    await app.waitForText('Maria Santos Oliveira');

    // The positive control: axe in WebKit does find a fault when there is one.
    await browser.execute(() =>
      document.querySelector('main')?.append(document.createElement('img')),
    );
    expect(
      (await axeViolationsInWebKit(browser)).some((line) => line.startsWith('image-alt')),
    ).toBe(true);
    await webkit.quit(browser);
  });
});
