import { describe, expect, it } from 'vitest';
import { newDataKey, openField, sealField } from '../../../../src/data/vault/field-cipher';
import {
  changePassphrase,
  unwrapWithPassphrase,
  wrapWithPassphrase,
  type Argon2Params,
} from '../../../../src/data/vault/passphrase-wrap';

// Small cost for tests; the real parameters are measured in bench/vault.
const cheap: Argon2Params = { memoryKiB: 1024, iterations: 1, parallelism: 1 };
const where = { table: 'members', id: 'm1' };

describe('passphrase unlock (Argon2id key wrapping)', () => {
  it('stores the parameters and a fresh salt with the wrapped key (S4)', async () => {
    const wrap = await wrapWithPassphrase(await newDataKey(), 'correct horse', cheap);
    expect(wrap.kdf).toMatchObject({ name: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 });
    expect(wrap.kdf.salt.byteLength).toBe(16);
    const again = await wrapWithPassphrase(await newDataKey(), 'correct horse', cheap);
    expect(Buffer.from(again.kdf.salt)).not.toEqual(Buffer.from(wrap.kdf.salt));
  });

  it('unlocks with the right passphrase to a key that opens the data and cannot be exported', async () => {
    const dataKey = await newDataKey();
    const sealed = await sealField(dataKey, '983205673214', where);
    const wrap = await wrapWithPassphrase(dataKey, 'まどぐち の あいことば', cheap);
    const unlocked = await unwrapWithPassphrase(wrap, 'まどぐち の あいことば');
    expect(unlocked.extractable).toBe(false);
    expect(await openField(unlocked, sealed, where)).toBe('983205673214');
  });

  it('refuses a wrong passphrase with a named error', async () => {
    const wrap = await wrapWithPassphrase(await newDataKey(), 'right one', cheap);
    await expect(unwrapWithPassphrase(wrap, 'wrong one')).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });

  it('normalises the passphrase (full-width and half-width type the same)', async () => {
    const wrap = await wrapWithPassphrase(await newDataKey(), 'ＡＢＣ１２３', cheap);
    await expect(unwrapWithPassphrase(wrap, 'ABC123')).resolves.toBeDefined();
  });

  it('changes the passphrase without re-encrypting the data', async () => {
    const dataKey = await newDataKey();
    const sealed = await sealField(dataKey, 'kept', where);
    const wrap = await wrapWithPassphrase(dataKey, 'old', cheap);
    const changed = await changePassphrase(wrap, 'old', 'new');
    await expect(unwrapWithPassphrase(changed, 'old')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(await openField(await unwrapWithPassphrase(changed, 'new'), sealed, where)).toBe('kept');
    await expect(changePassphrase(wrap, 'not it', 'x')).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });
});
