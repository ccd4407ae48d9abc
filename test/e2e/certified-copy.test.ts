import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchChromium } from '../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { AppPage } from './pages/app-page';
import { CopyWizard, sampleCopyAnswers } from './pages/copy-wizard';

const shots = process.env.WIZARD_SHOTS;

describe('certified copy wizard: a parent asks for a child’s copy with the code, by mail', () => {
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

  for (const locale of ['en-US', 'ja-JP'] as const) {
    it(`at Kitami, in ${locale}`, async () => {
      const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
      const app = await AppPage.open(context, server.url);
      await app.addMember({ name: 'Souza Mei', dateOfBirth: '2023-04-02', code: '24727059608' });
      await app.page.getByText('Souza Mei').first().waitFor();
      await app.goto('/applications/new/certified-copy');
      const wizard = await CopyWizard.on(app.page);
      const violations: Record<string, string[]> = {};
      const look = async (name: string) => {
        violations[name] = await axeViolations(app.page);
        if (shots)
          await app.page.screenshot({ path: `${shots}/${locale}-${name}.png`, fullPage: true });
      };

      await look('city');
      // Nothing chosen: the error summary names the field and links to it.
      await app.page.getByRole('button', { name: wizard.text('wizard.continue') }).click();
      await app.page.getByRole('heading', { name: wizard.text('errors.summaryTitle') }).waitFor();
      await look('city-error');
      const answers = sampleCopyAnswers({
        relationship: 'household-member',
        requester: { name: 'Ana Souza', dateOfBirth: '1985-07-20', furigana: 'アナ ソウザ' },
        relationToSubject: '母',
        persons: ['Souza Mei'],
        items: ['householdHeadAndRelationship', 'residentRecordCode'],
      });
      await wizard.chooseCity(answers.citySearch, answers.cityOption);
      await look('city-chosen');
      await wizard.continue();
      await look('requester');
      await wizard.answerRequester(answers);
      await look('records');
      await wizard.answerRecords(answers);
      await look('registered');
      await wizard.answerRegistered(answers);
      await look('items');
      await wizard.answerItems(answers);
      await look('purpose');
      await wizard.answerPurpose(answers);
      await look('channel');
      await wizard.answerChannel(answers);
      await app.page
        .getByRole('heading', { level: 1, name: wizard.text('review.title') })
        .waitFor();
      await look('check');

      const main = app.page.getByRole('main');
      // Kitami: ¥250 a copy; one ¥250 money order (+¥200 to buy); ¥110 out and ¥110 back.
      await expect.poll(() => main.textContent()).toContain('〒090-8501');
      const text = (await main.textContent()) ?? '';
      expect(text).toContain(
        wizard.text('review.costs.order_one', { face: wizard.yen(250), count: 1 }),
      );
      expect(text).toContain(wizard.text('review.costs.purchaseFee', { fee: wizard.yen(200) }));
      expect(text).toContain(wizard.yen(670));
      expect(text).toContain(wizard.text('enclosures.return-envelope'));

      // Changed after a reload: the draft is there, the change goes back to Check your answers.
      await app.reloadAndUnlock();
      await app.page
        .getByRole('heading', { level: 1, name: wizard.text('review.title') })
        .waitFor();
      const copiesRow = app.page.locator('.summary__row', {
        hasText: wizard.text('copy.items.copies'),
      });
      await copiesRow.getByRole('link', { name: new RegExp(wizard.text('wizard.change')) }).click();
      await wizard.field('copy.items.copies').fill('2');
      await wizard.continue();
      await app.page
        .getByRole('heading', { level: 1, name: wizard.text('review.title') })
        .waitFor();
      // ¥500 is one order: 500 + 200 + 110 + 110.
      await expect.poll(() => main.textContent()).toContain(wizard.yen(920));

      await app.page.getByRole('button', { name: wizard.text('review.finish') }).click();
      await app.page.getByText(wizard.text('copy.done.mail.title')).waitFor();
      await look('done');

      // Your papers: made on the phone, previewed, then downloaded as one A4 PDF.
      await app.page.getByRole('button', { name: wizard.text('papers.make') }).click();
      await app.page.getByTitle(wizard.text('papers.preview')).waitFor({ timeout: 60_000 });
      await look('papers');
      const [download] = await Promise.all([
        app.page.waitForEvent('download'),
        app.page.getByRole('link', { name: wizard.text('papers.download') }).click(),
      ]);
      const pdfPath = `${tmpdir()}/madoguchi-papers-${locale}.pdf`;
      await download.saveAs(pdfPath);
      const paper = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      expect(paper).toContain('住民票の写し');
      expect(paper).toContain('北見市');
      // The parent asks for the child: both are on the paper.
      expect(paper).toContain('Ana Souza');
      expect(paper).toContain('Souza Mei');
      rmSync(pdfPath);
      expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, []])));
      await context.close();
    });
  }
});
