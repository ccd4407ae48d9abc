import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../../helpers/chromium';
import { findInProfile } from '../../helpers/profile-scan';
import { distDir, startServer, type RunningServer } from '../../helpers/server';
import { AppPage } from '../pages/app-page';

// Values that exist nowhere else: finding one in the profile means it was written in clear.
const people = [
  {
    name: 'Zebulon Quixtorp',
    dateOfBirth: '1983-07-19',
    code: '24727059608',
    individualNumber: '983205673214',
  },
  { name: 'Wilhelmina Quixtorp', dateOfBirth: '1986-02-23', code: '24846016224' },
];
// Written inside the photo of ID; the photo's file name carries a person's name.
const PHOTO_MARKER = 'PASSPORT-OF-QUIXTORP';
const secrets = [
  PHOTO_MARKER,
  ...people.map((p) => p.name),
  'Quixtorp',
  ...people.map((p) => p.code),
  '983205673214',
  '9832 0567 3214',
];

function openProfile(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    args: chromiumArgs,
    locale: 'en-US',
  });
}

describe('nothing personal on disk (S1), erased without a trace (S6), saved means saved (R1)', () => {
  let server: RunningServer;
  let profile: string;

  beforeAll(async () => {
    server = await startServer({ staticDir: distDir });
    profile = mkdtempSync(join(tmpdir(), 'madoguchi-profile-'));
  });

  afterAll(async () => {
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('keeps no plaintext in the profile after each step, then erases everything offline', async () => {
    let context = await openProfile(profile);
    const app = await AppPage.open(context, server.url);
    await app.waitForServiceWorkerControl();
    expect(findInProfile(profile, secrets), 'after set-up').toEqual([]);

    await app.addMember({
      name: people[0]!.name,
      dateOfBirth: people[0]!.dateOfBirth,
      code: people[0]!.code,
    });
    await app.page.getByText(people[0]!.name).waitFor();
    expect(findInProfile(profile, secrets), 'after the first member').toEqual([]);

    await app.goto('/members/new');
    await app.page.getByLabel('Full name').fill(people[1]!.name);
    await app.page.getByLabel('Date of birth').fill(people[1]!.dateOfBirth);
    await app.page.getByLabel('Resident record code').fill(people[1]!.code);
    await app.page
      .getByLabel(/Individual Number/)
      .first()
      .fill(people[0]!.individualNumber!);
    await app.page.getByRole('button', { name: 'Save' }).click();
    await app.page.getByText(people[1]!.name).waitFor();
    expect(findInProfile(profile, secrets), 'after the second member').toEqual([]);

    const wizard = await app.startCertifiedCopyRequest({
      memberName: people[0]!.name,
      city: 'Bunkyo',
      municipality: /Bunkyo/,
      copies: 1,
      showCode: true,
    });
    const applicationId = wizard.applicationId();
    await app.goto(`/applications/${applicationId}`);
    await app.page.getByLabel('Photo of your ID (optional)').setInputFiles({
      name: `${people[0]!.name} passport.jpg`,
      mimeType: 'image/jpeg',
      buffer: Buffer.from(`${PHOTO_MARKER} `.repeat(4_000)),
    });
    await app.page.getByText(/^Photo 1 \(/).waitFor();
    // Closing the browser at once after "saved" keeps the record (R1), and flushes the files.
    await context.close();
    expect(findInProfile(profile, secrets), 'after the request and its photo').toEqual([]);
    // The scan does see what is meant to be clear: the application's id (the positive control).
    expect(findInProfile(profile, [applicationId]).length).toBeGreaterThan(0);

    context = await openProfile(profile);
    const again = await AppPage.open(context, server.url, `/applications/${applicationId}`);
    await again.page.getByText(people[0]!.name).first().waitFor();
    await again.goto('/');
    await again.page.getByText(people[1]!.name).waitFor();

    // Papers: made on the phone from a request by mail, shown and downloaded — and never kept.
    const byMail = await again.startCertifiedCopyRequest({
      memberName: people[1]!.name,
      city: 'Kitami',
      municipality: /北見市/,
      copies: 1,
      showCode: false,
      channel: 'mail',
    });
    await again.page.getByRole('button', { name: byMail.text('review.finish') }).click();
    await again.page.getByRole('button', { name: byMail.text('papers.make') }).click();
    await again.page.getByTitle(byMail.text('papers.preview')).waitFor({ timeout: 60_000 });
    await context.close();
    expect(findInProfile(profile, secrets), 'after the papers were made').toEqual([]);
    context = await openProfile(profile);
    // Reopened on the same profile: the erase below runs there.
    const reopened = await AppPage.open(context, server.url);
    await reopened.page.getByText(people[1]!.name).waitFor();

    await context.setOffline(true);
    await reopened.goto('/settings');
    await reopened.page
      .getByRole('checkbox', { name: 'I understand that this cannot be undone' })
      .check();
    await reopened.page.getByRole('button', { name: 'Erase everything on this phone' }).click();
    await reopened.page.getByRole('heading', { name: 'Everything is erased' }).waitFor();
    const left = await reopened.page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      local: localStorage.length,
    }));
    expect(left).toEqual({ databases: [], caches: [], workers: 0, local: 0 });
    await context.close();
    expect(findInProfile(profile, secrets), 'after the wipe').toEqual([]);
  });
});
