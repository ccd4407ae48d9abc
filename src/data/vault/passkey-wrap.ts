import { VaultError } from './errors';

/**
 * The data key, wrapped by a key the passkey's authenticator derives (WebAuthn PRF extension).
 * The authenticator keeps its secret; we store only the credential id and the PRF salt.
 */
export interface PasskeyWrap {
  kind: 'passkey';
  credentialId: ArrayBuffer;
  prfSalt: ArrayBuffer;
  iv: ArrayBuffer;
  wrapped: ArrayBuffer;
  createdAt: string;
}

const HKDF_INFO = new TextEncoder().encode('madoguchi vault passkey wrap v1');

/** Whether this browser can create a passkey at all; PRF support shows only when one is made. */
export function passkeysAvailable(): boolean {
  return typeof PublicKeyCredential !== 'undefined' && Boolean(navigator.credentials);
}

function random(bytes: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(bytes));
}

function prfOutput(credential: Credential | null): ArrayBuffer | undefined {
  if (!(credential instanceof PublicKeyCredential)) return undefined;
  const first = credential.getClientExtensionResults().prf?.results?.first;
  if (!first) return undefined;
  return first instanceof ArrayBuffer ? first : new Uint8Array(first.buffer, first.byteOffset, first.byteLength).slice().buffer;
}

async function keyEncryptionKey(prf: ArrayBuffer): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', prf, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: HKDF_INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function evaluatePrf(credentialId: ArrayBuffer, prfSalt: ArrayBuffer): Promise<ArrayBuffer> {
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.get({
      publicKey: {
        challenge: random(32),
        allowCredentials: [{ type: 'public-key', id: credentialId }],
        userVerification: 'required',
        extensions: { prf: { eval: { first: prfSalt } } },
      },
    });
  } catch {
    throw new VaultError('passkey-cancelled');
  }
  const output = prfOutput(credential);
  if (!output) throw new VaultError('passkey-unavailable');
  return output;
}

/** Creates a passkey for this app and wraps the (extractable) data key with its PRF output. */
export async function wrapWithNewPasskey(dataKey: CryptoKey, userName: string): Promise<PasskeyWrap> {
  if (!passkeysAvailable()) throw new VaultError('passkey-unavailable');
  const prfSalt = random(32).buffer;
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.create({
      publicKey: {
        rp: { name: 'Madoguchi' },
        user: { id: random(16), name: userName, displayName: userName },
        challenge: random(32),
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
        extensions: { prf: { eval: { first: prfSalt } } },
      },
    });
  } catch {
    throw new VaultError('passkey-cancelled');
  }
  if (!(credential instanceof PublicKeyCredential)) throw new VaultError('passkey-unavailable');
  const results = credential.getClientExtensionResults().prf;
  if (!results?.enabled && !results?.results) throw new VaultError('passkey-unavailable');
  const credentialId = credential.rawId;
  // Some authenticators answer the PRF only on an assertion, not at creation.
  const output = prfOutput(credential) ?? (await evaluatePrf(credentialId, prfSalt));
  const iv = random(12);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, await keyEncryptionKey(output), {
    name: 'AES-GCM',
    iv,
  });
  return {
    kind: 'passkey',
    credentialId,
    prfSalt,
    iv: iv.buffer,
    wrapped,
    createdAt: new Date().toISOString(),
  };
}

/** Asks the authenticator (fingerprint, face, PIN) and opens the data key, non-extractable. */
export async function unwrapWithPasskey(wrap: PasskeyWrap): Promise<CryptoKey> {
  const kek = await keyEncryptionKey(await evaluatePrf(wrap.credentialId, wrap.prfSalt));
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      wrap.wrapped,
      kek,
      { name: 'AES-GCM', iv: wrap.iv },
      'AES-GCM',
      false,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw new VaultError('tampered');
  }
}
