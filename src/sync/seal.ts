import { SEAL_ALG, SEAL_ENC, type SealingJwk } from '../domain/api';

/** Seals a payload so only the municipality holding the private key can read it. */
export async function sealPayload(payload: unknown, key: SealingJwk): Promise<string> {
  // jose is loaded on the first send, not at start: most sessions never send anything.
  const { CompactEncrypt, importJWK } = await import('jose');
  const publicKey = await importJWK(key, SEAL_ALG);
  const plaintext = new TextEncoder().encode(JSON.stringify(payload));
  return new CompactEncrypt(plaintext)
    .setProtectedHeader({ alg: SEAL_ALG, enc: SEAL_ENC, kid: key.kid, cty: 'application/json' })
    .encrypt(publicKey);
}
