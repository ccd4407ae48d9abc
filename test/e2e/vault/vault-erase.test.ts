import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../../helpers/chromium';
import { findBytesInProfile, findInProfile } from '../../helpers/profile-scan';
import { distDir } from '../../helpers/server';
import { backFromSignIn, draft, MEMBER, pressSend, waitForReceipt } from '../../helpers/sync-flows';
import { startProxiedServer, type ProxiedServer } from '../../helpers/sync-server';
import { AppPage } from '../pages/app-page';

// Issue 19: the sign-in tokens are never on disk in clear, and an erase leaves neither the
// vault (salt, wrapped key: offline guessing) nor the tokens (a session) in the profile's
// files, LevelDB logs and compacted tables included, even after the browser starts again.

const opened: BrowserContext[] = [];

async function openProfile(dir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    args: chromiumArgs,
    locale: 'en-US',
  });
  opened.push(context);
  return context;
}

/** Every token the provider hands this browser, read off the token endpoint's answers. */
function collectTokens(context: BrowserContext, into: Set<string>): void {
  context.on('response', (response) => {
    if (response.request().method() !== 'POST' || !response.url().includes('/token')) return;
    void response
      .json()
      .then((body: Record<string, unknown>) => {
        for (const name of ['access_token', 'refresh_token', 'id_token']) {
          if (typeof body[name] === 'string') into.add(body[name]);
        }
      })
      .catch(() => undefined);
  });
}

/** The vault row's passphrase wrap, raw, and whether the sign-in row holds its tokens sealed. */
function readRows(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('madoguchi');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('open failed'));
    });
    const get = (key: string) =>
      new Promise<unknown>((resolve) => {
        const request = db.transaction('settings').objectStore('settings').get(key);
        request.onsuccess = () =>
          resolve((request.result as { value?: unknown } | undefined)?.value);
      });
    const vault = (await get('vault')) as {
      wraps: { kind: string; kdf: { salt: ArrayBuffer }; wrapped: ArrayBuffer }[];
    };
    const auth = (await get('auth')) as Record<string, unknown> | undefined;
    db.close();
    const wrap = vault.wraps.find((w) => w.kind === 'passphrase')!;
    const hex = (b: ArrayBuffer) =>
      [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
    return {
      salt: hex(wrap.kdf.salt),
      wrapped: hex(wrap.wrapped),
      authFields: Object.keys(auth ?? {}).sort(),
    };
  });
}

async function signInAndSend(app: AppPage): Promise<{ id: string; receipt: string }> {
  await app.addMember(MEMBER);
  await app.page.getByText(MEMBER.name).first().waitFor();
  const id = await draft(app);
  await pressSend(app);
  await app.page.getByText('Sign in to send').first().waitFor({ timeout: 30_000 });
  await app.signInFromApp('resident-a');
  await backFromSignIn(app, id);
  return { id, receipt: await waitForReceipt(app) };
}

async function erase(app: AppPage): Promise<void> {
  await app.goto('/settings');
  await app.page.getByRole('checkbox', { name: 'I understand that this cannot be undone' }).check();
  await app.page.getByRole('button', { name: 'Erase everything on this phone' }).click();
  await app.page
    .getByRole('heading', { name: 'Everything is erased' })
    .waitFor({ timeout: 60_000 });
}

describe('sealed tokens, an erase that leaves nothing usable, a revoked session (issue 19)', () => {
  let server: ProxiedServer;
  const profiles: string[] = [];

  beforeAll(async () => {
    server = await startProxiedServer({ staticDir: distDir });
  });

  afterAll(async () => {
    // A failed test leaves its browser open; close it before its profile is removed.
    for (const context of opened) await context.close().catch(() => undefined);
    await server?.close();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  });

  const newProfile = () => {
    const dir = mkdtempSync(join(tmpdir(), 'madoguchi-erase-'));
    profiles.push(dir);
    return dir;
  };

  it('keeps no token in clear, and after an offline erase and a relaunch the files hold no salt, wrapped key or token', async () => {
    const profile = newProfile();
    const tokens = new Set<string>();
    let context = await openProfile(profile);
    collectTokens(context, tokens);
    const app = await AppPage.open(context, server.url);
    const { id, receipt } = await signInAndSend(app);
    const rows = await readRows(app.page);
    // Sealed: the row holds the key pair and one sealed field, no token in clear.
    expect(rows.authFields).toEqual(['dpopKeyPair', 'sealed']);
    expect(tokens.size).toBeGreaterThanOrEqual(2);
    const secrets = {
      salt: Buffer.from(rows.salt, 'hex'),
      'wrapped key': Buffer.from(rows.wrapped, 'hex'),
    };
    await context.close();

    // The positive control: the scan sees the vault's raw bytes where they are meant to be.
    expect(findBytesInProfile(profile, secrets).length).toBeGreaterThan(0);
    expect(findInProfile(profile, [...tokens]), 'tokens while signed in').toEqual([]);

    context = await openProfile(profile);
    const again = await AppPage.open(context, server.url, '/settings');
    await context.setOffline(true);
    await erase(again);
    await context.close();
    // The application's id is also in the browser's history (its screen's address), which no
    // page can erase; it is random and says nothing personal. In the app's storage: nothing.
    const storage = join(profile, 'Default', 'IndexedDB');
    const left = () => [
      ...findBytesInProfile(profile, secrets),
      ...findInProfile(profile, [...tokens, receipt]),
      ...findInProfile(storage, [id]),
    ];
    expect(left(), 'after the erase').toEqual([]);

    // Starting again replays LevelDB's log into a new table: still nothing.
    context = await openProfile(profile);
    const page = await context.newPage();
    await page.goto(`${server.url}/manifest.webmanifest`);
    await page.waitForTimeout(3_000);
    await context.close();
    expect(left(), 'after a relaunch').toEqual([]);
  }, 240_000);

  /** Live refresh tokens in the provider's own tables (the judge of a revocation). */
  const refreshTokens = async () => {
    const [row] = await server.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM oidc_models WHERE model = 'RefreshToken'",
    );
    return row?.n ?? -1;
  };

  it('revokes the session at the provider when the erase is online', async () => {
    const profile = newProfile();
    const context = await openProfile(profile);
    const app = await AppPage.open(context, server.url);
    const before = await refreshTokens();
    await signInAndSend(app);
    expect(await refreshTokens()).toBeGreaterThan(before);
    await erase(app);
    expect(await refreshTokens()).toBe(before);
    await context.close();
  }, 180_000);

  it('revokes the session at the provider on signing out, keeping the data', async () => {
    const context = await openProfile(newProfile());
    const app = await AppPage.open(context, server.url);
    const before = await refreshTokens();
    await signInAndSend(app);
    expect(await refreshTokens()).toBeGreaterThan(before);
    await app.goto('/settings');
    await app.page.getByRole('button', { name: 'Sign out' }).click();
    await app.page.getByText('You are not signed in.', { exact: false }).waitFor();
    expect(await refreshTokens()).toBe(before);
    await app.goto('/');
    await app.page.getByText(MEMBER.name).first().waitFor();
    await context.close();
  }, 180_000);
});
