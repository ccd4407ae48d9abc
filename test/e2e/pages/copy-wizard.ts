import type { Page } from 'playwright-core';
import { catalogText, exactly, startingWith, type TestLocale } from './catalog';

type Relationship = 'self' | 'household-member' | 'proxy' | 'third-party';
type Item =
  | 'householdHeadAndRelationship'
  | 'domicile'
  | 'individualNumber'
  | 'residentRecordCode'
  | 'foreignResidentItems'
  | 'residenceCardNumber'
  | 'alias';

export interface CopyAnswers {
  /** Typed into the search box (kanji, kana or romaji). */
  citySearch: string;
  /** The option to choose among the results. */
  cityOption: RegExp;
  relationship: Relationship;
  requester: { name: string; dateOfBirth: string; furigana?: string };
  relationToSubject?: string;
  thirdPartyReason?: string;
  postcode: string;
  address: string;
  phone: string;
  scope: 'members' | 'household';
  persons: string[];
  holders: 'japanese' | 'foreign' | 'mixed';
  householdHead?: string;
  items: Item[];
  copies: number;
  purpose: string;
  submitTo?: string;
  channel: 'mail' | 'online' | 'wide-area-counter';
}

/** The certified-copy wizard as a person answers it, by the words on the screen. */
export class CopyWizard {
  constructor(
    readonly page: Page,
    readonly locale: TestLocale,
  ) {}

  static async on(page: Page): Promise<CopyWizard> {
    const lang = await page.evaluate(() => document.documentElement.lang);
    return new CopyWizard(page, lang.startsWith('ja') ? 'ja' : 'en');
  }

  text(key: string, values?: Record<string, string | number>): string {
    return catalogText(this.locale, key, values);
  }

  /** An amount as the app writes it in this language (¥250, ￥250). */
  yen(amount: number): string {
    return new Intl.NumberFormat(this.locale, { style: 'currency', currency: 'JPY' }).format(
      amount,
    );
  }

  async continue(): Promise<void> {
    const before = this.page.url();
    await this.page.getByRole('button', { name: this.text('wizard.continue') }).click();
    await this.page.waitForURL((url) => url.toString() !== before, { timeout: 15_000 });
  }

  field(key: string) {
    return this.page.getByLabel(startingWith(this.text(key)));
  }

  radio(key: string) {
    return this.page.getByRole('radio', { name: startingWith(this.text(key)) });
  }

  async chooseCity(search: string, option: RegExp): Promise<void> {
    await this.field('cityPicker.search').fill(search);
    await this.page.getByRole('radio', { name: option }).check();
  }

  async answerCity(answers: Pick<CopyAnswers, 'citySearch' | 'cityOption'>): Promise<void> {
    await this.chooseCity(answers.citySearch, answers.cityOption);
    await this.continue();
  }

  async answerRequester(a: CopyAnswers): Promise<void> {
    await this.radio(`copy.requester.relationships.${a.relationship}.label`).check();
    await this.field('copy.requester.name').fill(a.requester.name);
    if (a.requester.furigana)
      await this.field('copy.requester.furigana').fill(a.requester.furigana);
    await this.field('copy.requester.dateOfBirth').fill(a.requester.dateOfBirth);
    await this.field('address.postcode').fill(a.postcode);
    await this.field('address.address').fill(a.address);
    await this.field('copy.requester.daytimePhone').fill(a.phone);
    if (a.relationToSubject)
      await this.field('copy.requester.relationToSubject').fill(a.relationToSubject);
    if (a.thirdPartyReason)
      await this.field('copy.requester.thirdPartyReason').fill(a.thirdPartyReason);
    await this.continue();
  }

  async answerRecords(a: CopyAnswers): Promise<void> {
    await this.radio(`copy.records.scopes.${a.scope}.label`).check();
    for (const name of a.persons) {
      await this.page.getByRole('checkbox', { name: exactly(name) }).check();
    }
    await this.page
      .getByRole('radio', { name: exactly(this.text(`copy.records.holders.${a.holders}`)) })
      .check();
    await this.continue();
  }

  async answerRegistered(a: CopyAnswers): Promise<void> {
    // Filled in from the requester's address when they are in the same household.
    await this.field('address.postcode').fill(a.postcode);
    await this.field('address.address').fill(a.address);
    if (a.householdHead) await this.field('copy.registered.head').fill(a.householdHead);
    await this.continue();
  }

  async answerItems(a: CopyAnswers): Promise<void> {
    await this.fillItems(a);
    await this.continue();
  }

  /** Ticks the items and types the number of copies, without going on. */
  async fillItems(a: Pick<CopyAnswers, 'items' | 'copies'>): Promise<void> {
    for (const item of a.items) {
      await this.page
        .getByRole('checkbox', {
          name: startingWith(this.text(`copy.items.options.${item}.label`)),
        })
        .check();
    }
    await this.field('copy.items.copies').fill(String(a.copies));
  }

  async answerPurpose(a: CopyAnswers): Promise<void> {
    await this.field('copy.purpose.purpose').fill(a.purpose);
    if (a.submitTo) await this.field('copy.purpose.submitTo').fill(a.submitTo);
    await this.continue();
  }

  async answerChannel(a: CopyAnswers): Promise<void> {
    await this.radio(`copy.channel.options.${a.channel}.label`).check();
    await this.continue();
    // Online: the photo page comes next; a photo is optional here.
    if (a.channel === 'online') await this.continue();
  }

  /** Every question, from a new request to Check your answers. */
  async answerAll(a: CopyAnswers): Promise<void> {
    await this.answerCity(a);
    await this.answerRequester(a);
    await this.answerRecords(a);
    await this.answerRegistered(a);
    await this.answerItems(a);
    await this.answerPurpose(a);
    await this.answerChannel(a);
    await this.page.getByRole('heading', { level: 1, name: this.text('review.title') }).waitFor();
  }

  /** The application id in the address of a wizard or application screen. */
  applicationId(): string {
    const id = /\/applications\/([0-9a-f-]{36})/.exec(this.page.url())?.[1];
    if (!id) throw new Error('not on an application screen');
    return id;
  }
}

/** A parent and child at Kitami: the defaults most tests start from. */
export function sampleCopyAnswers(overrides: Partial<CopyAnswers> = {}): CopyAnswers {
  return {
    citySearch: 'Kitami',
    cityOption: /北見市/,
    relationship: 'self',
    requester: { name: 'Ana Souza', dateOfBirth: '1985-07-20' },
    postcode: '090-8501',
    address: '北海道北見市大通西3丁目1番地1 コーポ北見201',
    phone: '090-1234-5678',
    scope: 'members',
    persons: ['Ana Souza'],
    holders: 'foreign',
    items: [],
    copies: 1,
    purpose: 'Visa renewal',
    channel: 'mail',
    ...overrides,
  };
}
