import { database } from './db';
import { openField, sealField, type SealedField } from './vault/field-cipher';
import { requireKey } from './vault/key-holder';

/** What the provider gave. Never stored in clear: sealed with the data key (issue 19). */
export interface Tokens {
  accessToken: string;
  accessTokenExpiresAt: number;
  refreshToken?: string;
  subject?: string;
}

/**
 * The sign-in row as stored in `settings`: the DPoP key pair (non-extractable: the private
 * key can sign but never be read out by script) and the tokens bound to it, sealed with the
 * vault's data key. A copied profile of a locked phone yields no usable token without the
 * passphrase. No `sealed`: signed out (the key pair is kept for the next sign-in).
 */
export interface StoredAuthState {
  dpopKeyPair: CryptoKeyPair;
  sealed?: SealedField;
}

/** The sign-in session, opened: only while the vault is unlocked. */
export interface AuthState {
  dpopKeyPair: CryptoKeyPair;
  tokens?: Tokens;
}

export const AUTH_KEY = 'auth';
const context = { table: 'settings', id: AUTH_KEY };

export async function loadAuthRow(): Promise<StoredAuthState | undefined> {
  const row = await database().settings.get(AUTH_KEY);
  return row?.value as StoredAuthState | undefined;
}

/** The session with its tokens opened; fails with `locked` while the vault is locked. */
export async function loadAuthState(key = requireKey()): Promise<AuthState | undefined> {
  const row = await loadAuthRow();
  if (!row) return undefined;
  if (!row.sealed) return { dpopKeyPair: row.dpopKeyPair };
  return { dpopKeyPair: row.dpopKeyPair, tokens: await openField<Tokens>(key, row.sealed, context) };
}

/**
 * Stores the session, the tokens sealed with `key`. A caller that started while unlocked
 * passes the key it read then: a refresh that ends after a lock must still keep the rotated
 * refresh token (the old one is spent), sealed, or the session would be lost.
 */
export async function saveAuthState(state: AuthState, key = requireKey()): Promise<void> {
  const value: StoredAuthState = state.tokens
    ? { dpopKeyPair: state.dpopKeyPair, sealed: await sealField(key, state.tokens, context) }
    : { dpopKeyPair: state.dpopKeyPair };
  await database().settings.put({ key: AUTH_KEY, value });
}

/** A new key pair before any token (a sign-in starts): nothing to seal, so no key needed. */
export async function saveDpopKeyPair(dpopKeyPair: CryptoKeyPair): Promise<void> {
  await database().settings.put({ key: AUTH_KEY, value: { dpopKeyPair } });
}

export async function clearAuthState(): Promise<void> {
  await database().settings.delete(AUTH_KEY);
}

/** Whether tokens are held, sealed (they may still be refused; a 401 then asks again). */
export async function hasSignInSession(): Promise<boolean> {
  return Boolean((await loadAuthRow())?.sealed);
}
