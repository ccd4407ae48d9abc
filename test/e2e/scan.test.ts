import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { makeBlank, makeClip, makeSlip } from '../../scripts/fixtures/fixtures';
import { encodeImage } from '../../scripts/fixtures/node-io';
import { writeY4m } from '../../scripts/fixtures/y4m';
import { launchChromium } from '../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../helpers/server';
import { AppPage } from './pages/app-page';

const fakeCamera = (clip: string) => [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  `--use-file-for-fake-video-capture=${clip}`,
];

describe('reading the slip with the camera (Chromium fake camera)', () => {
  let server: RunningServer;
  let clipsDir: string;
  let slip: { file: string; value: string };
  let card: { file: string; value: string };
  let blank: string;
  let photo: { file: string; value: string };

  beforeAll(async () => {
    clipsDir = mkdtempSync(join(tmpdir(), 'madoguchi-clips-'));
    const clip = makeClip(1, 0, 'slip', 12);
    slip = { file: join(clipsDir, 'slip.y4m'), value: clip.value };
    await writeY4m(slip.file, clip.frames, 5);
    const cardClip = makeClip(1, 1, 'card', 12);
    card = { file: join(clipsDir, 'card.y4m'), value: cardClip.value };
    await writeY4m(card.file, cardClip.frames, 5);
    blank = join(clipsDir, 'blank.y4m');
    await writeY4m(blank, [makeBlank(), makeBlank()], 5);
    const slipPhoto = makeSlip(1, 3);
    photo = { file: join(clipsDir, 'slip.jpg'), value: slipPhoto.value };
    writeFileSync(photo.file, encodeImage(slipPhoto.image, 'jpeg', 85));
    server = await startServer({ staticDir: distDir });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(clipsDir, { recursive: true, force: true });
  });

  async function withBrowser(args: string[], run: (browser: Browser) => Promise<void>) {
    const browser = await launchChromium(args);
    try {
      await run(browser);
    } finally {
      await browser.close();
    }
  }

  it('slip in view → number recognised → confirmed → stored in the wallet', async () => {
    await withBrowser(fakeCamera(slip.file), async (browser) => {
      const context = await browser.newContext({ locale: 'en-US' });
      const app = await AppPage.open(context, server.url, '/members/new');
      await app.page.getByLabel('Full name').fill('Camera Test');
      await app.page.getByLabel('Date of birth').fill('1992-02-29');
      await app.page.getByRole('button', { name: 'Read the slip with the camera' }).click();
      await app.page.getByText('Is this the number?').waitFor({ timeout: 60_000 });
      const shown = (await app.page.locator('.scan-result').textContent())?.replace(/\s/g, '');
      expect(shown).toBe(slip.value);
      await app.page.getByRole('button', { name: 'Use this number' }).click();
      // The person sees the number in the form before anything is saved.
      expect(
        (await app.page.getByLabel(/Resident record code/).inputValue()).replace(/\s/g, ''),
      ).toBe(slip.value);
      await app.page.getByRole('button', { name: 'Save' }).click();
      await app.page.getByText('Camera Test').waitFor();
      expect(
        await app.page.getByLabel(`Resident record code ending in ${slip.value.slice(-3)}`).count(),
      ).toBe(1);
      await context.close();
    });
  });

  it('reads the Individual Number from the QR code on the back of the card', async () => {
    await withBrowser(fakeCamera(card.file), async (browser) => {
      const context = await browser.newContext({ locale: 'ja-JP' });
      const app = await AppPage.open(context, server.url, '/members/new');
      await app.page.getByLabel('氏名').fill('カード 読取');
      await app.page.getByLabel('生年月日').fill('1985-10-05');
      await app.page.getByRole('button', { name: 'カード裏面のQRコードを読み取る' }).click();
      await app.page.getByText('この番号で合っていますか').waitFor({ timeout: 60_000 });
      expect((await app.page.locator('.scan-result').textContent())?.replace(/\s/g, '')).toBe(
        card.value,
      );
      await app.page.getByRole('button', { name: 'この番号を使う' }).click();
      expect(await app.page.getByLabel(/個人番号/).inputValue()).toBe(card.value);
      await app.page.getByRole('button', { name: '保存' }).click();
      await app.page.getByText('カード 読取').waitFor();
      expect(await app.page.getByLabel(`末尾が${card.value.slice(-4)}の個人番号`).count()).toBe(1);
      await context.close();
    });
  });

  it('says when nothing is found after a while, keeping the form', async () => {
    await withBrowser(fakeCamera(blank), async (browser) => {
      const context = await browser.newContext({ locale: 'en-US' });
      const app = await AppPage.open(context, server.url, '/members/new');
      await app.page.getByLabel('Full name').fill('Still Here');
      await app.page.getByRole('button', { name: 'Read the slip with the camera' }).click();
      await app.page.getByText('No number was found').waitFor({ timeout: 60_000 });
      expect(await app.page.getByText('Choose or take a photo').count()).toBe(1);
      expect(await app.page.getByLabel('Full name').inputValue()).toBe('Still Here');
      await context.close();
    });
  });

  it('downloads the reader ahead of time from Settings and keeps it for offline use', async () => {
    await withBrowser(fakeCamera(blank), async (browser) => {
      const context = await browser.newContext({ locale: 'en-US' });
      const app = await AppPage.open(context, server.url, '/settings');
      await app.waitForServiceWorkerControl();
      await app.page.getByRole('button', { name: 'Download the reader' }).click();
      await app.page.getByText('The reader is ready, also offline.').waitFor({ timeout: 60_000 });
      const cached = await app.page.evaluate(async () => {
        const cache = await caches.open('madoguchi-ocr');
        return (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
      });
      expect(cached).toEqual(
        expect.arrayContaining(['/ocr/lang/eng.traineddata.gz', '/ocr/worker.min.js']),
      );
      await context.close();
    });
  });

  it('reads a picked photo when there is no camera', async () => {
    await withBrowser([], async (browser) => {
      const context = await browser.newContext({ locale: 'en-US' });
      const app = await AppPage.open(context, server.url, '/members/new');
      await app.page.getByRole('button', { name: 'Read the slip with the camera' }).click();
      await app.page.locator('.scan-panel .banner').waitFor({ timeout: 30_000 });
      await app.page.getByLabel('Choose or take a photo').setInputFiles(photo.file);
      await app.page.getByText('Is this the number?').waitFor({ timeout: 60_000 });
      await app.page.getByRole('button', { name: 'Use this number' }).click();
      expect(await app.page.getByLabel(/Resident record code/).inputValue()).toBe(photo.value);
      await context.close();
    });
  });

  it('says so kindly when the camera is refused, and offers the photo and typing', async () => {
    await withBrowser(['--use-fake-device-for-media-stream'], async (browser) => {
      const context = await browser.newContext({ locale: 'en-US' });
      await context.grantPermissions([]);
      const app = await AppPage.open(context, server.url, '/members/new');
      await app.page.getByLabel('Full name').fill('Kept Name');
      await app.page.getByRole('button', { name: 'Read the slip with the camera' }).click();
      await app.page.getByText('The camera is not allowed').waitFor({ timeout: 30_000 });
      expect(await app.page.getByText('Choose or take a photo').count()).toBe(1);
      await app.page.getByRole('button', { name: 'Type it instead' }).click();
      expect(await app.page.getByLabel('Full name').inputValue()).toBe('Kept Name');
      await context.close();
    });
  });
});
