import type { AppPage } from './app-page';

/**
 * Walks every screen reachable today, from a new profile, calling `visit` on each with its
 * name: first run, privacy, the household (empty, with a member, a code shown), adding and
 * correcting a member (with errors, the scanner, the removal question), requests, settings,
 * the lock screen and the not-found page. `visit` runs after each screen has painted.
 */
export async function walkEveryScreen(
  app: AppPage,
  member: string,
  visit: (name: string) => Promise<void>,
): Promise<void> {
  const { page } = app;
  const save = /^(Save|保存|Save changes|変更を保存)$/;
  await visit('first run');
  await page
    .getByRole('button', { name: /Protect with this passphrase|このパスフレーズで守る/ })
    .click();
  await page.getByText(/at least 8 characters|8文字以上にしてください/).waitFor();
  await visit('first run (errors)');
  await app.goto('/privacy');
  await visit('privacy');
  await app.load('/');
  await app.setUpVault();
  await visit('household (empty)');

  await app.goto('/members/new');
  await visit('add member');
  await page.getByRole('button', { name: /Read the slip|通知票を読み取る/ }).click();
  await page.locator('.scan-panel .banner').waitFor({ timeout: 30_000 });
  await visit('scan panel (no camera)');
  await page.getByRole('button', { name: /Type it instead|入力する/ }).click();
  await page.getByRole('checkbox', { name: /foreign resident|外国籍/ }).check();
  await page.getByLabel(/Resident record code|住民票コード/).fill('25208017644');
  await page.getByRole('button', { name: save }).click();
  await page.getByRole('alert').first().waitFor();
  await visit('add member (errors, foreign resident, check-digit warning)');

  await app.goto('/');
  await app.addMember({ name: member, dateOfBirth: '1979-12-31', code: '25208017644' });
  await page.getByText(member).first().waitFor();
  await visit('household');
  await page.getByRole('button', { name: /Show the code|コードを表示/ }).click();
  await visit('household (code shown)');
  await page
    .getByRole('link', { name: /Edit|編集/ })
    .first()
    .click();
  await page.getByRole('button', { name: save }).waitFor();
  await visit('correct a member');
  await page.getByRole('button', { name: /Remove this person|この人を削除/ }).click();
  await page.getByRole('button', { name: /^(Remove|削除する)$/ }).waitFor();
  await visit('correct a member (removal question)');

  await app.goto('/applications');
  await visit('applications (empty)');
  const wizard = await app.startCertifiedCopyRequest({
    memberName: member,
    city: 'Kitami',
    municipality: /北見市/,
    copies: 1,
    showCode: false,
  });
  await visit('check your answers');
  await app.goto(`/applications/${wizard.applicationId()}`);
  await visit('application detail');
  await app.goto('/applications');
  await visit('applications');
  await app.goto('/applications/new/certified-copy');
  await visit('certified copy request');
  await app.goto('/settings');
  await visit('settings');
  await page.getByText(/Restore from a backup|バックアップから復元/).click();
  await page
    .getByText(/Change the passphrase|パスフレーズを変更/)
    .first()
    .click();
  await visit('settings (opened sections)');
  await page.getByRole('button', { name: /^(Lock|ロック)$/ }).click();
  await page.getByLabel(/^(Passphrase|パスフレーズ)$/).waitFor();
  await visit('locked');
  await app.unlock();
  await app.goto('/no-such-page');
  await visit('not found');
}
