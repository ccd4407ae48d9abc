import { argon2id } from 'hash-wasm';
import { VaultError } from './errors';

/** Argon2id cost, stored with the salt so it can be raised later without losing old vaults. */
export interface Argon2Params {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/**
 * Measured in bench/vault (docs/performance.md): about 0.3 s on this machine’s server core, which a
 * mid-range phone's WebAssembly runs roughly three times slower — half a second to a second.
 */
export const defaultArgon2Params: Argon2Params = { memoryKiB: 64 * 1024, iterations: 2, parallelism: 1 };

/** The data key, wrapped by a key derived from the person's passphrase. */
export interface PassphraseWrap {
  kind: 'passphrase';
  kdf: Argon2Params & { name: 'argon2id'; salt: ArrayBuffer };
  iv: ArrayBuffer;
  wrapped: ArrayBuffer;
}

async function keyEncryptionKey(passphrase: string, salt: Uint8Array, params: Argon2Params): Promise<CryptoKey> {
  const bytes = await argon2id({
    password: passphrase.normalize('NFKC'),
    salt,
    parallelism: params.parallelism,
    iterations: params.iterations,
    memorySize: params.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
  return crypto.subtle.importKey('raw', new Uint8Array(bytes), 'AES-GCM', false, ['wrapKey', 'unwrapKey']);
}

export async function wrapWithPassphrase(
  dataKey: CryptoKey,
  passphrase: string,
  params: Argon2Params = defaultArgon2Params,
): Promise<PassphraseWrap> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const kek = await keyEncryptionKey(passphrase, salt, params);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv });
  return { kind: 'passphrase', kdf: { name: 'argon2id', ...params, salt: salt.buffer }, iv: iv.buffer, wrapped };
}

/**
 * The data key again, non-extractable unless asked: once unlocked it can encrypt and decrypt,
 * never be read out. Extractable only for a moment, to wrap it under another unlock method.
 * A wrong passphrase fails the AES-GCM tag, which is all we learn.
 */
export async function unwrapWithPassphrase(
  wrap: PassphraseWrap,
  passphrase: string,
  extractable = false,
): Promise<CryptoKey> {
  if (wrap.kind !== 'passphrase' || wrap.kdf.name !== 'argon2id') throw new VaultError('unsupported-wrap');
  const kek = await keyEncryptionKey(passphrase, new Uint8Array(wrap.kdf.salt), wrap.kdf);
  try {
    return await crypto.subtle.unwrapKey('raw', wrap.wrapped, kek, { name: 'AES-GCM', iv: wrap.iv }, 'AES-GCM', extractable, [
      'encrypt',
      'decrypt',
    ]);
  } catch {
    throw new VaultError('wrong-passphrase');
  }
}

/** A new passphrase re-wraps the same data key: nothing is re-encrypted. */
export async function changePassphrase(
  wrap: PassphraseWrap,
  oldPassphrase: string,
  newPassphrase: string,
): Promise<PassphraseWrap> {
  const dataKey = await unwrapWithPassphrase(wrap, oldPassphrase, true);
  const { memoryKiB, iterations, parallelism } = wrap.kdf;
  return wrapWithPassphrase(dataKey, newPassphrase, { memoryKiB, iterations, parallelism });
}
