import type { BrowserContext, Page } from 'playwright-core';

/** The app as a person uses it: by visible labels and roles, never by CSS internals. */
export class AppPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  static async open(context: BrowserContext, baseUrl: string, path = '/'): Promise<AppPage> {
    const page = await context.newPage();
    const app = new AppPage(page, baseUrl);
    await app.goto(path);
    return app;
  }

  async goto(path: string): Promise<void> {
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
    await this.page
      .getByRole('link', { name: /Add a person|人を追加/ })
      .first()
      .click();
    await this.page.getByLabel(/Full name|氏名/).fill(member.name);
    await this.page.getByLabel(/Date of birth|生年月日/).fill(member.dateOfBirth);
    if (member.code)
      await this.page.getByLabel(/Resident record code|住民票コード/).fill(member.code);
    if (member.confirmCode)
      await this.page.getByRole('checkbox', { name: /I checked|確認しました/ }).check();
    await this.page.getByRole('button', { name: /^(Save|保存)$/ }).click();
  }

  /** Signs in on the development identity provider's page, from a "Sign in" button in the app. */
  async signInFromApp(user: string, password = 'madoguchi-dev'): Promise<void> {
    await this.page.getByRole('button', { name: /^(Sign in|サインイン)$/ }).click();
    await this.page.getByLabel(/User name/).fill(user);
    await this.page.getByLabel(/Password/).fill(password);
    await this.page.getByRole('button', { name: /Sign in/ }).click();
    await this.page.waitForURL(
      (url) => !url.pathname.startsWith('/oidc') && !url.pathname.startsWith('/auth'),
    );
  }

  async startCertifiedCopyRequest(request: {
    memberName: string;
    municipality: RegExp;
    copies: number;
    showCode: boolean;
  }) {
    await this.goto('/applications/new/certified-copy');
    await this.page.getByRole('radio', { name: request.memberName }).check();
    await this.page.getByRole('radio', { name: request.municipality }).check();
    await this.page.getByLabel(/Number of copies|通数/).fill(String(request.copies));
    if (request.showCode)
      await this.page
        .getByRole('checkbox', { name: /Show the resident record code|住民票コードを記載/ })
        .check();
    await this.page.getByRole('button', { name: /Save the request|請求を保存/ }).click();
    await this.page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
  }
}
