import { describe, expect, it } from 'vitest';
import { addMember, createDraft, saveLockSettings } from '../../../src/data';
import { saveAuthState } from '../../../src/data/auth-state';
import { overwriteEveryRow, scramble } from '../../../src/data/wipe-overwrite';
import { freshDatabase } from '../../helpers/fresh-db';
import { sampleRequest } from '../../helpers/samples';

/** Every ArrayBuffer in a value, in order: sealed fields, salts, wrapped keys, photos. */
function buffers(value: unknown): ArrayBuffer[] {
  if (value instanceof ArrayBuffer) return [value];
  if (Array.isArray(value)) return value.flatMap(buffers);
  if (value && typeof value === 'object') return Object.values(value).flatMap(buffers);
  return [];
}
const sizes = (value: unknown) => buffers(value).map((b) => b.byteLength);

describe('the erase overwrites before it deletes (issue 19)', () => {
  it('scrambles text and bytes to the same sizes, zeroes numbers', () => {
    const bytes = new Uint8Array([1, 2, 3, 4, 5]).buffer;
    const out = scramble({ a: 'secret', n: 42, b: bytes, list: ['xy'] }) as Record<string, unknown>;
    expect((out.a as string).length).toBe(6);
    expect(out.a).not.toBe('secret');
    expect(out.n).toBe(0);
    expect((out.b as ArrayBuffer).byteLength).toBe(5);
    expect((out.list as string[])[0]).toHaveLength(2);
  });

  it('rewrites every row of every table under the same key, with nothing of the old values', async () => {
    const db = await freshDatabase();
    await addMember({ name: 'Ana Reyes', dateOfBirth: '1990-01-31' });
    await createDraft(sampleRequest, ['m1']);
    await saveLockSettings({ hiddenMinutes: 1, idleMinutes: 5 });
    const dpopKeyPair = await crypto.subtle.generateKey(
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['sign', 'verify'],
    );
    await saveAuthState({
      dpopKeyPair,
      tokens: { accessToken: 'a'.repeat(40), accessTokenExpiresAt: 5, refreshToken: 'r'.repeat(43) },
    });
    const before = await Promise.all(db.tables.map((t) => t.toArray()));

    await overwriteEveryRow(db);

    const after = await Promise.all(db.tables.map((t) => t.toArray()));
    db.tables.forEach((table, i) => {
      const keyPath = table.schema.primKey.keyPath as string;
      const old = before[i] as Record<string, unknown>[];
      const now = after[i] as Record<string, unknown>[];
      expect(now.map((r) => r[keyPath])).toEqual(old.map((r) => r[keyPath]));
      old.forEach((row, j) => {
        const fresh = now[j]!;
        for (const [field, value] of Object.entries(row)) {
          if (field === keyPath) continue;
          if (typeof value === 'string' && value.length > 3) expect(fresh[field]).not.toBe(value);
        }
        if (table.name !== 'settings' || row.key !== 'auth') {
          expect(sizes(fresh)).toEqual(sizes(row));
        }
        const freshBuffers = buffers(fresh);
        buffers(row).forEach((old, k) => {
          if (old.byteLength >= 8) expect(Buffer.from(freshBuffers[k]!)).not.toEqual(Buffer.from(old));
        });
      });
    });
    const auth = (await db.settings.get('auth'))?.value as Record<string, unknown>;
    expect(auth.dpopKeyPair).not.toBeInstanceOf(CryptoKey);
  });
});
