import type { BrowserContext, Page } from 'playwright-core';
import { CopyWizard, sampleCopyAnswers } from './copy-wizard';
import { names } from './names';

/** The passphrase every browser test sets up; the tests' own, never a real one. */
export const TEST_PASSPHRASE = 'test passphrase for madoguchi';

/** The app as a person uses it: by visible labels and roles, never by CSS internals. */
export class AppPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /**
   * Opens the app at `path`. On a new profile the first-run screen appears: the vault is set up
   * with TEST_PASSPHRASE; on a locked one it is unlocked. Pass `{ vault: 'leave' }` to stop at
   * whichever screen shows.
   */
  static async open(
    context: BrowserContext,
    baseUrl: string,
    path = '/',
    options: { vault?: 'ready' | 'leave' } = {},
  ): Promise<AppPage> {
    const page = await context.newPage();
    const app = new AppPage(page, baseUrl);
    if (options.vault === 'leave') {
      await app.load(path);
      return app;
    }
    // From the start page, which always asks for the vault (some paths open without it).
    await app.load('/');
    await app.openVault();
    if (path !== '/') await app.goto(path);
    return app;
  }

  /** Sets the vault up or unlocks it, whichever the screen asks for; no-op when open. */
  async openVault(passphrase = TEST_PASSPHRASE): Promise<void> {
    const heading = (await this.heading().textContent()) ?? '';
    if (names.setupHeading.test(heading)) await this.setUpVault(passphrase);
    else if (names.lockedHeading.test(heading)) await this.unlock(passphrase);
  }

  async setUpVault(passphrase = TEST_PASSPHRASE): Promise<void> {
    await this.page.getByLabel(names.newPassphrase).fill(passphrase);
    await this.page.getByLabel(names.repeatPassphrase).fill(passphrase);
    await this.page.getByRole('button', { name: names.protect }).click();
    await this.waitUntilOpen();
  }

  async unlock(passphrase = TEST_PASSPHRASE): Promise<void> {
    await this.page.getByLabel(names.passphrase).fill(passphrase);
    await this.page.getByRole('button', { name: names.unlock }).click();
    await this.waitUntilOpen();
  }

  /** Reloads the page: the key is gone from memory, so it unlocks again. */
  async reloadAndUnlock(passphrase = TEST_PASSPHRASE): Promise<void> {
    await this.page.reload();
    await this.heading().waitFor();
    await this.unlock(passphrase);
  }

  /** The vault is open once the navigation shows (it is hidden on the lock and setup screens). */
  async waitUntilOpen(): Promise<void> {
    await this.page.getByRole('navigation').waitFor({ state: 'visible', timeout: 30_000 });
  }

  /**
   * Goes to `path`. Once the app runs, it navigates inside it as a link would (a full load
   * would lock the vault again: the key lives in memory only); `load` does a full load.
   */
  async goto(path: string): Promise<void> {
    if (!this.page.url().startsWith(this.baseUrl)) return this.load(path);
    await this.page.evaluate((to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await this.page.waitForFunction((to) => location.pathname === to, path);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  async load(path: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  /** Resolves once a service worker controls this page. */
  async waitForServiceWorkerControl(): Promise<void> {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async addMember(member: {
    name: string;
    dateOfBirth: string;
    code?: string;
    confirmCode?: boolean;
  }): Promise<void> {
    await this.page.getByRole('link', { name: names.addPerson }).first().click();
    await this.page.getByRole('textbox', { name: names.fullName }).fill(member.name);
    await this.page.getByLabel(names.dateOfBirth).fill(member.dateOfBirth);
    if (member.code) await this.page.getByLabel(names.residentRecordCode).fill(member.code);
    if (member.confirmCode)
      await this.page.getByRole('checkbox', { name: names.codeChecked }).check();
    await this.page.getByRole('button', { name: names.save }).click();
  }

  /** Signs in on the development identity provider's page, from a "Sign in" button in the app. */
  async signInFromApp(user: string, password = 'madoguchi-dev'): Promise<void> {
    await this.page.getByRole('button', { name: names.signIn }).click();
    await this.page.getByLabel(names.providerUser).fill(user);
    await this.page.getByLabel(names.providerPassword).fill(password);
    await this.page.getByRole('button', { name: names.providerSignIn }).click();
    await this.page.waitForURL(
      (url) => !url.pathname.startsWith('/oidc') && !url.pathname.startsWith('/auth'),
    );
    // Back from the provider is a full page load: the key is gone, so unlock again.
    await this.heading().waitFor();
    await this.openVault();
  }

  /**
   * Answers every question of a certified-copy request for one household member asking for
   * their own copy, and stops at Check your answers (where "Send" or "Finish" is). The city is
   * typed in romaji (`Bunkyo`) and chosen by `municipality`.
   */
  async startCertifiedCopyRequest(request: {
    memberName: string;
    dateOfBirth?: string;
    city: string;
    municipality: RegExp;
    copies: number;
    showCode: boolean;
    channel?: 'online' | 'mail' | 'wide-area-counter';
  }): Promise<CopyWizard> {
    await this.goto('/applications/new/certified-copy');
    const wizard = await CopyWizard.on(this.page);
    await wizard.answerAll(
      sampleCopyAnswers({
        citySearch: request.city,
        cityOption: request.municipality,
        requester: { name: request.memberName, dateOfBirth: request.dateOfBirth ?? '1985-07-20' },
        persons: [request.memberName],
        items: request.showCode ? ['residentRecordCode'] : [],
        copies: request.copies,
        channel: request.channel ?? 'online',
      }),
    );
    return wizard;
  }
}
