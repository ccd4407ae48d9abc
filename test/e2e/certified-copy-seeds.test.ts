import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { call, signIn } from '../server/helpers/sign-in';
import { AppPage } from './pages/app-page';
import { CopyWizard, sampleCopyAnswers } from './pages/copy-wizard';

const PERSON = { name: 'Tran Thi Mai', dateOfBirth: '1990-02-28' };

/** What Check your answers must say by mail, from each seed city's own page (domain.md §4). */
const seeds = [
  {
    code: '172014',
    search: 'Kanazawa',
    option: /金沢市/,
    fee: 300,
    office: null,
    phone: '076-220-2241',
  },
  {
    code: '132250',
    search: 'Inagi',
    option: /稲城市/,
    fee: null,
    office: null,
    phone: '042-378-2111',
  },
  {
    code: '131059',
    search: 'Bunkyo',
    option: /文京区/,
    fee: 300,
    office: '〒112-8555',
    phone: '03-5803-1177',
  },
  {
    code: '282171',
    search: 'Kawanishi',
    option: /川西市/,
    fee: null,
    office: '〒666-8501',
    phone: '072-740-1165',
  },
  {
    code: '012084',
    search: 'Kitami',
    option: /北見市/,
    fee: 250,
    office: '〒090-8501',
    phone: '0157-25-1122',
  },
] as const;

describe('certified copy at each of the five seed cities, by mail and online', () => {
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

  it('by mail: each city’s fee (or "ask"), money orders, stamps and office', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url);
    await app.addMember(PERSON);
    await app.page.getByText(PERSON.name).first().waitFor();
    for (const seed of seeds) {
      await app.goto('/applications/new/certified-copy');
      const wizard = await CopyWizard.on(app.page);
      await wizard.answerAll(
        sampleCopyAnswers({
          citySearch: seed.search,
          cityOption: seed.option,
          requester: PERSON,
          persons: [PERSON.name],
        }),
      );
      const text = (await app.page.getByRole('main').textContent()) ?? '';
      if (seed.fee === null) {
        expect(text, seed.search).toContain(wizard.text('review.costs.feeUnknown'));
      } else {
        // One copy: one order of the fee's face value, ¥200 to buy it, ¥110 each way.
        expect(text, seed.search).toContain(
          wizard.text('review.costs.order_one', { face: wizard.yen(seed.fee), count: 1 }),
        );
        expect(text, seed.search).toContain(wizard.yen(seed.fee + 200 + 110 + 110));
      }
      expect(text, seed.search).toContain(
        seed.office ?? wizard.text('review.office.addressUnknown'),
      );
      expect(text, seed.search).toContain(seed.phone);
    }
    await context.close();
  });

  it('online: each city’s clerk receives exactly one request, from the person who asked', async () => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const app = await AppPage.open(context, server.url);
    await app.addMember(PERSON);
    await app.page.getByText(PERSON.name).first().waitFor();
    for (const [index, seed] of seeds.entries()) {
      await app.goto('/applications/new/certified-copy');
      const wizard = await CopyWizard.on(app.page);
      await wizard.answerAll(
        sampleCopyAnswers({
          citySearch: seed.search,
          cityOption: seed.option,
          requester: PERSON,
          persons: [PERSON.name],
          channel: 'online',
        }),
      );
      await app.page.getByRole('button', { name: wizard.text('review.send') }).click();
      if (index === 0) {
        await app.page
          .getByRole('button', { name: /^(Sign in|サインイン)$/ })
          .waitFor({ timeout: 30_000 });
        await app.signInFromApp('resident-a');
      }
      await app.page.locator('strong.code').waitFor({ timeout: 60_000 });
      expect(await app.page.locator('strong.code').textContent()).toMatch(/\d/);
    }
    for (const seed of seeds) {
      const clerk = await signIn(server.url, `clerk-${seed.code}`);
      const response = await call(
        server.url,
        clerk,
        'GET',
        `/api/v1/clerk/applications?municipality=${seed.code}`,
      );
      const { applications } = (await response.json()) as {
        applications: { payload?: { requester: { name: string } } }[];
      };
      expect(
        applications.map((a) => a.payload?.requester.name),
        seed.search,
      ).toEqual([PERSON.name]);
    }
    await context.close();
  });
});
