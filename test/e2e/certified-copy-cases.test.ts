import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchChromium } from '../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { call, signIn } from '../server/helpers/sign-in';
import { AppPage } from './pages/app-page';
import { CopyWizard, sampleCopyAnswers, type CopyAnswers } from './pages/copy-wizard';

const PARENT = { name: 'Ana Souza', dateOfBirth: '1985-07-20' };
const CHILD = { name: 'Souza Mei', dateOfBirth: '2023-04-02', code: '24727059608' };

describe('certified copy: who asks, the law’s limits, any city hall', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startServer({ staticDir: distDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** A phone in `locale` with the child in the household list, at the wizard's first page. */
  async function newRequest(locale: 'en-US' | 'ja-JP' = 'en-US') {
    await context?.close();
    context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
    const app = await AppPage.open(context, server.url);
    await app.addMember(CHILD);
    await app.page.getByText(CHILD.name).first().waitFor();
    await app.goto('/applications/new/certified-copy');
    return { app, wizard: await CopyWizard.on(app.page) };
  }

  const parentAsking = (overrides: Partial<CopyAnswers>) =>
    sampleCopyAnswers({
      relationship: 'household-member',
      requester: PARENT,
      relationToSubject: '母',
      persons: [CHILD.name],
      ...overrides,
    });

  it('a proxy at Bunkyo is told, at the choice, that the city refuses a copy with the code', async () => {
    const { app, wizard } = await newRequest();
    const answers = parentAsking({
      citySearch: '文京',
      cityOption: /文京区/,
      relationship: 'proxy',
      relationToSubject: '友人',
      items: ['residentRecordCode'],
    });
    await wizard.answerCity(answers);
    await wizard.answerRequester(answers);
    await wizard.answerRecords(answers);
    await wizard.answerRegistered(answers);
    await app.page.getByText(wizard.text('copy.items.limits.proxy')).waitFor();
    await wizard.fillItems(answers);
    const before = app.page.url();
    await app.page.getByRole('button', { name: wizard.text('wizard.continue') }).click();
    const message = wizard.text('reasons.number-copy-not-for-proxy');
    await app.page.getByRole('alert').getByText(message, { exact: false }).first().waitFor();
    expect(app.page.url()).toBe(before);
    // The choice is kept, so nothing typed is lost; the field says why.
    expect(await app.page.locator('.field__error', { hasText: message }).count()).toBe(1);
    expect(await axeViolations(app.page)).toEqual([]);
  });

  it('a third party never gets the numbers, and must say why', async () => {
    const { app, wizard } = await newRequest();
    const answers = parentAsking({
      citySearch: 'Kawanishi',
      cityOption: /川西市/,
      relationship: 'third-party',
      relationToSubject: '債権者',
    });
    await wizard.answerCity(answers);
    await wizard.radio('copy.requester.relationships.third-party.label').check();
    await wizard.field('copy.requester.name').fill('株式会社テスト');
    await wizard.field('copy.requester.dateOfBirth').fill('1970-01-01');
    await wizard.field('address.postcode').fill('6668501');
    await wizard.field('address.address').fill('兵庫県川西市中央町12番1号');
    await wizard.field('copy.requester.daytimePhone').fill('072-740-1165');
    await wizard.field('copy.requester.relationToSubject').fill('債権者');
    await app.page.getByRole('button', { name: wizard.text('wizard.continue') }).click();
    await app.page
      .getByRole('link', { name: new RegExp(wizard.text('reasons.third-party-reason-missing')) })
      .waitFor();
    await wizard.field('copy.requester.thirdPartyReason').fill('債権回収のため');
    await wizard.continue();
    await wizard.answerRecords(answers);
    await wizard.answerRegistered(answers);
    await app.page.getByText(wizard.text('copy.items.limits.third-party')).waitFor();
  });

  it('本籍 is not offered for foreign residents', async () => {
    const { app, wizard } = await newRequest('ja-JP');
    const answers = parentAsking({ holders: 'foreign' });
    await wizard.answerCity(answers);
    await wizard.answerRequester(answers);
    await wizard.answerRecords(answers);
    await wizard.answerRegistered(answers);
    await app.page
      .getByRole('heading', { level: 1, name: wizard.text('copy.items.title') })
      .waitFor();
    expect(await app.page.getByText(wizard.text('copy.items.options.domicile.label')).count()).toBe(
      0,
    );
    expect(
      await app.page.getByText(wizard.text('copy.items.options.residenceCardNumber.label')).count(),
    ).toBe(1);
  });

  it('Yokohama, outside the seeds: unknown facts say "ask", the office address is written down and kept', async () => {
    const { app, wizard } = await newRequest();
    await wizard.answerAll(
      parentAsking({
        citySearch: 'Yokohama',
        cityOption: /横浜市\)$/,
        postcode: '231-0005',
        address: '神奈川県横浜市中区本町6-50-10',
      }),
    );
    const main = app.page.getByRole('main');
    const text = (await main.textContent()) ?? '';
    expect(text).toContain(wizard.text('review.costs.feeUnknown'));
    expect(text).toContain(wizard.text('review.costs.totalUnknown'));
    expect(text).toContain(wizard.text('review.office.addressUnknown'));
    expect(await axeViolations(app.page)).toEqual([]);
    await wizard.field('review.office.postcode').fill('231-0005');
    await wizard
      .field('review.office.lines')
      .fill('神奈川県横浜市中区本町6-50-10\n中区役所 戸籍課');
    await app.page.getByRole('button', { name: wizard.text('review.office.save') }).click();
    await app.page.getByText(wizard.text('review.office.enteredByYou')).waitFor();
    expect(await main.textContent()).toContain('〒231-0005');
  });

  it('a postcode that spans two municipalities shows both to choose from', async () => {
    const { app, wizard } = await newRequest('ja-JP');
    await wizard.field('cityPicker.postcode').fill('498-0000');
    await app.page.getByRole('button', { name: wizard.text('cityPicker.findByPostcode') }).click();
    await app.page
      .getByText(wizard.text('cityPicker.severalForPostcode'))
      .waitFor({ timeout: 30_000 });
    expect(await app.page.getByRole('radio', { name: /弥富市/ }).count()).toBe(1);
    expect(await app.page.getByRole('radio', { name: /木曽岬町/ }).count()).toBe(1);
    expect(await axeViolations(app.page)).toEqual([]);
  });

  it('online at Kanazawa: the clerk receives the parent as the requester, not the child', async () => {
    const { app, wizard } = await newRequest();
    await wizard.answerAll(
      parentAsking({
        citySearch: 'Kanazawa',
        cityOption: /金沢市/,
        channel: 'online',
        items: ['residentRecordCode'],
      }),
    );
    await app.page.getByRole('button', { name: wizard.text('review.send') }).click();
    await app.page.getByText('Sign in to send').first().waitFor({ timeout: 30_000 });
    await app.signInFromApp('resident-a');
    await app.page.getByText('Received by the city hall').first().waitFor({ timeout: 60_000 });

    const clerk = await signIn(server.url, 'clerk-172014');
    const response = await call(
      server.url,
      clerk,
      'GET',
      '/api/v1/clerk/applications?municipality=172014',
    );
    const { applications } = (await response.json()) as {
      applications: {
        payload: { requester: { name: string; relationship: string }; persons: { name: string }[] };
      }[];
    };
    expect(applications).toHaveLength(1);
    expect(applications[0]?.payload.requester).toMatchObject({
      name: PARENT.name,
      relationship: 'household-member',
      relationToSubject: '母',
    });
    expect(applications[0]?.payload.persons.map((p) => p.name)).toEqual([CHILD.name]);
  });
});
