import type { CitySealedPhoto } from '../data';
import { openPhotos } from '../data';
import type { SealingJwk } from '../domain/api';
import type { ApiTransport, UploadOutcome } from './api-client';
import { backoffDelay } from './backoff';
import { sealBytes } from './seal';

/** A photo sealed to the municipality, named by the sha256 (hex) of its sealed bytes. */
export interface SealedAttachment {
  sealed: Uint8Array<ArrayBuffer>;
  sha256: string;
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Seals an attachment. Keep the result (as an ArrayBuffer: Safari breaks Blobs in IndexedDB)
 * before the first upload: every retry must send these same bytes under the same name.
 */
export async function sealAttachment(
  bytes: Uint8Array,
  key: SealingJwk,
  mediaType: string,
): Promise<SealedAttachment> {
  const sealed = await sealBytes(bytes, key, mediaType);
  return { sealed, sha256: await sha256Hex(sealed) };
}

/**
 * Seals every photo of an application to the same key as its payload (needs the vault open).
 * The result goes into the same transaction as the sealed payload, before any upload.
 */
export async function sealPhotosOf(
  applicationId: string,
  key: SealingJwk,
): Promise<CitySealedPhoto[]> {
  const photos = await openPhotos(applicationId);
  return Promise.all(
    photos.map(async (photo) => {
      const { sealed, sha256 } = await sealAttachment(photo.bytes, key, photo.mediaType);
      photo.bytes.fill(0);
      return { photoId: photo.id, sealed, sha256 };
    }),
  );
}

export type UploadResult = Exclude<UploadOutcome, { type: 'retry-later' }> | { type: 'gave-up' };

/**
 * PUT /attachments/{sha256}, again after any cut-off or server error (capped, jittered backoff,
 * Retry-After honoured), until the server holds the file: 201 the first time, 200 when an
 * earlier attempt had already arrived. The address is the content's hash, so sending it twice
 * stores it once (reliability.md R15). Gives up after `maxAttempts` tries without an answer;
 * the caller keeps the sealed bytes and tries again later.
 */
export async function uploadAttachment(
  transport: ApiTransport,
  attachment: SealedAttachment,
  options: {
    maxAttempts?: number;
    sleep?: (ms: number) => Promise<void>;
    random?: () => number;
  } = {},
): Promise<UploadResult> {
  const { maxAttempts = 5, random = Math.random } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const outcome = await transport.putAttachment(attachment.sha256, attachment.sealed);
    if (outcome.type !== 'retry-later') return outcome;
    if (attempt + 1 < maxAttempts)
      await sleep(Math.max(outcome.retryAfterMs ?? 0, backoffDelay(attempt, random)));
  }
  return { type: 'gave-up' };
}
