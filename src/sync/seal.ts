import { SEAL_ALG, SEAL_ENC, type SealingJwk } from '../domain/api';

// jose is loaded on the first seal, not at start: most sessions never send anything.
async function encrypt(plaintext: Uint8Array, key: SealingJwk, cty: string): Promise<string> {
  const { CompactEncrypt, importJWK } = await import('jose');
  const publicKey = await importJWK(key, SEAL_ALG);
  return new CompactEncrypt(plaintext)
    .setProtectedHeader({ alg: SEAL_ALG, enc: SEAL_ENC, kid: key.kid, cty })
    .encrypt(publicKey);
}

/** Seals a payload so only the municipality holding the private key can read it. */
export function sealPayload(payload: unknown, key: SealingJwk): Promise<string> {
  return encrypt(new TextEncoder().encode(JSON.stringify(payload)), key, 'application/json');
}

/** Seals an attachment's bytes (a photo): the compact JWE's ASCII bytes are what is uploaded. */
export async function sealBytes(
  bytes: Uint8Array,
  key: SealingJwk,
  mediaType: string,
): Promise<Uint8Array<ArrayBuffer>> {
  return new TextEncoder().encode(await encrypt(bytes, key, mediaType));
}
