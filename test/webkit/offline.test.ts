import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { names } from '../e2e/pages/names';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { axeViolationsInWebKit } from '../helpers/webkit-axe';
import { startWebKitDriver, type WebKitDriver } from '../helpers/webkit';
import { WebKitAppPage } from './pages/app-page';

const REQUEST_HEADING = 'Certified copy of the resident record';

describe('WebKit: a draft is kept; the app, its data and a deep link open offline', () => {
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

  async function withDraft(name: string) {
    const browser = await webkit.newBrowser();
    const app = await WebKitAppPage.open(browser, server.url);
    await app.waitForServiceWorkerControl();
    await app.addMember({ name, dateOfBirth: '1994-03-15' });
    await app.waitForText(name);
    const id = await app.startCertifiedCopyRequest({
      memberName: name,
      dateOfBirth: '1994-03-15',
      city: 'Kanazawa',
      municipality: /金沢市/,
      copies: 2,
    });
    await app.goto(`/applications/${id}`);
    await app.waitForHeading(REQUEST_HEADING);
    return { browser, app, deepLink: `/applications/${id}` };
  }

  it('keeps a saved draft over a reload and a window closed and opened again', async () => {
    const { browser, app, deepLink } = await withDraft('Nguyen Van An');
    await app.reloadAndUnlock();
    await app.waitForHeading(REQUEST_HEADING);
    expect(await app.path()).toBe(deepLink);
    expect(await axeViolationsInWebKit(browser)).toEqual([]);

    // MiniBrowser's automation profile lives as long as its process: a new window in it is the
    // closest to "closed and reopened" WebDriver offers here (docs/testing.md).
    await app.reopenWindow('/');
    await app.waitForHeading(names.lockedHeading);
    await app.unlock();
    await app.goto('/applications');
    await app.waitForText('Draft');
    await app.waitForText(/Kanazawa/);
    expect(await axeViolationsInWebKit(browser)).toEqual([]);
    await app.goto(deepLink);
    await app.waitForHeading(REQUEST_HEADING);
    await webkit.quit(browser);
  });

  it('reloads offline with its data, and opens a deep link in a new window offline', async () => {
    const { browser, app, deepLink } = await withDraft('Tran Thi Binh');
    // WebKitWebDriver has no network emulation: the server goes away instead, so everything
    // the app shows comes from the service worker's cache and IndexedDB.
    await server.stopHttp();
    try {
      expect(
        await fetch(`${server.url}/`).then(
          () => 'answered',
          () => 'down',
        ),
      ).toBe('down');
      await app.reloadAndUnlock();
      await app.waitForHeading(REQUEST_HEADING);
      await app.goto('/');
      await app.waitForText('Tran Thi Binh');

      await app.reopenWindow(deepLink);
      await app.waitForHeading(names.lockedHeading);
      await app.unlock();
      await app.waitForHeading(REQUEST_HEADING);
      expect(await app.path()).toBe(deepLink);
    } finally {
      await server.startHttp();
    }
    await webkit.quit(browser);
  });
});
