import { names } from '../../e2e/pages/names';
import { catalogText, exactly, startingWith } from '../../e2e/pages/catalog';
import { TEST_PASSPHRASE } from '../../e2e/pages/app-page';
import type { WebKitBrowser } from '../../helpers/webkit';

export { TEST_PASSPHRASE };

type Name = string | RegExp;
type Role = 'button' | 'link' | 'heading' | 'radio' | 'checkbox' | 'navigation' | 'status';

// Where elements of each role can be; WebKit's own accessibility tree then says which match.
const candidates: Record<Role, string> = {
  button: 'button, [role=button], input[type=submit], input[type=button]',
  link: 'a[href], [role=link]',
  heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  radio: 'input[type=radio], [role=radio]',
  checkbox: 'input[type=checkbox], [role=checkbox]',
  navigation: 'nav, [role=navigation]',
  status: '[role=status], output',
};
const fields = 'input, select, textarea';

function matches(actual: string, name: Name): boolean {
  return typeof name === 'string' ? actual === name : name.test(actual);
}

function contains(text: string, wanted: Name): boolean {
  return typeof wanted === 'string' ? text.includes(wanted) : wanted.test(text);
}

/**
 * The app in WebKit as a person uses it: by role and accessible name, as WebKit computes them
 * (WebDriver's computed role and label), with the same names as the Chromium page object.
 */
export class WebKitAppPage {
  constructor(
    readonly browser: WebKitBrowser,
    readonly baseUrl: string,
  ) {}

  /** Opens the app at `/` and sets the vault up or unlocks it, as AppPage.open does. */
  static async open(browser: WebKitBrowser, baseUrl: string): Promise<WebKitAppPage> {
    const app = new WebKitAppPage(browser, baseUrl);
    await app.load('/');
    await app.openVault();
    return app;
  }

  /** The first displayed element with this role and accessible name, waiting for it. */
  async byRole(role: Role, name: Name, timeout = 30_000): Promise<WebdriverIO.Element> {
    return this.find(candidates[role], name, timeout, role);
  }

  /** The first displayed form field whose accessible name (its label) matches. */
  async byLabel(name: Name, timeout = 30_000): Promise<WebdriverIO.Element> {
    return this.find(fields, name, timeout);
  }

  private async find(
    selector: string,
    name: Name,
    timeout: number,
    role?: Role,
  ): Promise<WebdriverIO.Element> {
    let found: WebdriverIO.Element | undefined;
    await this.browser.waitUntil(
      async () => {
        for (const element of await this.browser.$$(selector).getElements()) {
          try {
            // Cheapest question first: isDisplayed runs a script in the page.
            if (!matches(await element.getComputedLabel(), name)) continue;
            if (role && (await element.getComputedRole()) !== role) continue;
            if (!(await element.isDisplayed())) continue;
            found = element;
            return true;
          } catch {
            // Re-rendered while looking at it: look again.
          }
        }
        return false;
      },
      { timeout, interval: 150, timeoutMsg: `no ${role ?? 'field'} named ${String(name)}` },
    );
    return found as WebdriverIO.Element;
  }

  /** The first displayed element that has this accessible name, whatever its role. */
  async byName(name: Name, timeout = 30_000): Promise<WebdriverIO.Element> {
    return this.find('[aria-label], [aria-labelledby]', name, timeout);
  }

  /**
   * How many displayed elements have this role and name now. WebKit answers no computed label
   * for an element it has no accessibility object for (display: none): those are not counted.
   */
  async count(role: Role, name: Name): Promise<number> {
    let n = 0;
    for (const element of await this.browser.$$(candidates[role]).getElements()) {
      const label = await element.getComputedLabel().catch(() => undefined);
      if (label === undefined) {
        if (await element.isDisplayed()) throw new Error(`WebKit gave no name for a ${role}`);
        continue;
      }
      if (
        matches(label, name) &&
        (await element.getComputedRole()) === role &&
        (await element.isDisplayed())
      )
        n += 1;
    }
    return n;
  }

