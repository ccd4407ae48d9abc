import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { startWebKitDriver, type WebKitDriver } from '../helpers/webkit';
import { WebKitAppPage } from './pages/app-page';

async function applicationsOnServer(server: RunningServer): Promise<number> {
  const [row] = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications');
  return row?.n ?? -1;
}

describe('WebKit: an application queued offline is sent exactly once after sign-in', () => {
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

  it('waits while the city hall is unreachable, asks to sign in, sends once, keeps the receipt', async () => {
    const browser = await webkit.newBrowser();
    const app = await WebKitAppPage.open(browser, server.url);
    await app.waitForServiceWorkerControl();

    await server.stopHttp();
    await app.addMember({
      name: 'Maria Santos Oliveira',
      dateOfBirth: '1988-11-02',
      code: '24727059608',
    });
    await app.waitForText('Maria Santos Oliveira');
    await app.startCertifiedCopyRequest({
      memberName: 'Maria Santos Oliveira',
      dateOfBirth: '1988-11-02',
      city: 'Bunkyo',
      municipality: /文京区/,
      copies: 1,
    });
    await app.click('button', 'Send to the city hall');
    await app.waitForText('Waiting to send');
    expect(await applicationsOnServer(server)).toBe(0);

    await server.startHttp();
    await app.waitForText('Sign in to send', 90_000);
    expect(await applicationsOnServer(server)).toBe(0);
    await app.signInFromApp('resident-a');
    await app.waitForText('Received by the city hall', 60_000);
    const receipt = await browser.$('strong.code').getText();
    expect(receipt).toMatch(/^131059-\d{4}-\d{5}-\d{5}$/);
    expect(await applicationsOnServer(server)).toBe(1);

    // Reloaded, the receipt is the same and nothing is sent again.
    await app.reloadAndUnlock();
    await app.waitForText('Received by the city hall');
    expect(await browser.$('strong.code').getText()).toBe(receipt);
    await app.click('link', 'Applications');
    await browser.pause(1500);
    expect(await applicationsOnServer(server)).toBe(1);
    await webkit.quit(browser);
  });
});
