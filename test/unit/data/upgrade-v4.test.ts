// Version 4 drops the sign-in tokens that version 3 kept in clear (issue 19): an upgrade has no
// key to seal them with, so the person signs in once more; the DPoP key pair and the rest stay.
import { describe, expect, it } from 'vitest';
import { MadoguchiDb } from '../../../src/data/db';

function writeVersion3(name: string, rows: { key: string; value: unknown }[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 30);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('members', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      db.createObjectStore('applications', { keyPath: 'id' });
      db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('nextAttemptAt', 'nextAttemptAt');
      db.createObjectStore('settings', { keyPath: 'key' });
      db.createObjectStore('timeline', { keyPath: 'id' }).createIndex('applicationId', 'applicationId');
      db.createObjectStore('sealingKeys', { keyPath: 'municipalityCode' });
      db.createObjectStore('photos', { keyPath: 'id' }).createIndex('applicationId', 'applicationId');
    };
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('settings', 'readwrite');
      for (const row of rows) tx.objectStore('settings').put(row);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(new Error('fixture write failed'));
    };
    request.onerror = () => reject(new Error('fixture open failed'));
  });
}

describe('upgrading to version 4', () => {
  it('drops clear tokens from the sign-in row, keeping its key pair and the other settings', async () => {
    const name = `madoguchi-v3-${Date.now()}`;
    const dpopKeyPair = await crypto.subtle.generateKey(
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['sign', 'verify'],
    );
    await writeVersion3(name, [
      {
        key: 'auth',
        value: {
          dpopKeyPair,
          accessToken: 'clear-access',
          accessTokenExpiresAt: 1,
          refreshToken: 'clear-refresh',
          subject: 'resident-a',
        },
      },
      { key: 'lock-settings', value: { hiddenMinutes: 1, idleMinutes: 5 } },
    ]);
    const db = new MadoguchiDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    const auth = (await db.settings.get('auth'))?.value as Record<string, unknown>;
    expect(Object.keys(auth)).toEqual(['dpopKeyPair']);
    expect((auth.dpopKeyPair as CryptoKeyPair).privateKey.type).toBe('private');
    expect((await db.settings.get('lock-settings'))?.value).toEqual({ hiddenMinutes: 1, idleMinutes: 5 });
    db.close();
  });
});
