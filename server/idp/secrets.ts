import { randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import type { Database } from '../db/database';

export const IDP_SIGNING_ALG = 'ES256';

export interface IdpSecrets {
  /** Private signing keys (JWK), newest first; the first signs. */
  signingKeys: JWK[];
  /** Keys for the provider's signed cookies, newest first. */
  cookieKeys: string[];
}

/**
 * Reads a secret, making it on first start. Of several instances starting at once, the first
 * insert wins and everyone reads the winner's value back.
 */
async function loadOrCreate<T>(db: Database, name: string, make: () => Promise<T>): Promise<T> {
  const read = async () =>
    (await db.query<{ value: T }>('SELECT value FROM server_secrets WHERE name = $1', [name]))[0];
  const existing = await read();
  if (existing) return existing.value;
  await db.query(
    'INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
    [name, JSON.stringify(await make())],
  );
  const stored = await read();
  if (!stored) throw new Error(`secret ${name} could not be stored`);
  return stored.value;
}

async function newSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(IDP_SIGNING_ALG, { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: IDP_SIGNING_ALG, use: 'sig' };
}

export async function loadIdpSecrets(db: Database): Promise<IdpSecrets> {
  return {
    signingKeys: await loadOrCreate(db, 'idp-signing-keys', async () => [await newSigningKey()]),
    cookieKeys: await loadOrCreate(db, 'idp-cookie-keys', () =>
      Promise.resolve([randomBytes(32).toString('base64url')]),
    ),
  };
}

/** The public half of a signing key set, as published at the provider's jwks_uri. */
export function publicJwks(keys: readonly JWK[]): { keys: JWK[] } {
  return {
    keys: keys.map(({ kty, crv, x, y, n, e, kid, alg, use }) => ({
      kty,
      crv,
      x,
      y,
      n,
      e,
      kid,
      alg,
      use,
    })),
  };
}
