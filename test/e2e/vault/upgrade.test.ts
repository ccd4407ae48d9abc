import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../helpers/chromium';
import { distDir, startServer, type RunningServer } from '../../helpers/server';
import { AppPage } from '../pages/app-page';

interface Fixture {
  name: string;
  idbVersion: number;
  /** Version 2 on: the rows are sealed; the vault opens with TEST_PASSPHRASE. */
  unlockWith?: 'passphrase';
  /** The members' names to find on screen, when the rows hold them sealed. */
  expectNames?: string[];
  stores: Record<string, { keyPath: string; indexes: string[] }>;
  rows: Record<string, Record<string, unknown>[]>;
}

const fixtureDir = 'test/fixtures/db';
const fixtures = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const text = readFileSync(join(fixtureDir, name), 'utf8');
    return { name, text, fixture: JSON.parse(text) as Fixture };
  });

describe('upgrading from every released schema version loses nothing (R12)', () => {
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

  it('has a fixture for every released version (1 and 2)', () => {
    expect(fixtures.map((f) => f.name)).toEqual(expect.arrayContaining(['v1.json', 'v2.json']));
  });

  for (const { name, text, fixture } of fixtures) {
    it(`upgrades ${name}: every member and application, the pending outbox row and the settings`, async () => {
      const context = await browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      // A same-origin page that does not start the app, to write the old database first.
      await page.goto(`${server.url}/manifest.webmanifest`);
      await page.evaluate(async (json: string) => {
        // Sealed fields are ArrayBuffers, written in the fixture as {"$b64": "..."}.
        const f = JSON.parse(json, (_key, value: unknown) => {
          if (value && typeof value === 'object' && '$b64' in value) {
            const binary = atob(String(value.$b64));
            return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
          }
          return value;
        }) as Fixture;
        await new Promise<void>((resolve, reject) => {
          const request = indexedDB.open(f.name, f.idbVersion);
          request.onupgradeneeded = () => {
            for (const [store, { keyPath, indexes }] of Object.entries(f.stores)) {
              const created = request.result.createObjectStore(store, { keyPath });
              for (const index of indexes) created.createIndex(index, index);
            }
          };
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(Object.keys(f.rows), 'readwrite');
            for (const [store, rows] of Object.entries(f.rows)) {
              for (const row of rows) tx.objectStore(store).put(row);
            }
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(new Error('fixture write failed'));
          };
          request.onerror = () => reject(new Error('fixture open failed'));
        });
      }, text);

      const app = new AppPage(page, server.url);
      await app.load('/');
      if (fixture.unlockWith === 'passphrase') await app.unlock();
      else await app.setUpVault();
      const names = fixture.expectNames ?? (fixture.rows.members ?? []).map((m) => String(m.name));
      for (const memberName of names) {
        await page.getByText(memberName).waitFor();
      }
      for (const application of fixture.rows.applications ?? []) {
        await app.goto(`/applications/${String(application.id)}`);
        await page
          .getByRole('heading', { name: 'Certified copy of the resident record' })
          .waitFor();
      }
      const counts = await page.evaluate(
        async ({ dbName, stores }) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open(dbName);
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(new Error('open failed'));
          });
          const count = (store: string) =>
            new Promise<number>((resolve) => {
              const request = db.transaction(store).objectStore(store).count();
              request.onsuccess = () => resolve(request.result);
            });
          const result: Record<string, number> = {};
          for (const store of stores) result[store] = await count(store);
          db.close();
          return result;
        },
        { dbName: fixture.name, stores: ['members', 'applications', 'outbox'] },
      );
      expect(counts).toEqual({
        members: fixture.rows.members?.length ?? 0,
        applications: fixture.rows.applications?.length ?? 0,
        outbox: fixture.rows.outbox?.length ?? 0,
      });
      await context.close();
    });
  }

  it('lets a newer version in another tab upgrade the schema, and says so here (R9)', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, server.url);
    const other = await context.newPage();
    await other.goto(`${server.url}/manifest.webmanifest`);
    const outcome = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('madoguchi', 1000);
          request.onblocked = () => resolve('blocked');
          request.onsuccess = () => {
            request.result.close();
            resolve('upgraded');
          };
          request.onerror = () => resolve('error');
        }),
    );
    expect(outcome).toBe('upgraded');
    await app.page.getByText('Open in another tab').waitFor();
    await context.close();
  });
});
