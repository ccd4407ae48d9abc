import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../../helpers/server';
import { AppPage, TEST_PASSPHRASE } from '../pages/app-page';

describe('the lock (S5)', () => {
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

  it('locks after 15 idle minutes: the screens go away and come back only with the passphrase', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.clock.install();
    const app = new AppPage(page, server.url);
    await app.load('/');
    await app.setUpVault();
    await app.addMember({ name: 'Idle Tester', dateOfBirth: '1990-01-01' });
    await page.getByText('Idle Tester').waitFor();

    await page.clock.runFor('14:00');
    expect(await page.getByText('Idle Tester').count()).toBe(1);
    await page.clock.runFor('01:30');
    await page.getByRole('heading', { name: 'Madoguchi is locked' }).waitFor();
    expect(await page.getByText('Idle Tester').count()).toBe(0);
    await expect.poll(() => page.getByRole('navigation').isVisible()).toBe(false);

    await app.unlock(TEST_PASSPHRASE);
    await page.getByText('Idle Tester').waitFor();
    await context.close();
  });

  it('locks after 5 minutes in the background, keeping a half-filled form under the lock', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.clock.install();
    const app = new AppPage(page, server.url);
    await app.load('/members/new');
    await app.setUpVault();
    await page.getByLabel('Full name').fill('Half Typed');

    const hide = (state: 'hidden' | 'visible') =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', { value, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await hide('hidden');
    await page.clock.runFor('05:10');
    await hide('visible');
    await page.getByRole('heading', { name: 'Madoguchi is locked' }).waitFor();
    await page.getByText('What you were typing is kept').waitFor();
    expect(await page.getByLabel('Full name').isVisible()).toBe(false);

    await app.unlock();
    expect(await page.getByLabel('Full name').inputValue()).toBe('Half Typed');
    await context.close();
  });

  it('a lock in one tab locks every tab at once; unlocking stays per tab (issue 19)', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const first = await AppPage.open(context, server.url);
    await first.addMember({ name: 'Twotab Tester', dateOfBirth: '1990-01-01' });
    await first.page.getByText('Twotab Tester').waitFor();
    const second = await AppPage.open(context, server.url);
    await second.page.getByText('Twotab Tester').waitFor();

    await first.page.getByRole('button', { name: 'Lock', exact: true }).click();
    // The other tab locks by itself, without a click, a reload or its own timers.
    await second.page.getByRole('heading', { name: 'Madoguchi is locked' }).waitFor();
    expect(await second.page.getByText('Twotab Tester').count()).toBe(0);
    // A new screen in that tab has nothing to open the records with.
    await second.page.evaluate(() => {
      history.pushState(null, '', '/settings');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await second.page.getByRole('heading', { name: 'Madoguchi is locked' }).waitFor();
    expect(await second.page.getByText('Twotab Tester').count()).toBe(0);
    expect(await second.page.getByRole('navigation').isVisible()).toBe(false);

    // Unlocking one tab opens that tab only.
    await second.unlock();
    await second.goto('/');
    await second.page.getByText('Twotab Tester').waitFor();
    await first.page.getByRole('heading', { name: 'Madoguchi is locked' }).waitFor();
    expect(await first.page.getByText('Twotab Tester').count()).toBe(0);
    await context.close();
  });

  it('locks on demand and slows down wrong passphrases', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url, '/settings');
    // R11: the answer to the persistence request made at set-up is shown.
    await app.page
      .getByText(/promised to keep Madoguchi's data|may delete Madoguchi's data|cannot promise/)
      .waitFor();
    await app.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await app.page.getByRole('heading', { name: 'Madoguchi is locked' }).waitFor();
    for (let i = 0; i < 3; i += 1) {
      await app.page.getByLabel('Passphrase', { exact: true }).fill(`wrong ${i}`);
      await app.page.getByRole('button', { name: 'Unlock', exact: true }).click();
      await app.page.getByText('That passphrase is not right').waitFor();
    }
    await app.page.getByText(/Too many tries\. You can try again in \d+ seconds?\./).waitFor();
    expect(await app.page.getByRole('button', { name: 'Unlock', exact: true }).isDisabled()).toBe(
      true,
    );
    await context.close();
  });
});
