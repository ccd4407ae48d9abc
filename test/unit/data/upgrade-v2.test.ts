// The released version 2 database (test/fixtures/db/v2.json), upgraded by this code in Node
// (fake-indexeddb), then unlocked with the test passphrase: every sealed row still opens (R12).
// The browser test test/e2e/vault/upgrade.test.ts does the same through the screens.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getApplication, listMembers, listPhotos, timelineOf, unlockWithPassphrase } from '../../../src/data';
import { decodeBackup } from '../../../src/data/backup-format';
import { MadoguchiDb, useDatabaseForTests } from '../../../src/data/db';
import { dropKey } from '../../../src/data/vault/key-holder';
import { TEST_PASSPHRASE } from '../../e2e/pages/app-page';

interface Fixture {
  idbVersion: number;
  expectNames: string[];
  stores: Record<string, { keyPath: string; indexes: string[] }>;
  rows: Record<string, Record<string, unknown>[]>;
}

const fixture = decodeBackup(readFileSync('test/fixtures/db/v2.json', 'utf8')) as Fixture;

function writeOldDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, fixture.idbVersion);
    request.onupgradeneeded = () => {
      for (const [store, { keyPath, indexes }] of Object.entries(fixture.stores)) {
        const created = request.result.createObjectStore(store, { keyPath });
        for (const index of indexes) created.createIndex(index, index);
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(Object.keys(fixture.rows), 'readwrite');
      for (const [store, rows] of Object.entries(fixture.rows))
        for (const row of rows) tx.objectStore(store).put(row);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(new Error('fixture write failed'));
    };
    request.onerror = () => reject(new Error('fixture open failed'));
  });
}

describe('upgrading the released version 2 database (R12)', () => {
  it('keeps every sealed member, application, timeline entry, outbox row and setting', async () => {
    const name = `madoguchi-v2-${Date.now()}`;
    await writeOldDatabase(name);
    const db = new MadoguchiDb(name);
    await db.open();
    useDatabaseForTests(db);
    dropKey();
    expect(db.verno).toBe(4);

    expect(await unlockWithPassphrase(TEST_PASSPHRASE)).toEqual({ ok: true });
    expect((await listMembers()).map((m) => m.name)).toEqual(fixture.expectNames);
    for (const row of fixture.rows.applications ?? []) {
      const app = await getApplication(String(row.id));
      expect(app?.status).toBe(row.status);
      const payload = app?.payload;
      expect(payload?.kind === 'certified-copy' && payload.persons?.[0]?.name).toBe(
        fixture.expectNames[0],
      );
      expect(await listPhotos(String(row.id))).toEqual([]);
    }
    const received = fixture.rows.timeline?.[0];
    const items = await timelineOf(String(received?.applicationId));
    expect(items.map((i) => i.reason)).toEqual(['Bring your residence card']);
    expect(await db.outbox.toArray()).toEqual(fixture.rows.outbox);
    expect(await db.sealingKeys.count()).toBe(fixture.rows.sealingKeys?.length);
    expect(await db.settings.get('changes-cursor')).toBeDefined();
    db.close();
  });
});