  async fill(label: Name, value: string): Promise<void> {
    const field = await this.byLabel(label);
    await field.clearValue();
    await field.setValue(value);
  }

  /**
   * A date field. WebKit's date input is a row of month, day and year sub-fields whose keyboard
   * handling WebDriver keys do not drive reliably (the ISO form typed lands in the wrong
   * sub-fields), so the value is set as a date picker would and `input` fired: what Playwright's
   * fill does for date inputs in the Chromium suite too.
   */
  async fillDate(label: Name, isoDate: string): Promise<void> {
    const field = await this.byLabel(label);
    await this.browser.execute(
      (input: HTMLInputElement, value: string) => {
        // React tracks the value through the prototype's setter, as a picker's change would.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
          input,
          value,
        );
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      field as unknown as HTMLInputElement,
      isoDate,
    );
    const held = await field.getValue();
    if (held !== isoDate) throw new Error(`the date field holds ${held}, not ${isoDate}`);
  }

  async click(role: Role, name: Name): Promise<void> {
    await (await this.byRole(role, name)).click();
  }

  async check(role: 'radio' | 'checkbox', name: Name): Promise<void> {
    const box = await this.byRole(role, name);
    if (!(await box.isSelected())) await box.click();
  }

  /** The visible text of the page (what innerText shows). */
  text(): Promise<string> {
    return this.browser.execute(() => document.body.innerText);
  }

  async waitForText(text: Name, timeout = 30_000): Promise<void> {
    await this.browser
      .waitUntil(async () => contains(await this.text(), text), { timeout, interval: 150 })
      .catch(async () => {
        throw new Error(`no text ${String(text)} on ${await this.path()}:\n${await this.text()}`);
      });
  }

  async heading(): Promise<string> {
    return (await this.byRole('heading', /./)).getComputedLabel();
  }

  async waitForHeading(name: Name, timeout = 30_000): Promise<void> {
    const h1 = this.browser.$('h1');
    await this.browser.waitUntil(
      async () => (await h1.isExisting()) && matches(await h1.getComputedLabel(), name),
      { timeout, interval: 150, timeoutMsg: `heading never became ${String(name)}` },
    );
  }

  /**
   * Closes this window after opening a new one in the same browser (the same profile), and
   * goes on in the new one at `path`: what is left is only what the app had stored.
   */
  async reopenWindow(path: string): Promise<void> {
    const old = await this.browser.getWindowHandle();
    const fresh = await this.browser.createWindow('window');
    await this.browser.switchToWindow(old);
    await this.browser.closeWindow();
    await this.browser.switchToWindow(fresh.handle);
    await this.load(path);
  }

  async load(path: string): Promise<void> {
    await this.browser.url(`${this.baseUrl}${path}`);
    await this.byRole('heading', /./);
  }

