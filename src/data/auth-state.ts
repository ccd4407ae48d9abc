import { database } from './db';

/**
 * The sign-in session kept on the phone: the DPoP key pair (non-extractable: the private key
 * can sign but never be read out, not even by us) and the tokens bound to it.
 */
export interface AuthState {
  dpopKeyPair: CryptoKeyPair;
  accessToken?: string;
  accessTokenExpiresAt?: number;
  refreshToken?: string;
  subject?: string;
}

const KEY = 'auth';

export async function loadAuthState(): Promise<AuthState | undefined> {
  const row = await database().settings.get(KEY);
  return row?.value as AuthState | undefined;
}

export async function saveAuthState(state: AuthState): Promise<void> {
  await database().settings.put({ key: KEY, value: state });
}

export async function clearAuthState(): Promise<void> {
  await database().settings.delete(KEY);
}

/** Whether tokens are held (they may still be refused; a 401 then asks again). */
export async function hasSignInSession(): Promise<boolean> {
  const state = await loadAuthState();
  return Boolean(state?.accessToken || state?.refreshToken);
}
