import { beforeEach, describe, expect, it } from 'vitest';
import {
  hasSignInSession,
  loadAuthRow,
  loadAuthState,
  saveAuthState,
  saveDpopKeyPair,
} from '../../../src/data/auth-state';
import type { MadoguchiDb } from '../../../src/data/db';
import { VaultError } from '../../../src/data/vault/errors';
import { newDataKey } from '../../../src/data/vault/field-cipher';
import { dropKey, holdKey, requireKey } from '../../../src/data/vault/key-holder';
import { freshDatabase } from '../../helpers/fresh-db';

const tokens = {
  accessToken: 'access-token-QUIXTORP-1',
  accessTokenExpiresAt: 1_900_000_000_000,
  refreshToken: 'refresh-token-QUIXTORP-2',
  subject: 'subject-QUIXTORP-3',
};

async function keyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ]);
}

describe('the sign-in row (issue 19)', () => {
  let db: MadoguchiDb;
  beforeEach(async () => {
    db = await freshDatabase();
  });

  it('stores the tokens sealed with the data key, never in clear', async () => {
    const dpopKeyPair = await keyPair();
    await saveAuthState({ dpopKeyPair, tokens });
    const row = await db.settings.get('auth');
    expect(Object.keys(row?.value as object).sort()).toEqual(['dpopKeyPair', 'sealed']);
    const text = new TextDecoder('latin1').decode(
      new Uint8Array((row?.value as { sealed: { data: ArrayBuffer } }).sealed.data),
    );
    for (const value of Object.values(tokens)) expect(text).not.toContain(String(value));
    expect((await loadAuthState())?.tokens).toEqual(tokens);
  });

  it('cannot be opened while locked, or with another key; still shows that a session is held', async () => {
    await saveAuthState({ dpopKeyPair: await keyPair(), tokens });
    const key = requireKey();
    dropKey();
    await expect(loadAuthState()).rejects.toThrow(VaultError);
    expect(await hasSignInSession()).toBe(true);
    holdKey(await newDataKey());
    await expect(loadAuthState()).rejects.toMatchObject({ code: 'tampered' });
    expect((await loadAuthState(key))?.tokens).toEqual(tokens);
  });

  it('keeps the key pair, and no session, when signed out or before the first sign-in', async () => {
    const dpopKeyPair = await keyPair();
    await saveDpopKeyPair(dpopKeyPair);
    expect(await hasSignInSession()).toBe(false);
    await saveAuthState({ dpopKeyPair, tokens });
    await saveAuthState({ dpopKeyPair });
    expect(await hasSignInSession()).toBe(false);
    expect((await loadAuthRow())?.sealed).toBeUndefined();
  });
});
