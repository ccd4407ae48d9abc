// A PNG of every screen as a 390×844 phone shows it, in each language, into docs/screenshots/, so anyone can see
// the app without running it. Run with `npm run screenshots` (it builds first).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppPage } from '../test/e2e/pages/app-page';
import { launchChromium } from '../test/helpers/chromium';
import { distDir, startServer } from '../test/helpers/server';

const outDir = 'docs/screenshots';
mkdirSync(outDir, { recursive: true });

const server = await startServer({ staticDir: distDir });
const browser = await launchChromium();
const people = {
  en: { name: 'Nguyen Thi Lan', code: '24727059608' },
  ja: { name: '山田 花子', code: '24846016224' },
};

try {
  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['ja', 'ja-JP'],
  ] as const) {
    const context = await browser.newContext({
      locale,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
    });
    const app = await AppPage.open(context, server.url, '/', { vault: 'leave' });
    const shot = async (name: string) => {
      await app.page.waitForTimeout(300);
      await app.page.screenshot({ path: join(outDir, `${lang}-${name}.png`) });
      console.log(`${lang}-${name}.png`);
    };
    await shot('first-run');
    await app.goto('/privacy');
    await shot('privacy');
    await app.load('/');
    await app.setUpVault();
    await shot('wallet-empty');
    await app.goto('/members/new');
    await shot('add-member');
    await app.page.getByRole('button', { name: /Read the slip|通知票を読み取る/ }).click();
    await app.page.locator('.scan-panel .banner').waitFor();
    await shot('scan-no-camera');
    await app.page.getByRole('button', { name: /Type it instead|入力する/ }).click();
    await app.page.getByLabel(/Resident record code|住民票コード/).fill('25208017644');
    await app.page.getByRole('button', { name: /^(Save|保存)$/ }).click();
    await app.page.getByRole('alert').waitFor();
    await shot('add-member-errors');
    await app.goto('/');
    await app.addMember({
      name: people[lang].name,
      dateOfBirth: '1991-06-12',
      code: people[lang].code,
    });
    await app.page.getByText(people[lang].name).waitFor();
    await shot('wallet');
    await app.page.getByRole('button', { name: /Show the code|コードを表示/ }).click();
    await shot('wallet-code-shown');
    await app.page
      .getByRole('link', { name: /^(Edit|編集) / })
      .first()
      .click();
    await app.page.getByRole('button', { name: /Save changes|変更を保存/ }).waitFor();
    await shot('edit-member');
    await app.page.getByRole('button', { name: /Remove this person|この人を削除/ }).click();
    await app.page.getByRole('button', { name: /^(Remove|削除する)$/ }).scrollIntoViewIfNeeded();
    await shot('remove-member');
    await app.goto('/');
    await app.goto('/applications/new/certified-copy');
    await shot('certified-copy-request');
    const wizard = await app.startCertifiedCopyRequest({
      memberName: people[lang].name,
      dateOfBirth: '1991-06-12',
      city: 'Kanazawa',
      municipality: /金沢市/,
      copies: 1,
      showCode: true,
    });
    await shot('certified-copy-check-answers');
    await app.goto(`/applications/${wizard.applicationId()}`);
    await shot('application-draft');
    await app.goto(`/applications/${wizard.applicationId()}/answers/check`);
    await app.page.getByRole('button', { name: wizard.text('review.send') }).click();
    await app.page.getByText(/Sign in to send|送信するにはサインイン/).waitFor();
    await shot('application-sign-in-needed');
    await app.signInFromApp('resident-a');
    await app.page
      .getByText(/Received by the city hall|市区町村が受け付けました/)
      .waitFor({ timeout: 30_000 });
    await shot('application-received');
    await app.goto('/applications');
    await shot('applications');
    await app.goto('/settings');
    await shot('settings');
    await app.page.getByRole('button', { name: /^(Lock|ロック)$/ }).click();
    await shot('locked');
    await context.close();

    // The household and the lock screen as they look at night (prefers-color-scheme: dark).
    const night = await browser.newContext({
      locale,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      colorScheme: 'dark',
    });
    const dark = await AppPage.open(night, server.url, '/');
    await dark.addMember({ name: people[lang].name, dateOfBirth: '1991-06-12' });
    await dark.page.getByText(people[lang].name).first().waitFor();
    await dark.page.waitForTimeout(300);
    await dark.page.screenshot({ path: join(outDir, `${lang}-dark-wallet.png`) });
    await dark.page.getByRole('button', { name: /^(Lock|ロック)$/ }).click();
    await dark.page.waitForTimeout(300);
    await dark.page.screenshot({ path: join(outDir, `${lang}-dark-locked.png`) });
    await night.close();
  }
} finally {
  await browser.close();
  await server.close();
}
