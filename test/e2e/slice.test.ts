import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { AppPage } from './pages/app-page';

async function applicationsOnServer(server: RunningServer): Promise<number> {
  const [row] = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications');
  return row?.n ?? -1;
}

describe('the thin slice: member → request → sign in → sent exactly once', () => {
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

  it('waits while the API is down, then sends once and keeps the receipt', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url);
    await app.waitForServiceWorkerControl();

    await server.stopHttp();

    // Full-width digits and separators, as people paste them.
    await app.addMember({
      name: 'Maria Santos Oliveira',
      dateOfBirth: '1988-11-02',
      code: '２４７２７-０５９ ６０８',
    });
    await expect.poll(() => app.page.getByText('Maria Santos Oliveira').count()).toBe(1);
    await expect
      .poll(() => app.page.getByLabel('Resident record code ending in 608').count())
      .toBe(1);

    await app.startCertifiedCopyRequest({
      memberName: 'Maria Santos Oliveira',
      dateOfBirth: '1988-11-02',
      city: 'Bunkyo',
      municipality: /Bunkyo/,
      copies: 1,
      showCode: true,
    });
    await app.page.getByRole('button', { name: 'Send to the city hall' }).click();
    await expect
      .poll(() => app.page.getByText('Waiting to send', { exact: true }).count())
      .toBeGreaterThan(0);
    expect(await applicationsOnServer(server)).toBe(0);

    await server.startHttp();
    // Back online, the app needs to know who is sending: it asks, the application waits, kept.
    await app.page.getByText('Sign in to send').waitFor({ timeout: 60_000 });
    expect(await applicationsOnServer(server)).toBe(0);
    await app.signInFromApp('resident-a');
    await app.page.getByText('Received by the city hall').waitFor({ timeout: 60_000 });
    const receipt = await app.page.locator('strong.code').textContent();
    expect(receipt).toMatch(/^131059-\d{4}-\d{5}-\d{5}$/);
    expect(await applicationsOnServer(server)).toBe(1);

    await app.reloadAndUnlock();
    await app.page.getByText('Received by the city hall').waitFor();
    expect(await app.page.locator('strong.code').textContent()).toBe(receipt);
    // Nothing is sent again after the receipt.
    await app.page.getByRole('link', { name: 'Applications' }).click();
    await app.page.waitForTimeout(1500);
    expect(await applicationsOnServer(server)).toBe(1);
    await context.close();
  });

  it('keeps a code saved past the check-digit warning as "not checked" until it is confirmed', async () => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const app = await AppPage.open(context, server.url, '/members/new');
    await app.page.getByLabel('氏名').fill('山田 花子');
    await app.page.getByLabel('生年月日').fill('1990-04-01');
    await app.page.getByLabel(/住民票コード/).fill('25208017644');
    await app.page.getByText('通知票をもう一度確認してください').waitFor();
    await app.page.getByRole('button', { name: '保存' }).click();
    await app.page.getByText('山田 花子').waitFor();
    expect(await app.page.getByLabel('末尾が644の住民票コード').count()).toBe(1);
    await app.page.getByText('未確認').waitFor();

    await app.page.getByRole('link', { name: '編集 山田 花子' }).click();
    await app.page.getByRole('button', { name: '変更を保存' }).waitFor();
    expect(await app.page.getByLabel(/住民票コード/).inputValue()).toBe('25208017644');
    await app.page.getByRole('checkbox', { name: /確認しました/ }).check();
    await app.page.getByRole('button', { name: '変更を保存' }).click();
    await app.page.getByText('山田 花子').waitFor();
    expect(await app.page.getByText('未確認').count()).toBe(0);
    await context.close();
  });
});
