import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../../helpers/server';
import { AppPage, TEST_PASSPHRASE } from '../pages/app-page';

describe('backup to another phone, and a full phone (R10)', () => {
  let server: RunningServer;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    server = await startServer({ staticDir: distDir });
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'madoguchi-backup-'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores on a second profile only with the right passphrase and an intact file', async () => {
    const first = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
    const phoneA = await AppPage.open(first, server.url);
    await phoneA.addMember({
      name: 'Backup Person',
      dateOfBirth: '1975-05-05',
      code: '24727059608',
    });
    await phoneA.page.getByText('Backup Person').waitFor();
    await phoneA.goto('/settings');
    const download = phoneA.page.waitForEvent('download');
    await phoneA.page.getByRole('button', { name: 'Save a backup file' }).click();
    const file = join(dir, 'backup.json');
    await (await download).saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('Backup Person');
    expect(text).not.toContain('24727059608');
    await first.close();

    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, text.slice(0, Math.floor(text.length / 2)));

    const second = await browser.newContext({ locale: 'en-US' });
    const phoneB = await AppPage.open(second, server.url, '/', { vault: 'leave' });
    const restore = async (path: string, passphrase: string) => {
      await phoneB.page.getByLabel('Backup file').setInputFiles(path);
      await phoneB.page.getByLabel('Passphrase of the backup').fill(passphrase);
      await phoneB.page.getByRole('button', { name: 'Restore' }).click();
    };
    await phoneB.page.getByText('Restore from a backup').click();
    await restore(file, 'not the passphrase');
    await phoneB.page
      .getByText('That passphrase does not open this backup. Nothing was changed.')
      .waitFor();
    await restore(damaged, 'test passphrase for madoguchi');
    await phoneB.page
      .getByText('This file is not a Madoguchi backup, or it is damaged.', { exact: false })
      .waitFor();
    // Nothing changed: still a new phone.
    expect(await phoneB.heading().textContent()).toBe('Protect what you keep here');

    await restore(file, 'test passphrase for madoguchi');
    await phoneB.waitUntilOpen();
    await phoneB.page.getByText('Backup Person').waitFor();
    await second.close();
  });

  it('says the phone is full, keeps what was typed, and writes nothing half (R10)', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url, '/', { vault: 'leave' });
    // Chromium reads the quota when an origin first writes and keeps it, so it is made small
    // before the first write: setting the vault up.
    const cdp = await context.newCDPSession(app.page);
    const origin = new URL(server.url).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    await app.page.getByLabel('New passphrase').fill(TEST_PASSPHRASE);
    await app.page.getByLabel('Type the passphrase again').fill(TEST_PASSPHRASE);
    await app.page.getByRole('button', { name: 'Protect with this passphrase' }).click();
    await app.page
      .getByText("This phone's storage is full, so nothing was saved.", { exact: false })
      .waitFor();
    expect(await app.page.getByLabel('New passphrase').inputValue()).toBe(TEST_PASSPHRASE);
    expect(await app.heading().textContent()).toBe('Protect what you keep here');

    // Nothing was half-written: with room again, the same form sets the vault up from scratch.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await app.page.getByRole('button', { name: 'Protect with this passphrase' }).click();
    await app.waitUntilOpen();
    await app.page.getByText('No one added yet', { exact: false }).waitFor();
    await context.close();
  });
});