  /** Goes to `path` inside the running app, as a link would (a full load locks the vault). */
  async goto(path: string): Promise<void> {
    await this.browser.execute((to: string) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await this.browser.waitUntil(async () => (await this.path()) === path);
  }

  async path(): Promise<string> {
    return new URL(await this.browser.getUrl()).pathname;
  }

  async waitForServiceWorkerControl(): Promise<void> {
    await this.browser.waitUntil(
      () => this.browser.execute(() => navigator.serviceWorker.controller !== null),
      { timeout: 30_000, timeoutMsg: 'no service worker took control' },
    );
  }

  async openVault(passphrase = TEST_PASSPHRASE): Promise<void> {
    const heading = await this.heading();
    if (names.setupHeading.test(heading)) await this.setUpVault(passphrase);
    else if (names.lockedHeading.test(heading)) await this.unlock(passphrase);
  }

  async setUpVault(passphrase = TEST_PASSPHRASE): Promise<void> {
    await this.fill(names.newPassphrase, passphrase);
    await this.fill(names.repeatPassphrase, passphrase);
    await this.click('button', names.protect);
    await this.waitUntilOpen();
  }

  async unlock(passphrase = TEST_PASSPHRASE): Promise<void> {
    await this.fill(names.passphrase, passphrase);
    await this.click('button', names.unlock);
    await this.waitUntilOpen();
  }

  /** The vault is open once the navigation shows (hidden on the lock and set-up screens). */
  async waitUntilOpen(): Promise<void> {
    await this.byRole('navigation', /./, 60_000);
  }

  async reloadAndUnlock(passphrase = TEST_PASSPHRASE): Promise<void> {
    await this.browser.refresh();
    await this.waitForHeading(names.lockedHeading);
    await this.unlock(passphrase);
  }

  async addMember(member: { name: string; dateOfBirth: string; code?: string }): Promise<void> {
    await this.click('link', names.addPerson);
    await this.fill(names.fullName, member.name);
    await this.fillDate(names.dateOfBirth, member.dateOfBirth);
    if (member.code) await this.fill(names.residentRecordCode, member.code);
    await this.click('button', names.save);
  }

  /**
   * Answers every question of a certified-copy request, the member asking for their own copy,
   * online; stops at Check your answers (where "Send" is) and returns the application id.
   */
  async startCertifiedCopyRequest(request: {
    memberName: string;
    dateOfBirth: string;
    city: string;
    municipality: RegExp;
    copies: number;
  }): Promise<string> {
    const text = (key: string) => catalogText('en', key);
    await this.goto('/applications/new/certified-copy');
    await this.fill(startingWith(text('cityPicker.search')), request.city);
    await this.check('radio', request.municipality);
    await this.saveAndContinue();
    await this.check('radio', startingWith(text('copy.requester.relationships.self.label')));
    await this.fill(startingWith(text('copy.requester.name')), request.memberName);
    await this.fillDate(startingWith(text('copy.requester.dateOfBirth')), request.dateOfBirth);
    await this.fill(startingWith(text('address.postcode')), '920-8577');
    await this.fill(startingWith(text('address.address')), '石川県金沢市広坂1丁目1番1号');
    await this.fill(startingWith(text('copy.requester.daytimePhone')), '076-123-4567');
    await this.saveAndContinue();
    await this.check('radio', startingWith(text('copy.records.scopes.members.label')));
    await this.check('checkbox', exactly(request.memberName));
    await this.check('radio', exactly(text('copy.records.holders.foreign')));
    await this.saveAndContinue(); // whose record
    await this.saveAndContinue(); // where registered: the asker's own address, filled in
    await this.fill(startingWith(text('copy.items.copies')), String(request.copies));
    await this.saveAndContinue();
    await this.fill(startingWith(text('copy.purpose.purpose')), 'Visa renewal');
    await this.saveAndContinue();
    await this.check('radio', startingWith(text('copy.channel.options.online.label')));
    await this.saveAndContinue();
    await this.saveAndContinue(); // the photo question: optional
    let id = '';
    await this.browser.waitUntil(async () => {
      id = /^\/applications\/([0-9a-f-]{36})\/answers\/check$/.exec(await this.path())?.[1] ?? '';
      return id !== '';
    });
    return id;
  }

  /** The wizard's Continue, then the next page (its address changes). */
  async saveAndContinue(): Promise<void> {
    const before = await this.path();
    await this.click('button', exactly(catalogText('en', 'wizard.continue')));
    await this.browser.waitUntil(async () => (await this.path()) !== before, { timeout: 30_000 });
  }

  /** Signs in on the development provider's page, then opens the vault again (a full load). */
  async signInFromApp(user: string, password = 'madoguchi-dev'): Promise<void> {
    await this.click('button', names.signIn);
    await this.fill(names.providerUser, user);
    await this.fill(names.providerPassword, password);
    await this.click('button', names.providerSignIn);
    await this.browser.waitUntil(async () => !/^\/(oidc|auth)/.test(await this.path()), {
      timeout: 30_000,
    });
    await this.byRole('heading', /./);
    await this.openVault();
  }
}
