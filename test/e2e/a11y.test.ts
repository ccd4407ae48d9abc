import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchChromium } from '../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { AppPage } from './pages/app-page';

const locales = [
  { locale: 'en-US', lang: 'en', member: 'Tran Thi Mai' },
  { locale: 'ja-JP', lang: 'ja', member: '佐藤 一郎' },
] as const;

describe('every screen passes axe in both languages', () => {
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

  for (const { locale, lang, member } of locales) {
    it(`in ${lang}`, async () => {
      const context = await browser.newContext({ locale });
      const app = await AppPage.open(context, server.url, '/', { vault: 'leave' });
      expect(await app.page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const screens: Record<string, string[]> = {};

      screens['first run'] = await axeViolations(app.page);
      await app.page
        .getByRole('button', { name: /Protect with this passphrase|このパスフレーズで守る/ })
        .click();
      await app.page.getByText(/at least 8 characters|8文字以上にしてください/).waitFor();
      screens['first run (errors)'] = await axeViolations(app.page);
      await app.goto('/privacy');
      screens['privacy'] = await axeViolations(app.page);
      await app.load('/');
      await app.setUpVault();

      screens['wallet (empty)'] = await axeViolations(app.page);
      await app.goto('/members/new');
      screens['add member'] = await axeViolations(app.page);
      await app.page.getByRole('button', { name: /Read the slip|通知票を読み取る/ }).click();
      await app.page.locator('.scan-panel .banner').waitFor({ timeout: 30_000 });
      screens['scan panel (no camera)'] = await axeViolations(app.page);
      await app.page.getByRole('button', { name: /Type it instead|入力する/ }).click();
      await app.page.getByRole('button', { name: /^(Save|保存)$/ }).click();
      await app.page.getByRole('alert').waitFor();
      screens['add member (errors)'] = await axeViolations(app.page);
      await app.page.getByLabel(/Resident record code|住民票コード/).fill('12345678901');
      await app.page.getByRole('button', { name: /^(Save|保存)$/ }).click();
      screens['add member (check-digit warning)'] = await axeViolations(app.page);

      await app.goto('/');
      await app.addMember({ name: member, dateOfBirth: '1979-12-31', code: '24846016224' });
      await app.page.getByText(member).waitFor();
      screens['wallet'] = await axeViolations(app.page);
      await app.goto('/applications');
      screens['applications (empty)'] = await axeViolations(app.page);
      const wizard = await app.startCertifiedCopyRequest({
        memberName: member,
        dateOfBirth: '1979-12-31',
        city: 'Kitami',
        municipality: /北見市/,
        copies: 1,
        showCode: false,
      });
      screens['check your answers'] = await axeViolations(app.page);
      await app.goto(`/applications/${wizard.applicationId()}`);
      screens['application detail'] = await axeViolations(app.page);
      await app.goto('/applications');
      screens['applications'] = await axeViolations(app.page);
      await app.goto('/applications/new/certified-copy');
      screens['certified copy request'] = await axeViolations(app.page);
      await app.goto('/settings');
      screens['settings'] = await axeViolations(app.page);
      await app.page.getByText(/Restore from a backup|バックアップから復元/).click();
      await app.page
        .getByText(/Change the passphrase|パスフレーズを変更/)
        .first()
        .click();
      screens['settings (opened sections)'] = await axeViolations(app.page);
      await app.page.getByRole('button', { name: /^(Lock|ロック)$/ }).click();
      await app.page.getByLabel(/^(Passphrase|パスフレーズ)$/).fill('not the passphrase');
      await app.page.getByRole('button', { name: /^(Unlock|ロックを解除)$/ }).click();
      await app.page.getByText(/passphrase is not right|パスフレーズが違います/).waitFor();
      screens['locked (wrong passphrase)'] = await axeViolations(app.page);
      await app.unlock();
      await app.goto('/no-such-page');
      screens['not found'] = await axeViolations(app.page);

      expect(screens).toEqual(Object.fromEntries(Object.keys(screens).map((name) => [name, []])));
      await context.close();
    });
  }

  it('the development sign-in page and the sign-in prompt pass too', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url, '/settings');
    await app.page.getByRole('button', { name: 'Sign in' }).click();
    await app.page.getByLabel(/User name/).waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
    await app.page.getByLabel(/User name/).fill('resident-b');
    await app.page.getByLabel(/Password/).fill('wrong password');
    await app.page.getByRole('button', { name: /Sign in/ }).click();
    await app.page.getByLabel(/User name/).waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
    await context.close();
  });

  it('switches language from Settings, sets <html lang> and remembers it', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url, '/settings');
    await app.page.getByRole('radio', { name: '日本語' }).check();
    await expect.poll(() => app.heading().textContent()).toBe('設定');
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await app.reloadAndUnlock();
    await expect.poll(() => app.heading().textContent()).toBe('設定');
    await context.close();
  });
});
