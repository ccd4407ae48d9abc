import { CompactEncrypt, importJWK } from 'jose';
import type { SealingJwk } from '../../src/domain/api';

/** Seals like the app does, for tests that play the phone. */
export async function sealTo(key: SealingJwk, payload: unknown): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', kid: key.kid })
    .encrypt(await importJWK(key, 'ECDH-ES+A256KW'));
}

export async function fetchKey(baseUrl: string, municipalityCode: string): Promise<SealingJwk> {
  const response = await fetch(`${baseUrl}/api/v1/municipalities/${municipalityCode}/keys`);
  const { keys } = (await response.json()) as { keys: SealingJwk[] };
  const [key] = keys;
  if (!key) throw new Error('no key');
  return key;
}
