import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { AppPage } from '../e2e/pages/app-page';

export const MEMBER = { name: 'Ana Souza', dateOfBirth: '1985-07-20', code: '24727059608' };

/** The application id in the address of its screen. */
export function applicationIdOf(page: Page): string {
  const id = /\/applications\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!id) throw new Error(`not on an application screen: ${page.url()}`);
  return id;
}

/** Prepares a certified-copy request for the member, at Check your answers; returns its id. */
export async function draft(app: AppPage): Promise<string> {
  await app.startCertifiedCopyRequest({
    memberName: MEMBER.name,
    dateOfBirth: MEMBER.dateOfBirth,
    city: 'Bunkyo',
    municipality: /Bunkyo/,
    copies: 1,
    showCode: false,
  });
  return applicationIdOf(app.page);
}

export function sendButton(app: AppPage): Locator {
  return app.page.getByRole('button', { name: /^(Send to the city hall|Send again)$/ });
}

/** Taps Send (on Check your answers, or "Send again"), then waits for the application's page. */
export async function pressSend(app: AppPage): Promise<void> {
  await sendButton(app).click();
  await app.page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
}

export async function waitForReceipt(app: AppPage, timeout = 60_000): Promise<string> {
  await app.page.getByText('Received by the city hall').first().waitFor({ timeout });
  return (await app.page.locator('strong.code').textContent()) ?? '';
}

/**
 * A new phone (browser context, English): the vault set up, one household member, and signed
 * in as `user` on the development provider by sending a first application, as a person would.
 * Returns the page and the id of that first, sent application.
 */
export async function signedInPhone(
  browser: Browser,
  baseUrl: string,
  user = 'resident-a',
): Promise<{ context: BrowserContext; app: AppPage; firstId: string }> {
  const context = await browser.newContext({ locale: 'en-US' });
  const app = await AppPage.open(context, baseUrl);
  await app.addMember(MEMBER);
  await app.page.getByText(MEMBER.name).first().waitFor();
  const firstId = await draft(app);
  await pressSend(app);
  await app.page.getByText('Sign in to send').first().waitFor({ timeout: 30_000 });
  await app.signInFromApp(user);
  await backFromSignIn(app, firstId);
  await waitForReceipt(app);
  return { context, app, firstId };
}

/**
 * Back from the provider on the application's screen: the page was loaded anew, so the vault
 * is locked (its key lives in memory only) and is opened again.
 */
export async function backFromSignIn(app: AppPage, id: string): Promise<void> {
  await app.page.waitForURL((url) => url.pathname === `/applications/${id}`);
  await app.page
    .getByRole('heading', { level: 1, name: /Madoguchi is locked|Certified copy/ })
    .waitFor();
  await app.openVault();
}
