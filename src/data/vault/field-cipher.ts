import { VaultError } from './errors';

/**
 * One encrypted personal field. ArrayBuffers, not Blobs: Safari's IndexedDB loses Blobs.
 * A fresh random 96-bit IV for every encryption (reliability.md S3).
 */
export interface SealedField {
  iv: ArrayBuffer;
  data: ArrayBuffer;
}

/** Where a sealed field belongs. Bound as additional data, so ciphertext moved elsewhere fails. */
export interface FieldContext {
  table: string;
  id: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function additionalData({ table, id }: FieldContext): Uint8Array<ArrayBuffer> {
  return encoder.encode(`madoguchi:v1:${table}:${id}`);
}

/** A new data key. Extractable only so that unlock methods can wrap it; see unwrap for the rest. */
export function newDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

export function sealField(key: CryptoKey, value: unknown, context: FieldContext): Promise<SealedField> {
  return sealBytesField(key, encoder.encode(JSON.stringify(value)), context);
}

/** Opens a sealed field; any flipped bit, or a field from another record, is refused. */
export async function openField<T>(key: CryptoKey, sealed: SealedField, context: FieldContext): Promise<T> {
  return JSON.parse(decoder.decode(await openBytesField(key, sealed, context))) as T;
}

/** Seals raw bytes (a photo) as one field, without a detour through JSON. */
export async function sealBytesField(
  key: CryptoKey,
  bytes: Uint8Array<ArrayBuffer> | ArrayBuffer,
  context: FieldContext,
): Promise<SealedField> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(context), tagLength: 128 },
    key,
    bytes,
  );
  return { iv: iv.buffer, data };
}

export async function openBytesField(key: CryptoKey, sealed: SealedField, context: FieldContext): Promise<ArrayBuffer> {
  try {
    return await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: additionalData(context), tagLength: 128 },
      key,
      sealed.data,
    );
  } catch {
    throw new VaultError('tampered');
  }
}
