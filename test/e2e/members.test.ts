import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { AppPage } from './pages/app-page';

describe('the household can be corrected', () => {
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

  it('adds a foreign resident with an era date, shows the code on request, corrects and removes them', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url, '/members/new');
    const { page } = app;
    await page.getByRole('textbox', { name: 'Full name' }).fill('Tran Thi Mai');
    await page.getByLabel(/^Furigana/).fill('ちゃん てぃ まい');
    await page.getByRole('checkbox', { name: /foreign resident/ }).check();
    await page.getByLabel(/^Name on the residence card/).fill('Trần Thị Mai');
    await page.getByRole('button', { name: 'Type a Japanese era date instead' }).click();
    await page.getByLabel(/^Date of birth/).fill('Ｈ２．３．４');
    await page.getByText('Read as March 4, 1990 (平成2年3月4日).').waitFor();
    // Saved past the check-digit warning without ticking: kept, marked not checked.
    await page.getByLabel(/^Resident record code/).fill('25208017644');
    await page.getByText('Please check the slip again').waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await app.heading().filter({ hasText: 'Household' }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: 'Tran Thi Mai' });
    await card.getByText('チャン　ティ　マイ').waitFor();
    await card.getByText('Residence card: TRAN THI MAI').waitFor();
    await card.getByText('Born March 4, 1990').waitFor();
    await card.getByText('Not checked').waitFor();

    // Shown on request, hidden again by itself.
    await page.clock.install();
    expect(await card.getByLabel('Resident record code ending in 644').textContent()).toBe(
      '•••• •••• 644',
    );
    await card.getByRole('button', { name: 'Show the code' }).click();
    await card.getByText('2520 8017 644').waitFor();
    await page.clock.fastForward(31_000);
    await card.getByLabel('Resident record code ending in 644').waitFor();
    expect(await card.getByText('2520 8017 644').count()).toBe(0);

    // A draft that names her, before she is corrected and removed.
    await app.startCertifiedCopyRequest({
      memberName: 'Tran Thi Mai',
      dateOfBirth: '1990-03-04',
      city: 'Kitami',
      municipality: /Kitami/,
      copies: 1,
      showCode: false,
    });
    await app.goto('/');
    await page.getByRole('link', { name: 'Edit Tran Thi Mai' }).click();
    await app.heading().filter({ hasText: 'Correct details' }).waitFor();
    const name = page.getByRole('textbox', { name: 'Full name' });
    expect(await name.inputValue()).toBe('Tran Thi Mai');
    expect(await page.getByLabel(/^Date of birth/).inputValue()).toBe('1990-03-04');

    const long = 'M'.repeat(300);
    await name.fill(long);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByText(/The name is too long: papers take at most 100 characters/)
      .first()
      .waitFor();
    expect(await name.inputValue()).toBe(long); // told, not cut
    await name.fill('🌸🌸');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByText(/symbols or emoji alone are not a name/)
      .first()
      .waitFor();

    await name.fill('Tran Thi Mai Anh');
    await page.getByRole('checkbox', { name: /I checked/ }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await app.heading().filter({ hasText: 'Household' }).waitFor();
    const corrected = page.getByRole('listitem').filter({ hasText: 'Tran Thi Mai Anh' });
    await corrected.waitFor();
    expect(await corrected.getByText('Not checked').count()).toBe(0);

    await page.getByRole('link', { name: 'Edit Tran Thi Mai Anh' }).click();
    await page.getByRole('button', { name: 'Remove this person' }).click();
    await page.getByText('Remove Tran Thi Mai Anh?').waitFor();
    await page
      .getByText(/keep their own copy of the answers and do not change \(drafts: 1, others: 0\)/)
      .waitFor();
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByText('No one added yet').waitFor();
    await app.goto('/applications');
    expect(
      await page.getByRole('list', { name: 'Your applications' }).getByRole('listitem').count(),
    ).toBe(1);
    await context.close();
  });

  it('in Japanese: the era date is typed by default and shown with the era', async () => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const app = await AppPage.open(context, server.url, '/');
    await app.addMember({ name: '佐藤 一郎', dateOfBirth: 'S55.5.5' });
    await app.page.getByText('昭和55年5月5日生まれ').waitFor();
    await app.page.getByRole('link', { name: '編集 佐藤 一郎' }).click();
    expect(await app.page.getByLabel(/^生年月日/).inputValue()).toBe('昭和55年5月5日');
    await app.page.getByLabel(/^生年月日/).fill('昭和64年1月8日');
    await app.page.getByRole('button', { name: '変更を保存' }).click();
    await app.page
      .getByText(/その日付はその元号の期間ではありません/)
      .first()
      .waitFor();
    await context.close();
  });
});
